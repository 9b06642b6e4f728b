import { describe, expect, it } from 'vitest';
import { ruleTester, yamlEdits } from '../rule-tester.js';
import { ACME, CALENDAR, diagnostics, KITA, PROVIDER, sources, TODAY } from './fixtures.js';
import { check, makeRuleContext } from '../../src/driver/index.js';
import { BILLING_RULES, billingOutcome } from '../../src/validate/rules/billing.js';
import { CalendarRangeError } from '../../src/calendar/calendar.js';
import { BillingError } from '../../src/billing/errors.js';
import type { Edit } from './fixtures.js';

describe('billing checks B001–B007', () => {
  it('the example root has no billing diagnostic', () => {
    expect(diagnostics().filter((d) => d.code.startsWith('B'))).toEqual([]);
  });

  it('a customer that cannot be priced is left to R010 (no billing diagnostic, no crash)', () => {
    const ds = diagnostics([
      {
        file: ACME,
        set: [
          [['contract', 'plan'], 'platinum'],
          [['payments', 1, 'amount'], 50000],
        ],
      },
    ]);
    expect(ds.some((d) => d.code === 'R010')).toBe(true);
    expect(ds.filter((d) => d.code.startsWith('B'))).toEqual([]);
  });

  const cases: [
    string,
    string,
    Edit[],
    { severity: 'error' | 'warning'; file: string; line: number; col: number; message: RegExp; count?: number; also?: string[] },
  ][] = [
    [
      'B001',
      'calendar coverage beyond the holiday data is an error',
      [{ file: CALENDAR, set: [[['coverage', 'through'], '2051-12-31']] }],
      { severity: 'error', file: CALENDAR, line: 15, col: 40, message: /coverage\.through 2051-12-31 is outside the national holiday data/ },
    ],
    [
      'B002',
      '第16条1: a due date beyond the holiday data is an error at billing.closedThrough',
      [{ file: PROVIDER, set: [[['billing', 'closedThrough'], '2050-12']] }],
      {
        severity: 'error',
        file: PROVIDER,
        line: 29,
        col: 18,
        message: /an invoice's issue or due date needs 2051-01-01, beyond the national holiday data/,
        count: 2,
      }, // acme and minato; kitanihon ended 2026-12,
    ],
    [
      'B003',
      '第17条: a partial payment leaves the rest unpaid (warning)',
      [{ file: ACME, set: [[['payments', 1, 'amount'], 50000]] }],
      {
        severity: 'warning',
        file: ACME,
        line: 69,
        col: 55,
        message: /acme-logistics-202608 \(2026-08\) is partly paid: ¥50,000 of ¥78,100, ¥28,100 still unpaid/,
      },
    ],
    [
      'B004',
      'a payment dated before its billed month began',
      [{ file: ACME, set: [[['payments', 1, 'paidOn'], '2026-07-30']] }],
      { severity: 'warning', file: ACME, line: 69, col: 35, message: /payment on 2026-07-30 is before the billed month 2026-08 began/ },
    ],
    [
      'B005',
      'an overpayment is not carried over',
      [{ file: ACME, set: [[['payments', 1, 'amount'], 80000]] }],
      { severity: 'warning', file: ACME, line: 69, col: 55, message: /add up to ¥80,000, ¥1,900 more than its total ¥78,100/ },
    ],
    [
      'B006',
      '第17条: a late fee paid after the last invoice of an ended contract is on no invoice',
      [
        { file: PROVIDER, set: [[['billing', 'closedThrough'], '2027-03']] },
        // due 2027-01-29; 01-30 … 03-01 is 31 days: floor(49,500 × 146 × 31 / 365,000) = floor(613.8)
        { file: KITA, set: [[['payments'], [{ invoice: '2026-12', paidOn: '2027-03-01', amount: 49500 }]]] },
      ],
      {
        severity: 'warning',
        file: KITA,
        line: 37,
        col: 13,
        message: /late fee ¥613 on kitanihon-seiki-202612 \(paid 2027-03-01, 31 days late\) falls in 2027-03/,
      },
    ],
    [
      'B007',
      '第15条1③: work completed before the billing start month is on no invoice',
      [{ file: ACME, set: [[['workOrders', 0, 'completedOn'], '2026-06-20']] }],
      // the work order's ¥50,000 leaves the 2026-08 invoice, so its payment is now an overpayment (B005)
      {
        severity: 'warning',
        file: ACME,
        line: 61,
        col: 18,
        message: /work order wo-2026-001 \(¥50,000\) completed on 2026-06-20, outside the billed months 2026-07…/,
        also: ['B005'],
      },
    ],
  ];
  ruleTester(/^B\d{3}$/, {
    title: 'each edit gives its B diagnostic, at file:line:col',
    invalid: cases.map(([code, title, edits, want]) => ({
      name: `${code}: ${title}`,
      edit: yamlEdits(edits),
      expect: Array.from({ length: want.count ?? 1 }, () => ({
        code,
        file: want.file,
        line: want.line,
        col: want.col,
        severity: want.severity,
        message: want.message,
      })),
      ...(want.also ? { also: want.also } : {}),
    })),
  });
});

describe('billing checks do not swallow errors', () => {
  it('sorts what billing throws: holiday data (B002) and pricing (R010/R011/R013) are answers, anything else a crash', () => {
    expect(billingOutcome(() => 1)).toEqual({ kind: 'ok', value: 1 });
    expect(
      billingOutcome(() => {
        throw new CalendarRangeError('no data', '2051-01-31');
      }).kind,
    ).toBe('calendar');
    expect(
      billingOutcome(() => {
        throw new BillingError('no plan');
      }).kind,
    ).toBe('pricing');
    const crash = billingOutcome(() => {
      throw new TypeError('x is undefined');
    });
    expect(crash.kind).toBe('crash');
    expect(crash.kind === 'crash' && crash.error.message).toBe('x is undefined');
    expect(
      billingOutcome(() => {
        throw 'a string';
      }),
    ).toEqual({ kind: 'crash', error: new Error('a string') });
  });

  it('a customer whose billing crashes is an X001 at its file; the other customers are still checked (B003)', () => {
    const r = check(sources([{ file: KITA, set: [[['payments'], [{ invoice: '2026-07', paidOn: '2026-08-31', amount: 1000 }]]] }]), { today: TODAY });
    // fresh objects: the rules memoise per inputs and per customer data, and check() ran them on r.inputs
    const inputs = { ...r.inputs, customers: r.inputs.customers.map((c) => (c.file === ACME ? { ...c, data: structuredClone(c.data) } : c)) };
    const acme = inputs.customers.find((c) => c.file === ACME)!;
    Object.defineProperty(acme.data.contract, 'options', {
      get: () => {
        throw new TypeError('options is broken');
      },
    });
    const ctx = makeRuleContext(inputs, r.files, TODAY);
    const ds = BILLING_RULES.flatMap((rule) => rule.check(ctx));
    expect(ds.filter((d) => d.code === 'X001').map((d) => [d.file, d.message])).toEqual([
      [ACME, 'internal error in the billing rules for customer acme-logistics: options is broken'],
    ]);
    expect(ds.filter((d) => d.code === 'B003').map((d) => d.file)).toEqual([KITA]);
  });
});
