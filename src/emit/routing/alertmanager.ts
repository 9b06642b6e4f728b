/**
 * The route set as an Alertmanager (0.25+) configuration.
 *
 * Route tree (per severity rule of routing.yaml, in file order):
 *
 *   root (receiver: formal default; never reached for alerts with a severity label, see fallback)
 *   ├─ {severity="critical"}                       first match wins among severities
 *   │   ├─ {customer="<id>"} → customer-<id>         continue: true, at any hour (notifyCustomer)
 *   │   ├─ → helpdesk  active: helpdesk-hours, mute: helpdesk-closed-days        continue: true
 *   │   └─ → noc       active: outside-helpdesk-hours, helpdesk-closed-days
 *   ├─ {severity="warning"} …
 *   └─ (any other alert) → the fallback rule's provider receivers, split by time as above
 *
 * `outside-helpdesk-hours` is the exact complement of `helpdesk-hours` (other weekdays, before opening,
 * from closing to 24:00), and every closed day is in `helpdesk-closed-days` (whole days), so at every instant
 * exactly one of the two provider routes of a rule is active: no alert reaches nobody, none reaches a
 * provider receiver twice. Time intervals sit on leaf routes only (Alertmanager does not inherit them).
 */
import { Document, isMap, isNode, isScalar, isSeq, visit } from 'yaml';
import type { ClosedDay, RouteSet, SeverityRoute, WeekdayCode } from './routes.js';
import { INTERVALS } from '../../domain/routing-names.js';
import { inYearlyRange } from '../../calendar/calendar.js';
import { MAIL_TEMPLATE_FILE, SUBJECT_TEMPLATE, TEXT_TEMPLATE } from './mail-template.js';
import { safeYamlText } from '../../domain/escape/yaml.js';

const AM_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const AM_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
const CODE_TO_AM: Record<WeekdayCode, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export interface AmTimeRange {
  start_time: string;
  end_time: string;
}
export interface AmTimeIntervalEntry {
  times?: AmTimeRange[];
  weekdays?: string[];
  days_of_month?: string[];
  months?: string[];
  years?: string[];
  location: string;
}
export interface AmRoute {
  receiver?: string;
  group_by?: string[];
  group_wait?: string;
  group_interval?: string;
  repeat_interval?: string;
  matchers?: string[];
  continue?: boolean;
  active_time_intervals?: string[];
  mute_time_intervals?: string[];
  routes?: AmRoute[];
}
export interface AmConfigOut {
  global: Record<string, string | boolean>;
  templates: string[];
  route: AmRoute;
  inhibit_rules: Array<{ source_matchers: string[]; target_matchers: string[]; equal: string[] }>;
  receivers: Array<{ name: string; email_configs: Array<Record<string, string | boolean | Record<string, string>>> }>;
  time_intervals: Array<{ name: string; time_intervals: AmTimeIntervalEntry[] }>;
}

/** sorted Alertmanager weekday numbers -> ['monday:friday', 'sunday', …] (ranges never wrap past Saturday) */
export function weekdayRanges(days: readonly number[]): string[] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const a = AM_WEEKDAYS[sorted[i]!]!;
    const b = AM_WEEKDAYS[sorted[j]!]!;
    out.push(i === j ? a : `${a}:${b}`);
    i = j + 1;
  }
  return out;
}

/** runs of consecutive closed dates inside one month -> one entry each */
export function closedDayEntries(days: readonly ClosedDay[], location: string): Array<AmTimeIntervalEntry & { first: string; last: string }> {
  const out: Array<AmTimeIntervalEntry & { first: string; last: string }> = [];
  let i = 0;
  while (i < days.length) {
    const first = days[i]!.date;
    let j = i;
    while (j + 1 < days.length) {
      const cur = days[j]!.date;
      const next = days[j + 1]!.date;
      if (next.slice(0, 7) !== cur.slice(0, 7) || Number(next.slice(8)) !== Number(cur.slice(8)) + 1) break;
      j++;
    }
    const last = days[j]!.date;
    const d1 = Number(first.slice(8));
    const d2 = Number(last.slice(8));
    out.push({
      first,
      last,
      years: [first.slice(0, 4)],
      months: [AM_MONTHS[Number(first.slice(5, 7)) - 1]!],
      days_of_month: [d1 === d2 ? String(d1) : `${d1}:${d2}`],
      location,
    });
    i = j + 1;
  }
  return out;
}

