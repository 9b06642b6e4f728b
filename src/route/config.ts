/**
 * Reads an Alertmanager configuration (YAML text) into what routing needs: the route tree (with inherited
 * receivers), label matchers, and the named time intervals. Independent of how vmsc generated the file:
 * the simulator evaluates the file itself, as Alertmanager would.
 */
import { parse } from 'yaml';

export class AmConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AmConfigError';
  }
}

export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface Matcher {
  name: string;
  op: MatchOp;
  value: string;
  /** anchored, for =~ and !~ */
  re?: RegExp;
}

export interface RouteNode {
  /** position in the tree: [] is the root, [0, 2] the third child of the first child */
  path: number[];
  /** effective receiver (inherited from the parent when the route names none) */
  receiver: string;
  /** whether the route itself names its receiver */
  ownReceiver: boolean;
  matchers: Matcher[];
  continue: boolean;
  activeTimeIntervals: string[];
  muteTimeIntervals: string[];
  routes: RouteNode[];
}

export interface TimeRange {
  /** minutes from 00:00, end exclusive (1440 = 24:00) */
  start: number;
  end: number;
}

export interface TimeIntervalSpec {
  times?: TimeRange[];
  /** inclusive [begin, end], 0 = Sunday */
  weekdays?: Array<[number, number]>;
  /** inclusive, negative counts from the month's end (-1 = last day) */
  daysOfMonth?: Array<[number, number]>;
  months?: Array<[number, number]>;
  years?: Array<[number, number]>;
  /** IANA zone; absent = UTC (Alertmanager's default) */
  location?: string;
}

export interface AmConfig {
  route: RouteNode;
  receivers: string[];
  timeIntervals: Map<string, TimeIntervalSpec[]>;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strList(v: unknown, where: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new AmConfigError(`${where}: expected a list`);
  return v.map((x) => {
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return String(x);
    throw new AmConfigError(`${where}: expected scalars in the list`);
  });
}

// ---------------------------------------------------------------- matchers

function unquote(s: string, where: string): string {
  try {
    const v: unknown = JSON.parse(s);
    if (typeof v === 'string') return v;
  } catch {
    // fall through
  }
  throw new AmConfigError(`${where}: bad quoted value ${s}`);
}

function makeMatcher(name: string, op: MatchOp, value: string, where: string): Matcher {
  const m: Matcher = { name, op, value };
  if (op === '=~' || op === '!~') {
    try {
      m.re = new RegExp(`^(?:${value})$`, 'u');
    } catch {
      throw new AmConfigError(`${where}: bad regular expression ${JSON.stringify(value)}`);
    }
  }
  return m;
}

/** one matchers entry: `name="value"`, `name=~"re"`, `name!=value`, optionally several, comma-separated, in braces */
export function parseMatchers(text: string, where = 'matcher'): Matcher[] {
  let s = text.trim();
  if (s.startsWith('{') && s.endsWith('}')) s = s.slice(1, -1);
  const out: Matcher[] = [];
  const re = /\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*"|[^,]*?)\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < s.length && (m = re.exec(s)) !== null) {
    const [, name, op, raw] = m;
    const value = raw!.startsWith('"') ? unquote(raw!, where) : raw!;
    out.push(makeMatcher(name!, op as MatchOp, value, where));
    pos = re.lastIndex;
    if (m[0].length === 0) break;
  }
  if (pos < s.trim().length || out.length === 0) throw new AmConfigError(`${where}: cannot read matcher ${JSON.stringify(text)}`);
  return out;
}

export function matcherText(m: Matcher): string {
  return `${m.name}${m.op}${JSON.stringify(m.value)}`;
}

export function matches(ms: readonly Matcher[], labels: Readonly<Record<string, string>>): boolean {
  for (const m of ms) {
    const v = labels[m.name] ?? '';
    switch (m.op) {
      case '=':
        if (v !== m.value) return false;
        break;
      case '!=':
        if (v === m.value) return false;
        break;
      case '=~':
        if (!m.re!.test(v)) return false;
        break;
      case '!~':
        if (m.re!.test(v)) return false;
        break;
    }
  }
  return true;
}

