/**
 * `monitors.json` of the Datadog target: monitor definitions for POST /api/v1/monitor, thresholds {warning,
 * critical} (one monitor per severity); the heartbeat is a no-data monitor on the datadog.agent.up service check. Tags carry
 * customer/server/check/severity. One function per check kind.
 */
import type { AlertSeverity, BusyCheck, Check, MonitoringSetup, StorageCheck } from '../../resolve/monitoring.js';
import { labelsOf, severitiesOf } from '../../resolve/monitoring.js';
import type { DatadogNotify } from '../../types/generated/provider.js';
import { checkTags } from './conf-d.js';
import { notifyLines } from './webhook.js';

const PRIORITY: Record<AlertSeverity, number> = { critical: 1, warning: 3 };

export const PERF_METRICS = {
  diskIdle: 'vvault.physicaldisk.pct_idle',
  netBytes: 'vvault.network.bytes_total',
  netBandwidth: 'vvault.network.bandwidth',
} as const;

export interface DatadogMonitor {
  name: string;
  type: 'service check' | 'query alert' | 'log alert' | 'event-v2 alert';
  query: string;
  message: string;
  tags: string[];
  priority: number;
  options: {
    thresholds: { critical: number; warning?: number; ok?: number };
    notify_no_data: boolean;
    no_data_timeframe?: number;
    require_full_window?: boolean;
    include_tags: boolean;
    notify_audit: boolean;
  };
}

/** the literal text a log pattern looks for (monitor queries are not regular expressions) */
export function regexLiteral(regex: string): string {
  return regex.replace(/\\([^A-Za-z0-9])/g, '$1');
}

