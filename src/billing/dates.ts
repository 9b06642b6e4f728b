/**
 * Invoice dates (第16条1): issue date and due date of the invoice for a billed month.
 * Month facts are memoised (they are pure functions of the month, computed with Temporal): a check of
 * 10,000 customers asks for the same few dozen months again and again.
 */
import type { BusinessCalendar } from '../calendar/calendar.js';
import { addMonthsToMonth, lastDayOfMonth, monthRange } from '../util/dates.js';

interface MonthFacts {
  first: string;
  last: string;
  /** the month after */
  next: string;
  /** the last day of the month after: the nominal due date */
  nextLast: string;
}

const FACTS = new Map<string, MonthFacts>();

/** first/last day of a month and of the month after (memoised) */
export function monthFacts(month: string): MonthFacts {
  let f = FACTS.get(month);
  if (!f) {
    const next = addMonthsToMonth(month, 1);
    f = { first: `${month}-01`, last: lastDayOfMonth(month), next, nextLast: lastDayOfMonth(next) };
    FACTS.set(month, f);
  }
  return f;
}

const RANGES = new Map<string, readonly string[]>();

/** months from a through b inclusive (memoised; a copy is returned) */
export function months(a: string, b: string): string[] {
  const key = `${a}/${b}`;
  let r = RANGES.get(key);
  if (!r) {
    r = monthRange(a, b);
    RANGES.set(key, r);
  }
  return [...r];
}

/** `issueDay` of the month after `month` (issueDay is 1–28 by schema, so it always exists), before the rule moves it. */
export function issueDate(month: string, issueDay: number): string {
  return `${monthFacts(month).next}-${String(issueDay).padStart(2, '0')}`;
}

export type IssueRule = 'next-bank-business-day' | 'first-bank-business-day';

/**
 * The issue date of the invoice of `month` under provider.billing's rule: `invoiceIssueDay` of the month after,
 * moved forward to the next bank business day when banks are closed (default), or the first bank business day
 * of the month after. Banks are closed 12-31 – 01-03, so an invoice is never dated 元日.
 */
export function invoiceIssueDate(calendar: BusinessCalendar, month: string, billing: { invoiceIssueDay: number; invoiceIssueRule?: IssueRule }): string {
  const nominal = billing.invoiceIssueRule === 'first-bank-business-day' ? `${monthFacts(month).next}-01` : issueDate(month, billing.invoiceIssueDay);
  return calendar.nextBankBusinessDay(nominal);
}

/** The nominal due date: the last day of the month after `month` (作業完了月締め翌月末日). */
export function nominalDueDate(month: string): string {
  return monthFacts(month).nextLast;
}

const DUE = new WeakMap<BusinessCalendar, Map<string, string>>();

/** 第16条1: the nominal due date, moved back to the previous bank business day when banks are closed on it. */
export function dueDate(calendar: BusinessCalendar, month: string): string {
  let m = DUE.get(calendar);
  if (!m) {
    m = new Map();
    DUE.set(calendar, m);
  }
  let d = m.get(month);
  if (d === undefined) {
    d = calendar.previousBankBusinessDay(nominalDueDate(month));
    m.set(month, d);
  }
  return d;
}