// ---------------------------------------------------------------- time intervals

const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

function member(s: string, names: Record<string, number> | undefined, where: string): number {
  const k = s.trim().toLowerCase();
  if (names && k in names) return names[k]!;
  if (/^-?\d+$/.test(k)) return Number(k);
  throw new AmConfigError(`${where}: ${JSON.stringify(s)} is not valid`);
}

function ranges(
  v: unknown,
  where: string,
  names: Record<string, number> | undefined,
  check: (a: number, b: number) => boolean,
): Array<[number, number]> | undefined {
  if (v === undefined || v === null) return undefined;
  return strList(v, where).map((item) => {
    const parts = item.split(':');
    if (parts.length > 2) throw new AmConfigError(`${where}: bad range ${JSON.stringify(item)}`);
    const a = member(parts[0]!, names, where);
    const b = parts.length === 2 ? member(parts[1]!, names, where) : a;
    if (!check(a, b)) throw new AmConfigError(`${where}: bad range ${JSON.stringify(item)}`);
    return [a, b];
  });
}

function clock(s: unknown, where: string): number {
  const t = String(s);
  const m = /^(([01][0-9]|2[0-3]):([0-5][0-9])|24:00)$/.exec(t);
  if (!m) throw new AmConfigError(`${where}: bad time ${JSON.stringify(t)} (HH:MM)`);
  return m[1] === '24:00' ? 1440 : Number(m[2]) * 60 + Number(m[3]);
}

function parseInterval(v: unknown, where: string): TimeIntervalSpec {
  if (!isObj(v)) throw new AmConfigError(`${where}: expected a mapping`);
  const spec: TimeIntervalSpec = {};
  if (v['times'] !== undefined && v['times'] !== null) {
    if (!Array.isArray(v['times'])) throw new AmConfigError(`${where}.times: expected a list`);
    spec.times = v['times'].map((t: unknown, i: number) => {
      if (!isObj(t)) throw new AmConfigError(`${where}.times[${i}]: expected start_time and end_time`);
      const start = clock(t['start_time'], `${where}.times[${i}].start_time`);
      const end = clock(t['end_time'], `${where}.times[${i}].end_time`);
      if (start >= end) throw new AmConfigError(`${where}.times[${i}]: start_time must be before end_time`);
      return { start, end };
    });
  }
  const wd = ranges(v['weekdays'], `${where}.weekdays`, WEEKDAYS, (a, b) => a >= 0 && b <= 6 && a <= b);
  if (wd) spec.weekdays = wd;
  const dm = ranges(v['days_of_month'], `${where}.days_of_month`, undefined, (a, b) => a !== 0 && b !== 0 && a >= -31 && a <= 31 && b >= -31 && b <= 31);
  if (dm) spec.daysOfMonth = dm;
  const mo = ranges(v['months'], `${where}.months`, MONTHS, (a, b) => a >= 1 && b <= 12 && a <= b);
  if (mo) spec.months = mo;
  const yr = ranges(v['years'], `${where}.years`, undefined, (a, b) => a >= 0 && a <= b);
  if (yr) spec.years = yr;
  if (v['location'] !== undefined && v['location'] !== null) spec.location = String(v['location']);
  return spec;
}

// ---------------------------------------------------------------- routes

