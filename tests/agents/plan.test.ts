/** The vendor-neutral monitoring plan: cloud volumes never monitored (仕様書3), overrides change exactly what they name. */
import { describe, expect, it } from 'vitest';
import { copyRoot, EXAMPLE } from '../helpers.js';
import { agentArtifacts, edit, model, text, TODAY } from './util.js';
import { readRoot } from '../../src/cli/host.js';
import { check } from '../../src/driver/index.js';
import { resolve } from '../../src/resolve/resolve.js';
import type { BusyCheck, Check, MonitoringSetup } from '../../src/resolve/monitoring.js';
import { globToRegex, normalizeVolumePath, severitiesOf } from '../../src/resolve/monitoring.js';

const planOf = (root: string, customer: string, server: string): MonitoringSetup =>
  model(root)
    .customers.find((c) => c.id === customer)!
    .servers.find((s) => s.id === server)!.monitoring;

/** every threshold of a plan as `check.field -> value` */
function thresholds(p: MonitoringSetup): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of p.checks) {
    if ('levels' in c) for (const l of c.levels) out[`${c.check}.${l.severity}`] = l.percent.value;
    if ('forMinutes' in c) out[`${c.check}.forMinutes`] = c.forMinutes.value;
  }
  return out;
}

function diff(a: Record<string, number>, b: Record<string, number>): Record<string, [number | undefined, number | undefined]> {
  const out: Record<string, [number | undefined, number | undefined]> = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[k] !== b[k]) out[k] = [a[k], b[k]];
  return out;
}

