import { describe, expect, it } from 'vitest';
import { billedMonths, BillingError, computeInvoice, computeInvoices, invoiceNumber, paymentStatus } from '../../src/billing/invoice.js';
import type { Invoice } from '../../src/billing/invoice.js';
import { monthlyCharges } from '../../src/billing/charges.js';
import type { Tariff } from '../../src/model/inputs.js';
import { ACME, customer, MINATO, model, PROVIDER } from './fixtures.js';
import type { Edit } from './fixtures.js';

const brief = (inv: Invoice) => inv.lines.map((l) => [l.kind, l.quantity, l.unitPrice, l.amount, l.taxCategory]);

describe('the example root: every billed month of every customer', () => {
  const m = model();
  it('bills each customer from the month of billingStartsOn through billing.closedThrough (2026-10) or the end month', () => {
    expect(billedMonths(m, customer(m, 'acme-logistics'))).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
    expect(billedMonths(m, customer(m, 'minato-clinic'))).toEqual(['2026-10']);
    const k = billedMonths(m, customer(m, 'kitanihon-seiki'));
    expect(k[0]).toBe('2025-04');
    expect(k.at(-1)).toBe('2026-10');
    expect(k).toHaveLength(19);
  });
  it('computes without error; totals add up; invoice numbers are unique', () => {
    const numbers = new Set<string>();
    let count = 0;
    for (const c of m.customers) {
      for (const inv of computeInvoices(m, c)) {
        count++;
        numbers.add(inv.invoiceNumber);
        const taxable = inv.lines.filter((l) => l.taxCategory !== 'out-of-scope').reduce((s, l) => s + l.amount, 0);
        const non = inv.lines.filter((l) => l.taxCategory === 'out-of-scope').reduce((s, l) => s + l.amount, 0);
        expect(inv.subtotal).toBe(taxable);
        expect(inv.nonTaxable).toBe(non);
        expect(inv.tax).toBe(Math.floor((taxable * inv.taxRatePercent) / 100));
        expect(inv.total).toBe(inv.subtotal + inv.tax + inv.nonTaxable);
        for (const l of inv.lines) expect(l.amount).toBe(l.quantity * l.unitPrice);
        // 取引期間: the first invoice from billingStartsOn, the others from the 1st
        expect(inv.periodFrom).toBe(inv.month === c.establishedOn.slice(0, 7) ? c.establishedOn : `${inv.month}-01`);
      }
    }
    expect(numbers.size).toBe(count);
    expect(count).toBe(4 + 1 + 19);
  });

  it('第15条 hand-checked: acme-logistics 2026-07 is 221,000 + 22,100 tax = 243,100 (the example payment)', () => {
    const inv = computeInvoice(m, customer(m, 'acme-logistics'), '2026-07');
    expect(brief(inv)).toEqual([
      ['initial', 1, 100000, 100000, 'standard-10'],
      ['plan', 2, 30000, 60000, 'standard-10'], // 2 servers
      ['option', 1, 5000, 5000, 'standard-10'], // monthly-report, per customer
      ['option', 2, 3000, 6000, 'standard-10'], // config-backup, per server
      ['work', 1, 50000, 50000, 'standard-10'], // wo-2026-001 completed 2026-07-20
    ]);
    expect(inv).toMatchObject({
      customer: 'acme-logistics',
      month: '2026-07',
      invoiceNumber: 'acme-logistics-202607',
      issueDate: '2026-08-03', // invoiceIssueDay 1 = Saturday 2026-08-01: the next bank business day
      dueDate: '2026-08-31',
      periodFrom: '2026-07-01',
      periodThrough: '2026-07-31',
      subtotal: 221000,
      tax: 22100,
      nonTaxable: 0,
      total: 243100,
      taxRatePercent: 10,
      tariffEffectiveFrom: '2019-07-01',
    });
    expect(inv.lines[4]!.description).toContain('wo-2026-001');
  });

  it('第17条 hand-checked: 2026-07 paid 2026-09-08, 8 days after the due date 2026-08-31 → ¥777 on the 2026-09 invoice', () => {
    const inv = computeInvoice(m, customer(m, 'acme-logistics'), '2026-09');
    const fee = inv.lines.filter((l) => l.kind === 'late-fee');
    // floor(243,100 × 146 × 8 / 365,000) = floor(777.92)
    expect(fee).toHaveLength(1);
    expect(fee[0]).toMatchObject({ amount: 777, quantity: 1, unitPrice: 777, taxCategory: 'out-of-scope' });
    expect(fee[0]!.lateFee).toEqual({
      invoiceNumber: 'acme-logistics-202607',
      invoiceMonth: '2026-07',
      dueDate: '2026-08-31',
      paidOn: '2026-09-08',
      days: 8,
      principal: 243100,
    });
    expect(fee[0]!.description).toContain('acme-logistics-202607');
    expect(fee[0]!.description).toContain('8日');
    expect(inv).toMatchObject({ subtotal: 71000, tax: 7100, nonTaxable: 777, total: 78877 });
  });

  it('第16条1 / 第17条 hand-checked: 2026-08 is due Wed 2026-09-30 and paid that day → no late fee anywhere', () => {
    const c = customer(m, 'acme-logistics');
    expect(computeInvoice(m, c, '2026-08').dueDate).toBe('2026-09-30');
    expect(computeInvoice(m, c, '2026-10').lines.some((l) => l.kind === 'late-fee')).toBe(false);
    const st = paymentStatus(m, c).find((s) => s.month === '2026-08');
    expect(st).toMatchObject({ paid: 78100, unpaid: 0, lateFees: [] });
  });

  it('¥0 work orders (included in the monthly fee) are not listed: acme 2026-09 has no work line', () => {
    const inv = computeInvoice(m, customer(m, 'acme-logistics'), '2026-09');
    expect(inv.lines.some((l) => l.kind === 'work')).toBe(false);
  });

  it('第15条2 no pro-rating: minato-clinic starting 2026-10-16 pays the whole month and the initial fee', () => {
    const inv = computeInvoice(m, customer(m, 'minato-clinic'), '2026-10');
    expect(brief(inv)).toEqual([
      ['initial', 1, 100000, 100000, 'standard-10'],
      ['plan', 1, 30000, 30000, 'standard-10'],
      ['option', 1, 3000, 3000, 'standard-10'],
    ]);
    expect(inv.total).toBe(146300);
    expect(inv.dueDate).toBe('2026-11-30');
  });

  it('the initial fee is billed once, in the establishment month only', () => {
    const k = computeInvoices(m, customer(m, 'kitanihon-seiki'));
    expect(k.filter((i) => i.lines.some((l) => l.kind === 'initial')).map((i) => i.month)).toEqual(['2025-04']);
    expect(k[1]!.total).toBe(49500);
  });

  it('a month outside the billed range is a BillingError', () => {
    const c = customer(m, 'acme-logistics');
    expect(() => computeInvoice(m, c, '2026-06')).toThrow(BillingError);
    expect(() => computeInvoice(m, c, '2026-11')).toThrow(/2026-07 through 2026-10/);
  });

  it('invoice numbers are <customer>-<YYYYMM>', () => {
    expect(invoiceNumber('acme-logistics', '2026-07')).toBe('acme-logistics-202607');
  });

  it('monthlyCharges: plan × servers + options under a given tariff', () => {
    const c = customer(m, 'acme-logistics');
    const mc = monthlyCharges(m.policies.tariffs[1]!, c);
    expect(mc).toMatchObject({ tariffEffectiveFrom: '2027-04-01', subtotal: 2 * 33000 + 5000 + 2 * 3500, tax: 7800, total: 85800 });
    expect(mc.lines.map((l) => l.kind)).toEqual(['plan', 'option', 'option']);
  });
});

