/** Contract figures for the contract document (第4条5, 第5条, 第6条, 第23条). */
import type { Model, ResolvedCustomer } from '../model/model.js';
import { addDays, addMonths, addMonthsToMonth, lastDayOfMonth, monthOf } from '../util/dates.js';
import { monthlyCharges, planIn, standardCategory } from './charges.js';
import type { Tariff } from '../model/inputs.js';
import type { InvoiceLine, PricedContract } from './lines.js';
import type { MonthlyCharges } from './charges.js';

export interface ContractFigures {
  /** 契約成立日 = billingStartsOn (第4条5) */
  establishedOn: string;
  /** 最低利用期間満了日: last day of the establishment month (第5条1) */
  minimumPeriodEndsOn: string;
  /** under the tariff in force on billingStartsOn */
  monthly: MonthlyCharges;
  /** 第23条: one month's monthly fee (plan × servers + options) EXCLUDING consumption tax (税抜) */
  damagesCap: number;
  /** always false: damagesCap is tax excluded */
  damagesCapIncludesTax: false;
  /** the initial fee under the tariff at start (第15条1①) */
  initialFee: number;
  /** service end date when terminated (第6条) */
  endsOn?: string;
}

export function contractFigures(model: Model, customer: ResolvedCustomer): ContractFigures {
  void model; // the tariff at start is already resolved on the customer; kept for the agreed signature
  const monthly = monthlyCharges(customer.tariffAtStart, customer);
  const f: ContractFigures = {
    establishedOn: customer.establishedOn,
    minimumPeriodEndsOn: customer.minimumPeriodEndsOn,
    monthly,
    damagesCap: monthly.subtotal,
    damagesCapIncludesTax: false,
    initialFee: customer.plan.initialFee,
  };
  if (customer.endsOn !== undefined) f.endsOn = customer.endsOn;
  return f;
}

/** Days of written notice required before a cancel date inside the minimum period (第5条2: 2週間前まで). */
export const MINIMUM_PERIOD_NOTICE_DAYS = 14;

/**
 * Is `endsOn` a lawful service end date for a written notice received on `noticedOn`?
 * - endsOn is a month end (第6条1–2);
 * - inside the minimum period (endsOn = the establishment month's end): noticedOn ≤ endsOn − 14 days (第5条2);
 * - otherwise: noticedOn ≤ endsOn minus one calendar month (第6条1; Temporal month arithmetic, day clamped:
 *   2027-02-28 − 1 month = 2027-01-28).
 */
export function isLawfulEndDate(customer: Pick<ResolvedCustomer, 'minimumPeriodEndsOn'>, noticedOn: string, endsOn: string): boolean {
  const latest = latestNoticeDate(customer, endsOn);
  return latest !== undefined && noticedOn <= latest;
}

/** The earliest month end that a written notice received on `noticedOn` can end the service on (第5条2 / 第6条). */
export function earliestLegalEndDate(customer: Pick<ResolvedCustomer, 'minimumPeriodEndsOn'>, noticedOn: string): string {
  const from = noticedOn > customer.minimumPeriodEndsOn ? noticedOn : customer.minimumPeriodEndsOn;
  let month = monthOf(from);
  // at most two steps: the month of notice fails only when less than a month remains
  for (;;) {
    const end = lastDayOfMonth(month);
    if (isLawfulEndDate(customer, noticedOn, end)) return end;
    month = addMonthsToMonth(month, 1);
  }
}

/**
 * The latest day a written notice can arrive to end the service on `endsOn` (the inverse of
 * earliestLegalEndDate): endsOn − 14 days for the end of the minimum period (第5条2), endsOn − 1 calendar
 * month for a later month end (第6条1). Undefined when `endsOn` is not a month end or lies before the end of
 * the minimum period (no notice can end the service then).
 */
export function latestNoticeDate(customer: Pick<ResolvedCustomer, 'minimumPeriodEndsOn'>, endsOn: string): string | undefined {
  if (lastDayOfMonth(endsOn) !== endsOn || endsOn < customer.minimumPeriodEndsOn) return undefined;
  return endsOn === customer.minimumPeriodEndsOn ? addDays(endsOn, -MINIMUM_PERIOD_NOTICE_DAYS) : addMonths(endsOn, -1);
}

/**
 * The priced lines of a contract as the register records it: the initial fee, then the monthly lines, under
 * the tariff in force on billingStartsOn (第2条4); `monthly` has the monthly subtotal, tax and total.
 */
export function contractLines(tariff: Tariff, customer: PricedContract): { lines: InvoiceLine[]; monthly: MonthlyCharges } {
  const monthly = monthlyCharges(tariff, customer);
  const plan = planIn(tariff, customer);
  const initial: InvoiceLine = {
    description: `初期費用（${plan.name}プラン）`,
    quantity: 1,
    unitPrice: plan.initialFee,
    amount: plan.initialFee,
    taxCategory: standardCategory(tariff.taxRatePercent),
    kind: 'initial',
  };
  return { lines: [initial, ...monthly.lines], monthly };
}
