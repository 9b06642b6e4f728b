/**
 * Monthly invoices (第15条–第17条). Pure: reads the model only.
 *
 * For month M of a customer (billedMonths):
 * - tariff in force on the 1st of M (for the establishment month: on billingStartsOn);
 * - initial fee in the establishment month; plan monthly fee × servers; options per customer / per server;
 *   every month in full (第15条2: no pro-rating);
 * - work orders with amount > 0 completed in M (¥0 work orders, included in the monthly fee, are not listed);
 * - late fees (第17条) for payments made in M after the due date of an earlier invoice, out of scope of consumption tax (不課税);
 * - consumption tax once per invoice per rate, rounded down.
 */
import type { Policies } from '../model/model.js';
import type { Payment } from '../types/generated/customer.js';
import { businessCalendar } from '../calendar/calendar.js';
import type { BusinessCalendar } from '../calendar/calendar.js';
import type { Calendar, Tariff } from '../model/inputs.js';
import { tariffInForce } from '../resolve/tariff.js';
import { daysBetween, formatJapaneseDate, monthOf } from '../util/dates.js';
import { monthlyCharges, planIn, standardCategory } from './charges.js';
import { dueDate, invoiceIssueDate, monthFacts, months as monthsFromTo } from './dates.js';
import { BillingError } from './errors.js';
import type { BillingCustomer, InvoiceLine, LateFeeDetail, TaxCategory } from './lines.js';
import { consumptionTax, formatYen, lateFee, sum } from './money.js';
import type { Register } from '../types/generated/register.js';

export { BillingError } from './errors.js';

/** What billing reads of a model: the policies it prices and dates with. A `Model` is one. */
export interface BillingModel {
  policies: Pick<Policies, 'provider' | 'calendar' | 'tariffs'>;
  /** the register of issued documents (records/register/): payments are applied to the issued amounts */
  records?: readonly Register[];
}

export type { BillingCustomer, InvoiceLine, LateFeeDetail, TaxCategory } from './lines.js';

export interface TaxBreakdown {
  taxCategory: TaxCategory;
  ratePercent: number;
  /** taxable amount at this rate, before tax */
  taxable: number;
  /** floor(taxable × rate / 100), once per invoice per rate */
  tax: number;
}

export interface Invoice {
  customer: string;
  month: string; // YYYY-MM billed
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  periodFrom: string;
  periodThrough: string; // billed period: the month (the first one from billingStartsOn)
  taxRatePercent: number;
  lines: InvoiceLine[];
  subtotal: number; // taxable, before tax
  tax: number;
  nonTaxable: number;
  total: number;
  tariffEffectiveFrom: string;
  /** totals per tax rate (適格請求書) */
  taxBreakdown: TaxBreakdown[];
  /** remarks to print, e.g. 第5条2 when the contract ends inside the minimum period */
  notes: string[];
  /** total − late-fee lines: the 本対価 on which a late fee of this invoice would run */
  principal: number;
}

/** `<customer>-<YYYYMM>`: stable (a function of customer id and month only) and unique (one invoice per customer and month). */
export function invoiceNumber(customerId: string, month: string): string {
  return `${customerId}-${month.replace('-', '')}`;
}

/** Months from the month of billingStartsOn through the earlier of billing.closedThrough and the month of termination.endsOn. */
export function billedMonths(model: BillingModel, customer: BillingCustomer): string[] {
  const first = monthOf(customer.establishedOn);
  let last = model.policies.provider.billing.closedThrough;
  if (customer.endsOn !== undefined && monthOf(customer.endsOn) < last) last = monthOf(customer.endsOn);
  return first <= last ? monthsFromTo(first, last) : [];
}

/** The invoice of `customer` for `month`; throws BillingError for a month outside billedMonths. */
export function computeInvoice(model: BillingModel, customer: BillingCustomer, month: string): Invoice {
  const months = billedMonths(model, customer);
  if (!months.includes(month)) {
    throw new BillingError(
      months.length === 0
        ? `${customer.id} has no billed month yet (billing starts ${customer.establishedOn}, invoices are built through ${model.policies.provider.billing.closedThrough})`
        : `${month} is not a billed month of ${customer.id}: invoices run from ${months[0]} through ${months[months.length - 1]}`,
      'billed months run from the month of contract.billingStartsOn through the earlier of billing.closedThrough (policies/provider.yaml) and the month of termination.endsOn',
    );
  }
  const inv = ledger(model, customer).get(month);
  if (!inv) throw new Error(`internal: ${customer.id} ${month} missing from the ledger`);
  return structuredClone(inv);
}

