/**
 * The vendor-neutral monitoring setup of one server (仕様書3), as data: what resolve/monitoring.ts produces from
 * `policies/monitoring.yaml` and the server's overrides, and what the emitters (agent targets, routing) read.
 */
import type { StorageVolume } from '../types/generated/customer.js';
import type { DataPath } from '../load/yaml.js';

export type AlertSeverity = 'critical' | 'warning';

/** Where a threshold came from: the policy default or the customer's override (for `vmsc plan` to explain a change). */
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

export interface MonitoringSetup {
  customer: string;
  server: string;
  /** Windows computer name */
  hostname: string;
  /** the host's name in the monitoring tools: `<customer>.<server>` (unique across customers) */
  monitoredHost: string;
  /** in this order: heartbeat, event log, VVAULT log, services, processes, storage, cpu, memory, diskBusy, network */
  checks: Check[];
}
