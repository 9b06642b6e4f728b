/* eslint-disable */
/** Generated from schemas/monitoring.schema.json by `npm run gen:types`. Do not edit. */

/**
 * 既定の監視設定と上書きの範囲（仕様書3） / Default monitoring setup and the bounds of customer overrides (spec 3)
 */
export interface Monitoring {
  heartbeat: Heartbeat;
  /**
   * イベントログ監視 / Event log rules
   */
  eventLog: EventLogRule[];
  vvaultLog: VvaultLog;
  /**
   * VVAULT 関連サービス監視 / VVAULT services
   *
   * @minItems 1
   */
  services: [ServiceRule, ...ServiceRule[]];
  /**
   * VVAULT 関連プロセス監視 / VVAULT processes
   *
   * @minItems 1
   */
  processes: [ProcessRule, ...ProcessRule[]];
  thresholds: Thresholds;
  bounds: Bounds;
}
/**
 * ハートビート（死活）監視 / Heartbeat monitoring
 */
export interface Heartbeat {
  /**
   * 送信間隔（秒） / Interval, seconds
   */
  intervalSeconds: number;
  /**
   * 欠落を障害とみなす回数 / Missed beats that count as down
   */
  missedBeats: number;
  /**
   * 重大度 / Severity
   */
  severity: 'critical' | 'warning';
}
/**
 * Windows イベントログ監視の規則 / Windows event log rule
 */
export interface EventLogRule {
  /**
   * 規則ID / Rule id
   */
  id: string;
  /**
   * ログ名 / Log name
   */
  log: 'System' | 'Application' | 'Security' | 'Setup';
  /**
   * イベントソース（省略時はすべて） / Event sources; all when omitted
   *
   * @minItems 1
   *
   * Items: イベントソース / Event source
   */
  sources?: [string, ...string[]];
  /**
   * レベル / Levels
   *
   * @minItems 1
   *
   * Items: レベル / Level
   */
  levels: ['critical' | 'error' | 'warning' | 'information', ...('critical' | 'error' | 'warning' | 'information')[]];
  /**
   * イベントID（省略時はすべて） / Event ids; all when omitted
   *
   * @minItems 1
   *
   * Items: イベントID / Event id
   */
  ids?: [number, ...number[]];
  /**
   * 重大度 / Severity
   */
  severity: 'critical' | 'warning';
}
/**
 * VVAULT ログ監視 / VVAULT log monitoring
 */
export interface VvaultLog {
  /**
   * ログファイルのパス（ワイルドカード可） / Log file path; wildcards allowed
   */
  path: string;
  /**
   * 文字コード / Encoding
   */
  encoding: 'shift_jis' | 'utf-8' | 'utf-16-le';
  /**
   * パターン / Patterns
   *
   * @minItems 1
   */
  patterns: [LogPattern, ...LogPattern[]];
}
/**
 * 検知するパターン / Pattern to detect
 */
export interface LogPattern {
  /**
   * パターンID / Pattern id
   */
  id: string;
  /**
   * 正規表現 / Regular expression
   */
  regex: string;
  /**
   * 重大度 / Severity
   */
  severity: 'critical' | 'warning';
}
/**
 * VVAULT 関連サービス / VVAULT Windows service
 */
export interface ServiceRule {
  /**
   * サービス名 / Service name
   */
  name: string;
  /**
   * 重大度 / Severity
   */
  severity: 'critical' | 'warning';
}
/**
 * VVAULT 関連プロセス / VVAULT process
 */
export interface ProcessRule {
  /**
   * プロセス名 / Process name
   */
  name: string;
  /**
   * 最低プロセス数 / Minimum number of processes
   */
  min: number;
  /**
   * 重大度 / Severity
   */
  severity: 'critical' | 'warning';
}
/**
 * しきい値の既定値 / Default thresholds
 */
export interface Thresholds {
  storage: StorageThreshold;
  cpu: BusyThreshold;
  memory: BusyThreshold1;
  diskBusy: BusyThreshold2;
  network: BusyThreshold3;
}
/**
 * ストレージ使用率 / Storage usage
 */
export interface StorageThreshold {
  /**
   * 警告とする使用率（%） / Percent used that raises a warning
   */
  warningPercentUsed: number;
  /**
   * 重大とする使用率（%） / Percent used that raises a critical alert
   */
  criticalPercentUsed: number;
}
/**
 * プロセッサビジー / Processor busy
 */
export interface BusyThreshold {
  /**
   * 警告のしきい値（%） / Warning threshold, percent
   */
  warning: number;
  /**
   * 重大のしきい値（%） / Critical threshold, percent
   */
  critical: number;
  /**
   * しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for
   */
  forMinutes: number;
}
/**
 * メモリビジー / Memory busy
 */
export interface BusyThreshold1 {
  /**
   * 警告のしきい値（%） / Warning threshold, percent
   */
  warning: number;
  /**
   * 重大のしきい値（%） / Critical threshold, percent
   */
  critical: number;
  /**
   * しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for
   */
  forMinutes: number;
}
/**
 * ディスクビジー / Disk busy
 */
export interface BusyThreshold2 {
  /**
   * 警告のしきい値（%） / Warning threshold, percent
   */
  warning: number;
  /**
   * 重大のしきい値（%） / Critical threshold, percent
   */
  critical: number;
  /**
   * しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for
   */
  forMinutes: number;
}
/**
 * ネットワークビジー（リンク速度比 %） / Network busy, percent of link speed
 */
export interface BusyThreshold3 {
  /**
   * 警告のしきい値（%） / Warning threshold, percent
   */
  warning: number;
  /**
   * 重大のしきい値（%） / Critical threshold, percent
   */
  critical: number;
  /**
   * しきい値を超え続ける時間（分） / Minutes the threshold must be exceeded for
   */
  forMinutes: number;
}
/**
 * 顧客ごとの上書きが取りうる範囲 / What a customer override may set
 */
export interface Bounds {
  percent: Bound;
  forMinutes: Bound1;
}
/**
 * しきい値（%）の範囲 / Range of thresholds, percent
 */
export interface Bound {
  /**
   * 最小値 / Minimum
   */
  min: number;
  /**
   * 最大値 / Maximum
   */
  max: number;
}
/**
 * 継続時間（分）の範囲 / Range of windows, minutes
 */
export interface Bound1 {
  /**
   * 最小値 / Minimum
   */
  min: number;
  /**
   * 最大値 / Maximum
   */
  max: number;
}
