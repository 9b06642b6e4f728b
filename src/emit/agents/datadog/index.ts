/**
 * agents/datadog: Datadog Agent (Windows) for one server, under `datadog/` in the bundle:
 * - `datadog.yaml`: site, hostname, host tags customer:/server:, logs_enabled. NO api_key: `install.ps1` reads it
 *   from the machine and writes it into the installed copy only.
 * - `conf.d/<integration>.d/conf.yaml` for windows_service, win32_event_log, process, disk,
 *   windows_performance_counters, and `conf.d/vvault.d/conf.yaml` (log collection of the VVAULT log, its encoding).
 * - `monitors.json`: monitor definitions for POST /api/v1/monitor, thresholds {warning, critical}; the heartbeat is a
 *   no-data monitor on the datadog.agent.up service check. Tags carry customer/server/check/severity.
 * Field names and types follow the integrations' documented configuration (integrations-core spec.yaml).
 */
import type { Model, ResolvedCustomer, ResolvedServer } from '../../../model/model.js';
import type { AlertSeverity, BusyCheck, Check, LogCheck, MonitoringPlan, StorageCheck } from '../../../resolve/monitoring.js';
import { labelsOf, severitiesOf } from '../../../resolve/monitoring.js';
import type { CustomerEmitter } from '../../types.js';
import type { BundleFile } from '../common.js';
import { assertConsent, GENERATED_BY, jsonText, toArtifacts, yamlText } from '../common.js';

/** Datadog Agent log `encoding` values (utf-8 is the default and is left out) */
export const LOG_ENCODING: Record<LogCheck['encoding'], string | undefined> = {
  shift_jis: 'shift-jis', 'utf-8': undefined, 'utf-16-le': 'utf-16-le',
};
/** Windows event levels in the event XML (System/Level) */
const EVENT_LEVEL = { critical: 1, error: 2, warning: 3, information: 4 } as const;
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

function hostTags(plan: MonitoringPlan): string[] {
  return [`customer:${plan.customer}`, `server:${plan.server}`];
}

function checkTags(plan: MonitoringPlan, c: Check): string[] {
  return [...hostTags(plan), `check:${c.check}`];
}

/** spare drive letters for shares, from Z: down, skipping letters the server's volumes use */
function shareLetters(plan: MonitoringPlan): Map<string, string> {
  const used = new Set(plan.checks.filter((c): c is StorageCheck => c.kind === 'volume').map((c) => c.path.slice(0, 1).toUpperCase()));
  const out = new Map<string, string>();
  let letter = 'Z'.charCodeAt(0);
  for (const c of plan.checks) {
    if (c.kind !== 'share') continue;
    while (used.has(String.fromCharCode(letter))) letter--;
    out.set(c.volume, `${String.fromCharCode(letter)}:`);
    used.add(String.fromCharCode(letter));
  }
  return out;
}

/** the literal text a log pattern looks for (monitor queries are not regular expressions) */
export function regexLiteral(regex: string): string {
  return regex.replace(/\\([^A-Za-z0-9])/g, '$1');
}

function eventXPath(c: Extract<Check, { kind: 'eventlog' }>): string {
  const parts: string[] = [];
  const any = (xs: string[]) => (xs.length === 1 ? xs[0]! : `(${xs.join(' or ')})`);
  if (c.sources) parts.push(`Provider[${any(c.sources.map((s) => `@Name='${s.replace(/'/g, '&apos;')}'`))}]`);
  parts.push(any(c.eventLevels.map((l) => `Level=${EVENT_LEVEL[l]}`)));
  if (c.ids) parts.push(any(c.ids.map((i) => `EventID=${i}`)));
  return `*[System[${parts.join(' and ')}]]`;
}

export function datadogYaml(model: Model, plan: MonitoringPlan): string {
  const d = model.policies.provider.monitoring.datadog;
  if (!d) throw new Error('internal: datadog target without monitoring.datadog (rule A004)');
  return `# ${GENERATED_BY}\n# Datadog Agent main configuration for ${plan.customer}/${plan.server}. The API key is not here:\n# install.ps1 reads it on the server and adds it to the installed copy only.\n${yamlText({
    site: d.site,
    hostname: plan.monitoredHost,
    tags: hostTags(plan),
    logs_enabled: true,
  })}`;
}

function conf(plan: MonitoringPlan, what: string, body: Record<string, unknown>): string {
  return `# ${GENERATED_BY}\n# ${what} for ${plan.customer}/${plan.server}\n${yamlText(body)}`;
}