/** the most days a month can have (February: 29; Alertmanager clamps a range to the month's real length) */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** a yearly MM-DD..MM-DD span (from <= to) as entries without `years`: they recur every year */
function yearlySpan(from: string, to: string, location: string): AmTimeIntervalEntry[] {
  const [m1, d1] = [Number(from.slice(0, 2)), Number(from.slice(3))];
  const [m2, d2] = [Number(to.slice(0, 2)), Number(to.slice(3))];
  const month = (m: number) => AM_MONTHS[m - 1]!;
  const days = (a: number, b: number) => (a === b ? String(a) : `${a}:${b}`);
  if (m1 === m2) return [{ months: [month(m1)], days_of_month: [days(d1, d2)], location }];
  const out: AmTimeIntervalEntry[] = [{ months: [month(m1)], days_of_month: [days(d1, MONTH_DAYS[m1 - 1]!)], location }];
  if (m2 - m1 > 1) out.push({ months: [m2 - m1 === 2 ? month(m1 + 1) : `${month(m1 + 1)}:${month(m2 - 1)}`], location });
  out.push({ months: [month(m2)], days_of_month: [days(1, d2)], location });
  return out;
}

/** a yearly closure (calendar.yaml helpdesk.breaks) as recurring entries; one crossing the new year is split at it */
export function yearlyEntries(from: string, to: string, location: string): AmTimeIntervalEntry[] {
  return from <= to ? yearlySpan(from, to, location) : [...yearlySpan(from, '12-31', location), ...yearlySpan('01-01', to, location)];
}

/**
 * The entries of `helpdesk-closed-days`, each with its comment: first the yearly closures as recurring entries
 * (no `years`: they hold in every year, inside coverage or not), then the other closed days of the coverage
 * (national holidays, closedDates) enumerated, days inside a yearly closure left out.
 */
export function closedIntervalEntries(routeSet: RouteSet): Array<{ entry: AmTimeIntervalEntry; comment: string }> {
  const loc = routeSet.timeZone;
  const out: Array<{ entry: AmTimeIntervalEntry; comment: string }> = [];
  for (const b of routeSet.breaks) {
    for (const entry of yearlyEntries(b.from, b.to, loc)) out.push({ entry, comment: ` every year ${b.from}..${b.to} ${b.name}` });
  }
  const others = routeSet.closedDays.filter((d) => !routeSet.breaks.some((b) => inYearlyRange(d.date, b.from, b.to)));
  for (const { first, last, ...entry } of closedDayEntries(others, loc)) {
    const reasons = [...new Set(others.filter((d) => d.date >= first && d.date <= last).flatMap((d) => d.reasons))];
    out.push({ entry, comment: ` ${first}${last !== first ? `..${last}` : ''} ${reasons.join('、')}` });
  }
  return out;
}

/** the time interval of a terminated customer's contract: its receiver is active up to the end of endsOn */
export function contractIntervalName(customer: string): string {
  return `contract-${customer}`;
}

/** from the establishment year to the end of `endsOn` (whole days, Japan time), without a clock */
export function contractEntries(since: string, endsOn: string, location: string): AmTimeIntervalEntry[] {
  const y0 = Number(since.slice(0, 4));
  const [y, m, d] = [Number(endsOn.slice(0, 4)), Number(endsOn.slice(5, 7)), Number(endsOn.slice(8))];
  const out: AmTimeIntervalEntry[] = [];
  if (y > y0) out.push({ years: [y - 1 === y0 ? String(y0) : `${y0}:${y - 1}`], location });
  if (m > 1) out.push({ years: [String(y)], months: [m === 2 ? AM_MONTHS[0] : `${AM_MONTHS[0]}:${AM_MONTHS[m - 2]!}`], location });
  out.push({ years: [String(y)], months: [AM_MONTHS[m - 1]!], days_of_month: [d === 1 ? '1' : `1:${d}`], location });
  return out;
}

