/**
 * Zabbix conformance: every generated zabbix_agent2.conf loads in the real agent (`zabbix_agent2 -c FILE -t agent.ping`),
 * and every template export has the shape Zabbix 6.0 imports (read with a YAML 1.1 parser, as Zabbix's libyaml does).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { EXAMPLE } from '../helpers.js';
import { itWithTool, tool } from '../tools.js';
import { agentArtifacts, model, text } from './util.js';
import { itemKey } from '../../src/targets/zabbix/template.js';
import { keyParam } from '../../src/domain/escape/zabbix.js';

/** parameters of Zabbix agent 2 6.0 this project writes (the agent itself rejects unknown ones) */
const WRITTEN = ['Server', 'ServerActive', 'Hostname', 'HostMetadata', 'LogType', 'LogFile'];

const artifacts = await agentArtifacts(model(EXAMPLE));
const confs = artifacts.filter((a) => a.path.endsWith('/zabbix/zabbix_agent2.conf'));
const templates = artifacts.filter((a) => a.path.endsWith('/zabbix/template.yaml'));

describe('zabbix_agent2.conf', () => {
  it('there is one per server of the example', () => {
    expect(confs.length).toBe(4);
  });

  itWithTool('zabbix_agent2').each(confs.map((a) => [a.path, a] as const))('%s loads in the real zabbix_agent2 (-t agent.ping exits 0)', (_p, a) => {
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-zbx-'));
    const file = join(dir, 'zabbix_agent2.conf');
    writeFileSync(file, a.data);
    const r = spawnSync(tool('zabbix_agent2'), ['-c', file, '-t', 'agent.ping'], { encoding: 'utf8', timeout: 30000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^agent\.ping\s+\[s\|1\]/);
  });

  itWithTool('zabbix_agent2')('the real agent does reject a broken configuration (the test can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-zbx-'));
    const file = join(dir, 'bad.conf');
    writeFileSync(file, `${text(confs[0]!)}Hostname=x # an inline comment\n`);
    const r = spawnSync(tool('zabbix_agent2'), ['-c', file, '-t', 'agent.ping'], { encoding: 'utf8', timeout: 30000 });
    expect(r.status).not.toBe(0);
  });

  it.each(confs.map((a) => [a.path, a] as const))('%s: no inline comments, only known parameters, Server/ServerActive/Hostname set', (_p, a) => {
    const lines = text(a)
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'));
    const params = lines.map((l) => {
      expect(l).toMatch(/^[A-Za-z]+=[^#]*$/);
      return l.slice(0, l.indexOf('='));
    });
    for (const p of params) expect(WRITTEN).toContain(p);
    expect(new Set(params).size).toBe(params.length);
    for (const p of ['Server', 'ServerActive', 'Hostname']) expect(params).toContain(p);
    const host = lines.find((l) => l.startsWith('Hostname='))!.slice('Hostname='.length);
    expect(host).toMatch(/^[A-Za-z0-9 ._-]{1,128}$/);
  });
});

interface Trig {
  uuid: string;
  expression: string;
  name: string;
  priority: string;
  tags: Array<{ tag: string; value: string }>;
  dependencies?: Array<{ name: string; expression: string }>;
}
interface ZItem {
  uuid: string;
  key: string;
  type: string;
  value_type: string;
  tags: Array<{ tag: string; value: string }>;
  triggers?: Trig[];
  trigger_prototypes?: Trig[];
}
interface ZRule {
  uuid: string;
  key: string;
  item_prototypes: ZItem[];
  trigger_prototypes?: Trig[];
}
interface ZTemplate {
  uuid: string;
  template: string;
  items: ZItem[];
  discovery_rules: ZRule[];
  macros: Array<{ macro: string; value: string }>;
}
interface Export {
  zabbix_export: { version: string; groups: Array<{ uuid: string; name: string }>; templates: ZTemplate[] };
}

const UUID4 = /^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$/;