describe('仕様書3: monitoring plan', () => {
  const m = model(EXAMPLE);

  it('仕様書3: cloud volumes never appear in a plan, and every other volume does', () => {
    for (const c of m.customers) {
      for (const s of c.servers) {
        const vols = s.monitoring.checks.filter((x) => x.kind === 'volume' || x.kind === 'share').map((x) => (x as { volume: string }).volume);
        expect(vols).toEqual(s.source.storage.filter((v) => v.kind !== 'cloud').map((v) => v.id));
      }
    }
  });

  it('仕様書3: cloud volumes never appear in any agent file (ids, providers, check labels)', async () => {
    const arts = await agentArtifacts(m);
    const cloud = m.customers.flatMap((c) => c.servers.flatMap((s) => s.source.storage.filter((v) => v.kind === 'cloud').map((v) => ({ c, s, v }))));
    expect(cloud.length).toBeGreaterThan(0);
    for (const { c, s, v } of cloud) {
      const own = arts.filter((a) => a.path.startsWith(`${c.id}/agents/${s.id}/`));
      expect(own.length).toBeGreaterThan(0);
      for (const a of own) {
        expect(text(a)).not.toContain(`storage-${v.id}`);
        expect(text(a)).not.toContain(`vvault_volume:${v.id}`);
        if (v.provider) expect(text(a)).not.toContain(v.provider);
      }
    }
  });

  it('a plan holds every check kind of 仕様書3, with stable ids and a severity for each', () => {
    const p = planOf(EXAMPLE, 'acme-logistics', 'fs01');
    expect([...new Set(p.checks.map((c) => c.kind))]).toEqual([
      'heartbeat',
      'eventlog',
      'log',
      'service',
      'process',
      'volume',
      'cpu',
      'memory',
      'diskBusy',
      'network',
    ]);
    expect(p.checks.map((c) => c.id)).toEqual([
      'acme-logistics/fs01/heartbeat',
      'acme-logistics/fs01/eventlog-system-errors',
      'acme-logistics/fs01/eventlog-vvault-app-errors',
      'acme-logistics/fs01/log-vvault-error',
      'acme-logistics/fs01/log-vvault-warn',
      'acme-logistics/fs01/service-vvaultservice',
      'acme-logistics/fs01/service-vvaultwebservice',
      'acme-logistics/fs01/process-vvault-exe',
      'acme-logistics/fs01/storage-master',
      'acme-logistics/fs01/storage-backup',
      'acme-logistics/fs01/cpu',
      'acme-logistics/fs01/memory',
      'acme-logistics/fs01/disk-busy',
      'acme-logistics/fs01/network',
    ]);
    for (const c of p.checks) {
      expect(c.id).toBe(`acme-logistics/fs01/${c.check}`);
      expect(severitiesOf(c).length).toBeGreaterThan(0);
    }
    const hb = p.checks[0] as Extract<Check, { kind: 'heartbeat' }>;
    expect(hb).toMatchObject({ check: 'heartbeat', intervalSeconds: 60, missedBeats: 3, windowSeconds: 180, severity: 'critical' });
    const proc = p.checks.find((c) => c.kind === 'process') as Extract<Check, { kind: 'process' }>;
    expect(proc).toMatchObject({ process: 'VVAULT.exe', min: 1 });
    const log = p.checks.find((c) => c.kind === 'log') as Extract<Check, { kind: 'log' }>;
    expect(log).toMatchObject({ encoding: 'shift_jis', regex: '\\[ERROR\\]' });
  });

  it('each threshold records its origin: override (customer file, with line:col) or default (policies)', () => {
    const p = planOf(EXAMPLE, 'acme-logistics', 'fs01');
    const cpu = p.checks.find((c) => c.kind === 'cpu') as BusyCheck;
    expect(cpu.levels[0].percent).toMatchObject({
      value: 85,
      origin: { kind: 'override', file: 'customers/acme-logistics.yaml', path: ['servers', 0, 'monitoring', 'cpu', 'warning'] },
    });
    const mem = p.checks.find((c) => c.kind === 'memory') as BusyCheck;
    expect(mem.levels[1].percent).toMatchObject({
      value: 95,
      origin: { kind: 'default', file: 'policies/monitoring.yaml', path: ['thresholds', 'memory', 'critical'] },
    });
    // given a locator (the loaded files), origins also carry line:col
    const r = check(readRoot(EXAMPLE), { today: TODAY });
    const located = resolve(r.inputs, (f, path) => r.files.get(f)?.locate(path));
    const cpu2 = located.customers.find((c) => c.id === 'acme-logistics')!.servers[0]!.monitoring.checks.find((c) => c.kind === 'cpu') as BusyCheck;
    expect(cpu2.levels[0].percent.origin).toMatchObject({ kind: 'override', line: 47, col: 23 });
    expect(cpu2.levels[1].percent.origin).toMatchObject({ kind: 'override', line: 47, col: 37 });
    const mem2 = located.customers.find((c) => c.id === 'acme-logistics')!.servers[0]!.monitoring.checks.find((c) => c.kind === 'memory') as BusyCheck;
    expect(mem2.levels[1].percent.origin).toMatchObject({ kind: 'default', line: 21, col: 37 });
  });

  it('overrides change exactly the thresholds they name (diff of plans)', () => {
    const root = copyRoot(EXAMPLE);
    const before = thresholds(planOf(root, 'minato-clinic', 'fs01'));
    edit(root, 'customers/minato-clinic.yaml', (s) =>
      s.replace(
        '      diskBusy: { warning: 85, critical: 95, forMinutes: 20 }',
        '      diskBusy: { warning: 85, critical: 95, forMinutes: 20 }\n      network: { critical: 80 }\n      storage: { warningPercentUsed: 70 }',
      ),
    );
    const after = thresholds(planOf(root, 'minato-clinic', 'fs01'));
    expect(diff(before, after)).toEqual({
      'network.critical': [90, 80],
      'storage-master.warning': [85, 70],
    });
    // and removing an override returns exactly those values to the defaults
    edit(root, 'customers/minato-clinic.yaml', (s) => s.replace('      memory: { warning: 90, critical: 97, forMinutes: 5 }\n', ''));
    const without = thresholds(planOf(root, 'minato-clinic', 'fs01'));
    expect(diff(after, without)).toEqual({
      'memory.warning': [90, 85],
      'memory.critical': [97, 95],
      'memory.forMinutes': [5, 10],
    });
  });

  it('an override reaches the agent files (and nothing else changes in other servers)', async () => {
    const root = copyRoot(EXAMPLE);
    const before = await agentArtifacts(model(root));
    edit(root, 'customers/minato-clinic.yaml', (s) =>
      s.replace('diskBusy: { warning: 85, critical: 95, forMinutes: 20 }', 'diskBusy: { warning: 85, critical: 95, forMinutes: 25 }'),
    );
    const after = await agentArtifacts(model(root));
    const changed = after.filter((a, i) => text(a) !== text(before[i]!)).map((a) => a.path);
    expect(changed).toEqual([
      'minato-clinic/agents/fs01/checklist.md',
      'minato-clinic/agents/fs01/datadog/monitors.json',
      'minato-clinic/agents/fs01/manifest.json',
      'minato-clinic/agents/fs01/monitoring-plan.json',
      'minato-clinic/agents/fs01/zabbix/template.yaml',
    ]);
    const t = text(after.find((a) => a.path === 'minato-clinic/agents/fs01/zabbix/template.yaml')!);
    expect(t).toMatch(/macro: "\{\$VVAULT\.DISKBUSY\.WINDOW\}"\n\s+value: 25m/);
  });

  it('path helpers', () => {
    expect(normalizeVolumePath('D:\\')).toBe('D:');
    expect(normalizeVolumePath('\\\\kns-backup\\vvault')).toBe('\\\\kns-backup\\vvault\\');
    expect(globToRegex('*.log')).toBe('^.*\\.log$');
    expect(globToRegex('vv?.log')).toBe('^vv.\\.log$');
  });
});
