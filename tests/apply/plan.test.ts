/**
 * The planner of `vmsc apply zabbix` (src/apply/zabbix/plan.ts), table-driven: desired against observed
 * resources → create / update / delete in dependency order, and the terraform-like text. Plus the desired state
 * of the example (src/apply/zabbix/desired.ts) and the CLI's errors that need no server.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planChanges, renderPlan } from '../../src/apply/zabbix/plan.js';
import type { Change, Resource } from '../../src/apply/zabbix/plan.js';
import { desiredState, hashOf, markDescription } from '../../src/apply/zabbix/desired.js';
import { copyRoot, EXAMPLE, vmsc } from '../helpers.js';
import { model } from '../agents/util.js';

const host = (name: string, templates = [`VVAULT ${name}`], extra: Record<string, unknown> = {}): Resource => ({
  kind: 'host',
  name,
  spec: { groups: ['VVAULT managed hosts'], templates, tags: [{ tag: 'managed-by', value: 'vmsc' }], ...extra } as Resource['spec'],
});
const template = (name: string, source: string): Resource => ({ kind: 'template', name, spec: { source } });
const group: Resource = { kind: 'host group', name: 'VVAULT managed hosts', spec: {} };
const user = (groups: string[]): Resource => ({ kind: 'user', name: 'vvault-alertmanager', spec: { role: 'User role', groups } });

const brief = (cs: Change[]) => cs.map((c) => `${c.op} ${c.kind} ${c.name}${c.fields.length ? ` (${c.fields.join(', ')})` : ''}`);

const CASES: Array<{ name: string; desired: Resource[]; observed: Resource[]; expect: string[] }> = [
  {
    name: 'an empty server: everything is created, dependencies first (group, template, user, host)',
    desired: [host('a.fs01'), user(['VVAULT Alertmanager']), template('VVAULT a.fs01', 'h1'), group],
    observed: [],
    expect: ['create host group VVAULT managed hosts', 'create template VVAULT a.fs01', 'create user vvault-alertmanager', 'create host a.fs01'],
  },
  {
    name: 'nothing changed: no change (key order does not count)',
    desired: [group, template('VVAULT a.fs01', 'h1'), host('a.fs01')],
    observed: [{ ...host('a.fs01'), spec: Object.fromEntries(Object.entries(host('a.fs01').spec).reverse()) }, template('VVAULT a.fs01', 'h1'), group],
    expect: [],
  },
  {
    name: 'a changed template source and a changed host field: updates naming the fields',
    desired: [template('VVAULT a.fs01', 'h2'), host('a.fs01', ['VVAULT a.fs01'], { macros: [] })],
    observed: [template('VVAULT a.fs01', 'h1'), host('a.fs01', ['VVAULT a.fs01'], { macros: [{ macro: '{$X}', value: '1' }] })],
    expect: ['update template VVAULT a.fs01 (source)', 'update host a.fs01 (macros)'],
  },
  {
    name: 'a field only the server has is a change too',
    desired: [host('a.fs01')],
    observed: [host('a.fs01', ['VVAULT a.fs01'], { status: '1' })],
    expect: ['update host a.fs01 (status)'],
  },
  {
    name: 'a server removed from the customer files: its host, then its template, are deleted',
    desired: [host('a.fs01'), template('VVAULT a.fs01', 'h1')],
    observed: [host('a.fs01'), host('a.fs02'), template('VVAULT a.fs01', 'h1'), template('VVAULT a.fs02', 'h9')],
    expect: ['delete host a.fs02', 'delete template VVAULT a.fs02'],
  },
  {
    name: 'shared objects (user, group, action) are never deleted',
    desired: [],
    observed: [group, user(['x']), { kind: 'action', name: 'VVAULT: every problem to Alertmanager', spec: {} }],
    expect: [],
  },
  {
    name: 'creations and deletions together: creations first, deletions last',
    desired: [host('b.fs01'), template('VVAULT b.fs01', 'h')],
    observed: [host('a.fs01'), template('VVAULT a.fs01', 'h')],
    expect: ['create template VVAULT b.fs01', 'create host b.fs01', 'delete host a.fs01', 'delete template VVAULT a.fs01'],
  },
  {
    name: 'a user in another group: update of groups only',
    desired: [user(['VVAULT Alertmanager'])],
    observed: [user(['Guests'])],
    expect: ['update user vvault-alertmanager (groups)'],
  },
];

describe('planChanges', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_n, c) => {
    expect(brief(planChanges(c.desired, c.observed))).toEqual(c.expect);
  });

  it('refuses two desired resources of one kind with one name', () => {
    expect(() => planChanges([host('a'), host('a')], [])).toThrow(/share a name/);
  });
});

describe('renderPlan', () => {
  const changes = planChanges([host('b.fs01'), template('VVAULT a.fs01', 'h2')], [host('c.fs01'), template('VVAULT a.fs01', 'h1')]);
  it('prints +, ~ and - lines and the summary of a dry-run', () => {
    expect(renderPlan(changes, { url: 'http://z/api_jsonrpc.php', applied: false })).toBe(
      [
        'Zabbix http://z/api_jsonrpc.php',
        '  ~ template VVAULT a.fs01 (source)',
        '  + host b.fs01',
        '  - host c.fs01',
        'Plan: 1 to create, 1 to change, 1 to delete. Run again with --confirm to apply.',
        '',
      ].join('\n'),
    );
  });
  it('says what was done after --confirm, and "No changes" when there are none', () => {
    expect(renderPlan(changes, { url: 'u', applied: true })).toContain('Applied: 1 created, 1 changed, 1 deleted.');
    expect(renderPlan([], { url: 'u', applied: true })).toBe('Zabbix u\nNo changes: the server matches the customer files.\n');
  });
});

describe('the desired state of a root', () => {
  const withUrl = () => {
    const root = copyRoot();
    const p = join(root, 'policies', 'provider.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace(
        'zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp }',
        'zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp, alertmanagerUrl: "https://alertmanager.example.jp" }',
      ),
    );
    return root;
  };

  it('one host and one template per server, tagged managed-by: vmsc, and the shared objects once', () => {
    const d = desiredState(model(withUrl()));
    const names = (k: string) => d.resources.filter((r) => r.kind === k).map((r) => r.name);
    expect(names('host')).toEqual(['acme-logistics.fs01', 'acme-logistics.fs02', 'kitanihon-seiki.nas01', 'minato-clinic.fs01']);
    expect(names('template')).toEqual(names('host').map((h) => `VVAULT ${h}`));
    for (const k of ['host group', 'media type', 'user group', 'user', 'action']) expect(names(k)).toHaveLength(1);
    const h = d.resources.find((r) => r.name === 'acme-logistics.fs01')!;
    expect(h.spec['tags']).toEqual([
      { tag: 'customer', value: 'acme-logistics' },
      { tag: 'managed-by', value: 'vmsc' },
      { tag: 'server', value: 'fs01' },
    ]);
    expect(h.spec['interface']).toEqual({ type: '1', useip: '0', dns: 'ACME-FS01', ip: '', port: '10050' });
    // the import source carries the hash the plan compares
    const t = d.resources.find((r) => r.kind === 'template' && r.name === 'VVAULT acme-logistics.fs01')!;
    const src = JSON.parse(d.templateImports.get(t.name)!) as { zabbix_export: { templates: Array<{ description: string }> } };
    expect(hashOf(src.zabbix_export.templates[0]!.description)).toBe(t.spec['source']);
    expect(hashOf(markDescription('x', 'a'.repeat(64)))).toBe('a'.repeat(64));
  });

  it('the example without monitoring.zabbix.alertmanagerUrl: a clear error (CLI exit 1), before any connection', async () => {
    expect(() => desiredState(model(EXAMPLE))).toThrow(/alertmanagerUrl is not set/);
    const root = copyRoot();
    writeFileSync(join(root, 'pw'), 'secret\n');
    const r = await vmsc([
      'apply',
      'zabbix',
      '--url',
      'http://127.0.0.1:1',
      '--user',
      'Admin',
      '--password-file',
      join(root, 'pw'),
      '--root',
      root,
      '--today',
      '2026-11-27',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('monitoring.zabbix.alertmanagerUrl is not set');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('an unreachable URL, a missing password file, no credentials: clear messages, no stack trace', async () => {
    const root = withUrl();
    writeFileSync(join(root, 'pw'), 'secret\n');
    const args = ['apply', 'zabbix', '--root', root, '--today', '2026-11-27'];
    const down = await vmsc([...args, '--url', 'http://127.0.0.1:9', '--user', 'Admin', '--password-file', join(root, 'pw')]);
    expect([down.code, down.stderr]).toEqual([1, expect.stringContaining('cannot reach http://127.0.0.1:9/api_jsonrpc.php')]);
    const nofile = await vmsc([...args, '--url', 'http://127.0.0.1:9', '--user', 'Admin', '--password-file', join(root, 'none')]);
    expect([nofile.code, nofile.stderr]).toEqual([1, expect.stringContaining('cannot read --password-file')]);
    const nocreds = await vmsc([...args, '--url', 'http://127.0.0.1:9']);
    expect([nocreds.code, nocreds.stderr]).toEqual([2, expect.stringContaining('--password-file')]);
    for (const r of [down, nofile, nocreds]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
