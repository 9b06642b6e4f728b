/**
 * `conf.d/<integration>.d/conf.yaml` of the Datadog target: windows_service, win32_event_log, process, disk,
 * windows_performance_counters, and `conf.d/vvault.d/conf.yaml` (log collection of the VVAULT log, its encoding).
 * Field names and types follow the integrations' documented configuration (integrations-core spec.yaml).
 */
import type { Check, LogCheck, MonitoringSetup, StorageCheck } from '../../resolve/monitoring.js';
import type { BundleFile } from '../target.js';
import { GENERATED_BY, yamlText } from '../text.js';
import { xpathLiteral } from '../../domain/escape/xpath.js';

/** Datadog Agent log `encoding` values (utf-8 is the default and is left out) */
export const LOG_ENCODING: Record<LogCheck['encoding'], string | undefined> = {
  shift_jis: 'shift-jis',
  'utf-8': undefined,
  'utf-16-le': 'utf-16-le',
};
/** Windows event levels in the event XML (System/Level) */
const EVENT_LEVEL = { critical: 1, error: 2, warning: 3, information: 4 } as const;

export function hostTags(setup: MonitoringSetup): string[] {
  return [`customer:${setup.customer}`, `server:${setup.server}`];
}

export function checkTags(setup: MonitoringSetup, c: Check): string[] {
  return [...hostTags(setup), `check:${c.check}`];
}

function checksOf<K extends Check['kind']>(setup: MonitoringSetup, k: K): Array<Extract<Check, { kind: K }>> {
  return setup.checks.filter((c): c is Extract<Check, { kind: K }> => c.kind === k);
}

/** spare drive letters for shares, from Z: down, skipping letters the server's volumes use */
function shareLetters(setup: MonitoringSetup): Map<string, string> {
  const used = new Set(setup.checks.filter((c): c is StorageCheck => c.kind === 'volume').map((c) => c.path.slice(0, 1).toUpperCase()));
  const out = new Map<string, string>();
  let letter = 'Z'.charCodeAt(0);
  for (const c of setup.checks) {
    if (c.kind !== 'share') continue;
    while (used.has(String.fromCharCode(letter))) letter--;
    out.set(c.volume, `${String.fromCharCode(letter)}:`);
    used.add(String.fromCharCode(letter));
  }
  return out;
}

function xpathOrThrow(s: string): string {
  const l = xpathLiteral(s);
  if (l === undefined) throw new Error(`internal: event source ${s} has both quote kinds (rule A013)`);
  return l;
}

function eventXPath(c: Extract<Check, { kind: 'eventlog' }>): string {
  const parts: string[] = [];
  const any = (xs: string[]) => (xs.length === 1 ? xs[0]! : `(${xs.join(' or ')})`);
  if (c.sources) parts.push(`Provider[${any(c.sources.map((s) => `@Name=${xpathOrThrow(s)}`))}]`);
  parts.push(any(c.eventLevels.map((l) => `Level=${EVENT_LEVEL[l]}`)));
  if (c.ids) parts.push(any(c.ids.map((i) => `EventID=${i}`)));
  return `*[System[${parts.join(' and ')}]]`;
}

function conf(setup: MonitoringSetup, what: string, body: Record<string, unknown>): string {
  return `# ${GENERATED_BY}\n# ${what} for ${setup.customer}/${setup.server}\n${yamlText(body)}`;
}

