/**
 * out/routing/*: golden files for the example root (npm run test:update rewrites them), reproducibility,
 * and the properties the issue asks for, read from the generated YAML itself.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { routed } from './fixture.js';
import { routingFiles } from './alertmanager-run.js';
import { copyRoot } from '../helpers.js';
import { expectGolden } from '../golden.js';
import { parseAlertmanagerConfig } from '../../src/route/config.js';
import { parseAt, simulate, TimePoint } from '../../src/route/simulate.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');

interface Y {
  global: Record<string, unknown>;
  route: { receiver: string; routes: Array<{ matchers?: string[]; routes: Array<Record<string, unknown>> }> };
  receivers: Array<{ name: string; email_configs: Array<{ to: string }> }>;
  time_intervals: Array<{ name: string; time_intervals: Array<Record<string, unknown>> }>;
  inhibit_rules: Array<Record<string, unknown>>;
}

describe('routing emitter', () => {
  const R = routed();
  const files: Array<[string, string]> = [
    ['alertmanager.yml', R.yaml],
    ['routing.json', JSON.stringify(R.json, null, 2) + '\n'],
    ['routing.md', R.md],
    ['vvault-mail.tmpl', routingFiles(R.model)['vvault-mail.tmpl']!],
  ];

  it.each(files)('golden: out/routing/%s', (name, text) => {
    expectGolden(join(GOLDEN, name), text);
  });

  it('is byte-reproducible (two compilations give the same bytes)', () => {
    const again = routed();
    expect(again.yaml).toBe(R.yaml);
    expect(again.md).toBe(R.md);
    expect(JSON.stringify(again.json)).toBe(JSON.stringify(R.json));
  });

  it('outputs do not depend on today', () => {
    expect(routed(undefined, '2028-12-01').yaml).toBe(R.yaml);
  });

  const y = parse(R.yaml) as Y;

  it('仕様書4: a customer receiver mails exactly the contacts with faultNotification: true, and nobody else', () => {
    for (const c of R.model.customers) {
      const want = c.source.contacts.filter((k) => k.faultNotification === true).map((k) => k.email);
      const rec = y.receivers.find((r) => r.name === `customer-${c.id}`);
      if (want.length === 0) {
        expect(rec, c.id).toBeUndefined();
        continue;
      }
      expect(rec!.email_configs.map((e) => e.to)).toEqual(want);
      // no other customer's address anywhere in this receiver, and this customer's addresses in no other receiver
      for (const other of y.receivers.filter((r) => r.name !== rec!.name)) {
        for (const e of other.email_configs) expect(want).not.toContain(e.to);
      }
    }
    expect(y.receivers.find((r) => r.name === 'customer-kitanihon-seiki')).toBeUndefined();
    expect(y.receivers.find((r) => r.name === 'customer-acme-logistics')!.email_configs.map((e) => e.to)).toEqual([
      'hanako.tanaka@acme.example.co.jp',
      'ichiro.suzuki@acme.example.co.jp',
    ]);
  });

  it('every provider receiver of routing.yaml is a receiver', () => {
    for (const r of R.model.policies.routing.receivers) {
      expect(y.receivers.find((x) => x.name === r.id)!.email_configs.map((e) => e.to)).toEqual([r.email]);
    }
  });

  it('time intervals are all in Asia/Tokyo; yearly closures recur (no years), every other closed day of the coverage is enumerated', () => {
    for (const ti of y.time_intervals) for (const e of ti.time_intervals) expect(e['location']).toBe('Asia/Tokyo');
    const closed = y.time_intervals.find((t) => t.name === 'helpdesk-closed-days')!;
    const days = new Set<string>();
    const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
    const { from, through } = R.json.coverage;
    const years = Array.from({ length: Number(through.slice(0, 4)) - Number(from.slice(0, 4)) + 1 }, (_, i) => String(Number(from.slice(0, 4)) + i));
    const recurring: string[] = [];
    for (const e of closed.time_intervals) {
      const [a, b = a] = String((e['days_of_month'] as string[])[0])
        .split(':')
        .map(Number) as [number, number?];
      const m = months.indexOf((e['months'] as string[])[0]!) + 1;
      const ys = (e['years'] as string[] | undefined) ?? years;
      if (e['years'] === undefined) recurring.push(`${m}/${a}:${b}`);
      for (const yr of ys)
        for (let d = a; d <= b!; d++) {
          const date = `${yr}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (date >= from && date <= through) days.add(date);
        }
    }
    expect(recurring).toEqual(['12/29:31', '1/1:3']); // 年末年始, every year: it never lapses
    expect(days.has('2026-05-06')).toBe(true); // 振替休日
    expect(days.has('2026-12-29') && days.has('2026-12-31') && days.has('2027-01-01') && days.has('2027-01-03')).toBe(true); // 年末年始
    expect(days.has('2028-11-23')).toBe(true); // 勤労感謝の日, last year of coverage
    expect(days.has('2026-12-28')).toBe(false);
    expect(R.json.closedDays.map((d) => d.date)).toEqual([...days].sort());
  });

  it('a yearly closure still routes as closed after the coverage has ended (2029-12-31, a Monday, 10:00)', () => {
    expect(R.json.coverage.through < '2029-12-31').toBe(true);
    const cfg = parseAlertmanagerConfig(R.yaml);
    const at = new TimePoint(parseAt('2029-12-31T10:00')!);
    const r = simulate(cfg, { customer: 'minato-clinic', severity: 'critical' }, at).receivers;
    expect(r).toContain('noc');
    expect(r).not.toContain('helpdesk');
    // a national holiday outside coverage is not known: the weekday rule applies (T001/T005 guard that)
    expect(simulate(cfg, { customer: 'minato-clinic', severity: 'critical' }, new TimePoint(parseAt('2029-01-08T10:00')!)).receivers).toContain('helpdesk');
  });

  it("an inhibit rule: heartbeat down silences the same host's other alerts", () => {
    expect(y.inhibit_rules).toEqual([
      { source_matchers: ['check="heartbeat"'], target_matchers: ['check!="heartbeat"'], equal: ['customer', 'server'] },
      { source_matchers: ['severity="critical"'], target_matchers: ['severity="warning"'], equal: ['customer', 'server', 'check'] },
    ]);
  });

  it('mail settings from provider.yaml; no password in the file', () => {
    expect(y.global['smtp_from']).toBe(R.model.policies.provider.mail.from.address);
    expect(R.yaml).not.toMatch(/password(?!_file)/i);
  });

  it('the simulator reads the file it is given: removing the closed-day mute makes the helpdesk get 年末年始 alerts', () => {
    const broken = R.yaml.replace(/\n\s+mute_time_intervals: \[helpdesk-closed-days\]/g, '');
    expect(broken).not.toBe(R.yaml);
    const cfg = parseAlertmanagerConfig(broken);
    const tp = new TimePoint(parseAt('2026-12-29T10:00')!);
    expect(simulate(cfg, { customer: 'kitanihon-seiki', severity: 'warning' }, tp).receivers.sort()).toEqual(['helpdesk', 'noc']);
    expect(simulate(parseAlertmanagerConfig(R.yaml), { customer: 'kitanihon-seiki', severity: 'warning' }, tp).receivers).toEqual(['noc']);
  });

  it('closed dates of calendar.yaml appear as closed days with the reason 休業日', async () => {
    const root = copyRoot();
    const p = join(root, 'policies', 'calendar.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace('closedDates: []', 'closedDates: [2027-05-06]'));
    const r = routed(root);
    expect(r.json.closedDays.find((d) => d.date === '2027-05-06')).toEqual({ date: '2027-05-06', weekday: 4, reasons: ['休業日'] });
    expect(r.md).toContain('| 2027-05-06 | 木 | 休業日 |');
  });
});
