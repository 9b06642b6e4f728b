import { describe, expect, it } from 'vitest';
import { consumptionTax, formatYen, lateFee } from '../../src/billing/money.js';
import { daysBetween } from '../../src/util/dates.js';

describe('第17条 late fee: floor(unpaid × 146 × days / 365000)', () => {
  it.each([
    // [case, unpaid, due date, paid on, days, fee] — fee checked by hand: 110000×146×31 = 497,860,000 / 365,000 = 1364.0
    ['第17条: ¥110,000 paid 31 days late', 110000, '2026-08-31', '2026-10-01', 31, 1364],
    ['第17条: across 2028-02-29 the year still has 365 days', 110000, '2028-02-15', '2028-03-17', 31, 1364],
    ['第17条: 2028-01-31 → 2028-03-02 is 31 days with the leap day', 110000, '2028-01-31', '2028-03-02', 31, 1364],
    ['第17条: one day late (paid the day after the due date)', 243100, '2026-08-31', '2026-09-01', 1, 97], // 35,492,600/365,000 = 97.24
    ['第17条: example acme 2026-07 paid 2026-09-08', 243100, '2026-08-31', '2026-09-08', 8, 777], // 283,940,800/365,000 = 777.92
    ['第17条: a whole (non-leap) year is 14.6 %', 1000000, '2026-12-30', '2027-12-30', 365, 146000],
    ['第17条: a leap year has 366 days of fee', 1000000, '2027-12-30', '2028-12-30', 366, 146400],
  ])('%s', (_name, unpaid, due, paid, days, fee) => {
    expect(daysBetween(due, paid)).toBe(days);
    expect(lateFee(unpaid, days)).toBe(fee);
  });

  it('第17条: rounded down (円未満切捨て), never to nearest', () => {
    expect(lateFee(2500, 1)).toBe(1); // 2500 × 146 = 365,000 → exactly 1
    expect(lateFee(2499, 1)).toBe(0); // 0.9996 → 0
    expect(lateFee(4999, 1)).toBe(1); // 1.9996 → 1
  });

  it('第17条: no fee on time or for nothing unpaid', () => {
    expect(lateFee(110000, 0)).toBe(0);
    expect(lateFee(0, 30)).toBe(0);
  });

  it('第17条: exact for amounts where floating point would round wrong', () => {
    // 9,007,199,254,740,991 × 146 × 3650 overflows doubles; BigInt keeps it exact
    const big = Number.MAX_SAFE_INTEGER;
    const exact = (BigInt(big) * 146n * 3650n) / 365000n;
    expect(lateFee(big, 3650)).toBe(Number(exact));
    expect(() => lateFee(1.5, 3)).toThrow();
  });
});

describe('第16条2 consumption tax: floor(taxable × rate / 100) once per invoice per rate', () => {
  it.each([
    ['¥315 at 10 % is ¥31 (not 3 × ¥10 per line)', 315, 10, 31],
    ['¥221,000 at 10 %', 221000, 10, 22100],
    ['¥999 at 8 % rounds down 79.92', 999, 8, 79],
    ['¥9 at 10 % rounds down to 0', 9, 10, 0],
    ['¥0', 0, 10, 0],
  ])('%s', (_n, taxable, rate, tax) => {
    expect(consumptionTax(taxable, rate)).toBe(tax);
  });
});

it('formatYen groups digits without a locale', () => {
  expect(formatYen(0)).toBe('¥0');
  expect(formatYen(243100)).toBe('¥243,100');
  expect(formatYen(1234567)).toBe('¥1,234,567');
});
