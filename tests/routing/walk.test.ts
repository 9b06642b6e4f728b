/**
 * The generated alertmanager.yml, evaluated by the simulator, against the intent computed straight from the
 * policies and the business calendar (仕様書2: helpdesk days 9:00–17:30; 仕様書4: opted-in customers at
 * any hour): every 30 minutes of calendar.coverage, every customer, every severity.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { routed, variantRoot } from './fixture.js';
import type { Routed } from './fixture.js';
import { parseAlertmanagerConfig } from '../../src/route/config.js';
import type { AmConfig } from '../../src/route/config.js';
import { parseAt, simulate, TimePoint } from '../../src/route/simulate.js';
import { businessCalendar } from '../../src/calendar/calendar.js';

let R: Routed;
let cfg: AmConfig;

beforeAll(() => {
  R = routed();
  cfg = parseAlertmanagerConfig(R.yaml);
});

/** what the policies say, without the generated file: is the helpdesk open? */
function helpdeskOpen(r: Routed, date: string, hhmm: string): boolean {
  const { calendar } = r.model.policies;
  return businessCalendar(calendar).day(date).helpdeskOpen && hhmm >= calendar.helpdesk.opens && hhmm < calendar.helpdesk.closes;
}

/** … and who is told then: the rule's provider receivers for the moment, plus the customer if opted in */
function intent(r: Routed, customer: string, severity: string, open: boolean): string[] {
  const rule = r.model.policies.routing.rules.find((x) => x.severity === severity)!;
  const out = [...(open ? rule.helpdeskHours : rule.outsideHelpdeskHours)];
  const c = r.model.customers.find((x) => x.id === customer)!;
  if (rule.notifyCustomer && c.source.contacts.some((k) => k.faultNotification === true)) out.push(`customer-${customer}`);
  return out.sort();
}

function at(text: string, customer: string, severity: string): string[] {
  const instant = parseAt(text);
  if (!instant) throw new Error(`bad instant ${text}`);
  return simulate(cfg, { customer, severity }, new TimePoint(instant)).receivers.slice().sort();
}

/** every 30 minutes of the coverage, every customer and severity: simulator on the file vs intent */
function walk(r: Routed): { instants: number; days: number; silent: number; differences: string[] } {
  const config = parseAlertmanagerConfig(r.yaml);
  const { calendar, routing } = r.model.policies;
  const cal = businessCalendar(calendar);
  const customers = r.model.customers.map((c) => c.id);
  const severities = routing.rules.map((x) => x.severity);
  const table = new Map<string, { open: string[]; closed: string[] }>(); // intent, precomputed
  for (const c of customers) for (const s of severities) table.set(`${c}|${s}`, { open: intent(r, c, s, true), closed: intent(r, c, s, false) });
  const differences: string[] = [];
  let instants = 0;
  let silent = 0;
  const slots = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
  for (const day of cal.days(calendar.coverage.from, calendar.coverage.through)) {
    const start = Temporal.PlainDate.from(day.date).toZonedDateTime({ timeZone: 'Asia/Tokyo' });
    expect(start.hoursInDay).toBe(24); // Japan has no DST: slot i is i × 30 minutes after midnight
    const ms0 = start.epochMilliseconds;
    slots.forEach((hhmm, i) => {
      const tp = TimePoint.fromEpochMilliseconds(ms0 + i * 30 * 60_000);
      instants++;
      const open = day.helpdeskOpen && hhmm >= calendar.helpdesk.opens && hhmm < calendar.helpdesk.closes;
      for (const c of customers) {
        for (const s of severities) {
          const want = table.get(`${c}|${s}`)![open ? 'open' : 'closed'];
          const got = simulate(config, { customer: c, severity: s }, tp).receivers.slice().sort();
          if (got.length === 0) silent++;
          if (got.join() !== want.join() && differences.length < 20) differences.push(`${day.date}T${hhmm} ${c} ${s}: got [${got}] want [${want}]`);
        }
      }
    });
  }
  const days = Temporal.PlainDate.from(calendar.coverage.from).until(calendar.coverage.through).days + 1;
  return { instants, days, silent, differences };
}

