import { describe, expect, it } from 'vitest';
import { contractFigures, earliestLegalEndDate, isLawfulEndDate, latestNoticeDate } from '../../src/billing/contract.js';
import { earliestLegalEnd } from '../../src/validate/rules/termination.js';
import { addDays } from '../../src/util/dates.js';
import { customer, model } from './fixtures.js';

const m = model();
const acme = customer(m, 'acme-logistics'); // established 2026-07-01, minimum period through 2026-07-31

describe('contract figures (第4条5, 第5条1, 第23条)', () => {
  it('acme-logistics: established 2026-07-01, minimum period ends 2026-07-31, monthly ¥71,000 + tax, damages cap ¥71,000 (tax excluded)', () => {
    const f = contractFigures(m, acme);
    expect(f).toMatchObject({
      establishedOn: '2026-07-01',
      minimumPeriodEndsOn: '2026-07-31',
      damagesCap: 71000,
      damagesCapIncludesTax: false,
      initialFee: 100000,
    });
    expect(f.monthly).toMatchObject({ tariffEffectiveFrom: '2019-07-01', subtotal: 71000, tax: 7100, total: 78100 });
    expect(f.endsOn).toBeUndefined();
  });
  it('kitanihon-seiki: premium, one server, ends 2026-12-31', () => {
    const f = contractFigures(m, customer(m, 'kitanihon-seiki'));
    expect(f).toMatchObject({ establishedOn: '2025-04-01', minimumPeriodEndsOn: '2025-04-30', damagesCap: 45000, endsOn: '2026-12-31', initialFee: 150000 });
  });
});

describe('earliest legal end date (第5条2 / 第6条)', () => {
  it.each([
    ['第5条2: inside the minimum period, 14 days before its end', '2026-07-17', '2026-07-31'],
    ['第5条2: 13 days before is too late for the minimum period → 第6条 month after', '2026-07-18', '2026-08-31'],
    ['notice before establishment', '2026-06-15', '2026-07-31'],
    ['第6条1: a month before the end of the month', '2026-11-27', '2026-12-31'],
    ['第6条1: 11-30 is exactly one month before 12-31', '2026-11-30', '2026-12-31'],
    ['第6条1: 12-01 is too late for 12-31', '2026-12-01', '2027-01-31'],
    ['第6条1: 2027-02-28 − 1 month = 2027-01-28 (clamped)', '2027-01-28', '2027-02-28'],
    ['第6条1: 2027-01-29 misses February', '2027-01-29', '2027-03-31'],
    ['第6条1: leap year 2028-02-29 − 1 month = 2028-01-29', '2028-01-29', '2028-02-29'],
  ])('%s: noticed %s → %s', (_n, noticed, want) => {
    expect(earliestLegalEndDate(acme, noticed)).toBe(want);
    expect(isLawfulEndDate(acme, noticed, want)).toBe(true);
  });

  it.each([
    ['第5条2: the end of the minimum period', '2026-07-31', '2026-07-17'],
    ['第6条1: a later month end', '2026-12-31', '2026-11-30'],
    ['第6条1: clamped at February', '2027-02-28', '2027-01-28'],
    ['not a month end', '2026-12-30', undefined],
    ['before the minimum period ends', '2026-06-30', undefined],
  ])('latest notice date, %s: %s → %s', (_n, endsOn, want) => {
    expect(latestNoticeDate(acme, endsOn)).toBe(want);
    if (want !== undefined) {
      expect(earliestLegalEndDate(acme, want)).toBe(endsOn);
      expect(earliestLegalEndDate(acme, addDays(want, 1)) > endsOn).toBe(true);
    }
  });

  it('property: the result is lawful, the month end before it is not, and it agrees with check (R019)', () => {
    const bad: string[] = [];
    for (let d = '2026-06-01'; d <= '2028-12-31'; d = addDays(d, 3)) {
      const e = earliestLegalEndDate(acme, d);
      const prevEnd = addDays(`${e.slice(0, 7)}-01`, -1);
      if (!isLawfulEndDate(acme, d, e)) bad.push(`${d}: ${e} not lawful`);
      if (prevEnd >= acme.minimumPeriodEndsOn && isLawfulEndDate(acme, d, prevEnd)) bad.push(`${d}: ${prevEnd} was already lawful`);
      const r019 = earliestLegalEnd(acme.establishedOn, d);
      if (r019 !== e) bad.push(`${d}: billing says ${e}, check (R019) says ${r019}`);
    }
    expect(bad).toEqual([]);
  });
});
