/**
 * What an issued invoice printed besides its figures (the issuer, the recipient, the billed period, the
 * notes), as one short hash per field: recorded by `vmsc issue` in the register entry (`printed`), compared
 * by check (K005) and read by `vmsc build` to tell, without rendering a PDF, why a re-rendered invoice differs
 * from the issued bytes. The figures, lines and dates are compared one by one by K001 (compare.ts). Pure.
 *
 * The invoice view (src/emit/documents/documents.ts, `invoiceView`) prints the provider fields of
 * PROVIDER_PRINTED; tests/records/printed.test.ts renders an invoice after changing each field here and sees
 * its bytes and only that field's hash change (and the bytes stay when `website`, not printed, changes).
 */
import type { Invoice } from '../billing/invoice.js';
import type { DataPath } from '../load/yaml.js';
import type { Provider } from '../model/inputs.js';
import type { RecordedDocument } from '../types/generated/register.js';
import { sha256hex } from '../util/sha256.js';

/** the fields of policies/provider.yaml an invoice prints (not `website`: only the contract prints it) */
export const PROVIDER_PRINTED = ['name', 'address', 'phone', 'invoiceRegistrationNumber', 'serviceName', 'bankAccounts'] as const;

/** what printedFields needs of a customer */
export interface PrintedCustomer {
  source: { legalName: string; billing: { recipient: string; address: unknown } };
}

/** a printed field's key in the register → the input it is printed from */
export type PrintedOrigin = { input: 'provider' | 'customer'; path: DataPath };

const ORIGINS: Record<string, PrintedOrigin> = {
  ...Object.fromEntries(PROVIDER_PRINTED.map((k) => [`provider.${k}`, { input: 'provider', path: [k] } as PrintedOrigin])),
  'customer.legalName': { input: 'customer', path: ['legalName'] },
  'billing.recipient': { input: 'customer', path: ['billing', 'recipient'] },
  'billing.address': { input: 'customer', path: ['billing', 'address'] },
  // 取引期間: from billingStartsOn on the first invoice (第15条2), through the end month's last day
  'invoice.period': { input: 'customer', path: ['contract', 'billingStartsOn'] },
  // billing's notes (第5条2 final invoice inside the minimum period, …) follow from the contract's dates
  'invoice.notes': { input: 'customer', path: ['contract'] },
};

/** Japanese names of the printed fields, for messages */
export const PRINTED_LABELS: Record<string, string> = {
  'provider.name': '発行者名',
  'provider.address': '発行者住所',
  'provider.phone': '発行者電話番号',
  'provider.invoiceRegistrationNumber': '登録番号',
  'provider.serviceName': 'サービス名',
  'provider.bankAccounts': '振込先口座',
  'customer.legalName': '契約者名',
  'billing.recipient': '請求書の宛名',
  'billing.address': '請求書の送付先住所',
  'invoice.period': '取引期間',
  'invoice.notes': '備考',
};

export const printedOrigin = (key: string): PrintedOrigin => ORIGINS[key] ?? { input: 'customer', path: [] };

/** a stable JSON text (object keys sorted), so that a hash does not depend on the order of YAML keys */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

const short = (v: unknown) => sha256hex(canonical(v)).slice(0, 16);

/** the printed fields of an invoice, each as the first 16 hex digits of the sha256 of its canonical JSON (every key of the schema's `printed`) */
export function printedFields(
  provider: Pick<Provider, (typeof PROVIDER_PRINTED)[number]>,
  c: PrintedCustomer,
  inv: Pick<Invoice, 'periodFrom' | 'periodThrough' | 'notes'>,
): Required<Printed> {
  return {
    'provider.name': short(provider.name),
    'provider.address': short(provider.address),
    'provider.phone': short(provider.phone),
    'provider.invoiceRegistrationNumber': short(provider.invoiceRegistrationNumber),
    'provider.serviceName': short(provider.serviceName),
    'provider.bankAccounts': short(provider.bankAccounts),
    'customer.legalName': short(c.source.legalName),
    'billing.recipient': short(c.source.billing.recipient),
    'billing.address': short(c.source.billing.address),
    'invoice.period': short([inv.periodFrom, inv.periodThrough]),
    'invoice.notes': short(inv.notes),
  };
}

type Printed = NonNullable<RecordedDocument['printed']>;

/** the keys whose hash differs between what was printed and what would print now (keys in `was` only) */
export function printedDifferences(was: Printed | undefined, now: Required<Printed>): (keyof Printed)[] {
  if (!was) return [];
  return (Object.keys(now) as (keyof Printed)[]).filter((key) => was[key] !== undefined && was[key] !== now[key]);
}
