/**
 * The vendor-neutral monitoring setup of one server (仕様書3), resolved from `policies/monitoring.yaml` and the
 * server's `monitoring` overrides. Emitters (the agent targets, routing) read this, never the YAML.
 *
 * Every check has a stable id `<customer>/<server>/<check>`; every alert it raises carries the labels
 * `customer`, `server`, `check`, `severity` (the heartbeat's `check` is exactly `heartbeat`).
 * Cloud volumes are never part of a setup (仕様書3: クラウドストレージを除く).
 *
 * How each target implements each check kind is its descriptor's `capabilities` (src/targets/<name>/).
 */
import type { Monitoring } from '../types/generated/monitoring.js';
import type { Server, StorageVolume } from '../types/generated/customer.js';
import type { DataPath } from '../load/yaml.js';
import type { Span } from '../diagnostics/diagnostic.js';

import type {
  AlertSeverity,
  ValueOrigin,
  Valued,
  CheckKind,
  HeartbeatCheck,
  EventLogCheck,
  LogCheck,
  ServiceCheck,
  ProcessCheck,
  StorageCheck,
  BusyCheck,
  Check,
  MonitoringSetup,
} from '../model/monitoring.js';
export type {
  AlertSeverity,
  CheckKind,
  HeartbeatCheck,
  EventLogCheck,
  LogCheck,
  ServiceCheck,
  ProcessCheck,
  StorageCheck,
  BusyCheck,
  Check,
  MonitoringSetup,
} from '../model/monitoring.js';

export interface Labels {
  customer: string;
  server: string;
  check: string;
  severity: AlertSeverity;
}

export function labelsOf(setup: MonitoringSetup, check: Check, severity: AlertSeverity): Labels {
  return { customer: setup.customer, server: setup.server, check: check.check, severity };
}

/** the severities a check can alert with (threshold checks: warning and critical) */
export function severitiesOf(check: Check): AlertSeverity[] {
  return 'levels' in check ? check.levels.map((l) => l.severity) : [check.severity];
}

/** `VVAULT.exe` -> `vvault-exe`: a label-safe fragment */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isShare(path: string): boolean {
  return path.startsWith('\\\\');
}

/** `D:\` -> `D:`; a share keeps (or gains) its trailing backslash; other paths unchanged */
export function normalizeVolumePath(path: string): string {
  if (/^[A-Za-z]:\\?$/.test(path)) return path.slice(0, 2).toUpperCase();
  if (isShare(path)) return path.endsWith('\\') ? path : `${path}\\`;
  return path;
}

export type Locate = (file: string, path: DataPath) => Span | undefined;

export interface SetupSources {
  customer: string;
  customerFile: string;
  /** index of the server in the customer file */
  serverIndex: number;
  server: Server;
  monitoring: Monitoring;
  monitoringFile: string;
  locate?: Locate;
}

/** the monitored volumes of a server: every volume whose kind is not cloud, with a path */
export function monitoredVolumes(server: Server): Array<StorageVolume & { kind: 'local' | 'san' | 'nas'; path: string }> {
  return server.storage.filter(
    (v): v is StorageVolume & { kind: 'local' | 'san' | 'nas'; path: string } => v.kind !== 'cloud' && typeof v.path === 'string' && v.path.length > 0,
  );
}

/** the check kinds a server's setup uses (for the capability rule, before resolution) */
export function checkKindsOf(monitoring: Monitoring, server: Server): Set<CheckKind> {
  const kinds = new Set<CheckKind>(['heartbeat', 'service', 'process', 'log', 'cpu', 'memory', 'diskBusy', 'network']);
  if (monitoring.eventLog.length > 0) kinds.add('eventlog');
  for (const v of monitoredVolumes(server)) kinds.add(isShare(v.path) ? 'share' : 'volume');
  return kinds;
}

type Mk = <C extends Check>(c: Omit<C, 'id'>) => C;
type PickThreshold = (group: 'storage' | 'cpu' | 'memory' | 'diskBusy' | 'network', field: string) => Valued<number>;

/** a threshold of a server: its override if it has one, else the policy default, with where it came from */
function thresholdPicker(src: SetupSources): PickThreshold {
  const { server, monitoring: m } = src;
  const serverPath: DataPath = ['servers', src.serverIndex, 'monitoring'];
  const origin = (kind: 'default' | 'override', file: string, path: DataPath): ValueOrigin => {
    const o: ValueOrigin = { kind, file, path };
    const span = src.locate?.(file, path);
    if (span) {
      o.line = span.line;
      o.col = span.col;
    }
    return o;
  };
  return (group, field) => {
    const o = server.monitoring?.[group] as Record<string, number | undefined> | undefined;
    const v = o?.[field];
    if (typeof v === 'number') return { value: v, origin: origin('override', src.customerFile, [...serverPath, group, field]) };
    const d = (m.thresholds[group] as unknown as Record<string, number>)[field];
    if (typeof d !== 'number') throw new Error(`internal: no default for thresholds.${group}.${field}`);
    return { value: d, origin: origin('default', src.monitoringFile, ['thresholds', group, field]) };
  };
}

