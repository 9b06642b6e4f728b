/**
 * Where does an alert go at a given instant? Evaluates a parsed Alertmanager configuration the way
 * Alertmanager does (dispatch/route.go Match, then the time-mute and time-active notification stages):
 *
 * - a route matches when all its matchers match; its children are tried in order, the first matching
 *   child ends the search unless it has `continue: true`; when no child matches, the route itself does;
 * - each matched route notifies its receiver unless the instant is in one of its mute_time_intervals, or
 *   it has active_time_intervals and the instant is in none of them (intervals are not inherited).
 *
 * `amtool config routes test` ignores time intervals (prometheus/alertmanager#3889); this does not.
 */
import { Temporal } from 'temporal-polyfill';
import type { AmConfig, RouteNode, TimeIntervalSpec } from './config.js';
import { matcherText, matches } from './config.js';

/** the civil fields of one instant in one zone */
interface Civil {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday (Alertmanager's numbering) */
  weekday: number;
  minute: number;
  daysInMonth: number;
}

/** An instant, with its civil fields memoised per zone (so many simulations at one instant stay cheap). */
export class TimePoint {
  private readonly cache = new Map<string, Civil>();
  constructor(readonly instant: Temporal.Instant) {}

  static fromEpochMilliseconds(ms: number): TimePoint {
    return new TimePoint(Temporal.Instant.fromEpochMilliseconds(ms));
  }

