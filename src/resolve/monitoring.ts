/**
 * The vendor-neutral monitoring plan of one server (仕様書3), resolved from `policies/monitoring.yaml` and the
 * server's `monitoring` overrides. Emitters (agents/zabbix, agents/datadog, routing) read this, never the YAML.
 *
 * Every check has a stable id `<customer>/<server>/<check>`; every alert it raises carries the labels
 * `customer`, `server`, `check`, `severity` (the heartbeat's `check` is exactly `heartbeat`).
 * Cloud volumes are never part of a plan (仕様書3: クラウドストレージを除く).
 *
 * Also here: the capability table (check kind × target), shared by the A-rules and the emitters.
 */
import type { Monitoring } from '../types/generated/monitoring.js';
import type { Server, StorageVolume } from '../types/generated/customer.js';
import type { DataPath } from '../load/yaml.js';
import type { Span } from '../diagnostics/diagnostic.js';

export type AlertSeverity = 'critical' | 'warning';
export type Target = 'zabbix' | 'datadog';
export const TARGETS: readonly Target[] = ['datadog', 'zabbix'];

/** Where a threshold came from: the policy default or the customer's override (for `plan` to explain a change). */
export interface ValueOrigin {
  kind: 'default' | 'override';
  /** file relative to the root */
  file: string;
  /** data path inside the file */
  path: DataPath;
  /** 1-based position, when the resolver was given a locator */
  line?: number;
  col?: number;
}

export interface Valued<T> {
  value: T;
  origin: ValueOrigin;
}

/** One threshold level of a metric: breaching `percent` raises an alert of `severity`. */
export interface ThresholdLevel {
  severity: AlertSeverity;
  percent: Valued<number>;
}

export type CheckKind =
  | 'heartbeat'
  | 'eventlog'
  | 'log'
  | 'service'
  | 'process'
  /** a local / SAN / NAS volume on a drive letter or mount point */
  | 'volume'
  /** a volume given as a UNC share (\\host\share) */
  | 'share'
  | 'cpu'
  | 'memory'
  | 'diskBusy'
  | 'network';

export const CHECK_KINDS: readonly CheckKind[] = [
  'heartbeat', 'eventlog', 'log', 'service', 'process', 'volume', 'share', 'cpu', 'memory', 'diskBusy', 'network',
];

interface CheckBase {
  /** `<customer>/<server>/<check>` */
  id: string;
  /** the `check` label value */
  check: string;
  kind: CheckKind;
}

export interface HeartbeatCheck extends CheckBase {
  kind: 'heartbeat';
  intervalSeconds: number;
  missedBeats: number;
  /** intervalSeconds × missedBeats: silence that counts as down */
  windowSeconds: number;
  severity: AlertSeverity;
}

export interface EventLogCheck extends CheckBase {
  kind: 'eventlog';
  rule: string;
  log: 'System' | 'Application' | 'Security' | 'Setup';
  sources?: string[];
  eventLevels: Array<'critical' | 'error' | 'warning' | 'information'>;
  ids?: number[];
  severity: AlertSeverity;
}

export interface LogCheck extends CheckBase {
  kind: 'log';
  pattern: string;
  /** Windows path, wildcards allowed in the file name */
  path: string;
  encoding: 'shift_jis' | 'utf-8' | 'utf-16-le';
  regex: string;
  severity: AlertSeverity;
}

export interface ServiceCheck extends CheckBase {
  kind: 'service';
  service: string;
  severity: AlertSeverity;
}

export interface ProcessCheck extends CheckBase {
  kind: 'process';
  process: string;
  min: number;
  severity: AlertSeverity;
}

export interface StorageCheck extends CheckBase {
  kind: 'volume' | 'share';
  volume: string;
  storageKind: 'local' | 'san' | 'nas';
  role: StorageVolume['role'];
  /** `D:` for a drive, `\\host\share\` for a share, or a mount point path */
  path: string;
  /** warning then critical, percent used */
  levels: [ThresholdLevel, ThresholdLevel];
}

export interface BusyCheck extends CheckBase {
  kind: 'cpu' | 'memory' | 'diskBusy' | 'network';
  /** warning then critical, percent busy (network: percent of link speed) */
  levels: [ThresholdLevel, ThresholdLevel];
  /** the threshold must be breached for this whole window */
  forMinutes: Valued<number>;
}

