/**
 * Billing checks (B001–B007): what `vmsc bill` would stumble on, reported by `vmsc check` with a location.
 * They compute the invoices (src/billing) of every schema-valid customer; one that cannot be priced is
 * skipped here (its own rules report why), one whose billing crashes is an X001 at its file (B002 reports it
 * once) and the other customers are still checked.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { CalendarRangeError, HOLIDAY_DATA_RANGE } from '../../calendar/calendar.js';
import { billedMonths, paymentStatus } from '../../billing/invoice.js';
import { BillingError } from '../../billing/errors.js';
import type { BillingCustomer, BillingModel } from '../../billing/invoice.js';
import { monthFacts } from '../../billing/dates.js';
import { formatYen } from '../../billing/money.js';
import { monthOf } from '../../util/dates.js';
import type { Rule, RuleContext } from '../rule.js';

export interface Billable {
  model: BillingModel;
  customer: BillingCustomer;
  file: string;
}

/**
 * What billing needs of every schema-valid customer, built directly from the inputs (no full resolve:
 * a check of 10,000 customers stays cheap). Memoised per check run. A customer whose invoices cannot be
 * priced (no tariff, unknown plan) is skipped by the rules below: R010/R011/R013 report it.
 */
const BILLABLE = new WeakMap<RuleContext['inputs'], Billable[]>();
export function billable(ctx: RuleContext): Billable[] {
  const hit = BILLABLE.get(ctx.inputs);
  if (hit) return hit;
  const { provider, calendar, tariffs } = ctx.inputs;
  const out: Billable[] = [];
  if (provider && calendar) {
    const model: BillingModel = {
      policies: {
        provider: provider.data,
        calendar: calendar.data,
        tariffs: tariffs.map((t) => t.data).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0)),
      },
      records: ctx.inputs.registers.map((r) => r.data),
    };
    for (const c of ctx.inputs.customers) {
      const start = c.data.contract.billingStartsOn;
      const customer: BillingCustomer = {
        id: c.data.id,
        source: c.data,
        establishedOn: start,
        minimumPeriodEndsOn: monthFacts(monthOf(start)).last,
        servers: c.data.servers,
      };
      const end = c.data.contract.termination?.endsOn;
      if (end !== undefined) customer.endsOn = end;
      out.push({ model, customer, file: c.file });
    }
  }
  BILLABLE.set(ctx.inputs, out);
  return out;
}

/** Months of the contract (billing start month through the end month), ignoring billing.closedThrough. */
function contractMonthBounds(c: BillingCustomer): { first: string; last?: string } {
  const b: { first: string; last?: string } = { first: monthOf(c.establishedOn) };
  if (c.endsOn !== undefined) b.last = monthOf(c.endsOn);
  return b;
}

type InvoiceStatus = ReturnType<typeof paymentStatus>[number];
type Payment = NonNullable<BillingCustomer['source']['payments']>[number];

/**
 * What computing a customer's billing gave: the value, an error that is an answer about the inputs
 * (holiday data too short: B002; a code missing from a tariff: BillingError, reported by R010/R011/R013),
 * or a crash, which is a bug in vmsc (X001 for that customer, the others are still checked).
 */
export type BillingOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'calendar'; error: CalendarRangeError }
  | { kind: 'pricing'; error: BillingError }
  | { kind: 'crash'; error: Error };

/** runs `compute` and sorts what it throws (see BillingOutcome): never swallows an unexpected error */
export function billingOutcome<T>(compute: () => T): BillingOutcome<T> {
  try {
    return { kind: 'ok', value: compute() };
  } catch (e) {
    if (e instanceof CalendarRangeError) return { kind: 'calendar', error: e };
    if (e instanceof BillingError) return { kind: 'pricing', error: e };
    return { kind: 'crash', error: e instanceof Error ? e : new Error(String(e)) };
  }
}

