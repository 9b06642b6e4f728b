/**
 * A terminated customer's fault-notification receiver stops after its `termination.endsOn` (第6条): its route is
 * active only in the time interval `contract-<id>` (the contract up to the end of endsOn, Japan time), so the
 * generated file needs no clock and no rebuild at the end date. Shown with the simulator at both sides of the
 * boundary, amtool check-config, and the real Alertmanager, whose clock is past the end date here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseAlertmanagerConfig } from '../../src/route/config.js';
import { parseAt, simulate, TimePoint } from '../../src/route/simulate.js';
import { copyRoot } from '../helpers.js';
import { describeWithTool, itWithTool, tool } from '../tools.js';
import { routingFiles, startAlertmanager, startSmtp, until } from './alertmanager-run.js';
import type { Mail } from './alertmanager-run.js';
import { routed } from './fixture.js';

const KITA = 'customers/kitanihon-seiki.yaml';
const ADDRESS = 'm.kitamura@kitanihon.example.jp';

/** kitanihon-seiki opts in to fault mail and ends on 2026-11-30 (noticed in time, 第6条1) */
function terminatedRoot(): string {
  const root = copyRoot();
  const p = join(root, KITA);
  const before = readFileSync(p, 'utf8');
  const after = before
    .replace('faultNotification: false', 'faultNotification: true')
    .replace('termination: { noticedOn: 2026-11-20, endsOn: 2026-12-31 }', 'termination: { noticedOn: 2026-10-20, endsOn: 2026-11-30 }');
  expect(after.match(/faultNotification: true|endsOn: 2026-11-30/g)).toHaveLength(2);
  writeFileSync(p, after);
  return root;
}

const R = routed(terminatedRoot(), '2026-10-25');
const cfg = parseAlertmanagerConfig(R.yaml);
const at = (s: string) => new TimePoint(parseAt(s)!);
const kita = (s: string) => simulate(cfg, { customer: 'kitanihon-seiki', severity: 'critical' }, at(s)).receivers;

describe('a terminated customer', () => {
  it('its receiver route is bound to the contract interval, up to the end of endsOn', () => {
    const y = parse(R.yaml) as {
      route: { routes: Array<{ routes?: Array<{ receiver?: string; active_time_intervals?: string[] }> }> };
      time_intervals: Array<{ name: string; time_intervals: Array<Record<string, string[]>> }>;
    };
    const route = y.route.routes[0]!.routes!.find((r) => r.receiver === 'customer-kitanihon-seiki')!;
    expect(route.active_time_intervals).toEqual(['contract-kitanihon-seiki']);
    expect(y.time_intervals.find((t) => t.name === 'contract-kitanihon-seiki')!.time_intervals).toEqual([
      { years: ['2025'], location: 'Asia/Tokyo' },
      { years: ['2026'], months: ['january:october'], location: 'Asia/Tokyo' },
      { years: ['2026'], months: ['november'], days_of_month: ['1:30'], location: 'Asia/Tokyo' },
    ]);
    // a customer without termination: no interval on its route
    expect(y.route.routes[0]!.routes!.find((r) => r.receiver === 'customer-acme-logistics')!.active_time_intervals).toBeUndefined();
    expect(R.md).toContain('customer-kitanihon-seiki（2026-11-30 まで）');
  });

  it('the simulator: told on the last day (23:59 JST), not a minute later', () => {
    expect(kita('2026-11-30T23:59')).toContain('customer-kitanihon-seiki');
    expect(kita('2026-12-01T00:00')).not.toContain('customer-kitanihon-seiki');
    expect(kita('2026-12-01T00:00').length).toBeGreaterThan(0); // the provider is still told
    expect(kita('2025-06-02T10:00')).toContain('customer-kitanihon-seiki');
  });

  itWithTool('amtool')('amtool check-config accepts it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-term-'));
    writeFileSync(join(dir, 'alertmanager.yml'), R.yaml);
    const r = spawnSync(tool('amtool'), ['check-config', join(dir, 'alertmanager.yml')], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout + r.stderr).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });
});

describeWithTool('prometheus-alertmanager', 'a terminated customer with the real Alertmanager (its clock is after endsOn 2026-11-30)', () => {
  const mails: Mail[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;

  beforeAll(async () => {
    smtp = await startSmtp(mails);
    const local = R.yaml.replace('smtp_smarthost: localhost:25', `smtp_smarthost: 127.0.0.1:${smtp.port}`).replace('group_wait: 30s', 'group_wait: 1s');
    expect(local).not.toBe(R.yaml);
    am = await startAlertmanager(local, routingFiles(R.model));
  }, 30_000);

  afterAll(async () => {
    am?.stop();
    await smtp?.close();
  });

  it('a critical alert reaches the provider receivers of the moment and not the former customer', async () => {
    const now = Date.now();
    expect(now).toBeGreaterThan(Date.parse('2026-11-30T15:00:00Z')); // the test machine's clock is after the end
    const labels = { customer: 'kitanihon-seiki', server: 'nas01', check: 'heartbeat', severity: 'critical' };
    const res = await fetch(`${am!.api}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ labels }]),
    });
    expect(res.ok).toBe(true);
    const receivers = simulate(cfg, { customer: 'kitanihon-seiki', severity: 'critical' }, TimePoint.fromEpochMilliseconds(now)).receivers;
    expect(receivers).not.toContain('customer-kitanihon-seiki');
    const want = receivers.flatMap((n) => R.json.receivers.find((r) => r.name === n)!.emails).sort();
    const got = () => mails.flatMap((m) => m.rcpt).sort();
    expect(await until(() => got().length >= want.length, 20_000), am!.log().slice(-2000)).toBe(true);
    await new Promise((r) => setTimeout(r, 2000)); // room for a mail that should not come
    expect(got()).not.toContain(ADDRESS);
    expect([
      want,
      simulate(cfg, { customer: 'kitanihon-seiki', severity: 'critical' }, TimePoint.fromEpochMilliseconds(Date.now()))
        .receivers.flatMap((n) => R.json.receivers.find((r) => r.name === n)!.emails)
        .sort(),
    ]).toContainEqual(got());
  }, 40_000);
});
