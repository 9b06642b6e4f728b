/**
 * agents/zabbix: Zabbix agent 2 (6.0) for one Windows server.
 * - `zabbix/zabbix_agent2.conf`: Server, ServerActive, Hostname (+ HostMetadata, log settings). Full-line comments
 *   only: Zabbix reads an inline `#` as part of the value.
 * - `zabbix/template.yaml`: a Zabbix 6.0 template export holding the server's items and triggers (active checks,
 *   so the agent only connects out), thresholds as user macros, warning triggers depending on the critical ones
 *   so that only the higher fires, deterministic UUIDs of the version-4 shape.
 * - `zabbix/install.ps1`: copies the configuration in place and restarts the agent service.
 */
import type { Model, ResolvedCustomer, ResolvedServer } from '../../../model/model.js';
import type {
  AlertSeverity, BusyCheck, Check, EventLogCheck, LogCheck, MonitoringPlan, StorageCheck,
} from '../../../resolve/monitoring.js';
import { globToRegex, labelsOf, splitLogPath } from '../../../resolve/monitoring.js';
import type { CustomerEmitter } from '../../types.js';
import type { BundleFile } from '../common.js';
import { assertConsent, GENERATED_BY, toArtifacts, uuid4, yamlText } from '../common.js';

export const ZABBIX_VERSION = '6.0';
export const TEMPLATE_GROUP = 'Templates/VVAULT managed';
/** how often discovery rules look for new disks and interfaces */
const DISCOVERY_DELAY = '1h';

const PRIORITY: Record<AlertSeverity, string> = { critical: 'HIGH', warning: 'WARNING' };
const EVENT_LEVEL: Record<EventLogCheck['eventLevels'][number], string> = {
  critical: 'Critical', error: 'Error', warning: 'Warning', information: 'Information',
};
const ENCODING: Record<LogCheck['encoding'], string> = { shift_jis: 'SHIFT_JIS', 'utf-8': 'UTF-8', 'utf-16-le': 'UTF-16LE' };

/** one item key parameter: unquoted when it can be, else double-quoted (a quoted one cannot end with `\`) */
export function keyParam(p: string): string {
  if (p === '') return '';
  const must = /[,\]"]/.test(p) || /^\s/.test(p) || p.startsWith('[');
  if (!must && (p.endsWith('\\') || !/[ ()|]/.test(p))) return p;
  if (p.endsWith('\\')) throw new Error(`internal: Zabbix key parameter ${p} needs quotes and ends with a backslash`);
  return `"${p.replace(/"/g, '\\"')}"`;
}

export function itemKey(name: string, params: readonly string[]): string {
  return params.length ? `${name}[${params.map(keyParam).join(',')}]` : name;
}

