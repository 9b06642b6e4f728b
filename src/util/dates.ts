/**
 * Civil dates (YYYY-MM-DD) in Asia/Tokyo, with Temporal (temporal-polyfill): never a `Date` at local
 * midnight, so results do not depend on the machine's TZ.
 */
import { Temporal } from 'temporal-polyfill';

export const TOKYO = 'Asia/Tokyo';

/**
 * A pure function of one string, memoised: the rules and the resolver ask the same few hundred dates and months
 * again for every customer (month ends, weekdays, the next business day), and each Temporal call costs
 * microseconds. Bounded: the memo starts over beyond MEMO_MAX entries.
 */
const MEMO_MAX = 50_000;
function memo<R>(fn: (key: string) => R): (key: string) => R {
  const m = new Map<string, R>();
  return (key) => {
    let r = m.get(key);
    if (r === undefined && !m.has(key)) {
      r = fn(key);
      if (m.size >= MEMO_MAX) m.clear();
      m.set(key, r);
    }
    return r as R;
  };
}
export type CivilDate = string; // YYYY-MM-DD
export type CivilMonth = string; // YYYY-MM

export function plainDate(d: CivilDate): Temporal.PlainDate {
  return Temporal.PlainDate.from(d, { overflow: 'reject' });
}

/** true for a real calendar date written YYYY-MM-DD (2026-02-30 is false) */
export function isValidDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  try {
    Temporal.PlainDate.from(d, { overflow: 'reject' });
    return true;
  } catch (e) {
    if (e instanceof RangeError) return false; // Temporal's answer for a day or month that does not exist
    throw e;
  }
}

const addDaysMemo = memo((key) => {
  const at = key.indexOf(' ');
  return plainDate(key.slice(0, at))
    .add({ days: Number(key.slice(at + 1)) })
    .toString();
});
export function addDays(d: CivilDate, days: number): CivilDate {
  return addDaysMemo(`${d} ${days}`);
}

/** calendar months; the day is clamped (2026-03-31 minus one month = 2026-02-28) */
export function addMonths(d: CivilDate, months: number): CivilDate {
  return plainDate(d).add({ months }, { overflow: 'constrain' }).toString();
}

export function monthOf(d: CivilDate): CivilMonth {
  return d.slice(0, 7);
}

export function firstDayOfMonth(m: CivilMonth | CivilDate): CivilDate {
  return `${m.slice(0, 7)}-01`;
}

const lastDayMemo = memo((m) => {
  const ym = Temporal.PlainYearMonth.from(m);
  return ym.toPlainDate({ day: ym.daysInMonth }).toString();
});
export function lastDayOfMonth(m: CivilMonth | CivilDate): CivilDate {
  return lastDayMemo(m.slice(0, 7));
}

export function isMonthEnd(d: CivilDate): boolean {
  return lastDayOfMonth(d) === d;
}

const addMonthsToMonthMemo = memo((key) => {
  const at = key.indexOf(' ');
  return Temporal.PlainYearMonth.from(key.slice(0, at))
    .add({ months: Number(key.slice(at + 1)) })
    .toString();
});
export function addMonthsToMonth(m: CivilMonth, months: number): CivilMonth {
  return addMonthsToMonthMemo(`${m} ${months}`);
}

/** months from a through b inclusive, in order */
export function monthRange(a: CivilMonth, b: CivilMonth): CivilMonth[] {
  const out: CivilMonth[] = [];
  for (let m = Temporal.PlainYearMonth.from(a); Temporal.PlainYearMonth.compare(m, Temporal.PlainYearMonth.from(b)) <= 0; m = m.add({ months: 1 })) {
    out.push(m.toString());
  }
  return out;
}

/** whole days from a to b (b - a) */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return plainDate(a).until(plainDate(b), { largestUnit: 'days' }).days;
}

/** ISO weekday: 1 = Monday ... 7 = Sunday */
const dayOfWeekMemo = memo((d) => plainDate(d).dayOfWeek);
export function dayOfWeek(d: CivilDate): number {
  return dayOfWeekMemo(d);
}

/** today's civil date in Japan for an instant (default: now). Only the CLI should call this without an argument. */
export function todayInTokyo(epochMs: number = Date.now()): CivilDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(TOKYO).toPlainDate().toString();
}

/** 2026年1月30日 */
export function formatJapaneseDate(d: CivilDate): string {
  const p = plainDate(d);
  return `${p.year}年${p.month}月${p.day}日`;
}
