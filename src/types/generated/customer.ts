/* eslint-disable */
/** Generated from schemas/customer.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 顧客（1社1ファイル、customers/<id>.yaml） / One customer, one file: customers/<id>.yaml
 */
export interface Customer {
  /**
   * 顧客ID（ファイル名と同じ） / Customer id; equals the file name
   */
  id: string;
  /**
   * 法人名称（第21条） / Legal name of the customer (art. 21)
   */
  legalName: string;
  address: Address;
  /**
   * 代表者名（第21条） / Representative (art. 21)
   */
  representative: string;
  /**
   * 連絡先電話番号（第21条） / Telephone number (art. 21)
   */
  phone: string;
  /**
   * FAX番号（任意、第21条） / Fax number (optional, art. 21)
   */
  fax?: string;
  /**
   * 担当部門名（第21条） / Department in charge (art. 21)
   */
  department: string;
  /**
   * 担当者（1人以上、primary はちょうど1人） / Contacts: at least one, exactly one primary
   *
   * @minItems 1
   */
  contacts: [Contact, ...Contact[]];
  billing: CustomerBilling;
  contract: Contract;
  /**
   * お客様サーバー（1台以上） / Customer servers, at least one
   *
   * @minItems 1
   */
  servers: [Server, ...Server[]];
  /**
   * 依頼作業（任意） / Work orders (optional)
   */
  workOrders?: WorkOrder[];
  /**
   * 入金（任意） / Payments (optional)
   */
  payments?: Payment[];
  /**
   * 発行済み請求書の修正（修正適格請求書・適格返還請求書、消費税法57条の4第3項・第4項） / Corrections of issued invoices: each issues a 修正適格請求書 (or a 適格返還請求書) from the inputs as they are now
   */
  corrections?: Correction[];
}
/**
 * 住所（第21条） / Address (art. 21)
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
 * 担当者（登録連絡先） / A registered contact person
 */
export interface Contact {
  /**
   * 担当者ID（ファイル内で一意） / Contact id, unique in the file
   */
  id: string;
  /**
   * 担当者名 / Contact name
   */
  name: string;
  /**
   * メールアドレス / E-mail address
   */
  email: string;
  /**
   * 電話番号（任意） / Telephone number (optional)
   */
  phone?: string;
  /**
   * 役割（primary は顧客ごとにちょうど1人） / Roles; exactly one contact per customer is primary
   *
   * @minItems 1
   *
   * Items: 役割 / Role
   */
  roles: ['primary' | 'technical' | 'billing', ...('primary' | 'technical' | 'billing')[]];
  /**
   * 障害通知メールを受け取る（仕様書4） / Receives fault-notification mail (spec 4)
   */
  faultNotification?: boolean;
}
/**
 * 請求書の送付先（第21条） / Where invoices go (art. 21)
 */
export interface CustomerBilling {
  /**
   * 請求書の宛名 / Invoice recipient name
   */
  recipient: string;
  address: Address1;
  /**
   * 請求書送付先メール（任意） / Invoice e-mail address (optional)
   */
  email?: string;
}
/**
 * 請求書送付先住所 / Invoice postal address
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
 * 利用契約 / The service contract
 */
export interface Contract {
  /**
   * 申込日 / Application date
   */
  appliedOn: string;
  /**
   * 課金開始日 = 契約成立日（第4条5） / Billing start date = establishment date (art. 4-5)
   */
  billingStartsOn: string;
  /**
   * 適用する約款の版数（policies/terms.yaml） / Edition of the terms the contract was made under (policies/terms.yaml)
   */
  termsEdition: number;
  /**
   * プランコード（料金表） / Plan code of the tariff in force
   */
  plan: string;
  /**
   * オプションコード（空でも可） / Option codes of the tariff in force; may be empty
   *
   * Items: オプションコード / Option code
   */
  options: string[];
  monitoringConsent?: MonitoringConsent;
  /**
   * 販売代理店（任意） / Reseller (optional)
   */
  reseller?: string;
  termination?: Termination;
}
/**
 * 監視アプリ利用の承諾（第9条、エージェント配布に必須） / Consent to the monitoring agent (art. 9); required for agent bundles
 */
export interface MonitoringConsent {
  /**
   * 承諾日 / Date of consent
   */
  agreedOn: string;
  /**
   * 承諾者 / Who consented
   */
  by: string;
}
/**
 * 解約（第5条、第6条） / Termination (art. 5, 6)
 */
export interface Termination {
  /**
   * 解約通知日（書面） / Date the written notice was received
   */
  noticedOn: string;
  /**
   * サービス終了日（月末日） / Service end date; always a month end
   */
  endsOn: string;
}
/**
 * お客様サーバー / A customer server
 */
export interface Server {
  /**
   * サーバーID（ファイル内で一意） / Server id, unique in the file
   */
  id: string;
  /**
   * Windows コンピューター名（1〜15文字） / Windows computer name, 1-15 characters
   */
  hostname: string;
  /**
   * 設置環境 / Where the server runs
   */
  environment: 'azure' | 'aws' | 'gcp' | 'on-premises' | 'other';
  /**
   * オペレーティングシステム / Operating system
   */
  os: string;
  /**
   * VVAULT のバージョン / VVAULT version
   */
  vvaultVersion: string;
  /**
   * VVAULT 構成ストレージ / VVAULT storage volumes
   *
   * @minItems 1
   */
  storage: [StorageVolume, ...StorageVolume[]];
  monitoring?: ServerMonitoringOverrides;
}
/**
 * VVAULT 構成ストレージ / A VVAULT storage volume
 */
