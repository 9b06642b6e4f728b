/* eslint-disable */
/** Generated from schemas/routing.schema.json by `npm run gen:types`. Do not edit. */

/**
 * アラートの通知先（仕様書2〜4） / Who is told of an alert, and when (spec 2-4)
 */
export interface Routing {
  /**
   * 当社側の通知先 / Provider's receivers
   *
   * @minItems 1
   */
  receivers: [ProviderReceiver, ...ProviderReceiver[]];
  /**
   * 通知規則 / Rules
   *
   * @minItems 1
   */
  rules: [RoutingRule, ...RoutingRule[]];
  /**
   * 未解決アラートの再通知間隔（時間） / Hours before an unresolved alert is sent again
   */
  repeatIntervalHours: number;
  /**
   * 最初の通知までの待ち時間（秒、任意） / Seconds to wait before the first notification (optional)
   */
  groupWaitSeconds?: number;
  /**
   * 同じグループの追加通知の間隔（分、任意） / Minutes between notifications for a changed group (optional)
   */
  groupIntervalMinutes?: number;
}
/**
 * 当社側の通知先 / Provider's receiver
 */
export interface ProviderReceiver {
  /**
   * 通知先ID / Receiver id
   */
  id: string;
  /**
   * 名称 / Name
   */
  name: string;
  /**
   * メールアドレス / E-mail address
   */
  email: string;
}
/**
 * 重大度ごとの通知規則 / Routing rule for one severity
 */
export interface RoutingRule {
  /**
   * 重大度 / Severity
   */
  severity: 'critical' | 'warning';
  /**
   * ヘルプデスク営業時間内の通知先 / Receivers during helpdesk hours
   *
   * @minItems 1
   *
   * Items: 通知先ID / Receiver id
   */
  helpdeskHours: [string, ...string[]];
  /**
   * 営業時間外の通知先 / Receivers outside helpdesk hours
   *
   * @minItems 1
   *
   * Items: 通知先ID / Receiver id
   */
  outsideHelpdeskHours: [string, ...string[]];
  /**
   * 障害通知を希望する顧客担当者にも常時通知（仕様書4） / Also notify opted-in customer contacts, at any hour (spec 4)
   */
  notifyCustomer: boolean;
}