function matcher(label: string, value: string): string {
  return `${label}=${JSON.stringify(value)}`;
}

function providerRoutes(rule: SeverityRoute, hasClosedDays: boolean): AmRoute[] {
  const routes: AmRoute[] = [];
  for (const r of rule.anyHour) routes.push({ receiver: r, continue: true });
  for (const r of rule.helpdeskHoursOnly) {
    routes.push({
      receiver: r,
      continue: true,
      active_time_intervals: [INTERVALS.open],
      ...(hasClosedDays ? { mute_time_intervals: [INTERVALS.closed] } : {}),
    });
  }
  for (const r of rule.outsideHoursOnly) {
    routes.push({
      receiver: r,
      continue: true,
      active_time_intervals: hasClosedDays ? [INTERVALS.outside, INTERVALS.closed] : [INTERVALS.outside],
    });
  }
  // the last route of a severity ends the walk
  const last = routes[routes.length - 1];
  if (last) delete last.continue;
  return routes;
}

function duration(n: number, unit: 's' | 'm' | 'h'): string {
  return `${n}${unit}`;
}

export function alertmanagerConfig(routeSet: RouteSet): AmConfigOut {
  const loc = routeSet.timeZone;
  const closed = closedIntervalEntries(routeSet);
  const hasClosedDays = closed.length > 0;
  const open = routeSet.helpdesk.days.map((d) => CODE_TO_AM[d]);
  const closedWeekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => !open.includes(d));
  const outside: AmTimeIntervalEntry[] = [];
  if (routeSet.helpdesk.opens !== '00:00') outside.push({ times: [{ start_time: '00:00', end_time: routeSet.helpdesk.opens }], location: loc });
  outside.push({ times: [{ start_time: routeSet.helpdesk.closes, end_time: '24:00' }], location: loc });
  if (closedWeekdays.length > 0) outside.push({ weekdays: weekdayRanges(closedWeekdays), location: loc });

  const timeIntervals: AmConfigOut['time_intervals'] = [
    {
      name: INTERVALS.open,
      time_intervals: [{ weekdays: weekdayRanges(open), times: [{ start_time: routeSet.helpdesk.opens, end_time: routeSet.helpdesk.closes }], location: loc }],
    },
    { name: INTERVALS.outside, time_intervals: outside },
  ];
  if (hasClosedDays) {
    timeIntervals.push({
      name: INTERVALS.closed,
      time_intervals: closed.map((c) => c.entry),
    });
  }
  for (const c of routeSet.customerReceivers) {
    if (c.endsOn !== undefined) timeIntervals.push({ name: contractIntervalName(c.customer), time_intervals: contractEntries(c.since, c.endsOn, loc) });
  }

  const severityRoutes: AmRoute[] = routeSet.rules.map((rule) => ({
    matchers: [matcher('severity', rule.severity)],
    routes: [
      ...(rule.notifyCustomer
        ? routeSet.customerReceivers.map(
            (c): AmRoute => ({
              receiver: c.name,
              matchers: [matcher('customer', c.customer)],
              continue: true,
              ...(c.endsOn !== undefined ? { active_time_intervals: [contractIntervalName(c.customer)] } : {}),
            }),
          )
        : []),
      ...providerRoutes(rule, hasClosedDays),
    ],
  }));
  const fallbackRule = routeSet.rules.find((r) => r.severity === routeSet.fallbackSeverity) ?? routeSet.rules[0];
  const rootReceiver = fallbackRule?.outsideHelpdeskHours[0] ?? routeSet.providerReceivers[0]?.name ?? '';
  const fallbackRoute: AmRoute | undefined = fallbackRule ? { routes: providerRoutes(fallbackRule, hasClosedDays) } : undefined;

  const global: Record<string, string | boolean> = {
    smtp_from: routeSet.mail.from,
    smtp_smarthost: routeSet.mail.smarthost,
  };
  if (routeSet.mail.smarthostDefaulted) global['smtp_require_tls'] = false;
  if (routeSet.mail.authUsername !== undefined) global['smtp_auth_username'] = routeSet.mail.authUsername;
  if (routeSet.mail.authPasswordFile !== undefined) global['smtp_auth_password_file'] = routeSet.mail.authPasswordFile;

  // the Japanese fault mail of ./mail-template.ts, text only (html: '' drops Alertmanager's English HTML part)
  const email = (to: string) => ({
    to,
    send_resolved: true,
    headers: { 'Reply-To': routeSet.mail.replyTo, Subject: SUBJECT_TEMPLATE },
    text: TEXT_TEMPLATE,
    html: '',
  });
  return {
    global,
    templates: [MAIL_TEMPLATE_FILE],
    route: {
      receiver: rootReceiver,
      group_by: [...routeSet.grouping.groupBy],
      group_wait: duration(routeSet.grouping.groupWaitSeconds, 's'),
      group_interval: duration(routeSet.grouping.groupIntervalMinutes, 'm'),
      repeat_interval: duration(routeSet.grouping.repeatIntervalHours, 'h'),
      routes: [...severityRoutes, ...(fallbackRoute ? [fallbackRoute] : [])],
    },
    inhibit_rules: [
      {
        // a host whose heartbeat is down: its other alerts say nothing new
        source_matchers: [matcher('check', 'heartbeat')],
        target_matchers: [`check!=${JSON.stringify('heartbeat')}`],
        equal: ['customer', 'server'],
      },
      {
        // a check firing critical: its warning says nothing new (Datadog has one monitor per severity)
        source_matchers: [matcher('severity', 'critical')],
        target_matchers: [matcher('severity', 'warning')],
        equal: ['customer', 'server', 'check'],
      },
    ],
    receivers: [
      ...routeSet.providerReceivers.map((r) => ({ name: r.name, email_configs: [email(r.email)] })),
      ...routeSet.customerReceivers.map((c) => ({ name: c.name, email_configs: c.contacts.map((k) => email(k.email)) })),
    ],
    time_intervals: timeIntervals,
  };
}