export function datadogConfD(plan: MonitoringPlan): BundleFile[] {
  const checks = plan.checks;
  const of = <K extends Check['kind']>(k: K) => checks.filter((c): c is Extract<Check, { kind: K }> => c.kind === k);
  const files: BundleFile[] = [];
  const services = of('service');
  files.push({
    path: 'conf.d/windows_service.d/conf.yaml',
    data: conf(plan, 'windows_service: VVAULT services (exact names)', {
      init_config: {},
      instances: [{
        services: services.map((s) => `^${s.service.replace(/[.]/g, '\\.')}$`),
        disable_legacy_service_tag: true,
        tags: hostTags(plan),
      }],
    }),
  });
  const events = of('eventlog');
  // an integration with no instance is a configuration error for the Agent: no file when there is nothing to watch
  if (events.length) files.push({
    path: 'conf.d/win32_event_log.d/conf.yaml',
    data: conf(plan, 'win32_event_log: one instance per event-log rule', {
      init_config: {},
      instances: events.map((c) => ({
        path: c.log,
        legacy_mode: false,
        start: 'now',
        query: eventXPath(c),
        tag_event_id: true,
        tags: [...checkTags(plan, c), `severity:${c.severity}`],
      })),
    }),
  });
  files.push({
    path: 'conf.d/process.d/conf.yaml',
    data: conf(plan, 'process: VVAULT processes and their minimum count', {
      init_config: {},
      instances: of('process').map((c) => ({
        name: c.process.toLowerCase(),
        search_string: [c.process],
        exact_match: true,
        thresholds: { critical: [c.min, Number.POSITIVE_INFINITY] },
        tags: checkTags(plan, c),
      })),
    }),
  });
  const storage = checks.filter((c): c is StorageCheck => c.kind === 'volume' || c.kind === 'share');
  const letters = shareLetters(plan);
  const deviceOf = (c: StorageCheck) => (c.kind === 'share' ? letters.get(c.volume)! : c.path);
  const diskInstance: Record<string, unknown> = {
    use_mount: false,
    all_partitions: storage.some((c) => c.kind === 'share'),
    device_include: storage.map((c) => `${escapeRe(deviceOf(c))}`),
    device_tag_re: Object.fromEntries(storage.map((c) => [escapeRe(deviceOf(c)), `vvault_volume:${c.volume}`])),
    tags: hostTags(plan),
  };
  const shares = storage.filter((c) => c.kind === 'share');
  if (shares.length) {
    diskInstance.create_mounts = shares.map((c) => {
      const [host, ...rest] = c.path.replace(/^\\\\/, '').replace(/\\$/, '').split('\\');
      return { mountpoint: letters.get(c.volume)!.toLowerCase(), host, share: rest.join('\\') };
    });
  }
  if (storage.length) files.push({
    path: 'conf.d/disk.d/conf.yaml',
    data: conf(plan, 'disk: VVAULT volumes (cloud storage is never monitored, 仕様書3)', { init_config: {}, instances: [diskInstance] }),
  });
  files.push({
    path: 'conf.d/windows_performance_counters.d/conf.yaml',
    data: conf(plan, 'windows_performance_counters: disk busy and network busy', {
      init_config: {},
      instances: [{
        metrics: {
          PhysicalDisk: { name: 'vvault.physicaldisk', tag_name: 'disk', counters: [{ '% Idle Time': 'pct_idle' }] },
          'Network Interface': {
            name: 'vvault.network', tag_name: 'nic',
            counters: [{ 'Bytes Total/sec': 'bytes_total' }, { 'Current Bandwidth': 'bandwidth' }],
          },
        },
        tags: hostTags(plan),
      }],
    }),
  });
  const logs = of('log');
  if (logs.length) {
    const first = logs[0]!;
    const entry: Record<string, unknown> = {
      type: 'file',
      path: first.path,
      service: 'vvault',
      source: 'vvault',
    };
    const enc = LOG_ENCODING[first.encoding];
    if (enc) entry.encoding = enc;
    entry.tags = hostTags(plan);
    entry.log_processing_rules = [{
      type: 'include_at_match',
      name: 'vvault_patterns',
      pattern: logs.map((c) => `(?:${c.regex})`).join('|'),
    }];
    files.push({ path: 'conf.d/vvault.d/conf.yaml', data: conf(plan, 'VVAULT log collection', { logs: [entry] }) });
  }
  return files;
}

