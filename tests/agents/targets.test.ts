/**
 * Agent targets as descriptors (src/targets/): the registry is the source of truth, the schema agrees with it,
 * the bundle asks each registered target for its own files (a third target does not get another's), and the
 * A-rules read the descriptors (table-driven over the registry).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { copyRoot, EXAMPLE, REPO } from '../helpers.js';
import { edit, model, TODAY } from './util.js';
import { readRoot } from '../../src/cli/host.js';
import { check, makeRuleContext } from '../../src/driver/index.js';
import type { RuleContext } from '../../src/validate/rule.js';
import { capabilityDiagnostics, endpointDiagnostics, logPathDiagnostics } from '../../src/validate/rules/monitoring-targets.js';
import { agentEmitters } from '../../src/emit/agents/index.js';
import type { Artifact, EmitContext } from '../../src/emit/types.js';
import type { Model } from '../../src/model/model.js';
import type { CheckKind } from '../../src/resolve/monitoring.js';
import type { ProviderMonitoring } from '../../src/types/generated/provider.js';
import { TARGETS } from '../../src/targets/index.js';
import type { Target } from '../../src/targets/index.js';
import type { CapabilityLevel, EndpointKey, TargetData, TargetDescriptor } from '../../src/targets/target.js';
import { endpointExample } from '../../src/targets/target.js';

const ALL_KINDS: CheckKind[] = ['heartbeat', 'eventlog', 'log', 'service', 'process', 'volume', 'share', 'cpu', 'memory', 'diskBusy', 'network'];

// The registry's names are exactly the names provider.yaml may list (compile-time, both directions).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesAgree: Same<Target, ProviderMonitoring['targets'][number]> = true;

interface Schema {
  properties: { monitoring: { properties: Record<string, { items?: { enum?: string[] }; examples?: unknown[] }> } };
}
const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'provider.schema.json'), 'utf8')) as Schema;
const monitoringProps = schema.properties.monitoring.properties;

describe('the registry is the source of truth of schemas/provider.schema.json', () => {
  it('monitoring.targets enumerates exactly the registered names', () => {
    expect(namesAgree).toBe(true);
    expect([...(monitoringProps.targets!.items!.enum ?? [])].sort()).toEqual(TARGETS.map((t) => t.name).sort());
  });

  it('the endpoint blocks under monitoring are exactly the registered endpoint keys', () => {
    const blocks = Object.keys(monitoringProps)
      .filter((k) => k !== 'targets' && k !== 'saasEndpoint')
      .sort();
    expect(blocks).toEqual(TARGETS.map((t) => t.endpoint.key).sort());
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))("%s: its endpoint example is the schema's first example and is valid", (_n, t) => {
    const block = monitoringProps[t.endpoint.key]!;
    expect(block.examples?.[0]).toEqual(t.endpoint.example);
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(block, t.endpoint.example), JSON.stringify(ajv.errors)).toBe(true);
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))('%s: a capability for every check kind, each saying how', (_n, t) => {
    expect(Object.keys(t.capabilities).sort()).toEqual([...ALL_KINDS].sort());
    for (const k of ALL_KINDS) {
      expect(['native', 'approximate', 'unsupported']).toContain(t.capabilities[k].level);
      expect(t.capabilities[k].how.length).toBeGreaterThan(10);
    }
  });

  it('names and endpoint keys are unique', () => {
    expect(new Set(TARGETS.map((t) => t.name)).size).toBe(TARGETS.length);
    expect(new Set(TARGETS.map((t) => t.endpoint.key)).size).toBe(TARGETS.length);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A third target, registered only in this test

const fake: TargetDescriptor<'fake'> = {
  name: 'fake',
  label: 'Fake Agent',
  // a real new target adds its block to the schema; this one borrows the key only to type-check
  endpoint: { key: 'fake' as EndpointKey, example: { url: 'https://fake.example.jp' } },
  capabilities: Object.fromEntries(ALL_KINDS.map((k) => [k, { level: 'native', how: `fake ${k} check` }])) as TargetDescriptor['capabilities'],
  connections: () => [{ what: 'Fake intake (HTTPS)', host: 'intake.fake.example.jp', port: 8443 }],
  files: ({ server }) => [
    { path: 'fake.conf', data: `host=${server.monitoring.monitoredHost}\nchecks=${server.monitoring.checks.length}\n` },
    { path: 'a/first.txt', data: 'first\n' },
  ],
};

/** the example model with provider.yaml monitoring.targets replaced (a name the schema does not know, for the fake) */
function withTargets(m: Model, targets: string[]): Model {
  const monitoring = { ...m.policies.provider.monitoring, targets: targets as unknown as ProviderMonitoring['targets'] };
  return { ...m, policies: { ...m.policies, provider: { ...m.policies.provider, monitoring } } };
}

async function emitAll(m: Model, registry: readonly TargetDescriptor[]): Promise<Artifact[]> {
  const ctx: EmitContext = { model: m, assets: { templates: new Map(), fonts: new Map() } };
  const out: Artifact[] = [];
  for (const e of agentEmitters(registry)) {
    if (e.scope !== 'customer') continue;
    for (const c of m.customers) out.push(...(await e.emit(ctx, c)));
  }
  return out;
}

