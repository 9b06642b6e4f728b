/**
 * Billing checks (B001–B007): what `vmsc bill` would stumble on, reported by `vmsc check` with a location.
 * They compute the invoices (src/billing) of every schema-valid customer; one that cannot be priced is
 * skipped here (its own rules report why), one whose billing crashes is an X001 at its file (B002 reports it
 * once) and the other customers are still checked.
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { CalendarRangeError, HOLIDAY_DATA_RANGE } from '../../calendar/calendar.js';
import { billedMonths, type paymentStatus, sharedPaymentStatus } from '../../billing/invoice.js';
import { BillingError } from '../../billing/errors.js';
import type { BillingCustomer, BillingModel } from '../../billing/invoice.js';
import { monthFacts } from '../../billing/dates.js';
import { formatYen } from '../../billing/money.js';
import { monthOf } from '../../util/dates.js';
import type { Rule, RuleContext } from '../rule.js';
import { keptAcross, perData } from './helpers.js';
import type { Tariff } from '../../model/inputs.js';
import type { Register } from '../../types/generated/register.js';
import { sha256hex } from '../../util/sha256.js';

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

/**
 * paymentStatus, once per customer data and what of the policies it reads: a customer's payment status depends on
 * its own data, the provider and calendar, its own register of issued documents, and of the tariffs only their
 * dates and tax rates and the entries of ITS plan and option codes. So it is kept per customer data object with
 * those dependencies (objects compared by identity, the tariff part by value): the driver's incremental `update`
 * hands unchanged files over as the same objects, so a customer edit computes that customer again, and a tariff
 * edit only the customers whose plan or options the edited entries are (or all of them when a date or tax rate,
 * i.e. the tariff in force of a month, changes).
 */
const STATUS = new WeakMap<object, { deps: readonly unknown[]; outcome: BillingOutcome<readonly InvoiceStatus[]> }>();
/** per sorted tariff list: contract (plan + option codes) -> the value of what billing reads of the tariffs for it */
const TARIFF_KEYS = new WeakMap<readonly Tariff[], Map<string, string>>();
/** per records array: customer id -> its register (the last one, as registerOf in billing/invoice.ts takes it) */
const REGISTERS = new WeakMap<readonly Register[], Map<string, Register>>();
/**
 * What pricing a contract reads of the tariffs (billing/invoice.ts, charges.ts): every tariff's effectiveFrom
 * (which one is in force) and taxRatePercent, and the first plan / option entry of each of its codes (or none).
 */
/** the options list of a contract (a data object: the same while its file is unchanged) -> [plan, the contract's key] */
const CONTRACT_KEYS = new WeakMap<readonly string[], [string, string]>();
function tariffKey(tariffs: readonly Tariff[], plan: string, options: readonly string[]): string {
  let byContract = TARIFF_KEYS.get(tariffs);
  if (!byContract) TARIFF_KEYS.set(tariffs, (byContract = new Map()));
  let contract = CONTRACT_KEYS.get(options);
  if (contract?.[0] !== plan) CONTRACT_KEYS.set(options, (contract = [plan, JSON.stringify([plan, options])]));
  const key0 = contract[1];
  let key = byContract.get(key0);
  if (key === undefined) {
    key = JSON.stringify(
      tariffs.map((t) => [
        t.effectiveFrom,
        t.taxRatePercent,
        t.plans.find((p) => p.code === plan) ?? null,
        options.map((c) => t.options.find((o) => o.code === c) ?? null),
      ]),
    );
    byContract.set(key0, key);
  }
  return key;
}
function customerDeps(b: Billable): readonly [object, object, Register | undefined, string] {
  const { policies, records } = b.model;
  let register: Register | undefined;
  if (records && records.length > 0) {
    let byCustomer = REGISTERS.get(records);
    if (!byCustomer) REGISTERS.set(records, (byCustomer = new Map(records.map((r) => [r.customer, r] as const))));
    register = byCustomer.get(b.customer.id);
  }
  const contract = b.customer.source.contract;
  return [policies.provider, policies.calendar, register, tariffKey(policies.tariffs, contract.plan, contract.options)];
}
const sameDeps = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
/** this check's outcome per billable customer (B002, B003, B005 and B006 each ask for it) */
const OUTCOMES = new WeakMap<Billable, BillingOutcome<readonly InvoiceStatus[]>>();
function statusOutcome(b: Billable): BillingOutcome<readonly InvoiceStatus[]> {
  let outcome = OUTCOMES.get(b);
  if (!outcome) OUTCOMES.set(b, (outcome = keptOutcome(b)));
  return outcome;
}
function keptOutcome(b: Billable): BillingOutcome<readonly InvoiceStatus[]> {
  const read = billingOutcome(() => customerDeps(b));
  // data that cannot even be read for the key: billing reads it too, so that is its outcome (not kept)
  if (read.kind !== 'ok') return billingOutcome(() => sharedPaymentStatus(b.model, b.customer));
  const deps = read.value;
  const hit = STATUS.get(b.customer.source);
  if (hit && sameDeps(hit.deps, deps)) return hit.outcome;
  const outcome = billingOutcome(() => sharedPaymentStatus(b.model, b.customer));
  STATUS.set(b.customer.source, { deps, outcome });
  return outcome;
}

