import { describe, expect, it } from 'vitest';
import { corporateNumberCheckDigit } from '../../src/validate/rules/registration-number.js';
import { cidrProblem } from '../../src/validate/rules/cidr.js';
import { earliestLegalEnd, noticeDeadline } from '../../src/validate/rules/termination.js';
import { emailProblem } from '../../src/validate/rules/email-addresses.js';
import { billedMonthRange } from '../../src/validate/rules/references.js';
import { RULES } from '../../src/validate/rules/index.js';
import { CODES } from '../../src/diagnostics/catalogue.js';

describe('法人番号 check digit (法人番号の指定等に関する省令 第2条)', () => {
  it.each([
    ['7123456789012', 7], // the worked example of the ministry's formula
    ['4011001098993', 4], // a real corporate number
    ['9234567890123', 9], // the example provider's registration number T9234567890123
  ])('%s → %i', (n, d) => expect(corporateNumberCheckDigit(n.slice(1))).toBe(d));
  it('a changed digit fails', () => expect(corporateNumberCheckDigit('234567890124')).not.toBe(9));
});

describe('第5条, 第6条: notice deadlines and the earliest legal end date', () => {
  it.each([
    // billingStartsOn, endsOn, deadline, article
    ['2026-10-16', '2026-10-31', '2026-10-17', '第5条2'], // inside the minimum period: 14 days
    ['2026-10-16', '2026-11-30', '2026-10-30', '第6条1'],
    ['2025-04-01', '2027-03-31', '2027-02-28', '第6条1'], // month end clamped
    ['2023-04-01', '2024-03-31', '2024-02-29', '第6条1'], // leap year
    ['2025-04-01', '2026-12-31', '2026-11-30', '第6条1'],
  ])('start %s, end %s → notice by %s (%s)', (start, end, deadline, article) => {
    expect(noticeDeadline(start, end)).toEqual({ deadline, article });
  });
  it.each([
    // billingStartsOn, noticedOn, earliest end
    ['2025-04-01', '2026-11-20', '2026-12-31'],
    ['2025-04-01', '2026-11-30', '2026-12-31'],
    ['2025-04-01', '2026-12-01', '2027-01-31'],
    ['2025-04-01', '2027-03-01', '2027-04-30'],
    ['2026-10-16', '2026-10-17', '2026-10-31'], // 第5条2: 14 days before the end of the minimum period
    ['2026-10-16', '2026-10-18', '2026-11-30'],
    ['2026-10-16', '2026-09-01', '2026-10-31'], // notice before the contract starts: the minimum period end
  ])('start %s, notice %s → earliest end %s', (start, noticed, end) => expect(earliestLegalEnd(start, noticed)).toBe(end));
});

describe('CIDR', () => {
  it.each(['203.0.113.10/32', '203.0.113.0/24', '0.0.0.0/0', '10.0.0.0/8'])('%s is valid', (c) => expect(cidrProblem(c)).toBeUndefined());
  it.each([
    ['203.0.113.256/32', /octet 256/],
    ['203.0.113.010/32', /leading zero/],
    ['203.0.113.10/24', /host bits set: \/24 covers 203\.0\.113\.0\/24/],
    ['10.1.0.0/8', /covers 10\.0\.0\.0\/8/],
    ['203.0.113.10/33', /prefix/],
  ])('%s: %s', (c, re) => expect(cidrProblem(c)?.problem).toMatch(re));
});

describe('e-mail addresses', () => {
  it('accepts an ordinary address', () => expect(emailProblem('hanako.tanaka@acme.example.co.jp')).toBeUndefined());
  it.each([
    ['a@x.jp\r\nBcc: b@y.jp', /line break/],
    ['a b@x.jp', /space/],
    [`${'a'.repeat(65)}@x.jp`, /64/],
    ['a@localhost', /without a dot/],
  ])('%j: %s', (a, re) => expect(emailProblem(a)).toMatch(re));
});

describe('billed months (R022)', () => {
  it('from the start month through closedThrough', () => expect(billedMonthRange('2026-07-01', '2026-10')).toEqual({ from: '2026-07', through: '2026-10' }));
  it('not past the termination month', () => expect(billedMonthRange('2025-04-01', '2026-10', '2026-08-31')).toEqual({ from: '2025-04', through: '2026-08' }));
});

describe('the rule registry', () => {
  it('every rule has a unique code, and a title and a description in the catalogue', () => {
    const codes = RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of RULES) {
      expect(r.code).toMatch(/^[A-Z]\d{3}$/);
      const entry = CODES.find((c) => c.code === r.code);
      expect(entry?.title.length, r.code).toBeGreaterThan(3);
      expect(entry?.description.length, r.code).toBeGreaterThan(20);
    }
  });
});