describe('routing walk: simulator on the generated file == intent from policies + calendar', () => {
  it('example root: every 30 minutes of the coverage range, every customer and severity: zero differences', () => {
    const w = walk(R);
    expect(w.days).toBe(1096);
    expect(w.instants).toBe(w.days * 48);
    expect(w.silent).toBe(0);
    expect(w.differences).toEqual([]);
  });

  it('the intent itself: open at 2026-12-28 10:00, closed at 2026-12-29 10:00 and 2026-12-28 17:30', () => {
    expect(helpdeskOpen(R, '2026-12-28', '10:00')).toBe(true);
    expect(helpdeskOpen(R, '2026-12-29', '10:00')).toBe(false);
    expect(helpdeskOpen(R, '2026-12-28', '17:30')).toBe(false);
  });

  it('a different root (Mon–Sat 08:00–20:00, a closed date, a 24h receiver, customers told of warnings): zero differences', () => {
    const root = variantRoot();
    const v = routed(root);
    expect(v.yaml).toContain('weekdays: [sunday]');
    expect(v.json.closedDays.map((d) => d.date)).toEqual(expect.arrayContaining(['2026-12-25', '2027-01-08']));
    const w = walk(v);
    expect(w.instants).toBe(90 * 48);
    expect(w.silent).toBe(0);
    expect(w.differences).toEqual([]);
  });

  // spot checks (acme-logistics has two opted-in contacts, kitanihon-seiki none)
  const cases: Array<[string, string, string, string, string[]]> = [
    ['仕様書2 年末年始: 2026-12-29 10:00 (Tue, break) → outside hours', '2026-12-29T10:00', 'acme-logistics', 'critical', ['customer-acme-logistics', 'noc']],
    [
      '仕様書2: 2027-01-04 10:00 (Mon, first business day) → helpdesk',
      '2027-01-04T10:00',
      'acme-logistics',
      'critical',
      ['customer-acme-logistics', 'helpdesk'],
    ],
    ['仕様書2 年始: 2027-01-03 10:00 (Sun, break) → noc', '2027-01-03T10:00', 'kitanihon-seiki', 'warning', ['noc']],
    ['振替休日: 2026-05-06 10:00 (Wed) → noc', '2026-05-06T10:00', 'kitanihon-seiki', 'critical', ['noc']],
    ['Golden Week: 2027-05-03 14:00 (Mon, 憲法記念日) → noc', '2027-05-03T14:00', 'minato-clinic', 'warning', ['noc']],
    ['Golden Week: 2027-05-06 14:00 (Thu, business day) → helpdesk', '2027-05-06T14:00', 'minato-clinic', 'warning', ['helpdesk']],
    ['Saturday: 2026-12-05 11:00 → noc (+ customer for critical)', '2026-12-05T11:00', 'minato-clinic', 'critical', ['customer-minato-clinic', 'noc']],
    ['weekday 17:29 → helpdesk', '2026-12-01T17:29', 'kitanihon-seiki', 'warning', ['helpdesk']],
    ['weekday 17:30 → noc (closes is exclusive)', '2026-12-01T17:30', 'kitanihon-seiki', 'warning', ['noc']],
    ['weekday 09:00 → helpdesk (opens is inclusive)', '2026-12-01T09:00', 'kitanihon-seiki', 'critical', ['helpdesk']],
    ['weekday 08:59 → noc', '2026-12-01T08:59', 'kitanihon-seiki', 'critical', ['noc']],
    ['an offset is converted: 2026-12-01T00:30Z = 09:30 JST → helpdesk', '2026-12-01T00:30Z', 'kitanihon-seiki', 'warning', ['helpdesk']],
    ['an offset is converted: 2026-12-01T08:30Z = 17:30 JST → noc', '2026-12-01T08:30Z', 'kitanihon-seiki', 'warning', ['noc']],
    ['warning never reaches the customer (notifyCustomer: false)', '2026-12-29T10:00', 'acme-logistics', 'warning', ['noc']],
  ];
  it.each(cases)('%s', (_name, when, customer, severity, want) => {
    expect(at(when, customer, severity)).toEqual([...want].sort());
  });

  it('an alert without a known severity still reaches a provider receiver (fallback route)', () => {
    expect(at('2026-12-01T10:00', 'acme-logistics', '')).toEqual(['helpdesk']);
    expect(at('2026-12-29T10:00', 'acme-logistics', 'info')).toEqual(['noc']);
  });
});
