/**
 * The route set: what `policies/routing.yaml`, `policies/calendar.yaml` and the customers' contacts
 * say about who is told of an alert, and when (仕様書 2, 3, 4). Every routing output (alertmanager.yml,
 * routing.md, routing.json) is rendered from this one value, so they cannot disagree.
 */
import type { Model } from '../../model/model.js';
import type { RoutingRule } from '../../types/generated/routing.js';
import { businessCalendar, weekdayJa } from '../../calendar/calendar.js';
import { customerReceiverName } from '../../domain/routing-names.js';

export type Severity = RoutingRule['severity'];
export type WeekdayCode = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const WEEKDAY_CODES: readonly WeekdayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface ProviderReceiverEntry {
  name: string;
  /** display name from routing.yaml */
  label: string;
  email: string;
}

export interface CustomerReceiverEntry {
  name: string;
  customer: string;
  legalName: string;
  /** the contacts with faultNotification: true, in file order */
  contacts: Array<{ id: string; name: string; email: string }>;
  /** 契約成立日 (第4条5) */
  since: string;
  /** the last day of service when terminated (第6条): the receiver is told of no alert after it (Japan time) */
  endsOn?: string;
}

export interface SeverityRoute {
  severity: Severity;
  /** provider receivers told only during helpdesk hours */
  helpdeskHoursOnly: string[];
  /** provider receivers told only outside helpdesk hours (incl. closed days) */
  outsideHoursOnly: string[];
  /** provider receivers named in both lists: told at any hour, by one route */
  anyHour: string[];
  /** as written in routing.yaml */
  helpdeskHours: string[];
  outsideHelpdeskHours: string[];
  notifyCustomer: boolean;
}

export interface ClosedDay {
  date: string;
  weekday: number;
  /** why the helpdesk is closed, most specific first (no weekday reason) */
  reasons: string[];
}

export interface RouteSet {
  timeZone: 'Asia/Tokyo';
  coverage: { from: string; through: string };
  helpdesk: { days: WeekdayCode[]; opens: string; closes: string };
  providerReceivers: ProviderReceiverEntry[];
  customerReceivers: CustomerReceiverEntry[];
  rules: SeverityRoute[];
  /** the rule whose provider receivers take an alert with no known severity */
  fallbackSeverity: Severity;
  /** every day in the coverage range on which the helpdesk is closed for a reason other than the weekday */
  closedDays: ClosedDay[];
  /** the yearly closures of calendar.yaml (helpdesk.breaks, MM-DD, may cross the new year): recurring, never lapse */
  breaks: Array<{ name: string; from: string; to: string }>;
  mail: {
    from: string;
    replyTo: string;
    smarthost: string;
    /** true when provider.yaml named no smarthost and the local relay default is used */
    smarthostDefaulted: boolean;
    authUsername?: string;
    authPasswordFile?: string;
  };
  grouping: { groupBy: string[]; groupWaitSeconds: number; groupIntervalMinutes: number; repeatIntervalHours: number };
}

/** used when provider.yaml names no smarthost: the host's own MTA */
export const DEFAULT_SMARTHOST = 'localhost:25';
/** the labels every alert carries (contracts.md): one mail per customer, server and check */
export const GROUP_BY = ['customer', 'server', 'check'];

export function buildRouteSet(model: Model): RouteSet {
  const { routing, calendar, provider } = model.policies;
  const cal = businessCalendar(calendar);
  const closedDays: ClosedDay[] = [];
  for (const d of cal.days(calendar.coverage.from, calendar.coverage.through)) {
    if (d.helpdeskOpen) continue;
    const weekdayReason = weekdayJa(d.weekday);
    const reasons = d.helpdeskClosedReasons.filter((r) => r !== weekdayReason);
    if (reasons.length === 0) continue; // closed only because of the weekday: covered by the weekly hours
    closedDays.push({ date: d.date, weekday: d.weekday, reasons });
  }
  const rules: SeverityRoute[] = routing.rules.map((r) => {
    const inHours = new Set(r.helpdeskHours);
    const outHours = new Set(r.outsideHelpdeskHours);
    return {
      severity: r.severity,
      helpdeskHoursOnly: r.helpdeskHours.filter((x) => !outHours.has(x)),
      outsideHoursOnly: r.outsideHelpdeskHours.filter((x) => !inHours.has(x)),
      anyHour: r.helpdeskHours.filter((x) => outHours.has(x)),
      helpdeskHours: [...r.helpdeskHours],
      outsideHelpdeskHours: [...r.outsideHelpdeskHours],
      notifyCustomer: r.notifyCustomer,
    };
  });
  const fallback = rules.find((r) => r.severity === 'critical') ?? rules[0];
  const days = WEEKDAY_CODES.filter((c) => calendar.helpdesk.days.includes(c));
  return {
    timeZone: 'Asia/Tokyo',
    coverage: { from: calendar.coverage.from, through: calendar.coverage.through },
    helpdesk: { days, opens: calendar.helpdesk.opens, closes: calendar.helpdesk.closes },
    providerReceivers: routing.receivers.map((r) => ({ name: r.id, label: r.name, email: r.email })),
    customerReceivers: model.customers
      .filter((c) => c.contacts.faultNotification.length > 0)
      .map((c) => ({
        name: customerReceiverName(c.id),
        customer: c.id,
        legalName: c.source.legalName,
        contacts: c.contacts.faultNotification.map((k) => ({ id: k.id, name: k.name, email: k.email })),
        since: c.establishedOn,
        ...(c.endsOn !== undefined ? { endsOn: c.endsOn } : {}),
      })),
    rules,
    fallbackSeverity: fallback ? fallback.severity : 'critical',
    closedDays,
    breaks: (calendar.helpdesk.breaks ?? []).map((b) => ({ name: b.name, from: b.from, to: b.to })),
    mail: {
      from: provider.mail.from.address,
      replyTo: provider.mail.replyTo,
      smarthost: provider.mail.smarthost ?? DEFAULT_SMARTHOST,
      smarthostDefaulted: provider.mail.smarthost === undefined,
      ...(provider.mail.authUsername !== undefined ? { authUsername: provider.mail.authUsername } : {}),
      ...(provider.mail.authPasswordFile !== undefined ? { authPasswordFile: provider.mail.authPasswordFile } : {}),
    },
    grouping: {
      groupBy: GROUP_BY,
      groupWaitSeconds: routing.groupWaitSeconds ?? 30,
      groupIntervalMinutes: routing.groupIntervalMinutes ?? 5,
      repeatIntervalHours: routing.repeatIntervalHours,
    },
  };
}

/**
 * The receivers an alert of `severity` for `customer` reaches when the helpdesk is open / closed, per the
 * route set (not per the generated file): what routing.json publishes and what amtool is compared against.
 */
export function intendedReceivers(routeSet: RouteSet, customer: string, severity: string): { helpdeskHours: string[]; outsideHelpdeskHours: string[] } {
  const rule = routeSet.rules.find((r) => r.severity === severity) ?? routeSet.rules.find((r) => r.severity === routeSet.fallbackSeverity);
  if (!rule) return { helpdeskHours: [], outsideHelpdeskHours: [] };
  const isKnown = routeSet.rules.some((r) => r.severity === severity);
  const cust = isKnown && rule.notifyCustomer ? routeSet.customerReceivers.find((c) => c.customer === customer) : undefined;
  const extra = cust ? [cust.name] : [];
  return {
    helpdeskHours: [...extra, ...rule.helpdeskHours],
    outsideHelpdeskHours: [...extra, ...rule.outsideHelpdeskHours],
  };
}
