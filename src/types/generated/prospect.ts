/* eslint-disable */
/** Generated from schemas/prospect.schema.json by `npm run gen:types`. Do not edit. */

/**
 * サーバーの詳細（コンピューター名、OS、ストレージ等。昇格に必須、serverCount 台） / Server details (hostname, OS, storage, ...); needed to promote, serverCount of them
 *
 * @minItems 1
 */
export type Servers = [Server, ...Server[]];

/**
 * 見込み客（1社1ファイル、prospects/<id>.yaml）：御見積書と利用契約申込書のもと。エージェント・通知ルーティング・請求書には使われない / A prospect, one file: prospects/<id>.yaml. Source of the quote and the application form; never reaches agents, routing or invoices
 */
export interface Prospect {
  /**
   * 見込み客ID（ファイル名と同じ。契約後の顧客IDになる） / Prospect id; equals the file name and becomes the customer id
   */
  id: string;
  /**
   * 法人名称 / Legal name
   */
  legalName: string;
  address: Address;
  /**
   * 代表者名 / Representative
   */
  representative: string;
  /**
   * 電話番号 / Telephone number
   */
  phone: string;
  /**
   * FAX番号（任意） / Fax number (optional)
   */
  fax?: string;
  /**
   * 担当部門名 / Department in charge
   */
  department: string;
  contact: ProspectContact;
  /**
   * 利用開始予定日（課金開始日 = 契約成立日になる、第4条5） / Planned start date; becomes the billing start = establishment date (art. 4-5)
   */
  plannedStartOn: string;
  /**
   * プランコード（利用開始予定日に有効な料金表） / Plan code of the tariff in force on the planned start date
   */
  plan: string;
  /**
   * オプションコード（空でも可） / Option codes; may be empty
   *
   * Items: オプションコード / Option code
   */
  options: string[];
  /**
   * 対象サーバー台数 / Number of servers
   */
  serverCount: number;
  /**
   * サーバーの設置環境 / Where the servers run
   */
  environment: 'azure' | 'aws' | 'gcp' | 'on-premises' | 'other';
  /**
   * 販売代理店（任意） / Reseller (optional)
   */
  reseller?: string;
  /**
   * 備考（社内用、書類には印刷しない） / Notes for the sales team; never printed
   */
  notes?: string;
  billing?: CustomerBilling;
  /**
   * 申込日（押印済みの利用契約申込書を受け取った日、第4条1。昇格に必須） / Date the stamped application arrived (art. 4-1); needed to promote
   */
  appliedOn?: string;
  monitoringConsent?: MonitoringConsent;
  servers?: Servers;
}
/**
 * 住所 / Address
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
 * ご担当者（顧客になると主担当・技術・請求の連絡先） / The contact person; becomes the primary, technical and billing contact of the customer
 */
export interface ProspectContact {
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
}
/**
 * 請求書の送付先（任意、省略時は会社の住所・担当部門・担当者のメール） / Where invoices go (optional; default: the company address, department and the contact's e-mail)
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
 * 監視アプリ利用の承諾（第9条。昇格に必須） / Consent to the monitoring agent (art. 9); needed to promote
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