/** text placed inside a double-quoted monitor query string */
function inQuotes(s: string): string {
  return s.replace(/[\\"]/g, '\\$&');
}

function escapeRe(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

export function datadogMonitors(plan: MonitoringPlan): DatadogMonitor[] {
  const host = `host:${plan.monitoredHost}`;
  const title = `[${plan.customer}/${plan.server}]`;
  const hb = plan.checks.find((c) => c.kind === 'heartbeat');
  if (!hb || hb.kind !== 'heartbeat') throw new Error('internal: plan without heartbeat');
  const windowMin = Math.max(1, Math.ceil(hb.windowSeconds / 60));
  const out: DatadogMonitor[] = [];
  const tagsOf = (c: Check) => [...checkTags(plan, c), ...severitiesOf(c).map((s) => `severity:${s}`)];
  const message = (c: Check) => {
    const sev = severitiesOf(c);
    const label = (s: AlertSeverity) => Object.entries(labelsOf(plan, c, s)).map(([k, v]) => `${k}=${v}`).join(' ');
    const lines = sev.length === 1
      ? [`{{#is_alert}}${label(sev[0]!)}{{/is_alert}}`]
      : [`{{#is_warning}}${label('warning')}{{/is_warning}}`, `{{#is_alert}}${label('critical')}{{/is_alert}}`];
    return [`VVAULT managed service ${c.id}`, ...lines, '{{#is_recovery}}recovered{{/is_recovery}}'].join('\n');
  };
  const single = (c: Check & { severity: AlertSeverity }) => ({ priority: PRIORITY[c.severity] });
  const thresholds = (c: BusyCheck | StorageCheck) => {
    const [w, k] = c.levels;
    return { critical: k.percent.value, warning: w.percent.value };
  };
  for (const c of plan.checks) {
    const base = { message: message(c), tags: tagsOf(c) };
    switch (c.kind) {
      case 'heartbeat':
        out.push({
          name: `${title} heartbeat lost`, type: 'service check', ...base, ...single(c),
          query: `"datadog.agent.up".over("${host}").by("host").last(2).count_by_status()`,
          options: { thresholds: { critical: 1, ok: 1 }, notify_no_data: true, no_data_timeframe: Math.max(2, windowMin), include_tags: true, notify_audit: false },
        });
        break;
      case 'eventlog':
        out.push({
          name: `${title} event log ${c.log}: ${c.rule}`, type: 'event-v2 alert', ...base, ...single(c),
          query: `events("${host} check:${c.check}").rollup("count").last("${windowMin}m") > 0`,
          options: { thresholds: { critical: 0 }, notify_no_data: false, include_tags: true, notify_audit: false },
        });
        break;
      case 'log':
        out.push({
          name: `${title} VVAULT log: ${c.pattern}`, type: 'log alert', ...base, ...single(c),
          query: `logs("service:vvault ${host} ${inQuotes(JSON.stringify(regexLiteral(c.regex)))}").index("*").rollup("count").last("${windowMin}m") > 0`,
          options: { thresholds: { critical: 0 }, notify_no_data: false, include_tags: true, notify_audit: false },
        });
        break;
      case 'service':
        out.push({
          name: `${title} service ${c.service} not running`, type: 'service check', ...base, ...single(c),
          query: `"windows_service.state".over("${host}","windows_service:${c.service.toLowerCase()}").by("windows_service").last(2).count_by_status()`,
          options: { thresholds: { critical: 1, ok: 1 }, notify_no_data: true, no_data_timeframe: Math.max(2, windowMin), include_tags: true, notify_audit: false },
        });
        break;
      case 'process':
        out.push({
          name: `${title} fewer than ${c.min} ${c.process} processes`, type: 'query alert', ...base, ...single(c),
          query: `max(last_${windowMin}m):max:system.processes.number{${host},process_name:${c.process.toLowerCase()}} < ${c.min}`,
          options: { thresholds: { critical: c.min }, notify_no_data: true, no_data_timeframe: Math.max(2, windowMin), include_tags: true, notify_audit: false },
        });
        break;
      case 'volume':
      case 'share': {
        const t = thresholds(c);
        out.push({
          name: `${title} volume ${c.volume} space used`, type: 'query alert', ...base, priority: 2,
          query: `avg(last_${windowMin}m):max:system.disk.in_use{${host},vvault_volume:${c.volume}} * 100 >= ${t.critical}`,
          options: { thresholds: t, notify_no_data: false, include_tags: true, notify_audit: false },
        });
        break;
      }
      case 'cpu':
      case 'memory':
      case 'diskBusy':
      case 'network': {
        const t = thresholds(c);
        const w = `min(last_${c.forMinutes.value}m)`;
        const q = c.kind === 'cpu' ? `${w}:100 - avg:system.cpu.idle{${host}} >= ${t.critical}`
          : c.kind === 'memory' ? `${w}:100 - avg:system.mem.pct_usable{${host}} * 100 >= ${t.critical}`
            : c.kind === 'diskBusy' ? `${w}:100 - avg:${PERF_METRICS.diskIdle}{${host}} by {disk} >= ${t.critical}`
              : `${w}:avg:${PERF_METRICS.netBytes}{${host}} by {nic} * 8 / avg:${PERF_METRICS.netBandwidth}{${host}} by {nic} * 100 >= ${t.critical}`;
        const what = { cpu: 'CPU busy', memory: 'memory busy', diskBusy: 'disk busy', network: 'network busy (% of link speed)' }[c.kind];
        out.push({
          name: `${title} ${what}`, type: 'query alert', ...base, priority: 2, query: q,
          options: { thresholds: t, notify_no_data: false, require_full_window: true, include_tags: true, notify_audit: false },
        });
        break;
      }
    }
  }
  return out;
}

export function datadogInstallScript(plan: MonitoringPlan): string {
  return [
    `# ${GENERATED_BY}`,
    `# Installs the Datadog Agent configuration of ${plan.customer}/${plan.server}. Run as Administrator from this`,
    '# folder after installing the Datadog Agent 7 (MSI). The API key is never in the bundle: it is read on this',
    '# machine from the machine environment variable DD_API_KEY, or else from C:\\ProgramData\\Datadog\\api_key.txt.',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    "$root = 'C:\\ProgramData\\Datadog'",
    "if (-not (Test-Path -LiteralPath $root)) { throw 'Datadog Agent is not installed (C:\\ProgramData\\Datadog missing)' }",
    "$key = [Environment]::GetEnvironmentVariable('DD_API_KEY', 'Machine')",
    "if (-not $key) { $file = Join-Path $root 'api_key.txt'; if (Test-Path -LiteralPath $file) { $key = (Get-Content -LiteralPath $file -TotalCount 1).Trim() } }",
    "if (-not $key) { throw 'No API key on this machine: set the machine variable DD_API_KEY or write it to C:\\ProgramData\\Datadog\\api_key.txt' }",
    "$main = Join-Path $root 'datadog.yaml'",
    "if (Test-Path -LiteralPath $main) { Copy-Item -LiteralPath $main -Destination \"$main.bak\" -Force }",
    "$text = Get-Content -LiteralPath (Join-Path $PSScriptRoot 'datadog.yaml') -Raw -Encoding UTF8",
    "[IO.File]::WriteAllText($main, $text + \"api_key: $key`n\", (New-Object Text.UTF8Encoding $false))",
    "Copy-Item -Path (Join-Path $PSScriptRoot 'conf.d\\*') -Destination (Join-Path $root 'conf.d') -Recurse -Force",
    "& \"$env:ProgramFiles\\Datadog\\Datadog Agent\\bin\\agent.exe\" restart-service",
    "Write-Output 'Datadog Agent configured and restarted. Create the monitors of monitors.json with the monitors API.'",
    '',
  ].join('\r\n');
}

export function datadogFiles(model: Model, server: ResolvedServer): BundleFile[] {
  const plan = server.monitoring;
  const files: BundleFile[] = [
    { path: 'datadog.yaml', data: datadogYaml(model, plan) },
    ...datadogConfD(plan),
    { path: 'install.ps1', data: datadogInstallScript(plan) },
    { path: 'monitors.json', data: jsonText(datadogMonitors(plan)) },
  ];
  return files.map((f) => ({ path: `datadog/${f.path}`, data: f.data })).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const datadogEmitter: CustomerEmitter = {
  name: 'agents/datadog',
  scope: 'customer',
  emit(ctx, customer: ResolvedCustomer) {
    if (!ctx.model.policies.provider.monitoring.targets.includes('datadog')) return [];
    assertConsent(customer);
    return customer.servers.flatMap((s) => toArtifacts('agents/datadog', customer, s, datadogFiles(ctx.model, s)));
  },
};