/** text placed inside a double-quoted monitor query string */
function inQuotes(s: string): string {
  return s.replace(/[\\"]/g, '\\$&');
}

/** what every monitor of one server shares */
interface Scope {
  setup: MonitoringSetup;
  /** `host:<customer>.<server>` */
  host: string;
  /** `[customer/server]`, the head of every monitor name */
  title: string;
  /** the heartbeat window in minutes (at least 1): the evaluation window of event, log, process and storage monitors */
  windowMin: number;
}

function scopeOf(setup: MonitoringSetup): Scope {
  const hb = setup.checks.find((c) => c.kind === 'heartbeat');
  if (hb?.kind !== 'heartbeat') throw new Error('internal: setup without heartbeat');
  return {
    setup,
    host: `host:${setup.monitoredHost}`,
    title: `[${setup.customer}/${setup.server}]`,
    windowMin: Math.max(1, Math.ceil(hb.windowSeconds / 60)),
  };
}

/**
 * the notification text: the check id, the labels of the state that fires and, when `monitoring.datadog.notify`
 * is set, the webhook handles that carry the alert to Alertmanager (./webhook.ts)
 */
function message(setup: MonitoringSetup, c: Check, severity: AlertSeverity, notify: DatadogNotify | undefined): string {
  const label = Object.entries(labelsOf(setup, c, severity))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return [
    `VVAULT managed service ${c.id}`,
    `{{^is_recovery}}${label}{{/is_recovery}}`,
    '{{#is_recovery}}recovered{{/is_recovery}}',
    ...(notify ? [notifyLines(notify)] : []),
  ].join('\n');
}

type Base = Pick<DatadogMonitor, 'message' | 'tags'>;

const single = (c: Check & { severity: AlertSeverity }) => ({ priority: PRIORITY[c.severity] });

/** the level of one severity of a two-level check: Datadog gets one monitor per severity */
function level(c: BusyCheck | StorageCheck, severity: AlertSeverity): number {
  const [w, k] = c.levels;
  return (severity === 'critical' ? k : w).percent.value;
}

/** heartbeat, event log, VVAULT log, service and process: one severity each */
function singleMonitor(s: Scope, c: Exclude<Check, BusyCheck | StorageCheck>, base: Base): DatadogMonitor {
  const { host, title, windowMin } = s;
  const noData = { notify_no_data: true, no_data_timeframe: Math.max(2, windowMin), include_tags: true, notify_audit: false };
  switch (c.kind) {
    case 'heartbeat':
      return {
        name: `${title} heartbeat lost`,
        type: 'service check',
        ...base,
        ...single(c),
        query: `"datadog.agent.up".over("${host}").by("host").last(2).count_by_status()`,
        options: { thresholds: { critical: 1, ok: 1 }, ...noData },
      };
    case 'eventlog':
      return {
        name: `${title} event log ${c.log}: ${c.rule}`,
        type: 'event-v2 alert',
        ...base,
        ...single(c),
        query: `events("${host} check:${c.check}").rollup("count").last("${windowMin}m") > 0`,
        options: { thresholds: { critical: 0 }, notify_no_data: false, include_tags: true, notify_audit: false },
      };
    case 'log':
      return {
        name: `${title} VVAULT log: ${c.pattern}`,
        type: 'log alert',
        ...base,
        ...single(c),
        query: `logs("service:vvault ${host} ${inQuotes(JSON.stringify(regexLiteral(c.regex)))}").index("*").rollup("count").last("${windowMin}m") > 0`,
        options: { thresholds: { critical: 0 }, notify_no_data: false, include_tags: true, notify_audit: false },
      };
    case 'service':
      return {
        name: `${title} service ${c.service} not running`,
        type: 'service check',
        ...base,
        ...single(c),
        query: `"windows_service.state".over("${host}","windows_service:${c.service.toLowerCase()}").by("windows_service").last(2).count_by_status()`,
        options: { thresholds: { critical: 1, ok: 1 }, ...noData },
      };
    case 'process':
      return {
        name: `${title} fewer than ${c.min} ${c.process} processes`,
        type: 'query alert',
        ...base,
        ...single(c),
        query: `max(last_${windowMin}m):max:system.processes.number{${host},process_name:${c.process.toLowerCase()}} < ${c.min}`,
        // Datadog: a no-data timeframe of at least twice the evaluation window, or a late point reads as no data
        options: { thresholds: { critical: c.min }, ...noData, no_data_timeframe: Math.max(2, 2 * windowMin) },
      };
  }
}

function storageMonitor(s: Scope, c: StorageCheck, severity: AlertSeverity, base: Base): DatadogMonitor {
  const t = level(c, severity);
  return {
    name: `${s.title} volume ${c.volume} space used (${severity})`,
    type: 'query alert',
    ...base,
    priority: PRIORITY[severity],
    query: `avg(last_${s.windowMin}m):max:system.disk.in_use{${s.host},vvault_volume:${c.volume}} * 100 >= ${t}`,
    options: { thresholds: { critical: t }, notify_no_data: false, include_tags: true, notify_audit: false },
  };
}

/** cpu, memory, diskBusy, network: busy over the whole `forMinutes` window */
function busyMonitor(s: Scope, c: BusyCheck, severity: AlertSeverity, base: Base): DatadogMonitor {
  const { host } = s;
  const t = { critical: level(c, severity) };
  const w = `min(last_${c.forMinutes.value}m)`;
  const q =
    c.kind === 'cpu'
      ? `${w}:100 - avg:system.cpu.idle{${host}} >= ${t.critical}`
      : c.kind === 'memory'
        ? `${w}:100 - avg:system.mem.pct_usable{${host}} * 100 >= ${t.critical}`
        : c.kind === 'diskBusy'
          ? `${w}:100 - avg:${PERF_METRICS.diskIdle}{${host}} by {disk} >= ${t.critical}`
          : `${w}:avg:${PERF_METRICS.netBytes}{${host}} by {nic} * 8 / avg:${PERF_METRICS.netBandwidth}{${host}} by {nic} * 100 >= ${t.critical}`;
  const what = { cpu: 'CPU busy', memory: 'memory busy', diskBusy: 'disk busy', network: 'network busy (% of link speed)' }[c.kind];
  return {
    name: `${s.title} ${what} (${severity})`,
    type: 'query alert',
    ...base,
    priority: PRIORITY[severity],
    query: q,
    options: { thresholds: t, notify_no_data: false, require_full_window: true, include_tags: true, notify_audit: false },
  };
}

/**
 * One monitor per check and severity: a two-level check (storage, cpu, memory, diskBusy, network) becomes a
 * warning and a critical monitor, each with one `severity:` tag, so that the webhook's `$TAGS[severity]` is the
 * severity of the state that fired (Alertmanager's inhibit rule silences the warning while the critical fires).
 */
export function datadogMonitors(setup: MonitoringSetup, notify?: DatadogNotify): DatadogMonitor[] {
  const s = scopeOf(setup);
  return setup.checks.flatMap((c) =>
    severitiesOf(c).map((sev) => {
      const base: Base = { message: message(setup, c, sev, notify), tags: [...checkTags(setup, c), `severity:${sev}`] };
      switch (c.kind) {
        case 'volume':
        case 'share':
          return storageMonitor(s, c, sev, base);
        case 'cpu':
        case 'memory':
        case 'diskBusy':
        case 'network':
          return busyMonitor(s, c, sev, base);
        default:
          return singleMonitor(s, c, base);
      }
    }),
  );
}