describe('tariffs: in force on the 1st of M; on billingStartsOn for the first month', () => {
  it('第2条4: from 2027-04 the new tariff applies', () => {
    const m = model([{ file: PROVIDER, set: [[['billing', 'closedThrough'], '2027-05']] }]);
    const c = customer(m, 'acme-logistics');
    expect(computeInvoice(m, c, '2027-03')).toMatchObject({ tariffEffectiveFrom: '2019-07-01', subtotal: 71000 });
    expect(computeInvoice(m, c, '2027-04')).toMatchObject({ tariffEffectiveFrom: '2027-04-01', subtotal: 78000, tax: 7800, total: 85800 });
  });

  it('a tariff taking effect mid-month applies to a first month that starts after it, but to others only from the next month', () => {
    const m = model();
    const mid: Tariff = { ...structuredClone(m.policies.tariffs[0]!), effectiveFrom: '2026-10-10' };
    mid.plans[0]!.monthlyFee = 31000;
    m.policies.tariffs = [m.policies.tariffs[0]!, mid, m.policies.tariffs[1]!];
    // minato starts 2026-10-16: in force on that day is the 2026-10-10 tariff
    expect(computeInvoice(m, customer(m, 'minato-clinic'), '2026-10')).toMatchObject({ tariffEffectiveFrom: '2026-10-10', subtotal: 100000 + 31000 + 3000 });
    // acme 2026-10: in force on 2026-10-01 is still the 2019 tariff
    expect(computeInvoice(m, customer(m, 'acme-logistics'), '2026-10')).toMatchObject({ tariffEffectiveFrom: '2019-07-01', subtotal: 71000 });
  });

  it('consumption tax is rounded once per invoice: three ¥105 lines at 10 % → ¥31, not 3 × ¥10', () => {
    const m = model();
    const t = m.policies.tariffs[0]!;
    for (const p of t.plans) p.monthlyFee = 105;
    for (const o of t.options) o.monthlyFee = 105;
    // kitanihon-seiki has one server: plan 105 + monthly-report 105 + config-backup 105 × 1 = 315
    const k = customer(m, 'kitanihon-seiki');
    k.source.contract.options = ['monthly-report', 'config-backup'];
    const inv = computeInvoice(m, k, '2025-05');
    expect(inv.lines.map((l) => l.amount)).toEqual([105, 105, 105]);
    expect(inv).toMatchObject({ subtotal: 315, tax: 31, total: 346 });
    expect(inv.lines.reduce((s, l) => s + Math.floor((l.amount * 10) / 100), 0)).toBe(30); // what per-line rounding would give
  });
});

