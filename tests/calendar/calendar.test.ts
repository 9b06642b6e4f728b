import { describe, expect, it } from 'vitest';
import { businessCalendar, CalendarRangeError, HOLIDAY_DATA_RANGE, inYearlyRange } from '../../src/calendar/calendar.js';
import type { Calendar } from '../../src/model/inputs.js';
import { addDays, dayOfWeek } from '../../src/util/dates.js';

/** the example's calendar.yaml, as data */
const EXAMPLE_POLICY: Calendar = {
  timeZone: 'Asia/Tokyo',
  helpdesk: {
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    opens: '09:00',
    closes: '17:30',
    closedOnNationalHolidays: true,
    breaks: [{ name: '年末年始', from: '12-29', to: '01-03' }],
    closedDates: [],
  },
  bankHolidays: [{ name: '年末年始', from: '12-31', to: '01-03' }],
  coverage: { from: '2026-01-01', through: '2028-12-31' },
};
const cal = businessCalendar(EXAMPLE_POLICY);

describe('national holidays (@holiday-jp), 振替休日 and 国民の休日 included', () => {
  it.each([
    ['2026-01-01', '元日'],
    ['2026-05-06', '振替休日'], // こどもの日 is Tue; 憲法記念日 on Sun 05-03 moves to the next non-holiday: Wed 05-06
    ['2026-09-22', '国民の休日'], // between 敬老の日 (09-21) and 秋分の日 (09-23)
    ['2019-04-30', '国民の休日'], // the 2019 ten-day Golden Week
    ['2018-04-30', '振替休日'], // 昭和の日 on Sunday
    ['2020-07-24', 'スポーツの日'], // moved for the 2020 Olympics
    ['2028-02-23', '天皇誕生日'],
  ])('%s is %s', (date, name) => {
    const d = cal.day(date);
    expect(d.nationalHoliday).toBe(name);
    expect(d.bankBusinessDay).toBe(false);
    expect(d.bankHolidayReason).toBe(`祝日（${name}）`);
  });

  it('an ordinary weekday has no holiday', () => {
    const d = cal.day('2026-11-27');
    expect(d).toMatchObject({ date: '2026-11-27', weekday: 5, helpdeskOpen: true, bankBusinessDay: true });
    expect(d.nationalHoliday).toBeUndefined();
    expect(d.helpdeskClosedReason).toBeUndefined();
    expect(d.bankHolidayReason).toBeUndefined();
  });
});

describe('仕様書2 helpdesk days: listed weekdays − national holidays − breaks − closed dates', () => {
  it.each([
    // date, helpdesk open, reason, bank business day, bank reason
    ['2026-11-28', false, '土曜日', false, '土曜日'],
    ['2026-11-29', false, '日曜日', false, '日曜日'],
    ['2026-11-23', false, '祝日（勤労感謝の日）', false, '祝日（勤労感謝の日）'],
    ['2026-12-28', true, undefined, true, undefined], // Mon before the break
    ['2026-12-29', false, '年末年始', true, undefined], // the helpdesk break starts; banks still open
    ['2026-12-30', false, '年末年始', true, undefined],
    ['2026-12-31', false, '年末年始', false, '年末年始'], // banks close 12-31 .. 01-03
    ['2027-01-01', false, '祝日（元日）', false, '祝日（元日）'],
    ['2027-01-02', false, '年末年始', false, '年末年始'], // Saturday inside the break: the break is named first
    ['2027-01-04', true, undefined, true, undefined], // Mon: the break (to 01-03) is over
    ['2028-01-03', false, '年末年始', false, '年末年始'], // Mon, last day of both breaks
    ['2028-01-04', true, undefined, true, undefined],
  ] as const)('%s helpdesk %s (%s), bank %s (%s)', (date, open, reason, bank, bankReason) => {
    const d = cal.day(date);
    expect(d.helpdeskOpen).toBe(open);
    expect(d.helpdeskClosedReason).toBe(reason);
    expect(d.bankBusinessDay).toBe(bank);
    expect(d.bankHolidayReason).toBe(bankReason);
    expect(cal.isHelpdeskDay(date)).toBe(open);
    expect(cal.isBankBusinessDay(date)).toBe(bank);
  });

  it('every reason is listed, most specific first', () => {
    expect(cal.day('2027-01-02').helpdeskClosedReasons).toEqual(['年末年始', '土曜日']);
    expect(cal.day('2026-05-03').bankHolidayReasons).toEqual(['祝日（憲法記念日）', '日曜日']);
  });

  it('closedDates, a break inside one year, another weekday set, and open on national holidays', () => {
    const c = businessCalendar({
      ...EXAMPLE_POLICY,
      helpdesk: {
        ...EXAMPLE_POLICY.helpdesk,
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
        closedOnNationalHolidays: false,
        breaks: [{ name: '夏季休業', from: '08-13', to: '08-15' }],
        closedDates: ['2026-10-02'],
      },
    });
    expect(c.day('2026-10-02')).toMatchObject({ helpdeskOpen: false, helpdeskClosedReason: '休業日', bankBusinessDay: true });
    expect(c.day('2026-08-13')).toMatchObject({ helpdeskOpen: false, helpdeskClosedReason: '夏季休業' });
    expect(c.day('2026-08-12').helpdeskOpen).toBe(true);
    expect(c.day('2026-08-16').helpdeskOpen).toBe(false); // Sunday
    expect(c.day('2026-11-28').helpdeskOpen).toBe(true); // Saturday is listed
    expect(c.day('2026-11-23')).toMatchObject({ helpdeskOpen: true, nationalHoliday: '勤労感謝の日', bankBusinessDay: false });
    expect(c.day('2026-12-31').helpdeskOpen).toBe(true); // no year-end break in this policy
    expect(c.helpdeskHours).toEqual({ opens: '09:00', closes: '17:30' });
  });

  it('yearly MM-DD ranges may span the new year', () => {
    expect(inYearlyRange('2026-12-29', '12-29', '01-03')).toBe(true);
    expect(inYearlyRange('2027-01-03', '12-29', '01-03')).toBe(true);
    expect(inYearlyRange('2027-01-04', '12-29', '01-03')).toBe(false);
    expect(inYearlyRange('2026-12-28', '12-29', '01-03')).toBe(false);
    expect(inYearlyRange('2028-02-29', '02-28', '03-01')).toBe(true);
    expect(inYearlyRange('2026-08-15', '08-13', '08-15')).toBe(true);
    expect(inYearlyRange('2026-08-16', '08-13', '08-15')).toBe(false);
  });
});