export type Check = HeartbeatCheck | EventLogCheck | LogCheck | ServiceCheck | ProcessCheck | StorageCheck | BusyCheck;

export interface MonitoringPlan {
  customer: string;
  server: string;
  /** Windows computer name */
  hostname: string;
  /** the host's name in the monitoring tools: `<customer>.<server>` (unique across customers) */
  monitoredHost: string;
  /** in plan order: heartbeat, event log, VVAULT log, services, processes, storage, cpu, memory, diskBusy, network */
  checks: Check[];
}

export interface Labels {
  customer: string;
  server: string;
  check: string;
  severity: AlertSeverity;
}

export function labelsOf(plan: MonitoringPlan, check: Check, severity: AlertSeverity): Labels {
  return { customer: plan.customer, server: plan.server, check: check.check, severity };
}

/** the severities a check can alert with (threshold checks: warning and critical) */
export function severitiesOf(check: Check): AlertSeverity[] {
  return 'levels' in check ? check.levels.map((l) => l.severity) : [check.severity];
}

/** `VVAULT.exe` -> `vvault-exe`: a label-safe fragment */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
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

export interface PlanSources {
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
  return server.storage.filter((v): v is StorageVolume & { kind: 'local' | 'san' | 'nas'; path: string } =>
    v.kind !== 'cloud' && typeof v.path === 'string' && v.path.length > 0);
}

/** the check kinds a server's plan uses (for the capability rule, before resolution) */
export function checkKindsOf(monitoring: Monitoring, server: Server): Set<CheckKind> {
  const kinds = new Set<CheckKind>(['heartbeat', 'service', 'process', 'log', 'cpu', 'memory', 'diskBusy', 'network']);
  if (monitoring.eventLog.length > 0) kinds.add('eventlog');
  for (const v of monitoredVolumes(server)) kinds.add(isShare(v.path) ? 'share' : 'volume');
  return kinds;
}

export function resolveMonitoring(src: PlanSources): MonitoringPlan {
  const { customer, server, monitoring: m } = src;
  const base = `${customer}/${server.id}`;
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
  const pick = (group: 'storage' | 'cpu' | 'memory' | 'diskBusy' | 'network', field: string): Valued<number> => {
    const o = server.monitoring?.[group] as Record<string, number | undefined> | undefined;
    const v = o?.[field];
    if (typeof v === 'number') return { value: v, origin: origin('override', src.customerFile, [...serverPath, group, field]) };
    const d = (m.thresholds[group] as unknown as Record<string, number>)[field];
    if (typeof d !== 'number') throw new Error(`internal: no default for thresholds.${group}.${field}`);
    return { value: d, origin: origin('default', src.monitoringFile, ['thresholds', group, field]) };
  };
  const mk = <C extends Check>(c: Omit<C, 'id'>): C => ({ id: `${base}/${c.check}`, ...c }) as C;

  const checks: Check[] = [];
  const hb = m.heartbeat;
  checks.push(mk<HeartbeatCheck>({
    kind: 'heartbeat', check: 'heartbeat', intervalSeconds: hb.intervalSeconds, missedBeats: hb.missedBeats,
    windowSeconds: hb.intervalSeconds * hb.missedBeats, severity: hb.severity,
  }));
  for (const r of m.eventLog) {
    const c: Omit<EventLogCheck, 'id'> = {
      kind: 'eventlog', check: `eventlog-${r.id}`, rule: r.id, log: r.log, eventLevels: [...r.levels], severity: r.severity,
    };
    if (r.sources) c.sources = [...r.sources];
    if (r.ids) c.ids = [...r.ids];
    checks.push(mk<EventLogCheck>(c));
  }
  for (const p of m.vvaultLog.patterns) {
    checks.push(mk<LogCheck>({
      kind: 'log', check: `log-${p.id}`, pattern: p.id, path: m.vvaultLog.path, encoding: m.vvaultLog.encoding,
      regex: p.regex, severity: p.severity,
    }));
  }
  for (const s of m.services) {
    checks.push(mk<ServiceCheck>({ kind: 'service', check: `service-${slug(s.name)}`, service: s.name, severity: s.severity }));
  }
  for (const p of m.processes) {
    checks.push(mk<ProcessCheck>({ kind: 'process', check: `process-${slug(p.name)}`, process: p.name, min: p.min, severity: p.severity }));
  }
  for (const v of monitoredVolumes(server)) {
    checks.push(mk<StorageCheck>({
      kind: isShare(v.path) ? 'share' : 'volume', check: `storage-${v.id}`, volume: v.id, storageKind: v.kind,
      role: v.role, path: normalizeVolumePath(v.path),
      levels: [
        { severity: 'warning', percent: pick('storage', 'warningPercentUsed') },
        { severity: 'critical', percent: pick('storage', 'criticalPercentUsed') },
      ],
    }));
  }
  const busy: Array<{ kind: BusyCheck['kind']; check: string }> = [
    { kind: 'cpu', check: 'cpu' },
    { kind: 'memory', check: 'memory' },
    { kind: 'diskBusy', check: 'disk-busy' },
    { kind: 'network', check: 'network' },
  ];
  for (const b of busy) {
    checks.push(mk<BusyCheck>({
      kind: b.kind, check: b.check,
      levels: [
        { severity: 'warning', percent: pick(b.kind, 'warning') },
        { severity: 'critical', percent: pick(b.kind, 'critical') },
      ],
      forMinutes: pick(b.kind, 'forMinutes'),
    }));
  }
  return { customer, server: server.id, hostname: server.hostname, monitoredHost: `${customer}.${server.id}`, checks };
}