describe('the example billed far ahead', () => {
  it('closedThrough 2028-12: every month of every customer computes, across the 2027-04 tariff', () => {
    const m = model([{ file: PROVIDER, set: [[['billing', 'closedThrough'], '2028-12']] }]);
    const acme = computeInvoices(m, customer(m, 'acme-logistics'));
    expect(acme).toHaveLength(30); // 2026-07 … 2028-12
    expect(acme.map((i) => i.tariffEffectiveFrom).filter((t) => t === '2027-04-01')).toHaveLength(21);
    expect(computeInvoices(m, customer(m, 'kitanihon-seiki')).at(-1)!.month).toBe('2026-12');
    expect(acme.find((i) => i.month === '2027-11')!.dueDate).toBe('2027-12-30'); // Fri 12-31 is 年末年始 → Thu 12-30
  });
  it('a plan missing from the tariff in force is a BillingError naming the tariff', () => {
    const m = model();
    const t = structuredClone(m.policies.tariffs[0]!);
    t.plans = [{ code: 'other', name: 'その他', initialFee: 1, monthlyFee: 1 }];
    expect(() => monthlyCharges(t, customer(m, 'acme-logistics'))).toThrow(/plan "standard" is not in the tariff in force from 2019-07-01/);
  });
});

describe('billed months and termination', () => {
  it('a terminated contract is billed through the month of termination.endsOn (closedThrough later)', () => {
    const m = model([{ file: PROVIDER, set: [[['billing', 'closedThrough'], '2027-03']] }]);
    const c = customer(m, 'kitanihon-seiki');
    const months = billedMonths(m, c);
    expect(months.at(-1)).toBe('2026-12');
    const last = computeInvoice(m, c, '2026-12');
    expect(last.notes.join()).toContain('第6条');
    expect(last.dueDate).toBe('2027-01-29');
  });

  it('第5条2: ending inside the minimum period — the final (only) invoice carries the minimum period fee in full', () => {
    const m = model([{ file: MINATO, set: [[['contract', 'termination'], { noticedOn: '2026-10-16', endsOn: '2026-10-31' }]] }]);
    const c = customer(m, 'minato-clinic');
    expect(billedMonths(m, c)).toEqual(['2026-10']);
    const inv = computeInvoice(m, c, '2026-10');
    expect(brief(inv).map((l) => l[0])).toEqual(['initial', 'plan', 'option']);
    expect(inv.lines.find((l) => l.kind === 'plan')!.amount).toBe(30000);
    expect(inv.notes.join()).toContain('第5条2');
    expect(inv.notes.join()).toContain('即日お支払いいただく'); // 第5条2: the minimum period's fee is due at once
  });

  it('a customer whose billing starts after closedThrough has no billed month', () => {
    const m = model([{ file: PROVIDER, set: [[['billing', 'closedThrough'], '2026-09']] }]);
    const c = customer(m, 'minato-clinic');
    expect(billedMonths(m, c)).toEqual([]);
    expect(() => computeInvoice(m, c, '2026-10')).toThrow(BillingError);
  });
});