/**
 * The VALUE of what a customer's billing outcome reads beside its own file (for `keptAcross`): the provider's,
 * the calendar's and its register's bytes (by their sha256) and the value of what pricing reads of the
 * tariffs (`tariffKey`), as hashes. Undefined when nothing is kept across processes, or a part has no known value.
 */
const STATUS_KEYS = new WeakMap<Billable, string | undefined>();
/** per provider and calendar data: the hash of their bytes' sha256 */
const POLICY_KEYS = new WeakMap<object, WeakMap<object, string | undefined>>();
/** tariffKey -> its hash (a few distinct contracts among many customers) */
const TARIFF_HASHES = new Map<string, string>();
const hash32 = (s: string) => sha256hex(s).slice(0, 32);
function statusKey(ctx: RuleContext, b: Billable): string | undefined {
  const kept = ctx.kept;
  if (!kept) return undefined;
  if (STATUS_KEYS.has(b)) return STATUS_KEYS.get(b);
  let key: string | undefined;
  const read = billingOutcome(() => customerDeps(b));
  const { provider, calendar } = ctx.inputs;
  if (read.kind === 'ok' && provider && calendar && read.value[0] === provider.data && read.value[1] === calendar.data) {
    let byCalendar = POLICY_KEYS.get(provider.data);
    if (!byCalendar) POLICY_KEYS.set(provider.data, (byCalendar = new WeakMap()));
    if (!byCalendar.has(calendar.data)) {
      const p = kept.sha(provider.file);
      const c = kept.sha(calendar.file);
      byCalendar.set(calendar.data, p === undefined || c === undefined ? undefined : hash32(`${provider.file}\0${p}\0${calendar.file}\0${c}`));
    }
    const policy = byCalendar.get(calendar.data);
    const register = read.value[2];
    const registerFile = register === undefined ? undefined : registerFiles(ctx.inputs.registers).get(register);
    const registerSha = registerFile === undefined ? undefined : kept.sha(registerFile);
    const tariff = read.value[3];
    let tariffHash = TARIFF_HASHES.get(tariff);
    if (tariffHash === undefined) {
      if (TARIFF_HASHES.size >= 4096) TARIFF_HASHES.clear(); // (a long-lived process: tariffs edited again and again)
      TARIFF_HASHES.set(tariff, (tariffHash = hash32(tariff)));
    }
    if (policy !== undefined && (register === undefined || registerSha !== undefined)) {
      key = `${policy}${tariffHash}${register === undefined ? '' : ` ${hash32(`${registerFile}\0${registerSha}`)}`}`;
    }
  }
  STATUS_KEYS.set(b, key);
  return key;
}