/** `^(Critical|Error)$`-style alternation of literal words */
function oneOf(words: readonly string[]): string {
  return `^(${words.join('|')})$`;
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
interface Macro { macro: string; value: string; description: string }

function macroName(check: Check): string {
  switch (check.kind) {
    case 'cpu': return 'CPU';
    case 'memory': return 'MEMORY';
    case 'diskBusy': return 'DISKBUSY';
    case 'network': return 'NET';
    default: return 'STORAGE';
  }
}

export function templateName(plan: MonitoringPlan): string {
  return `VVAULT ${plan.monitoredHost}`;
}

/** The template export for one server's plan. */
export function zabbixTemplate(plan: MonitoringPlan): string {
  const T = templateName(plan);
  const ref = (key: string) => `/${T}/${key}`;
  const u = (what: string) => uuid4(`zabbix/${plan.customer}/${plan.server}/${what}`);
  const title = `[${plan.customer}/${plan.server}]`;
  const itemTags = (c: Check): Tag[] => [
    { tag: 'customer', value: plan.customer }, { tag: 'server', value: plan.server }, { tag: 'check', value: c.check },
  ];
  const trigTags = (c: Check, s: AlertSeverity): Tag[] =>
    Object.entries(labelsOf(plan, c, s)).map(([tag, value]) => ({ tag, value }));
  const items: Item[] = [];
  const rules: DiscoveryRule[] = [];
  const macros: Macro[] = [];
  const hb = plan.checks.find((c) => c.kind === 'heartbeat');
  if (!hb || hb.kind !== 'heartbeat') throw new Error('internal: plan without heartbeat');
  const delay = `${hb.intervalSeconds}s`;
  macros.push({ macro: '{$VVAULT.HEARTBEAT.NODATA}', value: `${hb.windowSeconds}s`, description: `heartbeat: ${hb.missedBeats} missed beats of ${hb.intervalSeconds}s (policies/monitoring.yaml)` });
  macros.push({ macro: '{$VVAULT.EVENT.HOLD}', value: `${hb.windowSeconds}s`, description: 'an event-log or VVAULT-log alert clears after this long without a new matching entry (the heartbeat window)' });

  /** warning + critical triggers of one threshold check; the warning depends on the critical */
  const pair = (c: Check, exprOf: (s: AlertSeverity) => string, nameOf: (s: AlertSeverity) => string, uid: string): Trigger[] => {
    const crit: Trigger = {
      uuid: u(`${uid}/trigger/critical`), expression: exprOf('critical'), name: nameOf('critical'), priority: PRIORITY.critical,
      description: `${c.id}: critical threshold`, tags: trigTags(c, 'critical'),
    };
    const warn: Trigger = {
      uuid: u(`${uid}/trigger/warning`), expression: exprOf('warning'), name: nameOf('warning'), priority: PRIORITY.warning,
      description: `${c.id}: warning threshold (suppressed while the critical trigger is in problem state)`,
      dependencies: [{ name: crit.name, expression: crit.expression }], tags: trigTags(c, 'warning'),
    };
    return [warn, crit];
  };
  const levelMacro = (c: Check, s: AlertSeverity) => `{$VVAULT.${macroName(c)}.${s === 'critical' ? 'CRIT' : 'WARN'}}`;
  const addLevelMacros = (c: BusyCheck | StorageCheck) => {
    for (const l of c.levels) {
      const m = levelMacro(c, l.severity);
      if (macros.some((x) => x.macro === m)) continue;
      macros.push({ macro: m, value: String(l.percent.value), description: `${l.severity} threshold, percent (${l.percent.origin.kind}: ${l.percent.origin.file})` });
    }
  };

  for (const c of plan.checks) {
    switch (c.kind) {
      case 'heartbeat': {
        const key = 'agent.ping';
        items.push({
          uuid: u('heartbeat/item'), name: 'Agent heartbeat', type: 'ZABBIX_ACTIVE', key, delay, value_type: 'UNSIGNED',
          description: c.id, tags: itemTags(c),
          triggers: [{
            uuid: u('heartbeat/trigger'), expression: `nodata(${ref(key)},{$VVAULT.HEARTBEAT.NODATA})=1`,
            name: `${title} heartbeat lost (no data for {$VVAULT.HEARTBEAT.NODATA})`, priority: PRIORITY[c.severity],
            description: `${c.id}: the agent sent nothing for ${c.missedBeats} intervals`, tags: trigTags(c, c.severity),
          }],
        });
        break;
      }
      case 'eventlog': {
        const key = itemKey('eventlog', [
          c.log, '', oneOf(c.eventLevels.map((l) => EVENT_LEVEL[l])), c.sources ? oneOf(c.sources.map(escapeRegex)) : '',
          c.ids ? oneOf(c.ids.map(String)) : '', '', 'skip',
        ]);
        items.push(eventItem(c, key, `Event log ${c.log}: ${c.rule}`));
        break;
      }
      case 'log': {
        const { dir, file } = splitLogPath(c.path);
        const key = itemKey('logrt', [`${dir}${globToRegex(file)}`, c.regex, ENCODING[c.encoding], '', 'skip']);
        items.push(eventItem(c, key, `VVAULT log: ${c.pattern}`));
        break;
      }
      case 'service': {
        const key = itemKey('service.info', [c.service, 'state']);
        items.push({
          uuid: u(`${c.check}/item`), name: `Service ${c.service}: state`, type: 'ZABBIX_ACTIVE', key, delay, value_type: 'UNSIGNED',
          description: `${c.id}: 0 = running`, tags: itemTags(c),
          triggers: [{
            uuid: u(`${c.check}/trigger`), expression: `last(${ref(key)})<>0`, name: `${title} service ${c.service} is not running`,
            priority: PRIORITY[c.severity], description: c.id, tags: trigTags(c, c.severity),
          }],
        });
        break;
      }
      case 'process': {
        const key = itemKey('proc.num', [c.process]);
        const m = `{$VVAULT.PROC.MIN:"${c.process}"}`;
        macros.push({ macro: m, value: String(c.min), description: `minimum number of ${c.process} processes (policies/monitoring.yaml)` });
        items.push({
          uuid: u(`${c.check}/item`), name: `Process ${c.process}: count`, type: 'ZABBIX_ACTIVE', key, delay, value_type: 'UNSIGNED',
          description: c.id, tags: itemTags(c),
          triggers: [{
            uuid: u(`${c.check}/trigger`), expression: `last(${ref(key)})<${m}`, name: `${title} fewer than ${m} ${c.process} processes`,
            priority: PRIORITY[c.severity], description: c.id, tags: trigTags(c, c.severity),
          }],
        });
        break;
      }
      case 'volume':
      case 'share': {
        addLevelMacros(c);
        const key = itemKey('vfs.fs.size', [c.path, 'pused']);
        items.push({
          uuid: u(`${c.check}/item`), name: `Volume ${c.volume} (${c.path}): space used`, type: 'ZABBIX_ACTIVE', key, delay,
          value_type: 'FLOAT', units: '%', description: `${c.id}: ${c.storageKind} volume, role ${c.role}`, tags: itemTags(c),
          triggers: pair(c, (s) => `last(${ref(key)})>=${levelMacro(c, s)}`,
            (s) => `${title} volume ${c.volume} (${c.path}) ${levelMacro(c, s)}% used or more`, c.check),
        });
        break;
      }
      case 'cpu':
      case 'memory': {
        addLevelMacros(c);
        const win = `{$VVAULT.${macroName(c)}.WINDOW}`;
        macros.push({ macro: win, value: `${c.forMinutes.value}m`, description: `the threshold must hold this long (${c.forMinutes.origin.kind}: ${c.forMinutes.origin.file})` });
        const key = c.kind === 'cpu' ? 'system.cpu.util' : 'vm.memory.util';
        const what = c.kind === 'cpu' ? 'CPU' : 'Memory';
        items.push({
          uuid: u(`${c.check}/item`), name: `${what} utilization`, type: 'ZABBIX_ACTIVE', key, delay, value_type: 'FLOAT', units: '%',
          description: c.id, tags: itemTags(c),
          triggers: pair(c, (s) => `min(${ref(key)},${win})>=${levelMacro(c, s)}`,
            (s) => `${title} ${what} busy ${levelMacro(c, s)}% or more for ${win}`, c.check),
        });
        break;
      }
      case 'diskBusy': {
        addLevelMacros(c);
        const win = '{$VVAULT.DISKBUSY.WINDOW}';
        macros.push({ macro: win, value: `${c.forMinutes.value}m`, description: `the threshold must hold this long (${c.forMinutes.origin.kind}: ${c.forMinutes.origin.file})` });
        const key = itemKey('perf_counter_en', ['\\PhysicalDisk({#INSTANCE})\\% Idle Time', '60']);
        rules.push({
          uuid: u('disk-busy/discovery'), name: 'Physical disks', type: 'ZABBIX_ACTIVE', key: itemKey('perf_instance_en.discovery', ['PhysicalDisk']),
          delay: DISCOVERY_DELAY, filter: { conditions: [{ macro: '{#INSTANCE}', value: '^_Total$', operator: 'NOT_MATCHES_REGEX', formulaid: 'A' }] },
          description: `${c.id}: every physical disk`,
          item_prototypes: [{
            uuid: u('disk-busy/item'), name: 'Disk {#INSTANCE}: idle time', type: 'ZABBIX_ACTIVE', key, delay, value_type: 'FLOAT', units: '%',
            description: `${c.id}: busy = 100 - idle`, tags: itemTags(c),
            trigger_prototypes: pair(c, (s) => `max(${ref(key)},${win})<=100-${levelMacro(c, s)}`,
              (s) => `${title} disk {#INSTANCE} busy ${levelMacro(c, s)}% or more for ${win}`, c.check),
          }],
        });
        break;
      }
      case 'network': {
        addLevelMacros(c);
        const win = '{$VVAULT.NET.WINDOW}';
        macros.push({ macro: win, value: `${c.forMinutes.value}m`, description: `the threshold must hold this long (${c.forMinutes.origin.kind}: ${c.forMinutes.origin.file})` });
        const bytes = itemKey('perf_counter_en', ['\\Network Interface({#INSTANCE})\\Bytes Total/sec', '60']);
        const bw = itemKey('perf_counter_en', ['\\Network Interface({#INSTANCE})\\Current Bandwidth', '60']);
        rules.push({
          uuid: u('network/discovery'), name: 'Network interfaces', type: 'ZABBIX_ACTIVE', key: itemKey('perf_instance_en.discovery', ['Network Interface']),
          delay: DISCOVERY_DELAY, filter: { conditions: [{ macro: '{#INSTANCE}', value: '^_Total$', operator: 'NOT_MATCHES_REGEX', formulaid: 'A' }] },
          description: `${c.id}: every network interface`,
          item_prototypes: [
            { uuid: u('network/item/bytes'), name: 'Interface {#INSTANCE}: bytes total/sec', type: 'ZABBIX_ACTIVE', key: bytes, delay, value_type: 'FLOAT', units: 'Bps', description: c.id, tags: itemTags(c) },
            { uuid: u('network/item/bandwidth'), name: 'Interface {#INSTANCE}: current bandwidth', type: 'ZABBIX_ACTIVE', key: bw, delay, value_type: 'FLOAT', units: 'bps', description: `${c.id}: link speed, bits/sec`, tags: itemTags(c) },
          ],
          trigger_prototypes: pair(c,
            (s) => `last(${ref(bw)})>0 and min(${ref(bytes)},${win})*8>=${levelMacro(c, s)}/100*last(${ref(bw)})`,
            (s) => `${title} interface {#INSTANCE} busy ${levelMacro(c, s)}% of link speed or more for ${win}`, c.check),
        });
        break;
      }
    }
  }

  function eventItem(c: EventLogCheck | LogCheck, key: string, name: string): Item {
    return {
      uuid: u(`${c.check}/item`), name, type: 'ZABBIX_ACTIVE', key, delay, value_type: 'LOG', description: c.id, tags: itemTags(c),
      triggers: [{
        uuid: u(`${c.check}/trigger`), expression: `nodata(${ref(key)},{$VVAULT.EVENT.HOLD})=0`,
        name: `${title} ${name}`, priority: PRIORITY[c.severity], manual_close: 'YES',
        description: `${c.id}: a matching entry arrived in the last {$VVAULT.EVENT.HOLD}`, tags: trigTags(c, c.severity),
      }],
    };
  }

  const template: Record<string, unknown> = {
    uuid: u('template'),
    template: T,
    name: T,
    description: `VVAULT managed service: monitoring of ${plan.customer}/${plan.server} (${GENERATED_BY})`,
    groups: [{ name: TEMPLATE_GROUP }],
    items,
    discovery_rules: rules,
    macros: [...macros].sort((a, b) => (a.macro < b.macro ? -1 : a.macro > b.macro ? 1 : 0)),
  };
  const doc = {
    zabbix_export: {
      version: ZABBIX_VERSION,
      groups: [{ uuid: uuid4(`zabbix/group/${TEMPLATE_GROUP}`), name: TEMPLATE_GROUP }],
      templates: [template],
    },
  };
  return `# ${GENERATED_BY}\n# Zabbix ${ZABBIX_VERSION} template for ${plan.monitoredHost}: Data collection > Templates > Import\n${yamlText(doc)}`;
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

export function zabbixAgentConf(model: Model, plan: MonitoringPlan): string {
  const z = model.policies.provider.monitoring.zabbix;
  if (!z) throw new Error('internal: zabbix target without monitoring.zabbix (rule A004)');
  const lines = [
    `# ${GENERATED_BY}`,
    `# Zabbix agent 2 (${ZABBIX_VERSION}) for ${plan.customer}/${plan.server} (Windows computer name ${plan.hostname}).`,
    '# Copy to C:\\Program Files\\Zabbix Agent 2\\zabbix_agent2.conf (install.ps1 does it). No inline comments:',
    '# Zabbix would read them as part of the value.',
    '',
    `Server=${z.server}`,
    `ServerActive=${z.serverActive}`,
    `Hostname=${plan.monitoredHost}`,
    `HostMetadata=vvault-managed customer=${plan.customer} server=${plan.server}`,
    'LogType=file',
    'LogFile=C:\\Program Files\\Zabbix Agent 2\\zabbix_agent2.log',
    '',
  ];
  return lines.join('\n');
}

export function zabbixInstallScript(plan: MonitoringPlan): string {
  return [
    `# ${GENERATED_BY}`,
    `# Installs the Zabbix agent 2 configuration of ${plan.customer}/${plan.server}. Run as Administrator`,
    '# from this folder, after installing Zabbix agent 2 (6.0 LTS, MSI) on the server.',
    '#Requires -RunAsAdministrator',
    "$ErrorActionPreference = 'Stop'",
    "$target = 'C:\\Program Files\\Zabbix Agent 2\\zabbix_agent2.conf'",
    "if (-not (Test-Path -LiteralPath (Split-Path -Parent $target))) { throw 'Zabbix agent 2 is not installed (folder C:\\Program Files\\Zabbix Agent 2 missing)' }",
    "if (Test-Path -LiteralPath $target) { Copy-Item -LiteralPath $target -Destination \"$target.bak\" -Force }",
    "Copy-Item -LiteralPath (Join-Path $PSScriptRoot 'zabbix_agent2.conf') -Destination $target -Force",
    "Restart-Service -Name 'Zabbix Agent 2'",
    "Write-Output 'Zabbix agent 2 configured and restarted. Import template.yaml on the Zabbix server and link it to the host.'",
    '',
  ].join('\r\n');
}

export function zabbixFiles(model: Model, server: ResolvedServer): BundleFile[] {
  const plan = server.monitoring;
  return [
    { path: 'zabbix/install.ps1', data: zabbixInstallScript(plan) },
    { path: 'zabbix/template.yaml', data: zabbixTemplate(plan) },
    { path: 'zabbix/zabbix_agent2.conf', data: zabbixAgentConf(model, plan) },
  ];
}

export const zabbixEmitter: CustomerEmitter = {
  name: 'agents/zabbix',
  scope: 'customer',
  emit(ctx, customer: ResolvedCustomer) {
    if (!ctx.model.policies.provider.monitoring.targets.includes('zabbix')) return [];
    assertConsent(customer);
    return customer.servers.flatMap((s) => toArtifacts('agents/zabbix', customer, s, zabbixFiles(ctx.model, s)));
  },
};