  civil(zone: string): Civil {
    let c = this.cache.get(zone);
    if (!c) {
      const z = this.instant.toZonedDateTimeISO(zone);
      c = { year: z.year, month: z.month, day: z.day, weekday: z.dayOfWeek % 7, minute: z.hour * 60 + z.minute, daysInMonth: z.daysInMonth };
      this.cache.set(zone, c);
    }
    return c;
  }
}

function inRanges(v: number, rs: ReadonlyArray<readonly [number, number]>): boolean {
  return rs.some(([a, b]) => v >= a && v <= b);
}

/** TimeInterval.ContainsTime: every field given must hold (fields absent = any). */
export function intervalContains(spec: TimeIntervalSpec, at: TimePoint): boolean {
  const t = at.civil(spec.location ?? 'UTC');
  if (spec.times && !spec.times.some((r) => t.minute >= r.start && t.minute < r.end)) return false;
  if (spec.daysOfMonth) {
    const ok = spec.daysOfMonth.some(([b0, e0]) => {
      const b = b0 < 0 ? t.daysInMonth + b0 + 1 : b0;
      const e = e0 < 0 ? t.daysInMonth + e0 + 1 : e0;
      if (b > t.daysInMonth) return false;
      const bc = Math.min(Math.max(b, -t.daysInMonth), t.daysInMonth);
      const ec = Math.min(Math.max(e, -t.daysInMonth), t.daysInMonth);
      return t.day >= bc && t.day <= ec;
    });
    if (!ok) return false;
  }
  if (spec.months && !inRanges(t.month, spec.months)) return false;
  if (spec.weekdays && !inRanges(t.weekday, spec.weekdays)) return false;
  if (spec.years && !inRanges(t.year, spec.years)) return false;
  return true;
}

/** index of the first entry of the named interval that contains the instant, or -1 */
export function namedIntervalHit(cfg: AmConfig, name: string, at: TimePoint): number {
  const entries = cfg.timeIntervals.get(name) ?? [];
  return entries.findIndex((e) => intervalContains(e, at));
}

/** dispatch/route.go Match: depth-first, left to right */
export function matchRoutes(route: RouteNode, labels: Readonly<Record<string, string>>): RouteNode[] {
  if (!matches(route.matchers, labels)) return [];
  const all: RouteNode[] = [];
  for (const child of route.routes) {
    const m = matchRoutes(child, labels);
    all.push(...m);
    if (m.length > 0 && !child.continue) break;
  }
  if (all.length === 0) all.push(route);
  return all;
}

export interface RouteTrace {
  /** position: 'route', 'route.routes[0].routes[2]' */
  route: string;
  /** the matchers of each route from the root down to this one, e.g. ['severity="critical"', '(any)'] */
  chain: string[];
  receiver: string;
  continue: boolean;
  activeTimeIntervals: string[];
  muteTimeIntervals: string[];
  notified: boolean;
  /** why it notifies or not, naming the interval (and the entry of it) that decided */
  reason: string;
  /** the interval that decided, when one did */
  interval?: string;
}

export interface Simulation {
  /** receivers notified, in route order, each once */
  receivers: string[];
  /** every route the alert matched, notified or not */
  routes: RouteTrace[];
}

function routeName(path: readonly number[]): string {
  return ['route', ...path.map((i) => `routes[${i}]`)].join('.');
}

function chainOf(root: RouteNode, path: readonly number[]): string[] {
  const out: string[] = [];
  let node = root;
  for (const i of path) {
    node = node.routes[i]!;
    out.push(node.matchers.length ? node.matchers.map(matcherText).join(', ') : '(any)');
  }
  return out;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function hhmm(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function rangeText(rs: ReadonlyArray<readonly [number, number]>, name?: (n: number) => string): string {
  const f = name ?? String;
  return rs.map(([a, b]) => (a === b ? f(a) : `${f(a)}:${f(b)}`)).join(',');
}

/** one time-interval entry in the config's own words, e.g. `years 2026, months december, days_of_month 29:31` */
const described = new WeakMap<TimeIntervalSpec, string>();

export function describeInterval(spec: TimeIntervalSpec): string {
  const known = described.get(spec);
  if (known !== undefined) return known;
  const parts: string[] = [];
  if (spec.years) parts.push(`years ${rangeText(spec.years)}`);
  if (spec.months) parts.push(`months ${rangeText(spec.months, (n) => MONTH_NAMES[n - 1] ?? String(n))}`);
  if (spec.daysOfMonth) parts.push(`days_of_month ${rangeText(spec.daysOfMonth)}`);
  if (spec.weekdays) parts.push(`weekdays ${rangeText(spec.weekdays, (n) => DAY_NAMES[n] ?? String(n))}`);
  if (spec.times) parts.push(`times ${spec.times.map((t) => `${hhmm(t.start)}-${hhmm(t.end)}`).join(',')}`);
  parts.push(`location ${spec.location ?? 'UTC'}`);
  const text = parts.join(', ');
  described.set(spec, text);
  return text;
}

function entryNote(cfg: AmConfig, name: string, i: number): string {
  const entries = cfg.timeIntervals.get(name) ?? [];
  const e = entries[i];
  if (!e) return '';
  return ` (${entries.length > 1 ? `entry ${i + 1} of ${entries.length}: ` : ''}${describeInterval(e)})`;
}

export function simulate(cfg: AmConfig, labels: Readonly<Record<string, string>>, at: TimePoint): Simulation {
  const matched = matchRoutes(cfg.route, labels);
  const routes: RouteTrace[] = [];
  const receivers: string[] = [];
  for (const r of matched) {
    let notified = true;
    let reason: string;
    let interval: string | undefined;
    const mutedBy = r.muteTimeIntervals.map((n) => [n, namedIntervalHit(cfg, n, at)] as const).find(([, i]) => i >= 0);
    if (mutedBy) {
      notified = false;
      interval = mutedBy[0];
      reason = `muted: the instant is in mute_time_interval ${mutedBy[0]}${entryNote(cfg, mutedBy[0], mutedBy[1])}`;
    } else if (r.activeTimeIntervals.length > 0) {
      const activeBy = r.activeTimeIntervals.map((n) => [n, namedIntervalHit(cfg, n, at)] as const).find(([, i]) => i >= 0);
      if (activeBy) {
        interval = activeBy[0];
        reason = `active: the instant is in active_time_interval ${activeBy[0]}${entryNote(cfg, activeBy[0], activeBy[1])}`;
      } else {
        notified = false;
        reason = `inactive: the instant is in none of its active_time_intervals (${r.activeTimeIntervals.join(', ')})`;
      }
    } else {
      reason = r.path.length === 0 ? 'no child route matched: the root receiver takes it, at any hour' : 'no time intervals: at any hour';
    }
    if (!r.ownReceiver && r.path.length > 0 && r.routes.length > 0) reason += `; no child route matched, so the inherited receiver ${r.receiver} takes it`;
    routes.push({
      route: routeName(r.path),
      chain: chainOf(cfg.route, r.path),
      receiver: r.receiver,
      continue: r.continue,
      activeTimeIntervals: [...r.activeTimeIntervals],
      muteTimeIntervals: [...r.muteTimeIntervals],
      notified,
      reason,
      ...(interval !== undefined ? { interval } : {}),
    });
    if (notified && !receivers.includes(r.receiver)) receivers.push(r.receiver);
  }
  return { receivers, routes };
}

/** `--at`: 'YYYY-MM-DDTHH:MM[:SS]' is Japan time; with 'Z' or an offset it is that instant. */
export function parseAt(text: string, zone = 'Asia/Tokyo'): Temporal.Instant | undefined {
  const t = text.trim();
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/.test(t)) return undefined;
  try {
    if (/([Zz]|[+-]\d{2}:?\d{2})$/.test(t)) return Temporal.Instant.from(t.replace(' ', 'T'));
    return Temporal.PlainDateTime.from(t.replace(' ', 'T'), { overflow: 'reject' }).toZonedDateTime(zone).toInstant();
  } catch {
    return undefined;
  }
}