/** Every invoice of a customer, in month order. */
export function computeInvoices(model: BillingModel, customer: BillingCustomer): Invoice[] {
  return [...ledger(model, customer).values()].map((i) => structuredClone(i));
}

/** One late-fee event: a payment of an invoice made after its due date. */
export interface LateFeeEvent extends LateFeeDetail {
  amount: number;
  /** the month whose invoice carries the fee (the month of paidOn) */
  billedIn: string;
  /** false when billedIn is not a billed month (after billing.closedThrough or after the contract ended) */
  billed: boolean;
}

/** Payment status of one invoice. */
export interface InvoiceStatus {
  month: string;
  invoiceNumber: string;
  dueDate: string;
  total: number;
  principal: number;
  paid: number;
  /** principal not yet paid (0 when settled) */
  unpaid: number;
  lateFees: LateFeeEvent[];
}

const STATUS = new WeakMap<Map<string, Invoice>, InvoiceStatus[]>();

/** Payment status of every billed invoice of a customer (for check warnings and reports). */
export function paymentStatus(model: BillingModel, customer: BillingCustomer): InvoiceStatus[] {
  return structuredClone(sharedPaymentStatus(model, customer)) as InvoiceStatus[];
}

/**
 * paymentStatus without the defensive copy: the memoised value itself, for callers that only read it and keep it
 * (the B-rules of vmsc check, which keep one per customer between the language server's edits).
 */
export function sharedPaymentStatus(model: BillingModel, customer: BillingCustomer): readonly InvoiceStatus[] {
  const months = ledger(model, customer);
  let st = STATUS.get(months);
  if (!st) {
    st = [...months.values()].map((inv) => {
      const basis = settlementBasis(model, customer, inv);
      const { events, paid, unpaid } = settle(basis, paymentsFor(customer, inv.month));
      return {
        month: inv.month,
        invoiceNumber: inv.invoiceNumber,
        dueDate: basis.dueDate,
        total: basis.total,
        principal: basis.principal,
        paid,
        unpaid,
        lateFees: events.map((e) => ({ ...e, billed: months.has(e.billedIn) })),
      };
    });
    STATUS.set(months, st);
  }
  return st;
}

const CALENDARS = new WeakMap<Calendar, BusinessCalendar>();
export function calendarOf(model: BillingModel): BusinessCalendar {
  let c = CALENDARS.get(model.policies.calendar);
  if (!c) {
    c = businessCalendar(model.policies.calendar);
    CALENDARS.set(model.policies.calendar, c);
  }
  return c;
}

const LEDGERS = new WeakMap<BillingModel, WeakMap<BillingCustomer, Map<string, Invoice>>>();

function ledger(model: BillingModel, customer: BillingCustomer): Map<string, Invoice> {
  let perModel = LEDGERS.get(model);
  if (!perModel) {
    perModel = new WeakMap();
    LEDGERS.set(model, perModel);
  }
  let l = perModel.get(customer);
  if (!l) {
    l = buildLedger(model, customer);
    perModel.set(customer, l);
  }
  return l;
}

function paymentsFor(customer: BillingCustomer, month: string): Payment[] {
  return (customer.source.payments ?? [])
    .filter((p) => p.invoice === month)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.paidOn < b.p.paidOn ? -1 : a.p.paidOn > b.p.paidOn ? 1 : a.i - b.i))
    .map((x) => x.p);
}

/**
 * Applies the payments of one invoice in date order to its principal. Each payment settles
 * min(amount, still unpaid); when made after the due date, the part it settles carries
 * floor(part × 146 × days / 365000) yen (第17条), days = due date + 1 … payment day.
 * Anything paid beyond the principal is not a principal (it may pay late fees); no fee runs on late fees.
 */
function settle(inv: Invoice, payments: readonly Payment[]): { events: Omit<LateFeeEvent, 'billed'>[]; paid: number; unpaid: number } {
  let unpaid = inv.principal;
  let paid = 0;
  const events: Omit<LateFeeEvent, 'billed'>[] = [];
  for (const p of payments) {
    paid += p.amount;
    const part = Math.min(p.amount, unpaid);
    unpaid -= part;
    if (part <= 0 || p.paidOn <= inv.dueDate) continue;
    const days = daysLate(inv.dueDate, p.paidOn);
    const amount = lateFee(part, days);
    if (amount === 0) continue;
    events.push({
      invoiceNumber: inv.invoiceNumber,
      invoiceMonth: inv.month,
      dueDate: inv.dueDate,
      paidOn: p.paidOn,
      days,
      principal: part,
      amount,
      billedIn: monthOf(p.paidOn),
    });
  }
  return { events, paid, unpaid };
}

