/* eslint-disable */
/** Generated from schemas/tariff.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 料金表（policies/tariffs/<effectiveFrom>.yaml） / A tariff version: policies/tariffs/<effectiveFrom>.yaml
 */
export interface Tariff {
  /**
   * 適用開始日（ファイル名と同じ） / First day in force; equals the file name
   */
  effectiveFrom: string;
  /**
   * 消費税率（%） / Consumption tax rate, percent
   */
  taxRatePercent: 8 | 10;
  /**
   * プラン / Plans
   *
   * @minItems 1
   */
  plans: [Plan, ...Plan[]];
  /**
   * オプション / Options
   */
  options: TariffOption[];
}
/**
 * プラン / Plan
 */
export interface Plan {
  /**
   * プランコード / Plan code
   */
  code: string;
  /**
   * プラン名 / Plan name
   */
  name: string;
  /**
   * 初期費用（税抜） / Initial fee, tax excluded
   */
  initialFee: number;
  /**
   * 月額利用料金（1サーバーあたり、税抜） / Monthly fee per server, tax excluded
   */
  monthlyFee: number;
}
/**
 * オプション / Option
 */
export interface TariffOption {
  /**
   * オプションコード / Option code
   */
  code: string;
  /**
   * オプション名 / Option name
   */
  name: string;
  /**
   * 月額（税抜） / Monthly fee, tax excluded
   */
  monthlyFee: number;
  /**
   * 課金単位 / Charged per customer or per server
   */
  per: 'customer' | 'server';
}
