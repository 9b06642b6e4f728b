/* eslint-disable */
/** Generated from schemas/register.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 発行済み書類の台帳（records/register/<顧客ID>.yaml、vmsc issue が追記、手で編集しない） / Register of issued documents of one customer: records/register/<id>.yaml, appended by vmsc issue; not edited by hand
 */
export interface Register {
  /**
   * 顧客ID / Customer id
   */
  customer: string;
  /**
   * 発行した書類（発行順） / The issued documents, in issue order
   */
  documents: RecordedDocument[];
}
export interface RecordedDocument {
  /**
   * 書類番号（請求書番号） / Document number (invoice number)
   */
  number: string;
  /**
   * 書類の種類（invoice = 適格請求書、correction = 修正適格請求書、refund = 適格返還請求書、contract = 利用契約内容確認書） / Kind: invoice, correction (修正適格請求書), refund (適格返還請求書) or contract
   */
  kind: 'invoice' | 'correction' | 'refund' | 'contract';
  /**
   * 請求月（請求書のみ） / Billed month (invoices only)
   */
  month?: string;
  /**
   * 発行日 / Issue date
   */
  issueDate: string;
  /**
   * 支払期限日 / Due date
   */
  dueDate?: string;
  /**
   * 取引期間の初日 / First day of the billed period
   */
  periodFrom?: string;
  /**
   * 取引期間の末日 / Last day of the billed period
   */
  periodThrough?: string;
  /**
   * 適用した料金表の実施日 / effectiveFrom of the tariff the document was priced with
   */
  tariffEffectiveFrom?: string;
  /**
   * 修正・返還の対象となる元の書類 / The original document a correction or refund refers to
   */
  corrects?: {
    /**
     * 元の書類番号 / Number of the original document
     */
    number: string;
    /**
     * 元の書類の発行日 / Issue date of the original document
     */
    issueDate: string;
  };
  /**
   * 修正の理由 / Why the correction was made
   */
  reason?: string;
  /**
   * 明細 / Lines as issued
   */
  lines?: RecordedLine[];
  /**
   * 税率ごとの対象額と消費税額 / Taxable amount and tax per rate
   */
  taxes?: RecordedTax[];
  /**
   * 不課税の合計（遅延損害金） / Total of out-of-scope lines (late fees)
   */
  nonTaxable?: number;
  /**
   * 請求額（税込、返還・減額は負） / Total due, tax included (negative for a refund or decrease)
   */
  total: number;
  /**
   * 元の書類との差額（税込） / Difference from the original, tax included
   */
  difference?: number;
  /**
   * アーカイブ内のファイル（アーカイブからの相対パス） / The archived file, relative to the archive folder
   */
  file: string;
  /**
   * PDFのSHA-256 / sha256 of the PDF bytes
   */
  sha256: string;
  /**
   * 金額以外に印字した内容（発行者・宛先・取引期間・備考）の項目ごとのハッシュ（sha256 の先頭16桁）。check（K005）と build が、今の入力で作り直すと印字が変わるかを PDF を作らずに判定する / Per printed field other than the figures (issuer, recipient, billed period, notes): the first 16 hex digits of the sha256 of what the document printed, so that check (K005) and build tell without rendering whether a re-render would print it differently
   */
  printed?: {
    /**
     * 発行者名のハッシュ / Hash of the provider name as printed
     */
    'provider.name'?: string;
    /**
     * 発行者住所のハッシュ / Hash of the provider address as printed
     */
    'provider.address'?: string;
    /**
     * 発行者電話番号のハッシュ / Hash of the provider phone as printed
     */
    'provider.phone'?: string;
    /**
     * 登録番号のハッシュ / Hash of the registration number as printed
     */
    'provider.invoiceRegistrationNumber'?: string;
    /**
     * サービス名のハッシュ / Hash of the service name as printed
     */
    'provider.serviceName'?: string;
    /**
     * 振込先口座のハッシュ / Hash of the bank accounts as printed
     */
    'provider.bankAccounts'?: string;
    /**
     * 契約者名のハッシュ / Hash of the customer legal name as printed
     */
    'customer.legalName'?: string;
    /**
     * 請求書の宛名のハッシュ / Hash of the billing recipient as printed
     */
    'billing.recipient'?: string;
    /**
     * 請求書の送付先住所のハッシュ / Hash of the billing address as printed
     */
    'billing.address'?: string;
    /**
     * 取引期間のハッシュ / Hash of the billed period as printed
     */
    'invoice.period'?: string;
    /**
     * 備考のハッシュ / Hash of the notes as printed
     */
    'invoice.notes'?: string;
  };
  /**
   * 作成元のgitコミット（none = gitなし、+dirty = 未コミットの変更あり） / The git commit the document was built from (none = not a git repository; +dirty = with uncommitted changes)
   */
  commit: string;
}
export interface RecordedLine {
  /**
   * 明細の種類 / Kind of line
   */
  kind: 'initial' | 'plan' | 'option' | 'work' | 'late-fee';
  /**
   * 明細の元（プラン・オプションのコード、作業ID、入金日） / What the line comes from: plan or option code, work order id, payment date
   */
  ref?: string;
  /**
   * 品名 / Description as printed
   */
  description: string;
  /**
   * 数量 / Quantity
   */
  quantity: number;
  /**
   * 単価（円） / Unit price in yen
   */
  unitPrice: number;
  /**
   * 金額（円、税抜） / Amount in yen, tax excluded
   */
  amount: number;
  /**
   * 税区分（standard-10 = 10%、out-of-scope = 不課税） / Tax category: standard-10 (10 %) or out-of-scope (不課税)
   */
  taxCategory: string;
}
export interface RecordedTax {
  /**
   * 税率（%） / Tax rate in percent
   */
  ratePercent: number;
  /**
   * 税率ごとの対象額（税抜） / Taxable amount at this rate, before tax
   */
  taxable: number;
  /**
   * 税率ごとの消費税額 / Consumption tax at this rate
   */
  tax: number;
}