const HEADER = [
  ' Alertmanager (0.25+) configuration generated by vmsc from policies/routing.yaml, policies/calendar.yaml,',
  ' policies/provider.yaml and customers/. Do not edit: change the inputs and run `vmsc build`.',
  ' Times are Japan time (location: Asia/Tokyo); closed days are enumerated for the calendar coverage range.',
].join('\n');

/** byte-reproducible YAML (YAML 1.1 quoting, so Go's yaml.v2 reads every scalar as the string it is) */
export function alertmanagerYaml(routeSet: RouteSet): string {
  const doc = new Document(alertmanagerConfig(routeSet), { version: '1.1' });
  doc.commentBefore = HEADER;
  // short lists of scalars on one line: `matchers: [severity="critical"]`
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
  });
  const routes = doc.getIn(['route', 'routes']);
  if (isSeq(routes)) {
    routes.items.forEach((node, i) => {
      const rule = routeSet.rules[i];
      if (!isNode(node)) return;
      node.commentBefore = rule
        ? ` severity ${rule.severity}: ${rule.notifyCustomer ? 'opted-in customer contacts at any hour, ' : ''}provider receivers by helpdesk hours`
        : ` any other alert (no known severity): the ${routeSet.fallbackSeverity} rule's provider receivers`;
    });
  }
  // say which days each closed-day entry is, and why
  const intervals = doc.get('time_intervals');
  if (isSeq(intervals)) {
    for (const ti of intervals.items) {
      if (!isMap(ti) || ti.get('name') !== INTERVALS.closed) continue;
      const entries = ti.get('time_intervals');
      if (!isSeq(entries)) continue;
      const closed = closedIntervalEntries(routeSet);
      entries.items.forEach((node, i) => {
        const c = closed[i];
        if (c && isNode(node)) node.commentBefore = c.comment;
      });
    }
  }
  return safeYamlText(doc, { lineWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: false });
}