/** per register inputs: each register's data -> its file */
const REGISTER_FILES = new WeakMap<RuleContext['inputs']['registers'], Map<Register, string>>();
function registerFiles(registers: RuleContext['inputs']['registers']): Map<Register, string> {
  let files = REGISTER_FILES.get(registers);
  if (!files) REGISTER_FILES.set(registers, (files = new Map(registers.map((r) => [r.data, r.file] as const))));
  return files;
}

/** the sha256 of provider.yaml's bytes, as a key part for `keptAcross` ('' without a provider) */
function providerKey(ctx: RuleContext): string | undefined {
  const p = ctx.inputs.provider;
  return p ? ctx.kept?.sha(p.file) : '';
}

/** paymentStatus, or undefined when it cannot be computed (B002 reports why) */
function status(b: Billable): readonly InvoiceStatus[] | undefined {
  const st = statusOutcome(b);
  return st.kind === 'ok' ? st.value : undefined;
}

type Memo = WeakMap<object, { deps: readonly unknown[]; out: Diagnostic[] }>;

/**
 * one rule's diagnostics over every billable customer's invoice statuses (B003, B005, B006), kept per customer
 * data object and payment status (perData): a customer whose status is the same object gives the same diagnostics
 */
function perStatus(
  ctx: RuleContext,
  code: string,
  memo: Memo,
  each: (b: Billable, s: InvoiceStatus, pays: readonly Payment[], out: Diagnostic[]) => void,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const b of billable(ctx)) {
    out.push(
      ...keptAcross(ctx, code, b.file, statusKey(ctx, b), () => {
        const st = status(b);
        if (!st) return [];
        return perData(memo, b.customer.source, [st], () => {
          const mine: Diagnostic[] = [];
          const pays = b.customer.source.payments ?? [];
          for (const s of st) each(b, s, pays, mine);
          return mine;
        });
      }),
    );
  }
  return out;
}

const B002_MEMO: Memo = new WeakMap();
const B003_MEMO: Memo = new WeakMap();
const B004_MEMO: Memo = new WeakMap();
const B005_MEMO: Memo = new WeakMap();
const B006_MEMO: Memo = new WeakMap();
const B007_MEMO: Memo = new WeakMap();

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
            MESSAGES.B001.outside({ key, date: d, from: HOLIDAY_DATA_RANGE.from, through: HOLIDAY_DATA_RANGE.through }),
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
      out.push(
        ...keptAcross(ctx, 'B002', b.file, statusKey(ctx, b), () => {
          const st = statusOutcome(b);
          return perData(B002_MEMO, b.customer.source, [st, provider?.data], () => b002(ctx, b, st));
        }),
      );
    }
    return out;
  },
};

/** B002 (and X001 for a crash) of one customer, from its billing outcome */
function b002(ctx: RuleContext, b: Billable, st: BillingOutcome<readonly InvoiceStatus[]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const provider = ctx.inputs.provider;
  if (st.kind === 'crash') {
    out.push(ctx.at('X001', 'error', b.file, [], MESSAGES.X001.billing({ customer: b.customer.id, detail: st.error.message })));
  }
  if (st.kind !== 'calendar') return out; // pricing errors (tariff, plan, option) are R010/R011/R013
  const e = st.error;
  const beyond = e.date > HOLIDAY_DATA_RANGE.through;
  out.push(
    beyond && provider
      ? ctx.at(
          'B002',
          'error',
          provider.file,
          ['billing', 'closedThrough'],
          MESSAGES.B002.beyond({ customer: b.customer.id, date: e.date, through: HOLIDAY_DATA_RANGE.through }),
        )
      : ctx.at(
          'B002',
          'error',
          b.file,
          ['contract', 'billingStartsOn'],
          MESSAGES.B002.outside({ customer: b.customer.id, date: e.date, from: HOLIDAY_DATA_RANGE.from, through: HOLIDAY_DATA_RANGE.through }),
        ),
  );
  return out;
}