export interface StorageVolume {
  /**
   * ストレージID（サーバー内で一意） / Volume id, unique in the server
   */
  id: string;
  /**
   * 種類（cloud は監視対象外：仕様書3） / Kind; cloud volumes are never monitored (spec 3)
   */
  kind: 'local' | 'san' | 'nas' | 'cloud';
  /**
   * パス（ドライブまたは UNC） / Path: a drive or a UNC share
   */
  path?: string;
  /**
   * クラウドストレージの事業者 / Cloud storage provider
   */
  provider?: string;
  /**
   * 役割 / Role of the volume in VVAULT
   */
  role: 'master' | 'backup' | 'tier' | 'replica' | 'other';
}
/**
 * 監視しきい値の上書き（policies/monitoring.yaml の bounds の範囲内） / Monitoring overrides for this server, within the bounds of policies/monitoring.yaml
 */
export interface ServerMonitoringOverrides {
  storage?: StorageThresholdOverride;
  cpu?: BusyThresholdOverride;
  memory?: BusyThresholdOverride1;
  diskBusy?: BusyThresholdOverride2;
  network?: BusyThresholdOverride3;
}
/**
 * ストレージ使用率 / Storage usage
 */
export interface StorageThresholdOverride {
  /**
   * 警告とする使用率（%） / Percent used that raises a warning
   */
  warningPercentUsed?: number;
  /**
   * 重大とする使用率（%） / Percent used that raises a critical alert
   */
  criticalPercentUsed?: number;
}
/**
 * プロセッサビジー / Processor busy
 */
export interface BusyThresholdOverride {
  /**
   * 警告のしきい値（%） / Warning threshold, percent
   */
  warning?: number;
  /**
   * 重大のしきい値（%） / Critical threshold, percent
   */
  critical?: number;
  /**
   * しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for
   */
  forMinutes?: number;
}
/**
 * メモリビジー / Memory busy
 */
export interface BusyThresholdOverride1 {
  /**
   * 警告のしきい値（%） / Warning threshold, percent
   */
  warning?: number;
  /**
   * 重大のしきい値（%） / Critical threshold, percent
   */
  critical?: number;
  /**
   * しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for
   */
  forMinutes?: number;
}
/**
 * ディスクビジー / Disk busy
 */
export interface BusyThresholdOverride2 {
  /**
   * 警告のしきい値（%） / Warning threshold, percent
   */
  warning?: number;
  /**
   * 重大のしきい値（%） / Critical threshold, percent
   */
  critical?: number;
  /**
   * しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for
   */
  forMinutes?: number;
}
/**
 * ネットワークビジー（リンク速度比 %） / Network busy, percent of link speed
 */
export interface BusyThresholdOverride3 {
  /**
   * 警告のしきい値（%） / Warning threshold, percent
   */
  warning?: number;
  /**
   * 重大のしきい値（%） / Critical threshold, percent
   */
  critical?: number;
  /**
   * しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for
   */
  forMinutes?: number;
}
/**
 * 依頼作業・SI作業（第8条、第11条、第15条1③） / Requested or SI work (art. 8, 11, 15-1-3)
 */
export interface WorkOrder {
  /**
   * 作業ID（ファイル内で一意） / Work order id, unique in the file
   */
  id: string;
  /**
   * 作業内容 / What was done
   */
  description: string;
  /**
   * 対象サーバーID / Id of the server worked on
   */
  server: string;
  /**
   * 見積金額（税抜、月額料金に含む作業は 0） / Quoted amount, tax excluded; 0 when included in the monthly fee
   */
  amount: number;
  /**
   * 完了日（未完了の間は省略） / Completion date; omitted while not done
   */
  completedOn?: string;
  /**
   * 作業完了メールを vmsc send 以外で送付した日（手作業で送った場合。vmsc send work はこの作業を送らず、瑕疵確認期限はこの日から数える） / Day the work-completion mail was sent outside vmsc send; such an order is not sent again and its deadline runs from this day
   */
  mailedOn?: string;
  /**
   * お客様から確認結果（問題なし）の通知を受けた日（第11条4） / Day the customer confirmed the result (art. 11-4)
   */
  confirmedOn?: string;
  /**
   * お客様から瑕疵の通知を受けた日（第11条3） / Day the customer reported a defect of the work (art. 11-3)
   */
  defectReportedOn?: string;
  /**
   * 瑕疵修正作業のとき、修正する元の作業ID（第11条3）。完了すると瑕疵の修正に関する作業完了メールを送付 / For a rework (art. 11-3): id of the work order whose defect it fixes
   */
  reworkOf?: string;
}
/**
 * 入金（第17条の遅延損害金の計算に使用） / A payment received, used for late fees (art. 17)
 */
export interface Payment {
  /**
   * 対象の請求月 YYYY-MM / Billed month the payment is for, YYYY-MM
   */
  invoice: string;
  /**
   * 入金日 / Date paid
   */
  paidOn: string;
  /**
   * 入金額（税込） / Amount paid, tax included
   */
  amount: number;
}
/**
 * 修正1件 / One correction
 */
export interface Correction {
  /**
   * 修正する請求書の請求月 YYYY-MM（発行済みのもの） / Billed month of the issued invoice to correct, YYYY-MM
   */
  invoice: string;
  /**
   * 修正の理由（書類に印字） / Why, printed on the document
   */
  reason: string;
  /**
   * 修正した書類の発行日 / Issue date of the corrected document
   */
  issuedOn: string;
}
