/** The A rules (agents/monitoring), table-driven, each case an edit of a copy of the example root. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRoot, EXAMPLE } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';
import { diagnostics, edit, TODAY } from './util.js';
import { readRoot } from '../../src/cli/host.js';
import { check, compile, makeRuleContext } from '../../src/driver/index.js';
import { capabilityDiagnostics } from '../../src/validate/rules/monitoring-targets.js';
import { datadog } from '../../src/targets/datadog/index.js';
import { zabbix } from '../../src/targets/zabbix/index.js';

const A = (root: string) => diagnostics(root).filter((d) => d.code.startsWith('A'));

/** 1-based line and column of the first occurrence of `needle` (at `offset` chars into it) in a file of the root */
function pos(root: string, file: string, needle: string, offset = 0): { line: number; col: number } {
  const t = readFileSync(join(root, file), 'utf8');
  const i = t.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  const before = t.slice(0, i + offset);
  const line = before.split('\n').length;
  return { line, col: i + offset - before.lastIndexOf('\n') };
}

interface Case {
  name: string;
  file: string;
  from: string;
  to: string;
  code: string;
  severity: 'error' | 'warning';
  /** where the diagnostic points: a text in the edited file and an offset into it */
  at: [string, number];
  message: RegExp;
}

const CASES: Case[] = [
  {
    name: '第9条: a customer without monitoringConsent gets no bundle — error at the contract mapping',
    file: 'customers/minato-clinic.yaml',
    from: '  monitoringConsent: { agreedOn: 2026-10-02, by: 小田 亮 }\n',
    to: '',
    code: 'A003',
    severity: 'error',
    at: ['contract:', 0],
    message: /no contract\.monitoringConsent.*第9条/,
  },
  {
    name: '仕様書3: an override percent above the bounds',
    file: 'customers/acme-logistics.yaml',
    from: 'cpu: { warning: 85, critical: 95',
    to: 'cpu: { warning: 85, critical: 100',
    code: 'A001',
    severity: 'error',
    at: ['critical: 100', 10],
    message: /cpu\.critical 100% .* outside the bounds 50–99%/,
  },
  {
    name: '仕様書3: an override percent below the bounds',
    file: 'customers/acme-logistics.yaml',
    from: 'storage: { warningPercentUsed: 80',
    to: 'storage: { warningPercentUsed: 40',
    code: 'A001',
    severity: 'error',
    at: ['warningPercentUsed: 40', 20],
    message: /storage\.warningPercentUsed 40%/,
  },
  {
    name: '仕様書3: an override forMinutes outside the bounds',
    file: 'customers/minato-clinic.yaml',
    from: 'forMinutes: 20 }',
    to: 'forMinutes: 90 }',
    code: 'A001',
    severity: 'error',
    at: ['forMinutes: 90', 12],
    message: /diskBusy\.forMinutes 90 min .* 1–60 min/,
  },
  {
    name: 'warning not below critical in an override',
    file: 'customers/minato-clinic.yaml',
    from: 'memory: { warning: 90, critical: 97',
    to: 'memory: { warning: 97, critical: 97',
    code: 'A002',
    severity: 'error',
    at: ['warning: 97', 9],
    message: /memory warning 97 is not below critical 97/,
  },
  {
    name: 'warning not below critical once an override meets the default',
    file: 'customers/minato-clinic.yaml',
    from: 'diskBusy: { warning: 85, critical: 95, forMinutes: 20 }',
    to: 'diskBusy: { critical: 75 }',
    code: 'A002',
    severity: 'error',
    at: ['critical: 75', 10],
    message: /diskBusy warning 80 \(default from policies\/monitoring\.yaml\) is not below critical 75/,
  },
  {
    name: 'storage warningPercentUsed not below criticalPercentUsed',
    file: 'customers/acme-logistics.yaml',
    from: 'warningPercentUsed: 80, criticalPercentUsed: 90',
    to: 'warningPercentUsed: 92, criticalPercentUsed: 90',
    code: 'A002',
    severity: 'error',
    at: ['warningPercentUsed: 92', 20],
    message: /storage warning 92 is not below critical 90/,
  },
  {
    name: 'warning not below critical in the policy defaults',
    file: 'policies/monitoring.yaml',
    from: 'network: { warning: 70, critical: 90',
    to: 'network: { warning: 95, critical: 90',
    code: 'A002',
    severity: 'error',
    at: ['warning: 95', 9],
    message: /thresholds\.network: warning 95 is not below critical 90/,
  },
  {
    name: 'a target listed without its endpoint (zabbix without monitoring.zabbix)',
    file: 'policies/provider.yaml',
    from: '  zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp }\n',
    to: '',
    code: 'A004',
    severity: 'error',
    at: ['zabbix]', 0],
    message: /target zabbix is listed but monitoring\.zabbix .* is missing/,
  },
  {
    name: '仕様書3: a non-cloud volume without a path cannot be monitored',
    file: 'customers/acme-logistics.yaml',
    from: '{ id: master, kind: san, path: "F:\\\\", role: master }',
    to: '{ id: master, kind: san, role: master }',
    code: 'A007',
    severity: 'error',
    at: ['{ id: master, kind: san, role', 0],
    message: /volume master of server fs02 is san storage without a path/,
  },
  {
    name: 'two services giving the same check label',
    file: 'policies/monitoring.yaml',
    from: '  - { name: VVAULTWebService, severity: warning }',
    to: '  - { name: VVAULTWebService, severity: warning }\n  - { name: vvaultservice, severity: warning }',
    code: 'A008',
    severity: 'error',
    at: ['vvaultservice,', 0],
    message: /service vvaultservice gives the same check label service-vvaultservice as VVAULTService/,
  },
  {
    name: 'Zabbix logrt[]: a wildcard in a folder of the VVAULT log path',
    file: 'policies/monitoring.yaml',
    from: "path: 'C:\\Program Files\\VVAULT\\Log\\*.log'",
    to: "path: 'C:\\Program Files\\VVAULT\\*\\*.log'",
    code: 'A009',
    severity: 'error',
    at: ["'C:\\Program Files\\VVAULT\\*", 0],
    message: /wildcard in a folder name/,
  },
  {
    name: 'a relative VVAULT log path',
    file: 'policies/monitoring.yaml',
    from: "path: 'C:\\Program Files\\VVAULT\\Log\\*.log'",
    to: "path: 'Log\\*.log'",
    code: 'A009',
    severity: 'error',
    at: ["'Log\\*.log'", 0],
    message: /not an absolute Windows path/,
  },
];

