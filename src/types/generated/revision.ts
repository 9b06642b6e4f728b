/* eslint-disable */
/** Generated from schemas/revision.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 約款・料金の改定（policies/revisions/<id>.yaml） / An announced change of the terms or the tariff: policies/revisions/<id>.yaml
 */
export interface Revision {
  /**
   * 改定ID（ファイル名と同じ） / Revision id; equals the file name
   */
  id: string;
  /**
   * 種類 / Kind of change
   */
  kind: 'tariff' | 'terms';
  /**
   * 件名 / Title (mail subject)
   */
  title: string;
  /**
   * 告知日 / Date announced
   */
  announcedOn: string;
  /**
   * 実施日（第2条） / Effective date (art. 2)
   */
  effectiveOn: string;
  /**
   * 新しい料金表の effectiveFrom（kind: tariff のとき） / effectiveFrom of the new tariff (kind: tariff)
   */
  tariff?: string;
  /**
   * 新しい約款の版数（kind: terms のとき） / New terms edition (kind: terms)
   */
  termsEdition?: number;
  /**
   * 改定の概要 / Summary of the change
   */
  summary: string;
}
