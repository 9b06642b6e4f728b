/** `vmsc calendar`: national holidays, helpdesk days and bank business days of a year or a date. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseChoice, parseDate, parseToday, rootDir } from '../common.js';
import { CalendarRangeError, weekdayJa } from '../../calendar/calendar.js';
import type { BusinessCalendar, DayInfo } from '../../calendar/calendar.js';
import { calendarOf } from '../../billing/invoice.js';

export interface YearJson {
  year: number;
  helpdeskHours: { opens: string; closes: string; timeZone: 'Asia/Tokyo' };
  nationalHolidays: { date: string; weekday: number; name: string }[];
  /** every day the helpdesk is closed, weekends included, with every reason */
  helpdeskClosedDays: { date: string; weekday: number; reasons: string[] }[];
  /** every day banks are closed, weekends included, with every reason */
  bankHolidays: { date: string; weekday: number; reasons: string[] }[];
  helpdeskDays: number;
  bankBusinessDays: number;
}

export function yearJson(cal: BusinessCalendar, year: number): YearJson {
  const days = cal.days(`${year}-01-01`, `${year}-12-31`);
  return {
    year,
    helpdeskHours: { ...cal.helpdeskHours, timeZone: 'Asia/Tokyo' },
    nationalHolidays: days.filter((d) => d.nationalHoliday !== undefined).map((d) => ({ date: d.date, weekday: d.weekday, name: d.nationalHoliday ?? '' })),
    helpdeskClosedDays: days.filter((d) => !d.helpdeskOpen).map((d) => ({ date: d.date, weekday: d.weekday, reasons: d.helpdeskClosedReasons })),
    bankHolidays: days.filter((d) => !d.bankBusinessDay).map((d) => ({ date: d.date, weekday: d.weekday, reasons: d.bankHolidayReasons })),
    helpdeskDays: days.filter((d) => d.helpdeskOpen).length,
    bankBusinessDays: days.filter((d) => d.bankBusinessDay).length,
  };
}

const WD_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const isWeekendOnly = (reasons: readonly string[]) => reasons.length === 1 && (reasons[0] === '土曜日' || reasons[0] === '日曜日');

/** Days that are not plain weekends: national holidays, breaks, closed dates, bank holidays, and weekday-off days. */
export function yearTable(cal: BusinessCalendar, year: number): string {
  const days = cal.days(`${year}-01-01`, `${year}-12-31`);
  const out: string[] = [];
  out.push(
    `${year}: ${days.filter((d) => d.helpdeskOpen).length} helpdesk days (${cal.helpdeskHours.opens}–${cal.helpdeskHours.closes} JST), ${days.filter((d) => d.bankBusinessDay).length} bank business days`,
  );
  out.push('days other than plain Saturdays/Sundays on which the helpdesk or banks are closed, or that are national holidays:');
  out.push(`  ${'date'.padEnd(10)}  ${'wd'.padEnd(3)}  ${'helpdesk'.padEnd(8)}  ${'bank'.padEnd(8)}  reasons`);
  for (const d of days) {
    const notable =
      d.nationalHoliday !== undefined ||
      (!d.helpdeskOpen && !isWeekendOnly(d.helpdeskClosedReasons)) ||
      (!d.bankBusinessDay && !isWeekendOnly(d.bankHolidayReasons));
    if (!notable) continue;
    const reasons = [...new Set([...d.helpdeskClosedReasons, ...d.bankHolidayReasons])].join('・');
    out.push(
      `  ${d.date}  ${WD_EN[d.weekday - 1] ?? ''}  ${(d.helpdeskOpen ? 'open' : 'closed').padEnd(8)}  ${(d.bankBusinessDay ? 'open' : 'closed').padEnd(8)}  ${reasons}`,
    );
  }
  return out.join('\n') + '\n';
}

export interface DateJson {
  date: string;
  weekday: number;
  nationalHoliday: string | null;
  helpdeskDay: boolean;
  helpdeskClosedReasons: string[];
  helpdeskHours: { opens: string; closes: string; timeZone: 'Asia/Tokyo' };
  bankBusinessDay: boolean;
  bankHolidayReasons: string[];
  /** null when the walk would leave the holiday data */
  previousBankBusinessDay: string | null;
  nextBankBusinessDay: string | null;
  nextHelpdeskDay: string | null;
}

