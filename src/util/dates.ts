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

/**
 * Japan's clocks have been UTC+9 all year since its last daylight saving time ended (September 1951): from 1952
 * to 9999 a Tokyo date or time is UTC shifted by nine hours, which is what these fast paths compute (tested against
 * Temporal's tz database). Outside that span, and for Temporal's own needs, the tz database answers. The point is
 * start-up: the first time-zone lookup makes ICU load its zone data, 13–23 ms of every `vmsc check` or `build`
 * that has no `--today`, and of the first document a build renders.
 */
const JST_OFFSET_MS = 9 * 3_600_000;
const FIXED_FROM_MS = Date.UTC(1952, 0, 1) - JST_OFFSET_MS;
const FIXED_UNTIL_MS = Date.UTC(9999, 11, 31) - JST_OFFSET_MS;

/** Tokyo wall-clock fields of an instant (epoch ms) in the fixed-offset span: a UTC Date nine hours on; else undefined */
function jstFields(epochMs: number): Date | undefined {
  return epochMs >= FIXED_FROM_MS && epochMs < FIXED_UNTIL_MS ? new Date(epochMs + JST_OFFSET_MS) : undefined;
}

/** today's civil date in Japan for an instant (default: now). Only the CLI should call this without an argument. */
export function todayInTokyo(epochMs: number = Date.now()): CivilDate {
  const f = jstFields(epochMs);
  if (f) return f.toISOString().slice(0, 10);
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(TOKYO).toPlainDate().toString();
}

/** the Tokyo date and time (`HH:MM:SS`) of an instant, to the second (floored, as Temporal's fields are) */
export function tokyoDateTime(epochMs: number): { date: CivilDate; time: string } {
  const f = jstFields(epochMs);
  if (f) {
    const iso = f.toISOString();
    return { date: iso.slice(0, 10), time: iso.slice(11, 19) };
  }
  const z = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(TOKYO);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: z.toPlainDate().toString(), time: `${two(z.hour)}:${two(z.minute)}:${two(z.second)}` };
}

/** the instant (epoch ms) at which a civil date begins in Tokyo */
export function tokyoMidnight(d: CivilDate): number {
  const p = plainDate(d);
  const ms = Date.UTC(p.year, p.month - 1, p.day) - JST_OFFSET_MS;
  if (p.year >= 1952 && p.year <= 9998) return ms;
  return p.toZonedDateTime(TOKYO).epochMilliseconds;
}

/** 2026年1月30日 */
export function formatJapaneseDate(d: CivilDate): string {
  const p = plainDate(d);
  return `${p.year}年${p.month}月${p.day}日`;
}
