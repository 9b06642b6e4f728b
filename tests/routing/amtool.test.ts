/**
 * Real-tool conformance: Debian's prometheus-alertmanager amtool (0.25) checks the generated file, and its
 * route tester agrees with routing.json. amtool ignores time intervals (prometheus/alertmanager#3889), so it
 * returns every receiver of the matching routes: the union of the helpdesk-hours and outside-hours receivers.
 */
import { describe, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { routed, variantRoot } from './fixture.js';
import { routingFiles } from './alertmanager-run.js';
import { copyRoot } from '../helpers.js';
import { itWithTool, tool } from '../tools.js';
import { parseAlertmanagerConfig } from '../../src/route/config.js';
import { parseAt, simulate, TimePoint } from '../../src/route/simulate.js';

function amtool(args: string[]): { code: number; out: string } {
  const r = spawnSync(tool('amtool'), args, { encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** the receivers `amtool config routes test` prints (comma-separated), without its warnings */
function routesTest(file: string, labels: Record<string, string>): { code: number; out: string; receivers: string[] } {
  const r = amtool(['config', 'routes', 'test', `--config.file=${file}`, ...Object.entries(labels).map(([k, v]) => `${k}=${v}`)]);
  const receivers = r.out
    .split('\n')
    .filter((l) => l && !l.startsWith('Warning:'))
    .join(',')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return { ...r, receivers };
}

function writeTemp(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'vmsc-am-')), 'alertmanager.yml');
  writeFileSync(f, text);
  return f;
}

describe('amtool conformance', () => {
  itWithTool('amtool')('amtool check-config accepts the generated alertmanager.yml', () => {
    const { yaml } = routed();
    const r = amtool(['check-config', writeTemp(yaml)]);
    expect(r.out).toContain('SUCCESS');
    expect(r.code).toBe(0);
  });

  itWithTool('amtool')('amtool check-config accepts the variant root too (Mon–Sat, a receiver at any hour)', () => {
    const { yaml, json } = routed(variantRoot());
    expect(amtool(['check-config', writeTemp(yaml)]).out).toContain('SUCCESS');
    expect(json.customers.find((c) => c.id === 'acme-logistics')!.severities['critical']).toEqual({
      helpdeskHours: ['customer-acme-logistics', 'helpdesk', 'noc'],
      outsideHelpdeskHours: ['customer-acme-logistics', 'noc'],
    });
  });

  itWithTool('amtool')('amtool check-config reads the mail template beside it, and rejects a broken one', () => {
    const { yaml, model } = routed();
    const f = writeTemp(yaml);
    const tmpl = routingFiles(model)['vvault-mail.tmpl']!;
    writeFileSync(join(dirname(f), 'vvault-mail.tmpl'), tmpl);
    const ok = amtool(['check-config', f]);
    expect(ok.out).toMatch(/1 templates[\s\S]*SUCCESS/);
    expect(ok.code).toBe(0);
    writeFileSync(join(dirname(f), 'vvault-mail.tmpl'), tmpl.replace('{{ end }}', ''));
    expect(amtool(['check-config', f]).code).not.toBe(0);
  });

  itWithTool('amtool')('amtool check-config rejects a broken file (the check can fail)', () => {
    const { yaml } = routed();
    const r = amtool(['check-config', writeTemp(yaml.replace('end_time: "17:30"', 'end_time: "17:61"'))]);
    expect(r.code).not.toBe(0);
  });

  itWithTool('amtool')('amtool config routes test: each customer and severity reaches the receivers of routing.json', () => {
    const { yaml, json } = routed();
    const file = writeTemp(yaml);
    let checked = 0;
    for (const c of json.customers) {
      for (const rule of json.rules) {
        const want = new Set([...c.severities[rule.severity]!.helpdeskHours, ...c.severities[rule.severity]!.outsideHelpdeskHours]);
        const r = routesTest(file, { customer: c.id, severity: rule.severity });
        expect(r.code, r.out).toBe(0);
        expect([...new Set(r.receivers)].sort(), `${c.id} ${rule.severity}`).toEqual([...want].sort());
        checked++;
      }
    }
    expect(checked).toBe(json.customers.length * json.rules.length);
  });

  itWithTool('amtool')('with an SMTP smarthost, user and password file, amtool accepts it and no secret is in the file', async () => {
    const root = copyRoot();
    const { readFileSync } = await import('node:fs');
    const p = join(root, 'policies', 'provider.yaml');
    writeFileSync(
      p,
      readFileSync(p, 'utf8').replace(
        '  replyTo: support@example.jp\n',
        '  replyTo: support@example.jp\n  smarthost: smtp.example.jp:587\n  authUsername: alerts@example.jp\n  authPasswordFile: /etc/alertmanager/smtp_password\n',
      ),
    );
    const { yaml } = routed(root);
    expect(yaml).toContain('smtp_smarthost: smtp.example.jp:587');
    expect(yaml).toContain('smtp_auth_username: alerts@example.jp');
    expect(yaml).toContain('smtp_auth_password_file: /etc/alertmanager/smtp_password');
    expect(yaml).not.toMatch(/smtp_auth_password:|smtp_require_tls/);
    const r = amtool(['check-config', writeTemp(yaml)]);
    expect(r.out).toContain('SUCCESS');
  });

  itWithTool('amtool')("label matching agrees with amtool: the simulator's matched routes (time ignored) = amtool's receivers", () => {
    const { yaml, json } = routed();
    const file = writeTemp(yaml);
    const cfg = parseAlertmanagerConfig(yaml);
    const tp = new TimePoint(parseAt('2026-12-01T10:00')!);
    const labelSets: Array<Record<string, string>> = [
      ...json.customers.flatMap((c) => ['critical', 'warning', 'info'].map((severity) => ({ customer: c.id, severity }))),
      { customer: 'someone-else', severity: 'critical' },
      { check: 'heartbeat' },
    ];
    for (const labels of labelSets) {
      const sim = simulate(cfg, labels, tp).routes.map((x) => x.receiver);
      expect(sim, JSON.stringify(labels)).toEqual(routesTest(file, labels).receivers);
    }
  });
});