function parseRoute(v: unknown, path: number[], parentReceiver: string | undefined): RouteNode {
  const where = path.length ? `route.routes[${path.join('].routes[')}]` : 'route';
  if (!isObj(v)) throw new AmConfigError(`${where}: expected a mapping`);
  const own = typeof v['receiver'] === 'string' && v['receiver'] !== '' ? v['receiver'] : undefined;
  const receiver = own ?? parentReceiver;
  if (receiver === undefined) throw new AmConfigError(`${where}: the root route must name a receiver`);
  const matchers: Matcher[] = [];
  if (isObj(v['match'])) for (const [k, x] of Object.entries(v['match'])) matchers.push(makeMatcher(k, '=', String(x), `${where}.match`));
  if (isObj(v['match_re'])) for (const [k, x] of Object.entries(v['match_re'])) matchers.push(makeMatcher(k, '=~', String(x), `${where}.match_re`));
  for (const s of strList(v['matchers'], `${where}.matchers`)) matchers.push(...parseMatchers(s, `${where}.matchers`));
  const children = v['routes'];
  if (children !== undefined && children !== null && !Array.isArray(children)) throw new AmConfigError(`${where}.routes: expected a list`);
  const node: RouteNode = {
    path,
    receiver,
    ownReceiver: own !== undefined,
    matchers,
    continue: v['continue'] === true,
    activeTimeIntervals: strList(v['active_time_intervals'], `${where}.active_time_intervals`),
    muteTimeIntervals: strList(v['mute_time_intervals'], `${where}.mute_time_intervals`),
    routes: [],
  };
  node.routes = (Array.isArray(children) ? children : []).map((c: unknown, i: number) => parseRoute(c, [...path, i], receiver));
  return node;
}

function walk(r: RouteNode, f: (r: RouteNode) => void): void {
  f(r);
  for (const c of r.routes) walk(c, f);
}

/** Parses and checks references (receivers, interval names) like Alertmanager's config loader does. */
export function parseAlertmanagerConfig(text: string): AmConfig {
  let doc: unknown;
  try {
    doc = parse(text, { version: '1.1' });
  } catch (e) {
    throw new AmConfigError(`not YAML: ${(e as Error).message}`);
  }
  if (!isObj(doc)) throw new AmConfigError('expected a mapping at the top');
  const receivers: string[] = [];
  if (!Array.isArray(doc['receivers'])) throw new AmConfigError('receivers: expected a list');
  for (const r of doc['receivers']) {
    if (!isObj(r) || typeof r['name'] !== 'string') throw new AmConfigError('receivers: each needs a name');
    if (receivers.includes(r['name'])) throw new AmConfigError(`receivers: ${r['name']} is defined twice`);
    receivers.push(r['name']);
  }
  const timeIntervals = new Map<string, TimeIntervalSpec[]>();
  for (const key of ['time_intervals', 'mute_time_intervals']) {
    const list = doc[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw new AmConfigError(`${key}: expected a list`);
    list.forEach((ti: unknown, i: number) => {
      if (!isObj(ti) || typeof ti['name'] !== 'string') throw new AmConfigError(`${key}[${i}]: needs a name`);
      if (timeIntervals.has(ti['name'])) throw new AmConfigError(`${key}[${i}]: ${ti['name']} is defined twice`);
      const entries = ti['time_intervals'];
      if (entries !== undefined && entries !== null && !Array.isArray(entries)) throw new AmConfigError(`${key}[${i}].time_intervals: expected a list`);
      timeIntervals.set(
        ti['name'],
        (Array.isArray(entries) ? entries : []).map((e: unknown, j: number) => parseInterval(e, `${key}[${i}].time_intervals[${j}]`)),
      );
    });
  }
  const route = parseRoute(doc['route'], [], undefined);
  if (route.activeTimeIntervals.length || route.muteTimeIntervals.length) throw new AmConfigError('route: the root route cannot have time intervals');
  walk(route, (r) => {
    if (!receivers.includes(r.receiver)) throw new AmConfigError(`route: receiver ${JSON.stringify(r.receiver)} does not exist`);
    for (const n of [...r.activeTimeIntervals, ...r.muteTimeIntervals]) {
      if (!timeIntervals.has(n)) throw new AmConfigError(`route: time interval ${JSON.stringify(n)} does not exist`);
    }
  });
  return { route, receivers, timeIntervals };
}