describe('Zabbix 6.0 template export', () => {
  it.each(templates.map((a) => [a.path, a] as const))('%s has the 6.0 export shape', (_p, a) => {
    const doc = load(text(a)) as Export;
    expect(doc.zabbix_export.version).toBe('6.0');
    const t = doc.zabbix_export.templates[0]!;
    const uuids: string[] = [doc.zabbix_export.groups[0]!.uuid, t.uuid];
    const triggers: Trig[] = [];
    const items: ZItem[] = [...t.items];
    for (const i of t.items) triggers.push(...(i.triggers ?? []));
    for (const r of t.discovery_rules) {
      uuids.push(r.uuid);
      items.push(...r.item_prototypes);
      triggers.push(...(r.trigger_prototypes ?? []));
      for (const p of r.item_prototypes) {
        expect(p.triggers).toBeUndefined();
        triggers.push(...(p.trigger_prototypes ?? []));
      }
    }
    for (const i of items) {
      uuids.push(i.uuid);
      expect(i.type).toBe('ZABBIX_ACTIVE');
      expect(['UNSIGNED', 'FLOAT', 'LOG']).toContain(i.value_type);
    }
    uuids.push(...triggers.map((x) => x.uuid));
    for (const u of uuids) expect(u).toMatch(UUID4);
    expect(new Set(uuids).size).toBe(uuids.length);
    // every trigger carries the router's labels, with one severity matching its priority
    for (const tr of triggers) {
      const tags = Object.fromEntries(tr.tags.map((x) => [x.tag, x.value]));
      expect(Object.keys(tags).sort()).toEqual(['check', 'customer', 'server', 'severity']);
      expect(tr.priority).toBe(tags.severity === 'critical' ? 'HIGH' : 'WARNING');
      // expressions reference only this template and defined macros
      for (const m of tr.expression.matchAll(/\(\/([^/]+)\//g)) expect(m[1]).toBe(t.template);
      for (const m of tr.expression.matchAll(/\{\$[A-Z.]+(?::"[^"]*")?\}/g)) expect(t.macros.map((x) => x.macro)).toContain(m[0]);
    }
    // a warning trigger depends on the critical trigger of the same check, so only the higher fires
    const byCheck = new Map<string, Trig[]>();
    for (const tr of triggers) {
      const c = tr.tags.find((x) => x.tag === 'check')!.value;
      byCheck.set(c, [...(byCheck.get(c) ?? []), tr]);
    }
    for (const [, ts] of byCheck) {
      const crit = ts.filter((x) => x.tags.some((g) => g.tag === 'severity' && g.value === 'critical'));
      const warn = ts.filter((x) => x.tags.some((g) => g.tag === 'severity' && g.value === 'warning'));
      if (crit.length === 1 && warn.length === 1) {
        expect(warn[0]!.dependencies).toEqual([{ name: crit[0]!.name, expression: crit[0]!.expression }]);
      } else {
        expect(crit.length + warn.length).toBe(1);
      }
    }
    // heartbeat by nodata() on agent.ping, labelled check=heartbeat
    const hb = triggers.find((x) => x.tags.some((g) => g.tag === 'check' && g.value === 'heartbeat'))!;
    expect(hb.expression).toMatch(/^nodata\(\/[^/]+\/agent\.ping,\{\$VVAULT\.HEARTBEAT\.NODATA\}\)=1$/);
  });

  it('uses Windows agent 2 item keys for every check kind', () => {
    const t = text(templates.find((a) => a.path.startsWith('kitanihon-seiki/'))!);
    for (const k of [
      'key: agent.ping',
      'key: eventlog[System,',
      'key: logrt[',
      ',SHIFT_JIS,',
      'key: service.info[VVAULTService,state]',
      'key: proc.num[VVAULT.exe]',
      'key: vfs.fs.size[D:,pused]',
      'key: vfs.fs.size[\\\\kns-backup\\vvault\\,pused]',
      'key: system.cpu.util',
      'key: vm.memory.size[pused]',
      'perf_instance_en.discovery[PhysicalDisk]',
      'perf_counter_en["\\PhysicalDisk({#INSTANCE})\\% Idle Time",60]',
      'perf_counter_en["\\Network Interface({#INSTANCE})\\Current Bandwidth",60]',
    ]) {
      expect(t).toContain(k);
    }
  });

  it('thresholds are user macros holding the resolved values (override of acme-logistics/fs01)', () => {
    const doc = load(text(templates.find((a) => a.path.startsWith('acme-logistics/agents/fs01/'))!)) as Export;
    const macros = Object.fromEntries(doc.zabbix_export.templates[0]!.macros.map((m) => [m.macro, m.value]));
    expect(macros['{$VVAULT.CPU.WARN}']).toBe('85');
    expect(macros['{$VVAULT.CPU.CRIT}']).toBe('95');
    expect(macros['{$VVAULT.STORAGE.WARN}']).toBe('80');
    expect(macros['{$VVAULT.STORAGE.CRIT}']).toBe('90');
    expect(macros['{$VVAULT.MEMORY.WARN}']).toBe('85');
    expect(macros['{$VVAULT.HEARTBEAT.NODATA}']).toBe('180s');
  });

  it('item key parameters are quoted only when needed, and a quoted one never ends with a backslash', () => {
    expect(keyParam('D:')).toBe('D:');
    expect(keyParam('a,b')).toBe('"a,b"');
    expect(keyParam('say "hi"')).toBe('"say \\"hi\\""');
    expect(keyParam('\\\\nas\\share\\')).toBe('\\\\nas\\share\\');
    expect(() => keyParam('\\\\nas\\a,b\\')).toThrow();
    expect(itemKey('vfs.fs.size', ['D:', 'pused'])).toBe('vfs.fs.size[D:,pused]');
  });
});