/** heartbeat, event log, VVAULT log, services, processes: the checks of the policy, the same on every server */
function policyChecks(m: Monitoring, mk: Mk): Check[] {
  const checks: Check[] = [];
  const hb = m.heartbeat;
  checks.push(
    mk<HeartbeatCheck>({
      kind: 'heartbeat',
      check: 'heartbeat',
      intervalSeconds: hb.intervalSeconds,
      missedBeats: hb.missedBeats,
      windowSeconds: hb.intervalSeconds * hb.missedBeats,
      severity: hb.severity,
    }),
  );
  for (const r of m.eventLog) {
    const c: Omit<EventLogCheck, 'id'> = {
      kind: 'eventlog',
      check: `eventlog-${r.id}`,
      rule: r.id,
      log: r.log,
      eventLevels: [...r.levels],
      severity: r.severity,
    };
    if (r.sources) c.sources = [...r.sources];
    if (r.ids) c.ids = [...r.ids];
    checks.push(mk<EventLogCheck>(c));
  }
  for (const p of m.vvaultLog.patterns) {
    checks.push(
      mk<LogCheck>({
        kind: 'log',
        check: `log-${p.id}`,
        pattern: p.id,
        path: m.vvaultLog.path,
        encoding: m.vvaultLog.encoding,
        regex: p.regex,
        severity: p.severity,
      }),
    );
  }
  for (const s of m.services) {
    checks.push(mk<ServiceCheck>({ kind: 'service', check: `service-${slug(s.name)}`, service: s.name, severity: s.severity }));
  }
  for (const p of m.processes) {
    checks.push(mk<ProcessCheck>({ kind: 'process', check: `process-${slug(p.name)}`, process: p.name, min: p.min, severity: p.severity }));
  }
  return checks;
}

/** storage, cpu, memory, diskBusy, network: the threshold checks, with the server's overrides */
function thresholdChecks(server: Server, pick: PickThreshold, mk: Mk): Check[] {
  const checks: Check[] = [];
  for (const v of monitoredVolumes(server)) {
    checks.push(
      mk<StorageCheck>({
        kind: isShare(v.path) ? 'share' : 'volume',
        check: `storage-${v.id}`,
        volume: v.id,
        storageKind: v.kind,
        role: v.role,
        path: normalizeVolumePath(v.path),
        levels: [
          { severity: 'warning', percent: pick('storage', 'warningPercentUsed') },
          { severity: 'critical', percent: pick('storage', 'criticalPercentUsed') },
        ],
      }),
    );
  }
  const busy: Array<{ kind: BusyCheck['kind']; check: string }> = [
    { kind: 'cpu', check: 'cpu' },
    { kind: 'memory', check: 'memory' },
    { kind: 'diskBusy', check: 'disk-busy' },
    { kind: 'network', check: 'network' },
  ];
  for (const b of busy) {
    checks.push(
      mk<BusyCheck>({
        kind: b.kind,
        check: b.check,
        levels: [
          { severity: 'warning', percent: pick(b.kind, 'warning') },
          { severity: 'critical', percent: pick(b.kind, 'critical') },
        ],
        forMinutes: pick(b.kind, 'forMinutes'),
      }),
    );
  }
  return checks;
}

export function resolveMonitoring(src: SetupSources): MonitoringSetup {
  const { customer, server } = src;
  const base = `${customer}/${server.id}`;
  const mk: Mk = <C extends Check>(c: Omit<C, 'id'>): C => ({ id: `${base}/${c.check}`, ...c }) as C;
  const checks = [...policyChecks(src.monitoring, mk), ...thresholdChecks(server, thresholdPicker(src), mk)];
  return { customer, server: server.id, hostname: server.hostname, monitoredHost: `${customer}.${server.id}`, checks };
}

/** `C:\Program Files\VVAULT\Log\*.log` -> { dir: `C:\Program Files\VVAULT\Log\`, file: `*.log` } */
export function splitLogPath(path: string): { dir: string; file: string } {
  const i = path.lastIndexOf('\\');
  return { dir: path.slice(0, i + 1), file: path.slice(i + 1) };
}

/** a wildcard file name (`*`, `?`) as an anchored regular expression */
export function globToRegex(glob: string): string {
  let out = '^';
  for (const ch of glob) {
    if (ch === '*') out += '.*';
    else if (ch === '?') out += '.';
    else out += /[\\^$.|+()[\]{}]/.test(ch) ? `\\${ch}` : ch;
  }
  return `${out}$`;
}
