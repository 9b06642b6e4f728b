/**
 * The simulator on hand-written Alertmanager configurations: matching, continue, the parent default,
 * active/mute time intervals, the time-interval fields (dispatch/route.go, timeinterval/timeinterval.go).
 */
import { describe, expect, it } from 'vitest';
import { AmConfigError, parseAlertmanagerConfig, parseMatchers } from '../../src/route/config.js';
import { parseAt, simulate, TimePoint } from '../../src/route/simulate.js';

const tp = (s: string) => new TimePoint(parseAt(s)!);

const BASE = `
route:
  receiver: root
  routes:
    - matchers: ['team="db"']
      receiver: db
      continue: true
    - matchers: ['severity=~"crit.*"']
      routes:
        - receiver: day
          active_time_intervals: [day]
          continue: true
        - receiver: night
          mute_time_intervals: [day]
    - matchers: ['severity="info"']
      receiver: info
receivers: [{name: root}, {name: db}, {name: day}, {name: night}, {name: info}]
time_intervals:
  - name: day
    time_intervals:
      - times: [{start_time: "09:00", end_time: "18:00"}]
        weekdays: ['monday:friday']
        location: Asia/Tokyo
`;

describe('route simulator', () => {
  const cfg = parseAlertmanagerConfig(BASE);

  it('continue: true lets later siblings match; first match without continue ends the walk', () => {
    expect(simulate(cfg, { team: 'db', severity: 'critical' }, tp('2026-12-01T10:00')).receivers).toEqual(['db', 'day']);
    expect(simulate(cfg, { team: 'db', severity: 'critical' }, tp('2026-12-01T20:00')).receivers).toEqual(['db', 'night']);
  });

  it('no matching child: the parent takes the alert with its (inherited) receiver', () => {
    const s = simulate(cfg, { severity: 'low' }, tp('2026-12-01T10:00'));
    expect(s.receivers).toEqual(['root']);
    expect(s.routes[0]!.route).toBe('route');
  });

  it('a route matched but muted notifies nobody (routing is by labels, time only mutes)', () => {
    const s = simulate(cfg, { severity: 'critical' }, tp('2026-12-05T10:00')); // Saturday
    expect(s.receivers).toEqual(['night']);
    expect(s.routes.map((r) => [r.receiver, r.notified])).toEqual([
      ['day', false],
      ['night', true],
    ]);
    expect(s.routes[0]!.reason).toMatch(/none of its active_time_intervals/);
  });

  it('regex matchers are anchored; absent labels are the empty string', () => {
    expect(simulate(cfg, { severity: 'xcritical' }, tp('2026-12-01T10:00')).receivers).toEqual(['root']);
    const c2 = parseAlertmanagerConfig(BASE.replace(`'team="db"'`, `'team!~".+"'`));
    expect(simulate(c2, { severity: 'info' }, tp('2026-12-01T10:00')).receivers).toEqual(['db', 'info']);
  });

  it("location: the instant is read in the interval's zone; UTC when absent", () => {
    expect(simulate(cfg, { severity: 'critical' }, tp('2026-12-01T00:30Z')).receivers).toEqual(['day']); // 09:30 JST
    const utc = parseAlertmanagerConfig(BASE.replace('        location: Asia/Tokyo\n', ''));
    expect(simulate(utc, { severity: 'critical' }, tp('2026-12-01T00:30Z')).receivers).toEqual(['night']);
  });

  it('days_of_month with negative days, months and years', () => {
    const c = parseAlertmanagerConfig(`
route: {receiver: r, routes: [{receiver: m, active_time_intervals: [last]}]}
receivers: [{name: r}, {name: m}]
time_intervals:
  - name: last
    time_intervals: [{days_of_month: ['-1'], months: ['february'], years: ['2028'], location: Asia/Tokyo}]
`);
    expect(simulate(c, {}, tp('2028-02-29T12:00')).receivers).toEqual(['m']);
    expect(simulate(c, {}, tp('2028-02-28T12:00')).receivers).toEqual([]);
    expect(simulate(c, {}, tp('2027-02-28T12:00')).receivers).toEqual([]);
  });

  it('matchers: quoted, unquoted, several in braces', () => {
    expect(parseMatchers('{a="x", b!~"y|z", c=plain}').map((m) => `${m.name}${m.op}${m.value}`)).toEqual(['a=x', 'b!~y|z', 'c=plain']);
    expect(() => parseMatchers('not a matcher')).toThrow(AmConfigError);
  });

  it('refuses what Alertmanager refuses: unknown receiver, unknown interval, bad time', () => {
    expect(() => parseAlertmanagerConfig(BASE.replace('receiver: info', 'receiver: nobody'))).toThrow(/nobody/);
    expect(() => parseAlertmanagerConfig(BASE.replace('active_time_intervals: [day]', 'active_time_intervals: [dayy]'))).toThrow(/dayy/);
    expect(() => parseAlertmanagerConfig(BASE.replace('"18:00"', '"24:30"'))).toThrow(/24:30/);
  });

  it('--at: no offset is Japan time; Z and offsets are converted; nonsense is refused', () => {
    expect(parseAt('2026-12-29T10:00')!.toString()).toBe('2026-12-29T01:00:00Z');
    expect(parseAt('2026-12-29T10:00+09:00')!.toString()).toBe('2026-12-29T01:00:00Z');
    expect(parseAt('2026-12-29T01:00Z')!.toString()).toBe('2026-12-29T01:00:00Z');
    expect(parseAt('2026-12-29T10:00-05:00')!.toString()).toBe('2026-12-29T15:00:00Z');
    expect(parseAt('2026-02-30T10:00')).toBeUndefined();
    expect(parseAt('tomorrow')).toBeUndefined();
  });
});