describe('第16条1 previous bank business day', () => {
  it.each([
    ['2024-12-31', '2024-12-30'],
    ['2026-01-31', '2026-01-30'],
    ['2018-04-30', '2018-04-27'],
    ['2019-04-30', '2019-04-26'],
    ['2026-11-27', '2026-11-27'], // itself when it is one
    ['2027-01-03', '2026-12-30'], // back over 01-03..12-31
  ])('%s → %s', (d, want) => {
    expect(cal.previousBankBusinessDay(d)).toBe(want);
  });
  it('next bank business day and next helpdesk day', () => {
    expect(cal.nextBankBusinessDay('2026-12-31')).toBe('2027-01-04');
    expect(cal.nextHelpdeskDay('2026-12-29')).toBe('2027-01-04');
    expect(cal.nextHelpdeskDay('2026-11-27')).toBe('2026-11-27');
  });
});

describe('a date outside the holiday data is an error, not "no holiday"', () => {
  const before = addDays(HOLIDAY_DATA_RANGE.from, -1);
  const after = addDays(HOLIDAY_DATA_RANGE.through, 1);
  it('the data covers whole years', () => {
    expect(HOLIDAY_DATA_RANGE.from.endsWith('-01-01')).toBe(true);
    expect(HOLIDAY_DATA_RANGE.through.endsWith('-12-31')).toBe(true);
    expect(HOLIDAY_DATA_RANGE.through >= '2030-12-31').toBe(true);
    expect(cal.range).toEqual(HOLIDAY_DATA_RANGE);
  });
  it.each([
    ['day before the data', () => cal.day(before)],
    ['day after the data', () => cal.day(after)],
    ['isBankBusinessDay after the data', () => cal.isBankBusinessDay(after)],
    ['days() reaching past the data', () => cal.days(HOLIDAY_DATA_RANGE.through, after)],
    ['walking back out of the data', () => cal.previousBankBusinessDay(HOLIDAY_DATA_RANGE.from)], // 01-01 is a holiday
    ['a malformed date', () => cal.day('2026-02-30')],
  ])('%s throws CalendarRangeError', (_n, f) => {
    expect(f).toThrow(CalendarRangeError);
  });
  it('the first and last days of the data answer', () => {
    expect(cal.day(HOLIDAY_DATA_RANGE.from).nationalHoliday).toBe('元日');
    expect(cal.day(HOLIDAY_DATA_RANGE.through).weekday).toBe(dayOfWeek(HOLIDAY_DATA_RANGE.through));
  });
});

describe('days(from, through)', () => {
  it('is inclusive and in order', () => {
    const ds = cal.days('2026-12-28', '2027-01-04');
    expect(ds.map((d) => d.date)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04']);
    expect(ds.map((d) => d.helpdeskOpen)).toEqual([true, false, false, false, false, false, false, true]);
    expect(ds.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7, 1]);
  });
  it('a year of the example: 2026 has 240 helpdesk days and 242 bank business days', () => {
    // 365 − 104 weekend days = 261 weekdays; national holidays on weekdays 2026: 17 (18 − 05-03 Sunday) → 244;
    // banks also close 12-31 (Thu), 01-02 (Fri) → 242; the helpdesk also 12-29, 12-30 → 240
    const ds = cal.days('2026-01-01', '2026-12-31');
    expect(ds).toHaveLength(365);
    expect(ds.filter((d) => d.bankBusinessDay)).toHaveLength(242);
    expect(ds.filter((d) => d.helpdeskOpen)).toHaveLength(240);
  });
});