const example = model(EXAMPLE);
const bundleOf = (a: Artifact) => a.path.split('/').slice(0, 3).join('/');
const inBundle = (a: Artifact) => a.path.split('/').slice(3).join('/');

describe('a third target gets only its own files', () => {
  const [zabbix, datadog] = TARGETS;

  it('registered and listed: agents/fake emits fake/… for every server; nothing of a target not listed', async () => {
    const arts = await emitAll(withTargets(example, ['fake', 'zabbix']), [zabbix, datadog, fake]);
    const bundles = example.customers.flatMap((c) => c.servers.map((s) => `${c.id}/agents/${s.id}`));
    const servers = bundles.length;
    const fakeArts = arts.filter((a) => a.kind === 'agents/fake');
    expect(fakeArts.map((a) => a.path)).toEqual(bundles.flatMap((b) => [`${b}/fake/a/first.txt`, `${b}/fake/fake.conf`]));
    expect(fakeArts.find((a) => a.path.endsWith('/fake.conf'))!.data).toMatch(/^host=[a-z-]+\.[a-z0-9-]+\nchecks=\d+\n$/);
    expect(arts.filter((a) => inBundle(a).startsWith('datadog/'))).toEqual([]);
    expect(arts.filter((a) => a.kind === 'agents/datadog')).toEqual([]);
    expect(arts.filter((a) => a.kind === 'agents/zabbix').length).toBe(3 * servers);
    // the fake's files never come from another target, and no other target's file is under fake/
    expect(arts.filter((a) => inBundle(a).startsWith('fake/')).every((a) => a.kind === 'agents/fake')).toBe(true);
  });

  it('the bundle lists the fake target: manifest, checklist label, prerequisites connection', async () => {
    const arts = await emitAll(withTargets(example, ['fake']), [zabbix, datadog, fake]);
    const bundles = [...new Set(arts.map(bundleOf))];
    for (const b of bundles) {
      const files = arts.filter((a) => bundleOf(a) === b);
      expect(files.map(inBundle).sort()).toEqual([
        'checklist.md',
        'fake/a/first.txt',
        'fake/fake.conf',
        'manifest.json',
        'monitoring-plan.json',
        'prerequisites.ps1',
      ]);
      const manifest = JSON.parse(String(files.find((a) => inBundle(a) === 'manifest.json')!.data)) as { files: Array<{ path: string }> };
      expect(manifest.files.map((f) => f.path)).toEqual(['checklist.md', 'fake/a/first.txt', 'fake/fake.conf', 'monitoring-plan.json', 'prerequisites.ps1']);
      const checklist = String(files.find((a) => inBundle(a) === 'checklist.md')!.data);
      expect(checklist).toContain('監視エージェント（Fake Agent）');
      expect(checklist).toContain('intake.fake.example.jp:8443（Fake intake (HTTPS)）');
      expect(checklist).not.toMatch(/zabbix|datadog/i);
      const ps1 = String(files.find((a) => inBundle(a) === 'prerequisites.ps1')!.data);
      expect(ps1).toContain("Host = 'intake.fake.example.jp'; Port = 8443");
      expect(ps1).not.toMatch(/zabbix|datadog/i);
    }
  });

  it('with the real registry the emitters are one per target plus the bundle, in registry order', () => {
    expect(agentEmitters(TARGETS).map((e) => e.name)).toEqual([...TARGETS.map((t) => `agents/${t.name}`), 'agents/bundle']);
  });

  it('a listed name that is not registered is an internal error, never silently skipped', async () => {
    await expect(emitAll(withTargets(example, ['fake']), [zabbix, datadog])).rejects.toThrow(/fake is not registered/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A004, A005, A006, A009 read the registry

function ruleContext(root: string): RuleContext {
  const r = check(readRoot(root), { today: TODAY });
  return makeRuleContext(r.inputs, r.files, TODAY);
}

const exampleCtx = ruleContext(EXAMPLE);
const providerText = readFileSync(join(EXAMPLE, 'policies', 'provider.yaml'), 'utf8');
/** line:col of a target's name in `targets: [...]` of the example provider.yaml */
function targetPos(name: string): string {
  const lines = providerText.split('\n');
  const li = lines.findIndex((l) => /^\s*targets:/.test(l));
  return `policies/provider.yaml:${li + 1}:${lines[li]!.indexOf(name) + 1}`;
}

/** a copy of a descriptor's data with one capability changed */
function withCapability(t: TargetData, kind: CheckKind, level: CapabilityLevel): TargetData {
  return { ...t, capabilities: { ...t.capabilities, [kind]: { level, how: `test: ${kind} ${level}` } } };
}

describe('A004: each listed target has its endpoint block (from the descriptor)', () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))('%s without monitoring.<its key>', (_n, t) => {
    const root = copyRoot(EXAMPLE);
    edit(root, 'policies/provider.yaml', (s) =>
      s
        .split('\n')
        .filter((l) => !l.startsWith(`  ${t.endpoint.key}:`))
        .join('\n'),
    );
    const ds = endpointDiagnostics(ruleContext(root), TARGETS);
    expect(ds.map((d) => `${d.code} ${d.file}:${d.line}:${d.col}`)).toEqual([`A004 ${targetPos(t.name)}`]);
    expect(ds[0]!.message).toBe(`monitoring target ${t.name} is listed but monitoring.${t.endpoint.key} (its endpoint) is missing`);
    expect(ds[0]!.hint).toBe(`add under monitoring: ${endpointExample(t)} — or remove ${t.name} from targets`);
  });

  it('the example blocks read as YAML flow mappings', () => {
    expect(TARGETS.map(endpointExample)).toEqual([
      'zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp }',
      'datadog: { site: ap1.datadoghq.com }',
    ]);
  });
});

// the policy-wide kinds the example uses (volume kinds are reported at the volume)
const POLICY_KINDS: CheckKind[] = ['heartbeat', 'eventlog', 'log', 'service', 'process', 'cpu', 'memory', 'diskBusy', 'network'];

describe('A005/A006: the capabilities of each descriptor decide', () => {
  const cases = TARGETS.flatMap((t) => POLICY_KINDS.flatMap((k) => (['unsupported', 'approximate'] as const).map((level) => ({ t, k, level }))));

  it.each(cases.map((c) => [`${c.t.name} ${c.k} ${c.level}`, c] as const))('%s', (_n, { t, k, level }) => {
    const registry = TARGETS.map((x) => (x.name === t.name ? withCapability(x, k, level) : x));
    const code = level === 'unsupported' ? 'A005' : 'A006';
    const ds = capabilityDiagnostics(exampleCtx, registry).filter(
      (d) => d.code === code && d.message.includes(`${k} checks`) && d.message.startsWith(`target ${t.name} `),
    );
    expect(ds.map((d) => `${d.severity} ${d.file}:${d.line}:${d.col}`)).toEqual([`${level === 'unsupported' ? 'error' : 'warning'} ${targetPos(t.name)}`]);
    expect(ds[0]!.message).toContain(`test: ${k} ${level}`);
  });

  it('the real registry: warnings exactly for the approximate policy-wide kinds, no error', () => {
    const ds = capabilityDiagnostics(exampleCtx, TARGETS).filter((d) => d.file === 'policies/provider.yaml');
    const expected = TARGETS.flatMap((t) => POLICY_KINDS.filter((k) => t.capabilities[k].level === 'approximate').map((k) => `A006 ${t.name} ${k}`));
    expect(ds.map((d) => `${d.code} ${/target (\S+) monitors (\S+) checks/.exec(d.message)!.slice(1).join(' ')}`).sort()).toEqual(expected.sort());
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))('%s: a share it cannot monitor is an error at the volume', (_n, t) => {
    const registry = TARGETS.map((x) => (x.name === t.name ? withCapability(x, 'share', 'unsupported') : x));
    const ds = capabilityDiagnostics(exampleCtx, registry).filter((d) => d.code === 'A005');
    expect(ds.map((d) => `${d.file} ${d.message}`)).toEqual([
      `customers/kitanihon-seiki.yaml volume replica of server nas01 (share) cannot be monitored by ${t.name}`,
    ]);
  });

  it('a share every target monitors exactly is no warning', () => {
    const registry = TARGETS.map((x) => withCapability(x, 'share', 'native'));
    expect(capabilityDiagnostics(exampleCtx, registry).filter((d) => d.file.startsWith('customers/'))).toEqual([]);
  });
});

describe('A009: a wildcard in a log folder name, for the targets whose descriptor says they cannot read it', () => {
  const root = copyRoot(EXAMPLE);
  edit(root, 'policies/monitoring.yaml', (s) => s.replace('\\VVAULT\\Log\\*.log', '\\VVAULT*\\Log\\*.log'));
  const ctx = ruleContext(root);
  const data = (t: TargetData, why?: string): TargetData => {
    const { logFolderWildcard: _drop, ...rest } = t;
    return why ? { ...rest, logFolderWildcard: { unsupported: why } } : rest;
  };
  const cases: Array<{ name: string; registry: TargetData[]; message?: RegExp; hint?: RegExp }> = [
    {
      name: 'the real registry',
      registry: [...TARGETS],
      message: /wildcard in a folder name: Zabbix logrt\[\] matches only file names$/,
      hint: /or remove zabbix from monitoring\.targets$/,
    },
    { name: 'no target minds', registry: TARGETS.map((t) => data(t)) },
    {
      name: 'every target minds',
      registry: TARGETS.map((t) => data(t, `${t.name} cannot`)),
      message: /folder name: datadog cannot; zabbix cannot$/,
      hint: /or remove datadog and zabbix from monitoring\.targets$/,
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    const ds = logPathDiagnostics(ctx, c.registry);
    if (!c.message) {
      expect(ds).toEqual([]);
      return;
    }
    expect(ds).toHaveLength(1);
    expect(ds[0]!.code).toBe('A009');
    expect(ds[0]!.message).toMatch(c.message);
    expect(ds[0]!.hint).toMatch(c.hint!);
  });
});
