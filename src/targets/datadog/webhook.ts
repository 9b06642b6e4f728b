/**
 * Datadog → Alertmanager: the two Datadog Webhooks integration entries every monitor notifies
 * (`provider.yaml monitoring.datadog.notify`), in the body form of Datadog's webhooks configuration API
 * (POST /api/v1/integration/webhooks/configuration/webhooks: name, url, payload, custom_headers, encode_as).
 *
 * After Datadog's `$VARIABLE` substitution each payload is an Alertmanager v2 alert list (POST /api/v2/alerts)
 * with the labels customer, server, check, severity taken from the monitor's own tags (`$TAGS[key]`, documented
 * by Datadog: the value of the tag `key`) and `scope` (`$ALERT_SCOPE`: the group of a multi-alert monitor, e.g.
 * one disk). Only variables whose values are Datadog tag text, digits, fixed words or a URL are used — never a
 * monitor name or message — so the substituted text is always valid JSON.
 *
 * Datadog gives times only as epoch milliseconds (`$DATE`), which Alertmanager's API does not read (it wants
 * RFC 3339). So:
 * - `<webhook>` (trigger, warn, no data, renotify): no `startsAt` (Alertmanager takes the time of receipt, which
 *   is when Datadog notifies) and `endsAt` 9999-12-31: the alert stays firing until its recovery comes, never
 *   resolved by Alertmanager's resolve_timeout while the fault lasts;
 * - `<webhook>-resolved` (recovery): `endsAt` a fixed past instant, so Alertmanager resolves the alert with the
 *   same labels at once and mails the resolve (send_resolved). The resolved alert's own times are that instant:
 *   the mail template prints no times for a resolved alert.
 * Each monitor's message mentions the first outside `{{#is_recovery}}` and the second inside it.
 */
import type { DatadogNotify } from '../../types/generated/provider.js';

export const FIRING_ENDS_AT = '9999-12-31T23:59:59Z';
export const RESOLVED_ENDS_AT = '2000-01-01T00:00:00Z';

/** the label names of every alert, as the agents' tags carry them */
const LABELS = ['customer', 'server', 'check', 'severity'] as const;

export interface DatadogWebhook {
  name: string;
  url: string;
  /** the custom payload (JSON text with Datadog $VARIABLES inside its strings) */
  payload: string;
  custom_headers: string;
  encode_as: 'json';
}

export function resolvedWebhookName(notify: DatadogNotify): string {
  return `${notify.webhook}-resolved`;
}

/** the handles of a monitor message: the firing webhook outside recovery, the resolving one on recovery */
export function notifyLines(notify: DatadogNotify): string {
  return `{{^is_recovery}}@webhook-${notify.webhook}{{/is_recovery}}{{#is_recovery}}@webhook-${resolvedWebhookName(notify)}{{/is_recovery}}`;
}

function payload(endsAt: string): string {
  const alert = {
    labels: { ...Object.fromEntries(LABELS.map((l) => [l, `$TAGS[${l}]`])), scope: '$ALERT_SCOPE' },
    annotations: { source: 'datadog', transition: '$ALERT_TRANSITION', monitor_id: '$ALERT_ID', link: '$LINK' },
    endsAt,
  };
  return JSON.stringify([alert], null, 2);
}

export function alertsUrl(notify: DatadogNotify): string {
  return `${notify.alertmanagerUrl.replace(/\/+$/, '')}/api/v2/alerts`;
}

export function datadogWebhooks(notify: DatadogNotify): DatadogWebhook[] {
  const url = alertsUrl(notify);
  const headers = JSON.stringify({ 'Content-Type': 'application/json' });
  return [
    { name: notify.webhook, url, payload: payload(FIRING_ENDS_AT), custom_headers: headers, encode_as: 'json' },
    { name: resolvedWebhookName(notify), url, payload: payload(RESOLVED_ENDS_AT), custom_headers: headers, encode_as: 'json' },
  ];
}