const STATUS = new WeakMap<Billable, BillingOutcome<InvoiceStatus[]>>();
/** paymentStatus, once per customer and check run */
function statusOutcome(b: Billable): BillingOutcome<InvoiceStatus[]> {
  let st = STATUS.get(b);
  if (st === undefined) {
    st = billingOutcome(() => paymentStatus(b.model, b.customer));
    STATUS.set(b, st);
  }
  return st;
}

/** paymentStatus, or undefined when it cannot be computed (B002 reports why) */
function status(b: Billable): InvoiceStatus[] | undefined {
  const st = statusOutcome(b);
  return st.kind === 'ok' ? st.value : undefined;
}

/** every invoice status of every billable customer, with that customer's payments (B003, B005, B006) */
function* invoiceStatuses(ctx: RuleContext): Generator<{ b: Billable; s: InvoiceStatus; pays: readonly Payment[] }> {
  for (const b of billable(ctx)) {
    const st = status(b);
    if (!st) continue;
    const pays = b.customer.source.payments ?? [];
    for (const s of st) yield { b, s, pays };
  }
}

export const calendarCoverageInHolidayData: Rule = {
  code: 'B001',
  check(ctx) {
    const cal = ctx.inputs.calendar;
    if (!cal) return [];
    const out: Diagnostic[] = [];
    const { from, through } = cal.data.coverage;
    for (const [key, d] of [
      ['from', from],
      ['through', through],
    ] as const) {
      if (d < HOLIDAY_DATA_RANGE.from || d > HOLIDAY_DATA_RANGE.through) {
        out.push(
          ctx.at(
            'B001',
            'error',
            cal.file,
            ['coverage', key],
            `coverage.${key} ${d} is outside the national holiday data (${HOLIDAY_DATA_RANGE.from} – ${HOLIDAY_DATA_RANGE.through})`,
            `keep coverage within ${HOLIDAY_DATA_RANGE.from} – ${HOLIDAY_DATA_RANGE.through}, or update @holiday-jp/holiday_jp to a version with data for that year`,
          ),
        );
      }
    }
    return out;
  },
};

export const dueDatesInHolidayData: Rule = {
  code: 'B002',
  check(ctx) {
    const out: Diagnostic[] = [];
    const provider = ctx.inputs.provider;
    for (const b of billable(ctx)) {
      const st = statusOutcome(b);
      if (st.kind === 'crash') {
        out.push(
          ctx.at(
            'X001',
            'error',
            b.file,
            [],
            `internal error in the billing rules for customer ${b.customer.id}: ${st.error.message}`,
            'this is a bug in vmsc; please report it with the input that caused it',
          ),
        );
      }
      if (st.kind !== 'calendar') continue; // pricing errors (tariff, plan, option) are R010/R011/R013
      const e = st.error;
      const beyond = e.date > HOLIDAY_DATA_RANGE.through;
      out.push(
        beyond && provider
          ? ctx.at(
              'B002',
              'error',
              provider.file,
              ['billing', 'closedThrough'],
              `${b.customer.id}: an invoice's issue or due date needs ${e.date}, beyond the national holiday data (through ${HOLIDAY_DATA_RANGE.through})`,
              `set billing.closedThrough no later than the month before ${HOLIDAY_DATA_RANGE.through.slice(0, 7)}, or update @holiday-jp/holiday_jp`,
            )
          : ctx.at(
              'B002',
              'error',
              b.file,
              ['contract', 'billingStartsOn'],
              `${b.customer.id}: an invoice's issue or due date needs ${e.date}, outside the national holiday data (${HOLIDAY_DATA_RANGE.from} – ${HOLIDAY_DATA_RANGE.through})`,
              'correct contract.billingStartsOn',
            ),
      );
    }
    return out;
  },
};

