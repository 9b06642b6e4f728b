/* eslint-disable */
/** Generated from schemas/provider.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 当社（サービス提供者） / The provider
 */
export interface Provider {
  /**
   * 商号 / Trade name
   */
  name: string;
  address: Address;
  /**
   * 電話番号 / Telephone number
   */
  phone: string;
  /**
   * 適格請求書発行事業者登録番号（T + 13桁） / Qualified-invoice issuer registration number: T and 13 digits
   */
  invoiceRegistrationNumber: string;
  /**
   * 振込先口座（1つ以上） / Bank accounts, at least one
   *
   * @minItems 1
   */
  bankAccounts: [BankAccount, ...BankAccount[]];
  /**
   * サービス名 / Service name
   */
  serviceName: string;
  /**
   * サービスの Web サイト（変更の掲載先、第2条2） / Service website, where changes are published (art. 2-2)
   */
  website: string;
  remoteAccess: RemoteAccess;
  monitoring: ProviderMonitoring;
  mail: ProviderMail;
  notices: ProviderNotices;
  billing: ProviderBilling;
  records?: ProviderRecords;
  sales?: Sales;
}
/**
 * 所在地 / Address
 */
export interface Address {
  /**
   * 郵便番号 NNN-NNNN / Japanese postal code, NNN-NNNN
   */
  postalCode: string;
  /**
   * 住所（都道府県から） / Address text, from the prefecture on
   */
  text: string;
}
/**
 * 振込先口座 / Bank account for transfers
 */
export interface BankAccount {
  /**
   * 銀行名 / Bank
   */
  bank: string;
  /**
   * 支店名 / Branch
   */
  branch: string;
  /**
   * 預金種目 / Account type
   */
  type: '普通' | '当座';
  /**
   * 口座番号（7桁） / Account number, 7 digits
   */
  number: string;
  /**
   * 口座名義（カナ） / Account holder, in kana
   */
  holder: string;
}
/**
 * リモート接続の条件（仕様書1） / Remote access prerequisites (spec 1)
 */
export interface RemoteAccess {
  /**
   * 当社拠点の固定グローバルアドレス（RDP 接続元） / Fixed global addresses of the provider's site that RDP comes from
   *
   * @minItems 1
   *
   * Items: 接続元アドレス / Source address block
   */
  rdpSourceAddresses: [string, ...string[]];
  /**
   * 当社作業用アカウント名 / Operator account name
   */
  operatorAccount: string;
}
/**
 * 監視エージェントの出力先 / Monitoring targets to emit and their endpoints
 */
export interface ProviderMonitoring {
  /**
   * 出力する監視ツール / Monitoring targets to emit
   *
   * @minItems 1
   *
   * Items: 監視ツール / Monitoring target
   */
  targets: ['datadog' | 'zabbix', ...('datadog' | 'zabbix')[]];
  zabbix?: ZabbixEndpoint;
  datadog?: DatadogEndpoint;
  /**
   * エージェントの送信先（HTTPS 疎通確認用、任意） / Endpoint the agent reports to, checked for outbound HTTPS (optional)
   */
  saasEndpoint?: string;
}
/**
 * Zabbix サーバー / Zabbix server
 */
export interface ZabbixEndpoint {
  /**
   * Server（パッシブチェックの接続元） / Server: where passive checks come from
   */
  server: string;
  /**
   * ServerActive（アクティブチェックの送信先） / ServerActive: where active checks go
   */
  serverActive: string;
}
/**
 * Datadog の送信先 / Datadog endpoint
 */
export interface DatadogEndpoint {
  /**
   * Datadog サイト / Datadog site
   */
  site: string;
  notify?: DatadogNotify;
}
/**
 * 監視アラートの通知先: Datadog Webhooks から Alertmanager へ。全モニターが @webhook-<webhook>（復旧時は @webhook-<webhook>-resolved）に通知する / Where every monitor notifies: Datadog Webhooks entries posting to Alertmanager's /api/v2/alerts (@webhook-<webhook>, and @webhook-<webhook>-resolved on recovery)
 */
export interface DatadogNotify {
  /**
   * Webhooks インテグレーションの名前 / Name of the Datadog Webhooks entry
   */
  webhook: string;
  /**
   * Alertmanager のベース URL（認証情報は書かない） / Alertmanager's base URL, without credentials
   */
  alertmanagerUrl: string;
}
/**
 * メールの差出人 / Mail sender
 */
