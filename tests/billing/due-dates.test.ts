import { describe, expect, it } from 'vitest';
import { businessCalendar, HOLIDAY_DATA_RANGE } from '../../src/calendar/calendar.js';
import { dueDate, issueDate, nominalDueDate } from '../../src/billing/dates.js';
import { addDays, addMonthsToMonth, daysBetween, monthRange } from '../../src/util/dates.js';
import { model } from './fixtures.js';

const cal = businessCalendar(model().policies.calendar);

describe('第16条1 due date: last day of the month after M, moved back to the previous bank business day', () => {
  it.each([
    // work month, due date, why (checked against a printed calendar)
    ['2024-11', '2024-12-30', '12-31 is a bank holiday (年末年始) → Mon 12-30'],
    ['2025-12', '2026-01-30', '01-31 is a Saturday → Fri 01-30'],
    ['2018-03', '2018-04-27', '04-30 振替休日, 04-28/29 weekend → Fri 04-27'],
    ['2019-03', '2019-04-26', '04-30 国民の休日, 04-29 昭和の日, 04-27/28 weekend → Fri 04-26'],
    ['2026-07', '2026-08-31', 'Mon 08-31 is a business day'],
    ['2026-08', '2026-09-30', 'Wed 09-30 is a business day'],
    ['2025-07', '2025-08-29', '08-31 Sun, 08-30 Sat → Fri 08-29'],
    ['2025-10', '2025-11-28', '11-30 Sun, 11-29 Sat → Fri 11-28'],
    ['2027-11', '2027-12-30', '12-31 年末年始 → Thu 12-30'],
    ['2028-01', '2028-02-29', 'leap year: Tue 02-29'],
    ['2020-12', '2021-01-29', '01-31 Sun, 01-30 Sat → Fri 01-29'],
    ['2026-12', '2027-01-29', '01-31 Sun, 01-30 Sat → Fri 01-29'],
  ])('work month %s → %s (%s)', (month, due) => {
    expect(dueDate(cal, month)).toBe(due);
  });

  it('issue date is billing.invoiceIssueDay of the month after M', () => {
    expect(issueDate('2026-07', 1)).toBe('2026-08-01');
    expect(issueDate('2026-12', 25)).toBe('2027-01-25');
    expect(issueDate('2028-01', 28)).toBe('2028-02-28');
  });
});

describe('property: every due date in the holiday data', () => {
  // every work month whose following month lies in the data: 1970-01 … 2050-11
  const months = monthRange(HOLIDAY_DATA_RANGE.from.slice(0, 7), addMonthsToMonth(HOLIDAY_DATA_RANGE.through.slice(0, 7), -1));
  it(`covers ${months.length} months`, () => {
    expect(months.length).toBeGreaterThan(900);
  });
  it('is a bank business day, never later than the nominal month end, with no bank business day between them', () => {
    const bad: string[] = [];
    for (const m of months) {
      const nominal = nominalDueDate(m);
      const due = dueDate(cal, m);
      if (!cal.isBankBusinessDay(due)) bad.push(`${m}: ${due} is not a bank business day`);
      if (due > nominal) bad.push(`${m}: ${due} is after ${nominal}`);
      if (due.slice(0, 7) !== nominal.slice(0, 7)) bad.push(`${m}: ${due} left the month of ${nominal}`);
      for (let d = addDays(due, 1); d <= nominal; d = addDays(d, 1)) {
        if (cal.isBankBusinessDay(d)) bad.push(`${m}: ${d} is a bank business day between ${due} and ${nominal}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('property: previous bank business day of generated dates', () => {
  // a seeded generator (xorshift32): the same dates every run
  let seed = 0x9e3779b9;
  const next = () => {
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed;
  };
  const span = daysBetween(HOLIDAY_DATA_RANGE.from, HOLIDAY_DATA_RANGE.through);
  const dates = Array.from({ length: 3000 }, () => addDays(HOLIDAY_DATA_RANGE.from, 10 + (next() % (span - 10))));

  it('is a bank business day on or before the date, with none in between', () => {
    const bad: string[] = [];
    for (const d of dates) {
      const p = cal.previousBankBusinessDay(d);
      if (!cal.isBankBusinessDay(p) || p > d) bad.push(`${d} → ${p}`);
      if (cal.isBankBusinessDay(d) && p !== d) bad.push(`${d} is a business day but → ${p}`);
      for (let x = addDays(p, 1); x <= d; x = addDays(x, 1)) if (cal.isBankBusinessDay(x)) bad.push(`${d}: ${x} skipped`);
      const w = cal.day(d).weekday;
      if ((w === 6 || w === 7) && cal.isBankBusinessDay(d)) bad.push(`${d} is a weekend day`);
    }
    expect(bad).toEqual([]);
  });
});
