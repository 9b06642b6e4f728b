/**
 * The register's `printed` hashes cover what an invoice prints besides its figures: changing each hashed input
 * changes the rendered invoice's bytes and only that field's hash; the billed period and notes too. A field the
 * invoice does not print (the provider's website) changes neither, so K005 never warns of it.
 */
import { describe, expect, it } from 'vitest';
import { computeInvoice } from '../../src/billing/invoice.js';
import { renderInvoice } from '../../src/emit/documents/documents.js';
import type { Model } from '../../src/model/model.js';
import { type PROVIDER_PRINTED, printedFields } from '../../src/records/printed.js';
import { ASSETS } from '../documents/pdf.js';
import { exampleModel } from './fixtures.js';

const MONTH = '2026-08';
const base = exampleModel();

function render(m: Model) {
  const c = m.customers.find((x) => x.id === 'acme-logistics')!;
  return { bytes: Buffer.from(renderInvoice(ASSETS, m, c, MONTH).bytes), printed: printedFields(m.policies.provider, c, computeInvoice(m, c, MONTH)) };
}

/** a copy of the example model with one provider field or one customer source field replaced */
function withProvider(key: string, value: unknown): Model {
  return { ...base, policies: { ...base.policies, provider: { ...base.policies.provider, [key]: value } } };
}
function withCustomer(edit: (s: Model['customers'][number]['source']) => Model['customers'][number]['source']): Model {
  return { ...base, customers: base.customers.map((c) => (c.id === 'acme-logistics' ? { ...c, source: edit(c.source) } : c)) };
}

const before = render(base);
const changedKeys = (after: ReturnType<typeof render>) => {
  const was: Record<string, string> = before.printed;
  const now: Record<string, string> = after.printed;
  return Object.keys(was).filter((k) => was[k] !== now[k]);
};

describe('電子帳簿保存法: the printed hashes of an issued invoice', () => {
  const p = base.policies.provider;
  const provider: Record<(typeof PROVIDER_PRINTED)[number], unknown> = {
    name: `${p.name}本社`,
    address: { ...p.address, text: `${p.address.text}別館` },
    phone: '03-0000-0000',
    invoiceRegistrationNumber: 'T1234567890123',
    serviceName: `${p.serviceName}2`,
    bankAccounts: p.bankAccounts.map((a) => ({ ...a, number: '7654321' })),
  };
  for (const [key, value] of Object.entries(provider))
    it(`provider.${key}: the invoice prints it, and only its hash changes`, () => {
      const after = render(withProvider(key, value));
      expect(after.bytes.equals(before.bytes)).toBe(false);
      expect(changedKeys(after)).toEqual([`provider.${key}`]);
    });

  it('the website is not printed on an invoice: neither the bytes nor a hash change', () => {
    const after = render(withProvider('website', 'https://www.example.jp/other/'));
    expect(after.bytes.equals(before.bytes)).toBe(true);
    expect(changedKeys(after)).toEqual([]);
  });

  it("第21条: the customer's legal name, billing recipient and billing address", () => {
    const cases: [string, (s: Model['customers'][number]['source']) => Model['customers'][number]['source']][] = [
      ['customer.legalName', (s) => ({ ...s, legalName: `${s.legalName}ホールディングス` })],
      ['billing.recipient', (s) => ({ ...s, billing: { ...s.billing, recipient: '財務部 御中' } })],
      ['billing.address', (s) => ({ ...s, billing: { ...s.billing, address: { ...s.billing.address, text: '東京都港区1-1' } } })],
    ];
    for (const [key, edit] of cases) {
      const after = render(withCustomer(edit));
      expect(after.bytes.equals(before.bytes), key).toBe(false);
      expect(changedKeys(after), key).toEqual([key]);
    }
  });
});
