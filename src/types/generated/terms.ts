/* eslint-disable */
/** Generated from schemas/terms.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 利用約款の版 / Editions of the terms of use
 */
export interface Terms {
  /**
   * 版の一覧 / Editions
   *
   * @minItems 1
   */
  editions: [TermsEdition, ...TermsEdition[]];
}
/**
 * 約款の版 / An edition of the terms
 */
export interface TermsEdition {
  /**
   * 版数 / Edition number
   */
  edition: number;
  /**
   * 公開日 / Date published
   */
  publishedOn: string;
  /**
   * 実施日 / Date in effect
   */
  effectiveOn: string;
  /**
   * 改定内容 / What changed
   */
  summary: string;
}
