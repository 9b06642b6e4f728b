/** vmsc route (in-process CLI) and the routing files written by vmsc build. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, vmsc } from '../helpers.js';
import { routed } from './fixture.js';

const base = ['route', '--root', EXAMPLE];

describe('vmsc route', () => {
  it('text: 2026-12-29 10:00 (年末年始) goes to the customer and the out-of-hours desk, and says why', async () => {
    const r = await vmsc([...base, '--customer', 'acme-logistics', '--severity', 'critical', '--at', '2026-12-29T10:00']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('receivers: customer-acme-logistics, noc');
    expect(r.stdout).toContain('helpdesk closed all day: 年末年始');
    expect(r.stdout).toMatch(/silent {2}helpdesk .*\n.*muted: the instant is in mute_time_interval helpdesk-closed-days/);
    expect(r.stdout).toMatch(/notify {2}noc .*\n.*active_time_interval helpdesk-closed-days/);
  });

  it('json: {receivers, routes}, with an offset converted to Japan time', async () => {
    const r = await vmsc([...base, '--customer', 'minato-clinic', '--severity', 'warning', '--at', '2027-01-04T00:30Z', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { at: string; receivers: string[]; routes: Array<{ receiver: string; notified: boolean; interval?: string }> };
    expect(j.at).toBe('2027-01-04T09:30+09:00');
    expect(j.receivers).toEqual(['helpdesk']);
    expect(j.routes.map((x) => [x.receiver, x.notified, x.interval ?? null])).toEqual([
      ['helpdesk', true, 'helpdesk-hours'],
      ['noc', false, null],
    ]);
  });

  it('--config evaluates a file on disk (e.g. the deployed one)', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'vmsc-route-')), 'am.yml');
    writeFileSync(f, routed().yaml.replace(/\n\s+mute_time_intervals: \[helpdesk-closed-days\]/g, ''));
    const r = await vmsc([...base, '--config', f, '--customer', 'kitanihon-seiki', '--severity', 'warning', '--at', '2026-12-29T10:00', '--format', 'json']);
    const j = JSON.parse(r.stdout) as { receivers: string[]; mismatch?: { calendar: string; receivers: string[] } };
    expect(j.receivers).toEqual(['helpdesk', 'noc']);
    // the file tells the helpdesk on a closed day: said so, and a failure
    expect(j.mismatch).toMatchObject({ calendar: 'closed', receivers: ['helpdesk'] });
    expect(r.code).toBe(1);
  });

  it('never prints CLOSED beside a helpdesk receiver: after coverage a holiday is a MISMATCH, exit 1', async () => {
    // 2029-01-08 is 成人の日, after calendar.coverage.through 2028-12-31: the generated file routes it as a weekday
    const r = await vmsc([...base, '--customer', 'minato-clinic', '--severity', 'critical', '--at', '2029-01-08T10:00']);
    expect(r.stdout).toContain('receivers: customer-minato-clinic, helpdesk');
    expect(r.stdout).not.toContain('CLOSED');
    expect(r.stdout).toMatch(/MISMATCH: the calendar says the helpdesk is closed .* notifies helpdesk, .* after calendar\.coverage\.through 2028-12-31/);
    expect(r.code).toBe(1);
    // inside coverage they agree: no mismatch, the state is printed
    const ok = await vmsc([...base, '--customer', 'minato-clinic', '--severity', 'critical', '--at', '2027-01-11T10:00']);
    expect(ok.stdout).toContain('at this instant the helpdesk is CLOSED');
    expect(ok.stdout).toContain('receivers: customer-minato-clinic, noc');
    expect(ok.code).toBe(0);
  });

  it.each([
    [['--customer', 'acme-logistcs', '--severity', 'critical', '--at', '2026-12-29T10:00'], 2, /no customer "acme-logistcs"[\s\S]*did you mean acme-logistics/],
    [['--customer', 'acme-logistics', '--severity', 'fatal', '--at', '2026-12-29T10:00'], 2, /--severity must be one of critical, warning/],
    [['--customer', 'acme-logistics', '--severity', 'critical', '--at', '2026-12-32T10:00'], 2, /--at must be a date and time/],
    [['--customer', 'acme-logistics', '--severity', 'critical'], 2, /--at/],
  ])('bad arguments: %j → exit %i, no stack', async (args, code, msg) => {
    const r = await vmsc([...base, ...args]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('vmsc build writes out/routing/{alertmanager.yml,routing.md,routing.json} identical to the emitter', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vmsc-out-')), 'out');
    const b = await vmsc(['build', '--root', EXAMPLE, '--out', out, '--today', '2026-11-27']);
    expect(b.code, b.stderr).toBe(0);
    const R = routed();
    expect(readFileSync(join(out, 'routing', 'alertmanager.yml'), 'utf8')).toBe(R.yaml);
    expect(readFileSync(join(out, 'routing', 'routing.md'), 'utf8')).toBe(R.md);
    expect(JSON.parse(readFileSync(join(out, 'routing', 'routing.json'), 'utf8'))).toEqual(R.json);
  });
});