const ISSUED = new WeakMap<readonly Register[], Map<string, Register>>();
/** the register of a customer, from the model's records (indexed once per records array) */
function registerOf(model: BillingModel, customerId: string): Register | undefined {
  const records = model.records;
  if (!records || records.length === 0) return undefined;
  let byCustomer = ISSUED.get(records);
  if (!byCustomer) {
    byCustomer = new Map(records.map((r) => [r.customer, r] as const));
    ISSUED.set(records, byCustomer);
  }
  return byCustomer.get(customerId);
}

/**
 * What payments of an invoice are applied to: the amount issued (the last document recorded for the month,
 * a correction replacing its original), else the invoice as computed. So a later edit of an input never turns
 * a full payment of an issued invoice into arrears: check reports the edit itself (K001).
 */
function settlementBasis(model: BillingModel, customer: BillingCustomer, inv: Invoice): Invoice {
  let issued: Register['documents'][number] | undefined;
  for (const d of registerOf(model, customer.id)?.documents ?? []) if (d.month === inv.month && d.kind !== 'contract') issued = d;
  if (!issued) return inv;
  const nonTaxable = issued.nonTaxable ?? 0;
  return { ...inv, total: issued.total, principal: issued.total - nonTaxable, dueDate: issued.dueDate ?? inv.dueDate };
}

const DAYS = new Map<string, number>();
/** paidOn − dueDate in days (memoised) */
function daysLate(due: string, paidOn: string): number {
  const key = `${due}/${paidOn}`;
  let n = DAYS.get(key);
  if (n === undefined) {
    n = daysBetween(due, paidOn);
    DAYS.set(key, n);
  }
  return n;
}

const JA_DATES = new Map<string, string>();
/** formatJapaneseDate, memoised (Temporal parsing is the cost of a large check) */
function jaDate(d: string): string {
  let s = JA_DATES.get(d);
  if (s === undefined) {
    s = formatJapaneseDate(d);
    JA_DATES.set(d, s);
  }
  return s;
}