function escapeRe(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

function windowsServiceConf(setup: MonitoringSetup): BundleFile {
  return {
    path: 'conf.d/windows_service.d/conf.yaml',
    data: conf(setup, 'windows_service: VVAULT services (exact names)', {
      init_config: {},
      instances: [
        {
          services: checksOf(setup, 'service').map((s) => `^${s.service.replace(/[.]/g, '\\.')}$`),
          disable_legacy_service_tag: true,
          tags: hostTags(setup),
        },
      ],
    }),
  };
}

// an integration with no instance is a configuration error for the Agent: no file when there is nothing to watch
function eventLogConf(setup: MonitoringSetup): BundleFile | undefined {
  const events = checksOf(setup, 'eventlog');
  if (!events.length) return undefined;
  return {
    path: 'conf.d/win32_event_log.d/conf.yaml',
    data: conf(setup, 'win32_event_log: one instance per event-log rule', {
      init_config: {},
      instances: events.map((c) => ({
        path: c.log,
        legacy_mode: false,
        start: 'now',
        query: eventXPath(c),
        tag_event_id: true,
        tags: [...checkTags(setup, c), `severity:${c.severity}`],
      })),
    }),
  };
}

function processConf(setup: MonitoringSetup): BundleFile {
  return {
    path: 'conf.d/process.d/conf.yaml',
    data: conf(setup, 'process: VVAULT processes and their minimum count', {
      init_config: {},
      instances: checksOf(setup, 'process').map((c) => ({
        name: c.process.toLowerCase(),
        search_string: [c.process],
        exact_match: true,
        thresholds: { critical: [c.min, Number.POSITIVE_INFINITY] },
        tags: checkTags(setup, c),
      })),
    }),
  };
}

function diskConf(setup: MonitoringSetup): BundleFile | undefined {
  const storage = setup.checks.filter((c): c is StorageCheck => c.kind === 'volume' || c.kind === 'share');
  if (!storage.length) return undefined;
  const letters = shareLetters(setup);
  const deviceOf = (c: StorageCheck) => (c.kind === 'share' ? letters.get(c.volume)! : c.path);
  const diskInstance: Record<string, unknown> = {
    use_mount: false,
    all_partitions: storage.some((c) => c.kind === 'share'),
    device_include: storage.map((c) => `${escapeRe(deviceOf(c))}`),
    device_tag_re: Object.fromEntries(storage.map((c) => [escapeRe(deviceOf(c)), `vvault_volume:${c.volume}`])),
    tags: hostTags(setup),
  };
  const shares = storage.filter((c) => c.kind === 'share');
  if (shares.length) {
    diskInstance.create_mounts = shares.map((c) => {
      const [host, ...rest] = c.path.replace(/^\\\\/, '').replace(/\\$/, '').split('\\');
      return { mountpoint: letters.get(c.volume)!.toLowerCase(), host, share: rest.join('\\') };
    });
  }
  return {
    path: 'conf.d/disk.d/conf.yaml',
    data: conf(setup, 'disk: VVAULT volumes (cloud storage is never monitored, 仕様書3)', { init_config: {}, instances: [diskInstance] }),
  };
}

function performanceCountersConf(setup: MonitoringSetup): BundleFile {
  return {
    path: 'conf.d/windows_performance_counters.d/conf.yaml',
    data: conf(setup, 'windows_performance_counters: disk busy and network busy', {
      init_config: {},
      instances: [
        {
          metrics: {
            PhysicalDisk: { name: 'vvault.physicaldisk', tag_name: 'disk', counters: [{ '% Idle Time': 'pct_idle' }] },
            'Network Interface': {
              name: 'vvault.network',
              tag_name: 'nic',
              counters: [{ 'Bytes Total/sec': 'bytes_total' }, { 'Current Bandwidth': 'bandwidth' }],
            },
          },
          tags: hostTags(setup),
        },
      ],
    }),
  };
}

function vvaultLogConf(setup: MonitoringSetup): BundleFile | undefined {
  const logs = checksOf(setup, 'log');
  if (!logs.length) return undefined;
  const first = logs[0]!;
  const entry: Record<string, unknown> = {
    type: 'file',
    path: first.path,
    service: 'vvault',
    source: 'vvault',
  };
  const enc = LOG_ENCODING[first.encoding];
  if (enc) entry.encoding = enc;
  entry.tags = hostTags(setup);
  entry.log_processing_rules = [
    {
      type: 'include_at_match',
      name: 'vvault_patterns',
      pattern: logs.map((c) => `(?:${c.regex})`).join('|'),
    },
  ];
  return { path: 'conf.d/vvault.d/conf.yaml', data: conf(setup, 'VVAULT log collection', { logs: [entry] }) };
}

export function datadogConfD(setup: MonitoringSetup): BundleFile[] {
  return [windowsServiceConf, eventLogConf, processConf, diskConf, performanceCountersConf, vvaultLogConf]
    .map((f) => f(setup))
    .filter((f): f is BundleFile => f !== undefined);
}