export const partialPayment: Rule = {
  code: 'B003',
  check(ctx) {
    return perStatus(ctx, 'B003', B003_MEMO, (b, s, pays, out) => {
      if (s.paid === 0 || s.paid >= s.total) return;
      // point at the last payment of that invoice
      const idx = pays.reduce((acc, p, i) => (p.invoice === s.month && (acc < 0 || p.paidOn >= (pays[acc]?.paidOn ?? '')) ? i : acc), -1);
      out.push(
        ctx.at(
          'B003',
          'warning',
          b.file,
          ['payments', Math.max(idx, 0), 'amount'],
          MESSAGES.B003.partly({
            invoice: s.invoiceNumber,
            month: s.month,
            paid: formatYen(s.paid),
            total: formatYen(s.total),
            unpaid: formatYen(s.total - s.paid),
            due: s.dueDate,
          }),
        ),
      );
    });
  },
};

export const paymentBeforeMonth: Rule = {
  code: 'B004',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const b of billable(ctx)) {
      // billed months: the customer's contract and the provider's billing.closedThrough
      out.push(
        ...keptAcross(ctx, 'B004', b.file, providerKey(ctx), () =>
          perData(B004_MEMO, b.customer.source, [b.model.policies.provider], () => {
            const mine: Diagnostic[] = [];
            const months = new Set(billedMonths(b.model, b.customer));
            (b.customer.source.payments ?? []).forEach((p, i) => {
              if (months.has(p.invoice) && p.paidOn < `${p.invoice}-01`) {
                mine.push(ctx.at('B004', 'warning', b.file, ['payments', i, 'paidOn'], MESSAGES.B004.early({ paidOn: p.paidOn, invoice: p.invoice })));
              }
            });
            return mine;
          }),
        ),
      );
    }
    return out;
  },
};

export const overpayment: Rule = {
  code: 'B005',
  check(ctx) {
    return perStatus(ctx, 'B005', B005_MEMO, (b, s, pays, out) => {
      if (s.paid <= s.total) return;
      const idx = pays.findIndex((p) => p.invoice === s.month);
      out.push(
        ctx.at(
          'B005',
          'warning',
          b.file,
          ['payments', Math.max(idx, 0), 'amount'],
          MESSAGES.B005.over({
            invoice: s.invoiceNumber,
            month: s.month,
            paid: formatYen(s.paid),
            excess: formatYen(s.paid - s.total),
            total: formatYen(s.total),
          }),
        ),
      );
    });
  },
};

export const lateFeeNeverBilled: Rule = {
  code: 'B006',
  check(ctx) {
    return perStatus(ctx, 'B006', B006_MEMO, (b, s, pays, out) => {
      const { last } = contractMonthBounds(b.customer);
      if (last === undefined) return;
      for (const e of s.lateFees) {
        if (e.billedIn <= last) continue;
        const idx = pays.findIndex((p) => p.invoice === s.month && p.paidOn === e.paidOn);
        out.push(
          ctx.at(
            'B006',
            'warning',
            b.file,
            ['payments', Math.max(idx, 0), 'paidOn'],
            MESSAGES.B006.unbilled({ amount: formatYen(e.amount), invoice: s.invoiceNumber, paidOn: e.paidOn, days: e.days, billedIn: e.billedIn, last }),
          ),
        );
      }
    });
  },
};

export const workOrderOutsideContract: Rule = {
  code: 'B007',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const b of billable(ctx)) {
      // the customer's own data only
      out.push(
        ...perData(B007_MEMO, b.customer.source, [], () =>
          keptAcross(ctx, 'B007', b.file, '', () => {
            const mine: Diagnostic[] = [];
            const { first, last } = contractMonthBounds(b.customer);
            (b.customer.source.workOrders ?? []).forEach((w, i) => {
              if (w.completedOn === undefined || w.amount <= 0) return;
              const m = monthOf(w.completedOn);
              if (m < first || (last !== undefined && m > last)) {
                mine.push(
                  ctx.at(
                    'B007',
                    'warning',
                    b.file,
                    ['workOrders', i, 'completedOn'],
                    MESSAGES.B007.outside({ workOrder: w.id, amount: formatYen(w.amount), completedOn: w.completedOn, first, last }),
                  ),
                );
              }
            });
            return mine;
          }),
        ),
      );
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
