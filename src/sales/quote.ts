/**
 * The figures of a quote (御見積書) for a prospect, from the same billing code as the contract and the invoices
 * (billing/contract.ts contractLines, billing/charges.ts monthlyCharges, billing/money.ts consumptionTax): no
 * price is computed here. Pure.
 */
import { contractLines } from '../billing/contract.js';
import type { MonthlyCharges } from '../billing/charges.js';
import { monthlyCharges } from '../billing/charges.js';
import type { InvoiceLine, PricedContract } from '../billing/lines.js';
import { consumptionTax, sum } from '../billing/money.js';
import type { Policies } from '../model/model.js';
import type { Prospect, Tariff } from '../model/inputs.js';
import { tariffInForce } from '../resolve/tariff.js';
import { addDays, addMonthsToMonth, lastDayOfMonth, monthOf } from '../util/dates.js';

/** what a quote reads of a model: the provider (sales policy), the tariffs and the revisions. A `Model` is one. */
export interface SalesModel {
  policies: Pick<Policies, 'provider' | 'tariffs' | 'revisions' | 'terms' | 'calendar'>;
}

/** the months after the first that one tariff prices: a run of months with the same monthly charges */
export interface MonthlyPeriod {
  fromMonth: string;
  /** the last month of the period; absent for the last period (open-ended) */
  throughMonth?: string;
  /** the tariff that prices it (invoices price a month by the tariff in force on its 1st) */
  tariffEffectiveFrom: string;
  /** present for a tariff later than the one at start: the revision that announces it (policies/revisions/), if any */
  revision?: { id: string; title: string; announcedOn: string; effectiveOn: string };
  /** true for a tariff taking effect after the planned start (an announced revision) */
  later: boolean;
  monthly: MonthlyCharges;
}

export interface Quote {
  prospect: string;
  /** provider.sales.quoteNumber with {id} and the date filled in */
  number: string;
  /** the quote date */
  date: string;
  /** date + provider.sales.quoteValidDays */
  validUntil: string;
  /** = billing start = establishment date (第4条5) */
  plannedStartOn: string;
  /** last day of the month of the planned start (第5条1) */
  minimumPeriodEndsOn: string;
  serverCount: number;
  /** the tariff in force on the planned start date */
  tariffEffectiveFrom: string;
  taxRatePercent: number;
  /** the initial fee line (第15条1①) */
  initial: InvoiceLine;
  /** the monthly charges under the tariff at start (第15条1②: plan × servers, options): those of the first month */
  monthly: MonthlyCharges;
  /** the invoice of the first month: initial fee + the whole month (第15条2: no pro-rating), tax once per rate */
  firstMonth: { month: string; lines: InvoiceLine[]; taxable: number; tax: number; total: number };
  /** the months after the first, oldest first: under the tariff at start, then from each later tariff on (第2条) */
  after: MonthlyPeriod[];
}

/** a prospect as billing sees a contract: its plan, options and serverCount servers */
export function pricedProspect(p: Prospect): PricedContract {
  return { id: p.id, servers: Array.from({ length: p.serverCount }, (_, i) => i), source: { contract: { plan: p.plan, options: p.options } } };
}

/** provider.sales.quoteNumber with the prospect id and the quote date */
export function quoteNumber(format: string, prospectId: string, date: string): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  return format.replace(/\{(id|yyyymmdd|yyyy|mm|dd)\}/g, (_, k: string) =>
    k === 'id' ? prospectId : k === 'yyyymmdd' ? `${y}${m}${d}` : k === 'yyyy' ? y : k === 'mm' ? m : d,
  );
}

/** a quote asked of a prospect the checked model cannot price (the rules Q003/Q004 say why, located) */
export class QuoteError extends Error {}

/** the first month a tariff taking effect on `effectiveOn` prices: invoices price a month by the tariff in force on its 1st */
function firstPricedMonth(effectiveOn: string): string {
  const month = monthOf(effectiveOn);
  return effectiveOn.endsWith('-01') ? month : addMonthsToMonth(month, 1);
}

/** the periods of the months after the first: each tariff from its first priced month to the month before the next's */
function periods(model: SalesModel, start: string, atStart: Tariff, priced: PricedContract): MonthlyPeriod[] {
  const second = addMonthsToMonth(monthOf(start), 1);
  const runs: MonthlyPeriod[] = [{ fromMonth: second, tariffEffectiveFrom: atStart.effectiveFrom, later: false, monthly: monthlyCharges(atStart, priced) }];
  for (const t of model.policies.tariffs) {
    if (t.effectiveFrom <= start) continue;
    const from = firstPricedMonth(t.effectiveFrom);
    const r = model.policies.revisions.find((x) => x.kind === 'tariff' && x.tariff === t.effectiveFrom);
    const run: MonthlyPeriod = {
      // biome-ignore lint/complexity/useMathMinMax: months are strings, compared as text (Math.max would give NaN)
      fromMonth: from < second ? second : from,
      tariffEffectiveFrom: t.effectiveFrom,
      ...(r ? { revision: { id: r.id, title: r.title, announcedOn: r.announcedOn, effectiveOn: r.effectiveOn } } : {}),
      later: true,
      monthly: monthlyCharges(t, priced),
    };
    // a tariff that prices from the same month as the one before replaces it (both took effect within a month)
    while (runs.length && runs[runs.length - 1]!.fromMonth >= run.fromMonth) runs.pop();
    runs.push(run);
  }
  return runs.map((p, i) => {
    const next = runs[i + 1];
    return next ? { ...p, throughMonth: addMonthsToMonth(next.fromMonth, -1) } : p;
  });
}

/**
 * The quote of `prospect` dated `date`: the tariff in force on the planned start prices the first month and the
 * months after; each later tariff its months from when it is in force on their 1st.
 */
export function priceQuote(model: SalesModel, prospect: Prospect, date: string): Quote {
  const sales = model.policies.provider.sales;
  if (!sales) throw new QuoteError('policies/provider.yaml has no sales: block (Q004)');
  const tariffs = model.policies.tariffs;
  const start = prospect.plannedStartOn;
  const tariff = tariffInForce(tariffs, start);
  if (!tariff) throw new QuoteError(`no tariff is in force on ${start} (Q003)`);
  const priced = pricedProspect(prospect);
  const { lines, monthly } = contractLines(tariff, priced);
  const taxable = sum(lines.map((l) => l.amount));
  const tax = consumptionTax(taxable, tariff.taxRatePercent);
  return {
    prospect: prospect.id,
    number: quoteNumber(sales.quoteNumber, prospect.id, date),
    date,
    validUntil: addDays(date, sales.quoteValidDays),
    plannedStartOn: start,
    minimumPeriodEndsOn: lastDayOfMonth(start),
    serverCount: prospect.serverCount,
    tariffEffectiveFrom: tariff.effectiveFrom,
    taxRatePercent: tariff.taxRatePercent,
    initial: lines[0]!,
    monthly,
    firstMonth: { month: monthOf(start), lines, taxable, tax, total: taxable + tax },
    after: periods(model, start, tariff, priced),
  };
}