describe('work orders (第15条1③): billed in the month of completedOn', () => {
  it('an amount > 0 is billed in its completion month; no completedOn → not billed yet', () => {
    const m = model([
      {
        file: ACME,
        set: [
          [['workOrders', 1, 'amount'], 12000],
          [['workOrders', 2], { id: 'wo-2026-003', description: '未完了の作業', server: 'fs01', amount: 9000 }],
        ],
      },
    ]);
    const c = customer(m, 'acme-logistics');
    const sep = computeInvoice(m, c, '2026-09');
    expect(sep.lines.filter((l) => l.kind === 'work').map((l) => [l.workOrder, l.amount])).toEqual([['wo-2026-002', 12000]]);
    expect(
      computeInvoices(m, c)
        .flatMap((i) => i.lines)
        .some((l) => l.workOrder === 'wo-2026-003'),
    ).toBe(false);
  });
});

describe('第17条 late fees with partial payments', () => {
  const pays = (list: { invoice: string; paidOn: string; amount: number }[]): Edit[] => [{ file: ACME, set: [[['payments'], list]] }];

  it('each payment carries the fee on the part it settles, on the invoice of its own month', () => {
    const m = model(
      pays([
        { invoice: '2026-07', paidOn: '2026-09-08', amount: 100000 }, // 8 days: floor(100000×146×8/365000) = 320
        { invoice: '2026-07', paidOn: '2026-10-05', amount: 143100 }, // 35 days: floor(143100×146×35/365000) = floor(2003.4) = 2003
      ]),
    );
    const c = customer(m, 'acme-logistics');
    const sep = computeInvoice(m, c, '2026-09').lines.filter((l) => l.kind === 'late-fee');
    const oct = computeInvoice(m, c, '2026-10').lines.filter((l) => l.kind === 'late-fee');
    expect(sep.map((l) => [l.amount, l.lateFee?.days, l.lateFee?.principal])).toEqual([[320, 8, 100000]]);
    expect(oct.map((l) => [l.amount, l.lateFee?.days, l.lateFee?.principal])).toEqual([[2003, 35, 143100]]);
    expect(paymentStatus(m, c).find((s) => s.month === '2026-07')).toMatchObject({ paid: 243100, unpaid: 0 });
  });

  it('a remainder never paid bills no fee (yet): the fee is billed once a payment exists', () => {
    const m = model(pays([{ invoice: '2026-07', paidOn: '2026-09-08', amount: 100000 }]));
    const c = customer(m, 'acme-logistics');
    const fees = computeInvoices(m, c).flatMap((i) => i.lines.filter((l) => l.kind === 'late-fee'));
    expect(fees.map((l) => l.amount)).toEqual([320]);
    expect(paymentStatus(m, c).find((s) => s.month === '2026-07')).toMatchObject({ paid: 100000, unpaid: 143100 });
  });

  it('a payment on or before the due date bills no fee; the day after bills one day', () => {
    const onTime = model(pays([{ invoice: '2026-07', paidOn: '2026-08-31', amount: 243100 }]));
    expect(
      computeInvoices(onTime, customer(onTime, 'acme-logistics'))
        .flatMap((i) => i.lines)
        .some((l) => l.kind === 'late-fee'),
    ).toBe(false);
    const late = model(pays([{ invoice: '2026-07', paidOn: '2026-09-01', amount: 243100 }]));
    const fee = computeInvoice(late, customer(late, 'acme-logistics'), '2026-09').lines.find((l) => l.kind === 'late-fee');
    expect(fee).toMatchObject({ amount: 97, lateFee: { days: 1 } });
  });

  it('a fee falling after billing.closedThrough is on no built invoice until closedThrough reaches its month', () => {
    const edits = pays([{ invoice: '2026-07', paidOn: '2026-11-05', amount: 243100 }]); // 66 days late
    const m = model(edits);
    expect(
      computeInvoices(m, customer(m, 'acme-logistics'))
        .flatMap((i) => i.lines)
        .some((l) => l.kind === 'late-fee'),
    ).toBe(false);
    const st = paymentStatus(m, customer(m, 'acme-logistics')).find((s) => s.month === '2026-07')!;
    expect(st.lateFees).toMatchObject([{ billedIn: '2026-11', billed: false, days: 66, amount: 6417 }]); // floor(243100×146×66/365000) = floor(6417.84)
    const later = model([...edits, { file: PROVIDER, set: [[['billing', 'closedThrough'], '2026-11']] }]);
    expect(computeInvoice(later, customer(later, 'acme-logistics'), '2026-11').lines.find((l) => l.kind === 'late-fee')?.amount).toBe(6417);
  });

  it('invoices are identical whatever the order payments are listed in', () => {
    const a = model(
      pays([
        { invoice: '2026-07', paidOn: '2026-09-08', amount: 100000 },
        { invoice: '2026-07', paidOn: '2026-10-05', amount: 143100 },
      ]),
    );
    const b = model(
      pays([
        { invoice: '2026-07', paidOn: '2026-10-05', amount: 143100 },
        { invoice: '2026-07', paidOn: '2026-09-08', amount: 100000 },
      ]),
    );
    expect(computeInvoices(b, customer(b, 'acme-logistics'))).toEqual(computeInvoices(a, customer(a, 'acme-logistics')));
  });
});

