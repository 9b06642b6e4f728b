/**
 * K001–K003: issued documents are records (消費税法57条の4, 電子帳簿保存法). The example root with its
 * 2026-07 – 2026-09 invoices issued; each case edits an input after the issue.
 */
import { describe, expect, it } from 'vitest';
import { caseDiagnostics, ruleTester } from '../rule-tester.js';
import { ACME, issuedContracts, issuedRegisters, KITA, TARIFF_2019 } from './fixtures.js';

const CONTRACTS = issuedContracts();

const REGISTERS = issuedRegisters(['2026-07', '2026-08', '2026-09']);
const ACME_REGISTER = 'records/register/acme-logistics.yaml';

ruleTester('K001', {
  valid: [
    { name: '消費税法57条の4: the register of the invoices as issued matches the inputs', files: REGISTERS },
    { name: 'the issued contracts match the inputs', files: CONTRACTS },
    {
      name: '第2条4: an edit of the tariff effective after the issued months changes no issued invoice',
      files: REGISTERS,
      edit: (r) => r.replace('policies/tariffs/2027-04-01.yaml', 'monthlyFee: 33000', 'monthlyFee: 34000'),
    },
  ],
  invalid: [
    {
      name: '第15条1①: an issued contract is recomputed too: the initial fee edited afterwards is an error at that fee naming the contract',
      files: CONTRACTS,
      edit: (r) => r.replace(TARIFF_2019, 'initialFee: 100000, monthlyFee: 30000', 'initialFee: 120000, monthlyFee: 30000'),
      expect: {
        code: 'K001',
        file: TARIFF_2019,
        at: ['120000', 0],
        messageIncludes:
          'acme-logistics-contract-1 (利用契約内容確認書, issued 2026-07-01, ¥78,100) would change: 初期費用（スタンダードプラン） unit price ¥100,000 → ¥120,000',
      },
      also: ['K001'], // the other customers of the standard plan
    },
    {
      name: '消費税法57条の4: a retroactive edit of a tariff fee (30000 → 31000) is an error at the fee line naming acme-logistics-202607',
      files: REGISTERS,
      edit: (r) => r.replace(TARIFF_2019, 'monthlyFee: 30000', 'monthlyFee: 31000'),
      expect: {
        code: 'K001',
        file: TARIFF_2019,
        at: ['31000', 0],
        messageIncludes:
          'acme-logistics-202607 (適格請求書 2026-07分, issued 2026-08-03, ¥243,100) would change: 月額利用料金（スタンダードプラン） unit price ¥30,000 → ¥31,000; total ¥243,100 → ¥245,300',
        hintIncludes: 'an issued document never changes',
      },
      also: ['K001'], // the other issued months of the standard plan change too
    },
    {
      name: '第15条2: the billed period (取引期間) printed on an issued first invoice starts on billingStartsOn; moving that date afterwards is an error there',
      files: REGISTERS,
      edit: (r) => r.replace(ACME, 'billingStartsOn: 2026-07-01', 'billingStartsOn: 2026-07-10'),
      expect: {
        code: 'K001',
        file: ACME,
        at: ['2026-07-10', 0],
        messageIncludes:
          'acme-logistics-202607 (適格請求書 2026-07分, issued 2026-08-03, ¥243,100) would change: billed period (取引期間) 2026-07-01〜2026-07-31 → 2026-07-10〜2026-07-31',
      },
    },
    {
      name: '第15条1③: the amount of a billed work order changed after the issue is an error at that amount',
      files: REGISTERS,
      edit: (r) => r.replace(ACME, 'amount: 50000', 'amount: 55000'),
      expect: { code: 'K001', file: ACME, at: ['55000', 0], messageIncludes: 'acme-logistics-202607' },
    },
    {
      name: '第17条: a payment date changed after the late fee was invoiced is an error at the payment',
      files: REGISTERS,
      edit: (r) => r.replace(ACME, 'paidOn: 2026-09-08', 'paidOn: 2026-09-10'),
      expect: { code: 'K001', file: ACME, at: ['{ invoice: "2026-07"', 0], messageIncludes: 'acme-logistics-202609' },
    },
    {
      name: '第15条1②: a plan changed after the issue is an error at contract.plan',
      files: REGISTERS,
      edit: (r) => r.yaml(ACME, { set: [[['contract', 'plan'], 'premium']] }),
      expect: { code: 'K001', file: ACME, at: ['premium', 0], messageIncludes: 'is gone; new line 月額利用料金（プレミアムプラン）' },
      also: ['K001'],
    },
  ],
});

ruleTester('K002', {
  valid: [{ name: 'a customer with issued documents keeps its file', files: REGISTERS }],
  invalid: [
    {
      name: '第6条: removing the file of a customer with issued documents is an error (it ends by termination)',
      files: { ...REGISTERS, [KITA]: null },
      expect: { code: 'K002', file: 'records/register/kitanihon-seiki.yaml', at: ['"kitanihon-seiki"', 0], messageIncludes: 'kitanihon-seiki-202607' },
    },
  ],
});