// ---------------------------------------------------------------------------------------------------------------
// Capability table: how each target implements each check kind.

export type Capability = 'native' | 'approximate' | 'unsupported';

export interface CapabilityEntry {
  level: Capability;
  /** how it is implemented (and, when approximate, what differs) */
  how: string;
}

export const CAPABILITIES: Readonly<Record<Target, Readonly<Record<CheckKind, CapabilityEntry>>>> = {
  zabbix: {
    heartbeat: { level: 'native', how: 'active item agent.ping; trigger nodata() over the heartbeat window' },
    eventlog: { level: 'native', how: 'active item eventlog[] filtered by level, source and event id' },
    log: { level: 'native', how: 'active item logrt[] with the regex and the file encoding' },
    service: { level: 'native', how: 'service.info[<name>,state] must be 0 (running)' },
    process: { level: 'native', how: 'proc.num[<name>] compared with the minimum count' },
    volume: { level: 'native', how: 'vfs.fs.size[<drive>,pused]' },
    share: {
      level: 'approximate',
      how: 'vfs.fs.size[<\\\\host\\share\\>,pused]: the agent service account (LocalSystem: the computer account) must be able to read the share, and the figure is the share quota seen from this server',
    },
    cpu: { level: 'native', how: 'system.cpu.util, min() over the window' },
    memory: { level: 'native', how: 'vm.memory.util, min() over the window' },
    diskBusy: { level: 'native', how: 'perf_counter_en PhysicalDisk % Idle Time per discovered disk (busy = 100 - idle)' },
    network: { level: 'native', how: 'perf_counter_en Network Interface Bytes Total/sec against Current Bandwidth per discovered interface' },
  },
  datadog: {
    heartbeat: { level: 'native', how: 'service check monitor on datadog.agent.up with notify_no_data over the heartbeat window' },
    eventlog: { level: 'native', how: 'win32_event_log instance with an XPath query; event monitor on the tagged events' },
    log: {
      level: 'approximate',
      how: 'the Agent tails the file (with its encoding) and keeps only lines matching the patterns (include_at_match, Go regex); the log monitors search the literal text of each pattern, since monitor queries are not regular expressions',
    },
    service: { level: 'native', how: 'windows_service check; service check monitor on windows_service.state' },
    process: { level: 'native', how: 'process check; metric monitor on system.processes.number below the minimum' },
    volume: { level: 'native', how: 'disk check; metric monitor on system.disk.in_use' },
    share: {
      level: 'approximate',
      how: 'the disk check mounts the share on a spare drive letter (create_mounts) as the Agent user, which must be able to read it; the letter must stay free on the server',
    },
    cpu: { level: 'native', how: 'system.cpu.idle; busy = 100 - idle, min over the window' },
    memory: { level: 'native', how: 'system.mem.pct_usable; busy = 100 - usable, min over the window' },
    diskBusy: { level: 'native', how: 'windows_performance_counters PhysicalDisk % Idle Time per disk' },
    network: { level: 'native', how: 'windows_performance_counters Network Interface Bytes Total/sec against Current Bandwidth per interface' },
  },
};

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