describe('exact labels and figures (issue 13, item 5)', () => {
  const m = model();
  it("第15条2: the first invoice's 取引期間 starts on billingStartsOn (minato-clinic 2026-10 from 10-16), the whole month is still charged", () => {
    const inv = computeInvoice(m, customer(m, 'minato-clinic'), '2026-10');
    expect([inv.periodFrom, inv.periodThrough]).toEqual(['2026-10-16', '2026-10-31']);
    expect(inv.lines.find((l) => l.kind === 'plan')!.quantity * 30000).toBe(inv.lines.find((l) => l.kind === 'plan')!.amount);
    expect(computeInvoice(m, customer(m, 'acme-logistics'), '2026-08').periodFrom).toBe('2026-08-01');
  });
  it('the issue date never lands on 元日: kitanihon-seiki 2025-12 is dated 2026-01-05 (banks closed 12-31 – 01-03, 01-04 a Sunday)', () => {
    expect(computeInvoice(m, customer(m, 'kitanihon-seiki'), '2025-12').issueDate).toBe('2026-01-05');
    expect(computeInvoice(m, customer(m, 'kitanihon-seiki'), '2026-02').issueDate).toBe('2026-03-02'); // 03-01 is a Sunday
    expect(computeInvoice(m, customer(m, 'kitanihon-seiki'), '2026-03').issueDate).toBe('2026-04-01'); // a Wednesday: as set
  });
  it('invoiceIssueRule first-bank-business-day: the first bank business day of the month after, whatever invoiceIssueDay says', () => {
    const f = model([
      {
        file: PROVIDER,
        set: [
          [['billing', 'invoiceIssueRule'], 'first-bank-business-day'],
          [['billing', 'invoiceIssueDay'], 10],
        ],
      },
    ]);
    expect(computeInvoice(f, customer(f, 'kitanihon-seiki'), '2025-12').issueDate).toBe('2026-01-05');
    expect(computeInvoice(f, customer(f, 'kitanihon-seiki'), '2026-03').issueDate).toBe('2026-04-01');
    const d = model([{ file: PROVIDER, set: [[['billing', 'invoiceIssueDay'], 10]] }]);
    expect(computeInvoice(d, customer(d, 'kitanihon-seiki'), '2026-03').issueDate).toBe('2026-04-10');
  });
  it('第17条: a late fee is 不課税 (out of scope of consumption tax), taxCategory out-of-scope, never 非課税', () => {
    const fee = computeInvoice(m, customer(m, 'acme-logistics'), '2026-09').lines.filter((l) => l.kind === 'late-fee');
    expect(fee.map((l) => l.taxCategory)).toEqual(['out-of-scope']);
  });
});