ruleTester('K003', {
  invalid: [
    {
      name: 'a register is found by its customer id: records/register/<id>.yaml',
      files: { 'records/register/acme.yaml': REGISTERS[ACME_REGISTER] ?? '' },
      expect: {
        code: 'K003',
        file: 'records/register/acme.yaml',
        at: ['"acme-logistics"', 0],
        messageIncludes: 'must be records/register/acme-logistics.yaml',
      },
    },
  ],
});

describe('第17条: payments stay applied to the issued amount', () => {
  const edit = { name: 'tariff edit', edit: (r: import('../rule-tester.js').Root) => r.replace(TARIFF_2019, 'monthlyFee: 30000', 'monthlyFee: 31000') };
  it('without a register, the edit turns the full payment of 2026-08 into arrears (B003)', () => {
    const { diagnostics } = caseDiagnostics('B003', edit);
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('¥2,200 still unpaid');
  });
  it('with the invoice issued, the payment settles the issued ¥78,100: no B003, and K001 names the edit', () => {
    expect(caseDiagnostics('B003', { ...edit, files: REGISTERS }).diagnostics).toEqual([]);
    const k = caseDiagnostics('K001', { ...edit, files: REGISTERS }).diagnostics.map((d) => d.message);
    expect(k.some((m) => m.startsWith('acme-logistics-202608'))).toBe(true);
  });
});

const CORRECTION = 'corrections:\n  - { invoice: "2026-07", reason: 月額利用料金の単価の訂正, issuedOn: 2026-11-04 }\n';

ruleTester('K004', {
  valid: [
    {
      name: '消費税法57条の4第4項: a correction declared for an issued invoice; its difference is no K001 until it is issued',
      files: REGISTERS,
      edit: [(r) => r.replace(TARIFF_2019, 'monthlyFee: 30000', 'monthlyFee: 31000'), (r) => r.write(ACME, r.text(ACME) + CORRECTION)],
    },
  ],
  invalid: [
    {
      name: '消費税法57条の4第4項: a correction of an invoice that was never issued is an error at its invoice',
      edit: (r) => r.write(ACME, r.text(ACME) + CORRECTION),
      expect: { code: 'K004', file: ACME, at: ['"2026-07", reason', 0], messageIncludes: 'which is not issued' },
    },
    {
      name: '消費税法57条の4第4項: a correction dated before the invoice it corrects is an error at its date',
      files: REGISTERS,
      edit: (r) => r.write(ACME, r.text(ACME) + CORRECTION.replace('2026-11-04', '2026-07-31')),
      expect: {
        code: 'K004',
        file: ACME,
        at: ['2026-07-31 }', 0],
        messageIncludes: 'before the invoice it corrects (acme-logistics-202607, issued 2026-08-03)',
      },
    },
  ],
});

describe('K001 with a correction declared', () => {
  it('the other months the edit changes are still errors: a correction excuses only its own month', () => {
    const { diagnostics } = caseDiagnostics('K001', {
      name: 'edit + one correction',
      files: REGISTERS,
      edit: [(r) => r.replace(TARIFF_2019, 'monthlyFee: 30000', 'monthlyFee: 31000'), (r) => r.write(ACME, r.text(ACME) + CORRECTION)],
    });
    const named = diagnostics.map((d) => d.message.split(' ')[0]);
    expect(named).toContain('acme-logistics-202608');
    expect(named).not.toContain('acme-logistics-202607');
  });
});

ruleTester('K005', {
  valid: [
    { name: '電子帳簿保存法: what the issued invoices printed is what the inputs print now', files: REGISTERS },
    {
      name: 'a customer without issued documents may change its billing address',
      edit: (r) => r.replace(ACME, 'recipient: 株式会社アクメ物流 経理部 御中', 'recipient: 株式会社アクメ物流 財務部 御中'),
    },
  ],
  invalid: [
    {
      name: '第21条: a billing recipient changed after the issue is a warning at that field naming the latest issued invoice (the issued ones keep what they printed)',
      files: REGISTERS,
      edit: (r) => r.replace(ACME, 'recipient: 株式会社アクメ物流 経理部 御中', 'recipient: 株式会社アクメ物流 財務部 御中'),
      expect: {
        code: 'K005',
        severity: 'warning',
        file: ACME,
        at: ['株式会社アクメ物流 財務部 御中', 0],
        messageIncludes: 'billing.recipient (請求書の宛名) is no longer what 3 issued invoices printed, the latest acme-logistics-202609',
        hintIncludes: 'declare a correction',
      },
    },
    {
      name: "消費税法57条の4第1項: the provider's bank account changed after the issue is one warning at provider.yaml for every customer",
      files: REGISTERS,
      edit: (r) => r.replace('policies/provider.yaml', 'number: "1234567"', 'number: "7654321"'),
      expect: {
        code: 'K005',
        severity: 'warning',
        file: 'policies/provider.yaml',
        at: ['- bank: みずほ銀行', 0],
        messageIncludes: 'provider.bankAccounts (振込先口座) is no longer what the latest issued invoice of',
      },
    },
  ],
});
