/**
 * `zabbix/template.yaml`: a Zabbix 6.0 template export holding one server's items and triggers (active checks, so
 * the agent only connects out), thresholds as user macros, warning triggers depending on the critical ones so that
 * only the higher fires, deterministic UUIDs of the version-4 shape. One function per check kind; they share the
 * template being built (`Build`: names, UUIDs, tags, the macros collected so far).
 */
import type {
  AlertSeverity,
  BusyCheck,
  Check,
  EventLogCheck,
  HeartbeatCheck,
  LogCheck,
  MonitoringSetup,
  ProcessCheck,
  ServiceCheck,
  StorageCheck,
} from '../../resolve/monitoring.js';
import { globToRegex, labelsOf, splitLogPath } from '../../resolve/monitoring.js';
import { folderKeyParam, keyParam, regexKeyParam } from '../../domain/escape/zabbix.js';
import { GENERATED_BY, uuid4, yamlText } from '../text.js';

export const ZABBIX_VERSION = '6.0';
export const TEMPLATE_GROUP = 'Templates/VVAULT managed';
/** how often discovery rules look for new disks and interfaces */
const DISCOVERY_DELAY = '1h';

const PRIORITY: Record<AlertSeverity, string> = { critical: 'HIGH', warning: 'WARNING' };
const EVENT_LEVEL: Record<EventLogCheck['eventLevels'][number], string> = {
  critical: 'Critical',
  error: 'Error',
  warning: 'Warning',
  information: 'Information',
};
const ENCODING: Record<LogCheck['encoding'], string> = { shift_jis: 'SHIFT_JIS', 'utf-8': 'UTF-8', 'utf-16-le': 'UTF-16LE' };

export function itemKey(name: string, params: readonly string[]): string {
  return params.length ? `${name}[${params.map(keyParam).join(',')}]` : name;
}

