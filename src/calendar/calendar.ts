/**
 * Business calendar: national holidays (@holiday-jp/holiday_jp, including 振替休日 and 国民の休日),
 * helpdesk days and bank business days, from `policies/calendar.yaml`.
 *
 * Civil dates only (YYYY-MM-DD, Temporal); nothing here depends on the machine's time zone.
 * A date outside the holiday data's years is an error (CalendarRangeError), never a silent "no holiday".
 */
import holidayJp from '@holiday-jp/holiday_jp';
import type { Calendar } from '../model/inputs.js';
import { addDays, dayOfWeek, isValidDate } from '../util/dates.js';

export interface DayInfo {
  date: string; // YYYY-MM-DD
  weekday: number; // 1 = Mon … 7 = Sun
  nationalHoliday?: string; // name from @holiday-jp (振替休日, 国民の休日 included)
  helpdeskOpen: boolean;
  helpdeskClosedReason?: string; // e.g. '土曜日', '祝日（元日）', '年末年始', '休業日'
  bankBusinessDay: boolean;
  bankHolidayReason?: string;
  /** every reason the helpdesk is closed, most specific first (the first is helpdeskClosedReason) */
  helpdeskClosedReasons: string[];
  /** every reason banks are closed, most specific first (the first is bankHolidayReason) */
  bankHolidayReasons: string[];
}

export interface BusinessCalendar {
  day(date: string): DayInfo; // throws CalendarRangeError outside the holiday data
  days(from: string, through: string): DayInfo[]; // inclusive
  isHelpdeskDay(date: string): boolean;
  isBankBusinessDay(date: string): boolean;
  previousBankBusinessDay(date: string): string; // the date itself when it is one
  helpdeskHours: { opens: string; closes: string }; // 'HH:MM' JST
  /** the date itself when it is one */
  nextBankBusinessDay(date: string): string;
  /** the date itself when it is one */
  nextHelpdeskDay(date: string): string;
  /** the dates the holiday data covers (inclusive) */
  range: { from: string; through: string };
}

/** Asked about a date the holiday data does not cover (or a malformed date). */
export class CalendarRangeError extends Error {
  constructor(
    message: string,
    /** the date asked about ('' when unknown) */
    readonly date: string = '',
  ) {
    super(message);
    this.name = 'CalendarRangeError';
  }
}

interface HolidayEntry {
  date: string;
  name: string;
}

const HOLIDAYS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const src: Readonly<Record<string, HolidayEntry>> = holidayJp.holidays;
  for (const h of Object.values(src)) m.set(h.date, normaliseHolidayName(h.name));
  return m;
})();

/** @holiday-jp names 国民の休日 "休日" and 振替休日 "<holiday> 振替休日"; print them the usual way. */
function normaliseHolidayName(name: string): string {
  if (name === '休日') return '国民の休日';
  if (name.endsWith(' 振替休日')) return '振替休日';
  return name;
}

/** The years the holiday data covers, whole years: Jan 1 of the first through Dec 31 of the last. */
export const HOLIDAY_DATA_RANGE: { from: string; through: string } = (() => {
  const years = [...HOLIDAYS.keys()].map((d) => d.slice(0, 4)).sort();
  return { from: `${years[0]}-01-01`, through: `${years[years.length - 1]}-12-31` };
})();

function assertInRange(date: string): void {
  if (!isValidDate(date)) throw new CalendarRangeError(`not a date YYYY-MM-DD: ${JSON.stringify(date)}`, date);
  if (date < HOLIDAY_DATA_RANGE.from || date > HOLIDAY_DATA_RANGE.through) {
    throw new CalendarRangeError(
      `${date} is outside the national holiday data (${HOLIDAY_DATA_RANGE.from} – ${HOLIDAY_DATA_RANGE.through}); whether it is a holiday is unknown`,
      date,
    );
  }
}

const WEEKDAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const WEEKDAY_JA = ['月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'] as const;

/** Japanese weekday name for ISO weekday 1..7 */
export function weekdayJa(weekday: number): string {
  return WEEKDAY_JA[weekday - 1] ?? '';
}

/** true when MM-DD of `date` lies in the yearly range from..to (MM-DD, inclusive; may cross the new year) */
export function inYearlyRange(date: string, from: string, to: string): boolean {
  const md = date.slice(5);
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}

export function businessCalendar(policy: Calendar): BusinessCalendar {
  const open = new Set<number>(policy.helpdesk.days.map((d) => WEEKDAY_CODES.indexOf(d) + 1));
  const closedOnHolidays = policy.helpdesk.closedOnNationalHolidays ?? true;
  const breaks = policy.helpdesk.breaks ?? [];
  const closedDates = new Set(policy.helpdesk.closedDates ?? []);
  const cache = new Map<string, DayInfo>();

  function compute(date: string): DayInfo {
    assertInRange(date);
    const weekday = dayOfWeek(date);
    const holiday = HOLIDAYS.get(date);
    const helpdesk: string[] = [];
    if (holiday !== undefined && closedOnHolidays) helpdesk.push(`祝日（${holiday}）`);
    for (const b of breaks) if (inYearlyRange(date, b.from, b.to)) helpdesk.push(b.name);
    if (closedDates.has(date)) helpdesk.push('休業日');
    if (!open.has(weekday)) helpdesk.push(weekdayJa(weekday));
    const bank: string[] = [];
    if (holiday !== undefined) bank.push(`祝日（${holiday}）`);
    for (const b of policy.bankHolidays) if (inYearlyRange(date, b.from, b.to)) bank.push(b.name);
    if (weekday >= 6) bank.push(weekdayJa(weekday));
    const info: DayInfo = {
      date,
      weekday,
      helpdeskOpen: helpdesk.length === 0,
      bankBusinessDay: bank.length === 0,
      helpdeskClosedReasons: helpdesk,
      bankHolidayReasons: bank,
    };
    if (holiday !== undefined) info.nationalHoliday = holiday;
    if (helpdesk[0] !== undefined) info.helpdeskClosedReason = helpdesk[0];
    if (bank[0] !== undefined) info.bankHolidayReason = bank[0];
    return info;
  }

  function day(date: string): DayInfo {
    let d = cache.get(date);
    if (!d) {
      d = compute(date);
      cache.set(date, d);
    }
    return d;
  }

  const nextBank = new Map<string, string>();

  function step(date: string, by: 1 | -1, ok: (d: DayInfo) => boolean): string {
    let d = date;
    // day() throws CalendarRangeError when the walk leaves the holiday data
    while (!ok(day(d))) d = addDays(d, by);
    return d;
  }

  return {
    day,
    days(from: string, through: string): DayInfo[] {
      assertInRange(from);
      assertInRange(through);
      const out: DayInfo[] = [];
      for (let d = from; d <= through; d = addDays(d, 1)) out.push(day(d));
      return out;
    },
    isHelpdeskDay: (date) => day(date).helpdeskOpen,
    isBankBusinessDay: (date) => day(date).bankBusinessDay,
    previousBankBusinessDay: (date) => step(date, -1, (d) => d.bankBusinessDay),
    nextBankBusinessDay: (date) => {
      // asked for every invoice's issue and due date of every customer: the walk once per date
      let r = nextBank.get(date);
      if (r === undefined) {
        r = step(date, 1, (d) => d.bankBusinessDay);
        nextBank.set(date, r);
      }
      return r;
    },
    nextHelpdeskDay: (date) => step(date, 1, (d) => d.helpdeskOpen),
    helpdeskHours: { opens: policy.helpdesk.opens, closes: policy.helpdesk.closes },
    range: { ...HOLIDAY_DATA_RANGE },
  };
}