function monthJa(month: string): string {
  return `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
}

type PendingLateFee = Omit<LateFeeEvent, 'billed'>;

function buildLedger(model: BillingModel, customer: BillingCustomer): Map<string, Invoice> {
  const cal = calendarOf(model);
  const out = new Map<string, Invoice>();
  const startMonth = monthOf(customer.establishedOn);
  // late fees waiting for the invoice of the month of payment
  const pending = new Map<string, PendingLateFee[]>();
  for (const month of billedMonths(model, customer)) {
    const facts = monthFacts(month);
    const tariff = tariffOfMonth(model, customer, month, month === startMonth ? customer.establishedOn : facts.first);
    const cat = standardCategory(tariff.taxRatePercent);
    const lines = invoiceLines(tariff, customer, month, month === startMonth, pending.get(month) ?? []);
    const taxable = sum(lines.filter((l) => l.taxCategory === cat).map((l) => l.amount));
    const nonTaxable = sum(lines.filter((l) => l.taxCategory === 'out-of-scope').map((l) => l.amount));
    const tax = consumptionTax(taxable, tariff.taxRatePercent);
    const total = taxable + tax + nonTaxable;
    const inv: Invoice = {
      customer: customer.id,
      month,
      invoiceNumber: invoiceNumber(customer.id, month),
      issueDate: invoiceIssueDate(cal, month, model.policies.provider.billing),
      dueDate: dueDate(cal, month),
      // 取引期間: the first invoice's starts on billingStartsOn (the whole month's fee is still charged, 第15条2)
      periodFrom: month === startMonth ? customer.establishedOn : facts.first,
      periodThrough: facts.last,
      taxRatePercent: tariff.taxRatePercent,
      lines,
      subtotal: taxable,
      tax,
      nonTaxable,
      total,
      tariffEffectiveFrom: tariff.effectiveFrom,
      taxBreakdown: [{ taxCategory: cat, ratePercent: tariff.taxRatePercent, taxable, tax }],
      notes: invoiceNotes(customer, month, month === startMonth),
      principal: total - nonTaxable,
    };
    out.set(month, inv);
    for (const e of settle(settlementBasis(model, customer, inv), paymentsFor(customer, month)).events) {
      const list = pending.get(e.billedIn) ?? [];
      list.push(e);
      pending.set(e.billedIn, list);
    }
  }
  return out;
}

/** the tariff that prices `month`: the one in force on `pricedOn` (the 1st, or billingStartsOn in the first month) */
function tariffOfMonth(model: BillingModel, customer: BillingCustomer, month: string, pricedOn: string): Tariff {
  const tariff = tariffInForce(model.policies.tariffs, pricedOn);
  if (!tariff) {
    throw new BillingError(
      `${customer.id} ${month}: no tariff is in force on ${pricedOn}`,
      'add a tariff under policies/tariffs/ whose effectiveFrom is on or before that date',
    );
  }
  return tariff;
}

/** the lines of one month: initial fee (first month), plan and options, work orders, late fees paid in it */
function invoiceLines(tariff: Tariff, customer: BillingCustomer, month: string, isStartMonth: boolean, lateFees: readonly PendingLateFee[]): InvoiceLine[] {
  const cat = standardCategory(tariff.taxRatePercent);
  const lines: InvoiceLine[] = [];
  if (isStartMonth) {
    const plan = planIn(tariff, customer);
    lines.push({
      description: `初期費用（${plan.name}プラン）`,
      quantity: 1,
      unitPrice: plan.initialFee,
      amount: plan.initialFee,
      taxCategory: cat,
      kind: 'initial',
    });
  }
  lines.push(...monthlyLines(tariff, customer));
  for (const wo of customer.source.workOrders ?? []) {
    if (wo.completedOn === undefined || monthOf(wo.completedOn) !== month || wo.amount <= 0) continue;
    lines.push({
      description: `依頼作業：${wo.description}（${wo.id}、${jaDate(wo.completedOn)}完了）`,
      quantity: 1,
      unitPrice: wo.amount,
      amount: wo.amount,
      taxCategory: cat,
      kind: 'work',
      workOrder: wo.id,
    });
  }
  for (const e of lateFees) lines.push(lateFeeLine(e));
  return lines;
}

/**
 * monthlyCharges' lines, once per tariff object and contract (plan, options, number of servers): the same for
 * every customer on that contract, and every month the tariff prices. The ledger shares these line objects
 * between its invoices, which never leave it uncopied (computeInvoice/computeInvoices clone them).
 */
const MONTHLY = new WeakMap<Tariff, Map<string, readonly InvoiceLine[]>>();
function monthlyLines(tariff: Tariff, customer: BillingCustomer): readonly InvoiceLine[] {
  let byContract = MONTHLY.get(tariff);
  if (!byContract) MONTHLY.set(tariff, (byContract = new Map()));
  const { plan, options } = customer.source.contract;
  const key = `${customer.servers.length}\0${plan}\0${options.join('\0')}`;
  let lines = byContract.get(key);
  if (!lines) byContract.set(key, (lines = monthlyCharges(tariff, customer).lines)); // throws (BillingError) for an unknown code: not kept
  return lines;
}

function lateFeeLine(e: PendingLateFee): InvoiceLine {
  return {
    description: `遅延損害金（${e.invoiceNumber}・${monthJa(e.invoiceMonth)}分、支払期日${jaDate(e.dueDate)}、${jaDate(e.paidOn)}入金、${e.days}日分、対象額${formatYen(e.principal)}）`,
    quantity: 1,
    unitPrice: e.amount,
    amount: e.amount,
    taxCategory: 'out-of-scope',
    kind: 'late-fee',
    lateFee: {
      invoiceNumber: e.invoiceNumber,
      invoiceMonth: e.invoiceMonth,
      dueDate: e.dueDate,
      paidOn: e.paidOn,
      days: e.days,
      principal: e.principal,
    },
  };
}

/** 第5条2 (termination within the minimum period, on the first invoice) and 第6条 (the last invoice) */
function invoiceNotes(customer: BillingCustomer, month: string, isStartMonth: boolean): string[] {
  const notes: string[] = [];
  if (customer.endsOn !== undefined && customer.endsOn <= customer.minimumPeriodEndsOn && isStartMonth) {
    notes.push(
      `第5条2: 最低利用期間内（${formatJapaneseDate(customer.establishedOn)}〜${formatJapaneseDate(customer.minimumPeriodEndsOn)}）の解約のため、最低利用期間の利用料金を本請求書にて請求します。同条によりこの料金は即日お支払いいただくものです（お支払期限は最終の期日です）。`,
    );
  }
  if (customer.endsOn !== undefined && monthOf(customer.endsOn) === month) {
    notes.push(`サービス終了日 ${formatJapaneseDate(customer.endsOn)}（第6条）。本請求書が最終の請求書です。`);
  }
  return notes;
}