export const partialPayment: Rule = {
  code: 'B003',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { b, s, pays } of invoiceStatuses(ctx)) {
      if (s.paid === 0 || s.paid >= s.total) continue;
      // point at the last payment of that invoice
      const idx = pays.reduce((acc, p, i) => (p.invoice === s.month && (acc < 0 || p.paidOn >= (pays[acc]?.paidOn ?? '')) ? i : acc), -1);
      out.push(
        ctx.at(
          'B003',
          'warning',
          b.file,
          ['payments', Math.max(idx, 0), 'amount'],
          `invoice ${s.invoiceNumber} (${s.month}) is partly paid: ${formatYen(s.paid)} of ${formatYen(s.total)}, ${formatYen(s.total - s.paid)} still unpaid (due ${s.dueDate})`,
          'record the remaining payment when it arrives; the late fee on the unpaid rest is billed in the month it is paid (第17条)',
        ),
      );
    }
    return out;
  },
};

export const paymentBeforeMonth: Rule = {
  code: 'B004',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const b of billable(ctx)) {
      const months = new Set(billedMonths(b.model, b.customer));
      (b.customer.source.payments ?? []).forEach((p, i) => {
        if (months.has(p.invoice) && p.paidOn < `${p.invoice}-01`) {
          out.push(
            ctx.at(
              'B004',
              'warning',
              b.file,
              ['payments', i, 'paidOn'],
              `payment on ${p.paidOn} is before the billed month ${p.invoice} began`,
              'check paidOn and invoice: a payment follows the invoice it pays',
            ),
          );
        }
      });
    }
    return out;
  },
};

export const overpayment: Rule = {
  code: 'B005',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { b, s, pays } of invoiceStatuses(ctx)) {
      if (s.paid <= s.total) continue;
      const idx = pays.findIndex((p) => p.invoice === s.month);
      out.push(
        ctx.at(
          'B005',
          'warning',
          b.file,
          ['payments', Math.max(idx, 0), 'amount'],
          `payments for ${s.invoiceNumber} (${s.month}) add up to ${formatYen(s.paid)}, ${formatYen(s.paid - s.total)} more than its total ${formatYen(s.total)}`,
          'check the amounts; vmsc does not carry an excess over to another invoice',
        ),
      );
    }
    return out;
  },
};

export const lateFeeNeverBilled: Rule = {
  code: 'B006',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const { b, s, pays } of invoiceStatuses(ctx)) {
      const { last } = contractMonthBounds(b.customer);
      if (last === undefined) continue;
      for (const e of s.lateFees) {
        if (e.billedIn <= last) continue;
        const idx = pays.findIndex((p) => p.invoice === s.month && p.paidOn === e.paidOn);
        out.push(
          ctx.at(
            'B006',
            'warning',
            b.file,
            ['payments', Math.max(idx, 0), 'paidOn'],
            `late fee ${formatYen(e.amount)} on ${s.invoiceNumber} (paid ${e.paidOn}, ${e.days} days late) falls in ${e.billedIn}, after the contract's last invoice (${last}): it appears on no invoice`,
            'claim it separately (vmsc bill does not build invoices after the service end month)',
          ),
        );
      }
    }
    return out;
  },
};

export const workOrderOutsideContract: Rule = {
  code: 'B007',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const b of billable(ctx)) {
      const { first, last } = contractMonthBounds(b.customer);
      (b.customer.source.workOrders ?? []).forEach((w, i) => {
        if (w.completedOn === undefined || w.amount <= 0) return;
        const m = monthOf(w.completedOn);
        if (m < first || (last !== undefined && m > last)) {
          out.push(
            ctx.at(
              'B007',
              'warning',
              b.file,
              ['workOrders', i, 'completedOn'],
              `work order ${w.id} (${formatYen(w.amount)}) completed on ${w.completedOn}, outside the billed months ${first}${last ? `–${last}` : '…'}: it is on no invoice`,
              'check completedOn, or bill this work separately',
            ),
          );
        }
      });
    }
    return out;
  },
};

export const BILLING_RULES: Rule[] = [
  calendarCoverageInHolidayData,
  dueDatesInHolidayData,
  partialPayment,
  paymentBeforeMonth,
  overpayment,
  lateFeeNeverBilled,
  workOrderOutsideContract,
];