/** `^(Critical|Error)$`-style alternation of literal words */
function oneOf(words: readonly string[]): string {
  return `^(${words.join('|')})$`;
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

type Tag = { tag: string; value: string };
interface Trigger {
  uuid: string;
  expression: string;
  name: string;
  priority: string;
  description: string;
  manual_close?: 'YES';
  dependencies?: Array<{ name: string; expression: string }>;
  tags: Tag[];
}
interface Item {
  uuid: string;
  name: string;
  type: 'ZABBIX_ACTIVE';
  key: string;
  delay: string;
  value_type: 'UNSIGNED' | 'FLOAT' | 'LOG';
  units?: string;
  description: string;
  tags: Tag[];
  triggers?: Trigger[];
  /** on item prototypes */
  trigger_prototypes?: Trigger[];
}
interface DiscoveryRule {
  uuid: string;
  name: string;
  type: 'ZABBIX_ACTIVE';
  key: string;
  delay: string;
  filter: { conditions: Array<{ macro: string; value: string; operator: 'NOT_MATCHES_REGEX'; formulaid: string }> };
  description: string;
  item_prototypes: Item[];
  trigger_prototypes?: Trigger[];
}
interface Macro {
  macro: string;
  value: string;
  description: string;
}

function macroName(check: Check): string {
  switch (check.kind) {
    case 'cpu':
      return 'CPU';
    case 'memory':
      return 'MEMORY';
    case 'diskBusy':
      return 'DISKBUSY';
    case 'network':
      return 'NET';
    default:
      return 'STORAGE';
  }
}

export function templateName(setup: MonitoringSetup): string {
  return `VVAULT ${setup.monitoredHost}`;
}

/** the template being built: what every item and trigger of the server's template needs */
interface Build {
  setup: MonitoringSetup;
  /** the template name */
  T: string;
  /** an item reference in a trigger expression */
  ref(key: string): string;
  /** the UUID of a part of this server's template */
  u(what: string): string;
  /** `[customer/server]`, the head of every trigger name */
  title: string;
  /** the collection interval: the heartbeat interval */
  delay: string;
  /** the user macros so far (sorted when the template is written) */
  macros: Macro[];
}

function startBuild(setup: MonitoringSetup): Build {
  const T = templateName(setup);
  const hb = setup.checks.find((c) => c.kind === 'heartbeat');
  if (hb?.kind !== 'heartbeat') throw new Error('internal: setup without heartbeat');
  return {
    setup,
    T,
    ref: (key) => `/${T}/${key}`,
    u: (what) => uuid4(`zabbix/${setup.customer}/${setup.server}/${what}`),
    title: `[${setup.customer}/${setup.server}]`,
    delay: `${hb.intervalSeconds}s`,
    macros: heartbeatMacros(hb),
  };
}

function heartbeatMacros(hb: HeartbeatCheck): Macro[] {
  return [
    {
      macro: '{$VVAULT.HEARTBEAT.NODATA}',
      value: `${hb.windowSeconds}s`,
      description: `heartbeat: ${hb.missedBeats} missed beats of ${hb.intervalSeconds}s (policies/monitoring.yaml)`,
    },
    {
      macro: '{$VVAULT.EVENT.HOLD}',
      value: `${hb.windowSeconds}s`,
      description: 'an event-log or VVAULT-log alert clears after this long without a new matching entry (the heartbeat window)',
    },
  ];
}

function itemTags(b: Build, c: Check): Tag[] {
  return [
    { tag: 'customer', value: b.setup.customer },
    { tag: 'server', value: b.setup.server },
    { tag: 'check', value: c.check },
  ];
}

function trigTags(b: Build, c: Check, s: AlertSeverity): Tag[] {
  return Object.entries(labelsOf(b.setup, c, s)).map(([tag, value]) => ({ tag, value }));
}

// ---------------------------------------------------------------------------------------------------------------
// Threshold macros and trigger pairs

function levelMacro(c: Check, s: AlertSeverity): string {
  return `{$VVAULT.${macroName(c)}.${s === 'critical' ? 'CRIT' : 'WARN'}}`;
}

/** the warning and critical macros of a threshold check, once per template */
function addLevelMacros(b: Build, c: BusyCheck | StorageCheck): void {
  for (const l of c.levels) {
    const m = levelMacro(c, l.severity);
    if (b.macros.some((x) => x.macro === m)) continue;
    b.macros.push({
      macro: m,
      value: String(l.percent.value),
      description: `${l.severity} threshold, percent (${l.percent.origin.kind}: ${l.percent.origin.file})`,
    });
  }
}

/** the levels and the `forMinutes` window of a busy check as macros; returns the window macro */
function addBusyMacros(b: Build, c: BusyCheck, win: string): string {
  addLevelMacros(b, c);
  b.macros.push({
    macro: win,
    value: `${c.forMinutes.value}m`,
    description: `the threshold must hold this long (${c.forMinutes.origin.kind}: ${c.forMinutes.origin.file})`,
  });
  return win;
}

/** warning + critical triggers of one threshold check; the warning depends on the critical */
function pair(b: Build, c: Check, exprOf: (s: AlertSeverity) => string, nameOf: (s: AlertSeverity) => string, uid: string): Trigger[] {
  const crit: Trigger = {
    uuid: b.u(`${uid}/trigger/critical`),
    expression: exprOf('critical'),
    name: nameOf('critical'),
    priority: PRIORITY.critical,
    description: `${c.id}: critical threshold`,
    tags: trigTags(b, c, 'critical'),
  };
  const warn: Trigger = {
    uuid: b.u(`${uid}/trigger/warning`),
    expression: exprOf('warning'),
    name: nameOf('warning'),
    priority: PRIORITY.warning,
    description: `${c.id}: warning threshold (suppressed while the critical trigger is in problem state)`,
    dependencies: [{ name: crit.name, expression: crit.expression }],
    tags: trigTags(b, c, 'warning'),
  };
  return [warn, crit];
}

// ---------------------------------------------------------------------------------------------------------------
// Items, one function per check kind

function heartbeatItem(b: Build, c: HeartbeatCheck): Item {
  const key = 'agent.ping';
  return {
    uuid: b.u('heartbeat/item'),
    name: 'Agent heartbeat',
    type: 'ZABBIX_ACTIVE',
    key,
    delay: b.delay,
    value_type: 'UNSIGNED',
    description: c.id,
    tags: itemTags(b, c),
    triggers: [
      {
        uuid: b.u('heartbeat/trigger'),
        expression: `nodata(${b.ref(key)},{$VVAULT.HEARTBEAT.NODATA})=1`,
        name: `${b.title} heartbeat lost (no data for {$VVAULT.HEARTBEAT.NODATA})`,
        priority: PRIORITY[c.severity],
        description: `${c.id}: the agent sent nothing for ${c.missedBeats} intervals`,
        tags: trigTags(b, c, c.severity),
      },
    ],
  };
}

/** an event-log or VVAULT-log item: a problem while matching entries arrive, closed by hand or after the hold time */
function eventItem(b: Build, c: EventLogCheck | LogCheck, key: string, name: string): Item {
  return {
    uuid: b.u(`${c.check}/item`),
    name,
    type: 'ZABBIX_ACTIVE',
    key,
    delay: b.delay,
    value_type: 'LOG',
    description: c.id,
    tags: itemTags(b, c),
    triggers: [
      {
        uuid: b.u(`${c.check}/trigger`),
        expression: `nodata(${b.ref(key)},{$VVAULT.EVENT.HOLD})=0`,
        name: `${b.title} ${name}`,
        priority: PRIORITY[c.severity],
        manual_close: 'YES',
        description: `${c.id}: a matching entry arrived in the last {$VVAULT.EVENT.HOLD}`,
        tags: trigTags(b, c, c.severity),
      },
    ],
  };
}

function eventLogItem(b: Build, c: EventLogCheck): Item {
  const key = itemKey('eventlog', [
    c.log,
    '',
    oneOf(c.eventLevels.map((l) => EVENT_LEVEL[l])),
    c.sources ? oneOf(c.sources.map(escapeRegex)) : '',
    c.ids ? oneOf(c.ids.map(String)) : '',
    '',
    'skip',
  ]);
  return eventItem(b, c, key, `Event log ${c.log}: ${c.rule}`);
}

function logItem(b: Build, c: LogCheck): Item {
  const { dir, file } = splitLogPath(c.path);
  const key = `logrt[${[regexKeyParam(`${dir}${globToRegex(file)}`), regexKeyParam(c.regex), keyParam(ENCODING[c.encoding]), '', 'skip'].join(',')}]`;
  return eventItem(b, c, key, `VVAULT log: ${c.pattern}`);
}

function serviceItem(b: Build, c: ServiceCheck): Item {
  const key = itemKey('service.info', [c.service, 'state']);
  return {
    uuid: b.u(`${c.check}/item`),
    name: `Service ${c.service}: state`,
    type: 'ZABBIX_ACTIVE',
    key,
    delay: b.delay,
    value_type: 'UNSIGNED',
    description: `${c.id}: 0 = running`,
    tags: itemTags(b, c),
    triggers: [
      {
        uuid: b.u(`${c.check}/trigger`),
        expression: `last(${b.ref(key)})<>0`,
        name: `${b.title} service ${c.service} is not running`,
        priority: PRIORITY[c.severity],
        description: c.id,
        tags: trigTags(b, c, c.severity),
      },
    ],
  };
}

function processItem(b: Build, c: ProcessCheck): Item {
  const key = itemKey('proc.num', [c.process]);
  const m = `{$VVAULT.PROC.MIN:"${c.process}"}`;
  b.macros.push({ macro: m, value: String(c.min), description: `minimum number of ${c.process} processes (policies/monitoring.yaml)` });
  return {
    uuid: b.u(`${c.check}/item`),
    name: `Process ${c.process}: count`,
    type: 'ZABBIX_ACTIVE',
    key,
    delay: b.delay,
    value_type: 'UNSIGNED',
    description: c.id,
    tags: itemTags(b, c),
    triggers: [
      {
        uuid: b.u(`${c.check}/trigger`),
        expression: `last(${b.ref(key)})<${m}`,
        name: `${b.title} fewer than ${m} ${c.process} processes`,
        priority: PRIORITY[c.severity],
        description: c.id,
        tags: trigTags(b, c, c.severity),
      },
    ],
  };
}

function volumeItem(b: Build, c: StorageCheck): Item {
  addLevelMacros(b, c);
  const key = `vfs.fs.size[${folderKeyParam(c.path)},pused]`;
  return {
    uuid: b.u(`${c.check}/item`),
    name: `Volume ${c.volume} (${c.path}): space used`,
    type: 'ZABBIX_ACTIVE',
    key,
    delay: b.delay,
    value_type: 'FLOAT',
    units: '%',
    description: `${c.id}: ${c.storageKind} volume, role ${c.role}`,
    tags: itemTags(b, c),
    triggers: pair(
      b,
      c,
      (s) => `last(${b.ref(key)})>=${levelMacro(c, s)}`,
      (s) => `${b.title} volume ${c.volume} (${c.path}) ${levelMacro(c, s)}% used or more`,
      c.check,
    ),
  };
}

/** cpu or memory utilization, over the `forMinutes` window */
function utilizationItem(b: Build, c: BusyCheck): Item {
  const win = addBusyMacros(b, c, `{$VVAULT.${macroName(c)}.WINDOW}`);
  const key = c.kind === 'cpu' ? 'system.cpu.util' : itemKey('vm.memory.size', ['pused']);
  const what = c.kind === 'cpu' ? 'CPU' : 'Memory';
  return {
    uuid: b.u(`${c.check}/item`),
    name: `${what} utilization`,
    type: 'ZABBIX_ACTIVE',
    key,
    delay: b.delay,
    value_type: 'FLOAT',
    units: '%',
    description: c.id,
    tags: itemTags(b, c),
    triggers: pair(
      b,
      c,
      (s) => `min(${b.ref(key)},${win})>=${levelMacro(c, s)}`,
      (s) => `${b.title} ${what} busy ${levelMacro(c, s)}% or more for ${win}`,
      c.check,
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Discovery rules: per-disk and per-interface performance counters

const NOT_TOTAL: DiscoveryRule['filter'] = { conditions: [{ macro: '{#INSTANCE}', value: '^_Total$', operator: 'NOT_MATCHES_REGEX', formulaid: 'A' }] };

function diskBusyRule(b: Build, c: BusyCheck): DiscoveryRule {
  const win = addBusyMacros(b, c, '{$VVAULT.DISKBUSY.WINDOW}');
  const key = itemKey('perf_counter_en', ['\\PhysicalDisk({#INSTANCE})\\% Idle Time', '60']);
  return {
    uuid: b.u('disk-busy/discovery'),
    name: 'Physical disks',
    type: 'ZABBIX_ACTIVE',
    key: itemKey('perf_instance_en.discovery', ['PhysicalDisk']),
    delay: DISCOVERY_DELAY,
    filter: NOT_TOTAL,
    description: `${c.id}: every physical disk`,
    item_prototypes: [
      {
        uuid: b.u('disk-busy/item'),
        name: 'Disk {#INSTANCE}: idle time',
        type: 'ZABBIX_ACTIVE',
        key,
        delay: b.delay,
        value_type: 'FLOAT',
        units: '%',
        description: `${c.id}: busy = 100 - idle`,
        tags: itemTags(b, c),
        trigger_prototypes: pair(
          b,
          c,
          (s) => `max(${b.ref(key)},${win})<=100-${levelMacro(c, s)}`,
          (s) => `${b.title} disk {#INSTANCE} busy ${levelMacro(c, s)}% or more for ${win}`,
          c.check,
        ),
      },
    ],
  };
}

function networkRule(b: Build, c: BusyCheck): DiscoveryRule {
  const win = addBusyMacros(b, c, '{$VVAULT.NET.WINDOW}');
  const bytes = itemKey('perf_counter_en', ['\\Network Interface({#INSTANCE})\\Bytes Total/sec', '60']);
  const bw = itemKey('perf_counter_en', ['\\Network Interface({#INSTANCE})\\Current Bandwidth', '60']);
  const { delay } = b;
  return {
    uuid: b.u('network/discovery'),
    name: 'Network interfaces',
    type: 'ZABBIX_ACTIVE',
    key: itemKey('perf_instance_en.discovery', ['Network Interface']),
    delay: DISCOVERY_DELAY,
    filter: NOT_TOTAL,
    description: `${c.id}: every network interface`,
    item_prototypes: [
      {
        uuid: b.u('network/item/bytes'),
        name: 'Interface {#INSTANCE}: bytes total/sec',
        type: 'ZABBIX_ACTIVE',
        key: bytes,
        delay,
        value_type: 'FLOAT',
        units: 'Bps',
        description: c.id,
        tags: itemTags(b, c),
      },
      {
        uuid: b.u('network/item/bandwidth'),
        name: 'Interface {#INSTANCE}: current bandwidth',
        type: 'ZABBIX_ACTIVE',
        key: bw,
        delay,
        value_type: 'FLOAT',
        units: 'bps',
        description: `${c.id}: link speed, bits/sec`,
        tags: itemTags(b, c),
      },
    ],
    trigger_prototypes: pair(
      b,
      c,
      (s) => `last(${b.ref(bw)})>0 and min(${b.ref(bytes)},${win})*8>=${levelMacro(c, s)}/100*last(${b.ref(bw)})`,
      (s) => `${b.title} interface {#INSTANCE} busy ${levelMacro(c, s)}% of link speed or more for ${win}`,
      c.check,
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The template

/** the item or discovery rule of one check, in the setup's order */
function partOf(b: Build, c: Check): { item: Item } | { rule: DiscoveryRule } {
  switch (c.kind) {
    case 'heartbeat':
      return { item: heartbeatItem(b, c) };
    case 'eventlog':
      return { item: eventLogItem(b, c) };
    case 'log':
      return { item: logItem(b, c) };
    case 'service':
      return { item: serviceItem(b, c) };
    case 'process':
      return { item: processItem(b, c) };
    case 'volume':
    case 'share':
      return { item: volumeItem(b, c) };
    case 'cpu':
    case 'memory':
      return { item: utilizationItem(b, c) };
    case 'diskBusy':
      return { rule: diskBusyRule(b, c) };
    case 'network':
      return { rule: networkRule(b, c) };
  }
}

function templateText(b: Build, items: Item[], rules: DiscoveryRule[]): string {
  const { setup, T } = b;
  const template: Record<string, unknown> = {
    uuid: b.u('template'),
    template: T,
    name: T,
    description: `VVAULT managed service: monitoring of ${setup.customer}/${setup.server} (${GENERATED_BY})`,
    groups: [{ name: TEMPLATE_GROUP }],
    items,
    discovery_rules: rules,
    macros: [...b.macros].sort((a, c) => (a.macro < c.macro ? -1 : a.macro > c.macro ? 1 : 0)),
  };
  const doc = {
    zabbix_export: {
      version: ZABBIX_VERSION,
      groups: [{ uuid: uuid4(`zabbix/group/${TEMPLATE_GROUP}`), name: TEMPLATE_GROUP }],
      templates: [template],
    },
  };
  return `# ${GENERATED_BY}\n# Zabbix ${ZABBIX_VERSION} template for ${setup.monitoredHost}: Data collection > Templates > Import\n${yamlText(doc)}`;
}

/** The template export for one server's monitoring setup. */
export function zabbixTemplate(setup: MonitoringSetup): string {
  const b = startBuild(setup);
  const items: Item[] = [];
  const rules: DiscoveryRule[] = [];
  for (const c of setup.checks) {
    const part = partOf(b, c);
    if ('item' in part) items.push(part.item);
    else rules.push(part.rule);
  }
  return templateText(b, items, rules);
}