export interface ProviderMail {
  from: MailAddress;
  /**
   * 返信先 / Reply-To address
   */
  replyTo: string;
  /**
   * アラートメールの SMTP サーバー host:port（任意） / SMTP smarthost for alert mail, host:port (optional)
   */
  smarthost?: string;
  /**
   * SMTP 認証ユーザー（任意、パスワードはファイル参照） / SMTP auth user (optional; the password is read from a file)
   */
  authUsername?: string;
  /**
   * SMTP パスワードを格納したファイルのパス（任意） / Path of the file holding the SMTP password (optional)
   */
  authPasswordFile?: string;
}
/**
 * 差出人 / Sender
 */
export interface MailAddress {
  /**
   * 表示名 / Display name
   */
  name: string;
  /**
   * アドレス / Address
   */
  address: string;
}
/**
 * 変更通知（第2条） / Change notices (art. 2)
 */
export interface ProviderNotices {
  /**
   * 実施日より前に告知すべき最低日数 / Minimum days between announcement and effective date
   */
  minimumNoticeDays: number;
  writtenNotice?: WrittenNotice;
}
/**
 * 書面による解約・終了通知（第5条2・第6条1）の送付先と方法。変更通知メールに記載する（省略時は送付先を記載できない） / Where and how a customer sends the written notice to end the service (art. 5-2, 6-1), stated in change notices
 */
export interface WrittenNotice {
  /**
   * 宛先（部署・窓口名） / Addressee (department or desk)
   */
  recipient: string;
  address?: Address1;
  /**
   * 電子メールによる通知を書面として受け付けるか（当社の方針） / Whether an e-mail to `email` counts as the written notice (書面): a policy, never assumed
   */
  emailAccepted: boolean;
  /**
   * emailAccepted のときの受付アドレス（省略時は mail.replyTo） / Address for a notice by e-mail; default: mail.replyTo
   */
  email?: string;
}
/**
 * 郵送先（省略時は当社所在地 address） / Postal address; default: the provider's address
 */
export interface Address1 {
  /**
   * 郵便番号 NNN-NNNN / Japanese postal code, NNN-NNNN
   */
  postalCode: string;
  /**
   * 住所（都道府県から） / Address text, from the prefecture on
   */
  text: string;
}
/**
 * 請求 / Billing
 */
export interface ProviderBilling {
  /**
   * 請求書の発行日（請求月の翌月の日） / Day of the month after the billed month on which invoices are issued
   */
  invoiceIssueDay: number;
  /**
   * 請求書を作成する最終月 / Last month whose invoices are built
   */
  closedThrough: string;
  /**
   * 請求書の発行日の決め方（next-bank-business-day = 翌月の invoiceIssueDay、金融機関の休業日なら翌営業日。first-bank-business-day = 翌月の最初の金融機関営業日。どちらも元日にはならない。既定 next-bank-business-day） / How the issue date is set: next-bank-business-day = invoiceIssueDay of the month after, moved forward to the next bank business day when banks are closed; first-bank-business-day = the first bank business day of the month after. Neither lands on 元日 (default next-bank-business-day)
   */
  invoiceIssueRule?: 'next-bank-business-day' | 'first-bank-business-day';
}
/**
 * 発行済み書類の保存（電子帳簿保存法） / Keeping issued documents (電子帳簿保存法)
 */
export interface ProviderRecords {
  /**
   * 発行した書類のPDFを保存する書き込み一回限りのフォルダー（ルートからの相対パス、既定 records/archive） / Write-once folder for the PDFs of issued documents, relative to the root (default records/archive)
   */
  archive?: string;
}
/**
 * 営業書類（御見積書）の方針：有効期限と見積番号の付け方。prospects/ があるときは必須 / Sales documents (the quote): validity and quote numbering; required when prospects/ holds a file
 */
export interface Sales {
  /**
   * 御見積書の有効期間（見積日から数えた日数） / Days a quote is valid, counted from its date
   */
  quoteValidDays: number;
  /**
   * 見積番号の書式：{id}（見込み客ID、必須）、{yyyymmdd}、{yyyy}、{mm}、{dd}（見積日）と英数字・ハイフン・下線 / Quote number format: {id} (the prospect id, required), {yyyymmdd}, {yyyy}, {mm}, {dd} (the quote date), and letters, digits, hyphens, underscores
   */
  quoteNumber: string;
}
