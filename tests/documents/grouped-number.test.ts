/**
 * The amounts of contracts and invoices (the `yen` and `num` helpers of the document templates) are grouped without
 * Intl for safe integers: each case must read exactly as `Intl.NumberFormat('en-US', { maximumFractionDigits: 0,
 * useGrouping: true })` writes it, which the templates used before (and still use for anything else).
 */
import { describe, expect, it } from 'vitest';
import { groupedNumber, yen } from '../../src/emit/documents/markup.js';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: true });

describe('amounts grouped as Intl.NumberFormat en-US writes them', () => {
  const cases = [
    0,
    -0,
    1,
    -1,
    7,
    12,
    123,
    999,
    1000,
    -1000,
    1001,
    9999,
    10000,
    12345,
    99999,
    100000,
    123456,
    999999,
    1000000,
    -1234567,
    12345678,
    123456789,
    1234567890,
    2 ** 31,
    -(2 ** 31),
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    1e21,
    1.5,
    2.5,
    -2.5,
    0.4,
    1234.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  it.each(cases.map((n) => [Object.is(n, -0) ? '-0' : String(n), n]))('%s', (_, n) => {
    expect(groupedNumber(n)).toBe(intl.format(n));
  });
  it('every integer of a sweep through the digit counts, both signs', () => {
    for (let d = 1; d <= 16; d++) {
      for (const base of [10 ** (d - 1), 10 ** d - 1, Math.floor(10 ** (d - 1) * 1.234567)]) {
        for (const n of [base, -base]) if (Number.isSafeInteger(n)) expect(groupedNumber(n)).toBe(intl.format(n));
      }
    }
  });
  it('yen: the sign before the yen sign, whole yen only', () => {
    expect(yen(1234567)).toBe('¥1,234,567');
    expect(yen(-1234567)).toBe('-¥1,234,567');
    expect(yen(0)).toBe('¥0');
    expect(() => yen(1.5)).toThrow(/not whole yen/);
  });
});
