/**
 * Money arithmetic: integer yen only; every division is BigInt, rounded down (切捨て) and stated where used.
 */

/** 第17条①③: 14.6 % a year on a 365-day year, as a whole-number ratio (146 / 365000 per day). */
export const LATE_FEE_PER_MILLE_TENTHS = 146n; // 14.6 % = 146 / 1000
export const LATE_FEE_DAY_BASIS = 365n; // 年365日の日割り (also in leap years)

/** floor(unpaid × 146 × days / 365000): 第17条 late fee in whole yen, rounded down. */
export function lateFee(unpaid: number, days: number): number {
  assertYen(unpaid, 'unpaid');
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0, not ${days}`);
  if (unpaid <= 0 || days === 0) return 0;
  return Number((BigInt(unpaid) * LATE_FEE_PER_MILLE_TENTHS * BigInt(days)) / (1000n * LATE_FEE_DAY_BASIS));
}

/** floor(taxable × rate / 100): consumption tax, once per invoice per rate (円未満切捨て). */
export function consumptionTax(taxable: number, ratePercent: number): number {
  assertYen(taxable, 'taxable');
  if (!Number.isSafeInteger(ratePercent) || ratePercent < 0) throw new RangeError(`tax rate must be a whole percent, not ${ratePercent}`);
  if (taxable < 0) throw new RangeError(`taxable amount must be ≥ 0, not ${taxable}`);
  return Number((BigInt(taxable) * BigInt(ratePercent)) / 100n); // non-negative: BigInt division = floor
}

/** a × b in yen, checked to stay a safe integer */
export function times(a: number, b: number): number {
  const r = a * b;
  assertYen(r, 'amount');
  return r;
}

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  assertYen(s, 'sum');
  return s;
}

function assertYen(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be whole yen (a safe integer), not ${n}`);
}

/** ¥1,234 (no locale: the grouping is written out, so output never depends on the machine) */
export function formatYen(n: number): string {
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}¥${s}`;
}