/** the answer of a calendar walk, or null when it leaves the holiday data */
function walk(f: () => string): string | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof CalendarRangeError) return null;
    throw e;
  }
}

export function dateJson(cal: BusinessCalendar, d: DayInfo): DateJson {
  return {
    date: d.date,
    weekday: d.weekday,
    nationalHoliday: d.nationalHoliday ?? null,
    helpdeskDay: d.helpdeskOpen,
    helpdeskClosedReasons: d.helpdeskClosedReasons,
    helpdeskHours: { ...cal.helpdeskHours, timeZone: 'Asia/Tokyo' },
    bankBusinessDay: d.bankBusinessDay,
    bankHolidayReasons: d.bankHolidayReasons,
    previousBankBusinessDay: walk(() => cal.previousBankBusinessDay(d.date)),
    nextBankBusinessDay: walk(() => cal.nextBankBusinessDay(d.date)),
    nextHelpdeskDay: walk(() => cal.nextHelpdeskDay(d.date)),
  };
}

export function dateText(cal: BusinessCalendar, d: DayInfo): string {
  const j = dateJson(cal, d);
  const lines = [
    `${d.date} ${weekdayJa(d.weekday)}`,
    `national holiday:  ${d.nationalHoliday ?? '-'}`,
    `helpdesk day:      ${d.helpdeskOpen ? `yes (${cal.helpdeskHours.opens}–${cal.helpdeskHours.closes} JST)` : `no (${d.helpdeskClosedReasons.join('・')}); next helpdesk day ${j.nextHelpdeskDay ?? '(beyond the holiday data)'}`}`,
    `bank business day: ${d.bankBusinessDay ? 'yes' : `no (${d.bankHolidayReasons.join('・')}); previous bank business day ${j.previousBankBusinessDay ?? '(before the holiday data)'}, next ${j.nextBankBusinessDay ?? '(beyond the holiday data)'}`}`,
  ];
  return lines.join('\n') + '\n';
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('calendar')
    .description('national holidays, helpdesk days and bank business days (policies/calendar.yaml + @holiday-jp): a whole year, or one date')
    .option('--year <YYYY>', 'list a year')
    .option('--date <YYYY-MM-DD>', 'explain one date')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--format <format>', 'table | json', 'table')
    .option('--today <date>', 'the date (YYYY-MM-DD, Japan) used by date-dependent warnings; default: today')
    .action(async (opts: { year?: string; date?: string; root?: string; format?: string; today?: string }) => {
      const format = parseChoice(opts.format, '--format', ['table', 'json'] as const, 'table');
      if ((opts.year === undefined) === (opts.date === undefined)) {
        throw new CliError(
          {
            en: ['give exactly one of --year YYYY or --date YYYY-MM-DD', 'e.g. vmsc calendar --year 2027, or vmsc calendar --date 2026-12-30'],
            ja: ['--year YYYY と --date YYYY-MM-DD のどちらか一方だけを指定してください', '例: vmsc calendar --year 2027、vmsc calendar --date 2026-12-30'],
          },
          1,
        );
      }
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year))
        throw new CliError(
          {
            en: [`--year must be a year YYYY, not ${JSON.stringify(opts.year)}`],
            ja: [`--year は年 YYYY で指定してください（${JSON.stringify(opts.year)} は不可）`],
          },
          1,
        );
      const date = opts.date === undefined ? undefined : parseDate(opts.date, '--date');
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const { model } = await loadModel(io, root, today);
      const cal = calendarOf(model);
      try {
        if (date !== undefined) {
          const d = cal.day(date);
          io.stdout(format === 'json' ? JSON.stringify(dateJson(cal, d), null, 2) + '\n' : dateText(cal, d));
        } else {
          const year = Number(opts.year);
          io.stdout(format === 'json' ? JSON.stringify(yearJson(cal, year), null, 2) + '\n' : yearTable(cal, year));
        }
      } catch (e) {
        if (e instanceof CalendarRangeError)
          throw new CliError(
            {
              en: [e.message, `ask about dates from ${cal.range.from} through ${cal.range.through}`],
              ja: [e.message, `${cal.range.from} から ${cal.range.through} までの日付で問い合わせてください`],
            },
            1,
          );
        throw e;
      }
      setExit(0);
    });
}