describe('A rules', () => {
  it('the example root has no A error; its approximate checks are warnings (A006)', () => {
    const ds = A(EXAMPLE);
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ds.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(['customers/kitanihon-seiki.yaml:34:41 A006', 'policies/provider.yaml:19:13 A006']);
    expect(ds[0]!.message).toMatch(/volume replica of server nas01 is a share/);
    expect(ds[1]!.message).toMatch(/target datadog monitors log checks only approximately/);
  });

  // the example's own A006 warnings (above) are not what the cases are about
  ruleTester(/^A\d{3}$/, {
    title: 'each edit gives its A diagnostic, at file:line:col',
    allow: ['A006'],
    invalid: CASES.map((c) => ({
      name: c.name,
      edit: (r) => r.replace(c.file, c.from, c.to),
      expect: { code: c.code, file: c.file, at: c.at, severity: c.severity, message: c.message },
    })),
  });

  it('第9条: without consent the build gets no model (no bundle for anyone), with the error at line:col of contract', () => {
    const root = copyRoot(EXAMPLE);
    edit(root, 'customers/kitanihon-seiki.yaml', (s) => s.replace('  monitoringConsent: { agreedOn: 2025-03-01, by: 北村 美咲 }\n', ''));
    const r = compile(readRoot(root), { today: TODAY });
    expect(r.model).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === 'A003')!;
    expect(`${d.file}:${d.line}:${d.col}`).toBe(`customers/kitanihon-seiki.yaml:${pos(root, 'customers/kitanihon-seiki.yaml', 'contract:').line}:1`);
  });

  it('A005: a check kind a target cannot implement is an error, at the target in provider.yaml (never dropped)', () => {
    const r = check(readRoot(EXAMPLE), { today: TODAY });
    const ctx = makeRuleContext(r.inputs, r.files, TODAY);
    const table = [{ ...zabbix, capabilities: { ...zabbix.capabilities, process: { level: 'unsupported' as const, how: 'test' } } }, datadog];
    const ds = capabilityDiagnostics(ctx, table).filter((d) => d.code === 'A005');
    expect(ds.map((d) => `${d.file}:${d.line}:${d.col} ${d.severity}`)).toEqual(['policies/provider.yaml:19:22 error']);
    expect(ds[0]!.message).toMatch(/target zabbix cannot monitor process checks/);
    const vol = [zabbix, { ...datadog, capabilities: { ...datadog.capabilities, share: { level: 'unsupported' as const, how: 'test' } } }];
    const vs = capabilityDiagnostics(ctx, vol).filter((d) => d.code === 'A005');
    expect(vs.map((d) => `${d.file}:${d.line}:${d.col}`)).toEqual(['customers/kitanihon-seiki.yaml:34:41']);
  });
});
