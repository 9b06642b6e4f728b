/**
 * What changed between an issued invoice (its register entry) and the same invoice computed from today's
 * inputs, and which input made each difference: the tariff fee line, the plan, an option, a work order, a
 * payment, the issue-day rule. Pure; check rule K001 turns each difference into a located error.
 */
import type { Invoice } from '../billing/invoice.js';
import type { DataPath } from '../load/yaml.js';
import type { RecordedDocument, RecordedLine } from '../types/generated/register.js';
import { lineRefs } from './register.js';
import type { LineSource } from './register.js';

/** where a difference comes from: a field of the tariff that priced the month, or a path in one input file */
export type Origin =
  | { input: 'tariff'; field: 'monthlyFee' | 'initialFee' | 'name'; list: 'plans' | 'options'; code: string }
  | { input: 'tariff'; field: 'taxRatePercent' | 'effectiveFrom' }
  | { input: 'customer' | 'provider' | 'calendar'; path: DataPath };

export interface Difference {
  /** e.g. "月額利用料金（スタンダードプラン） unit price ¥30,000 → ¥31,000" */
  what: string;
  origin: Origin;
}

export interface CustomerSource extends LineSource {
  source: LineSource['source'] & {
    workOrders?: ReadonlyArray<{ id: string }>;
    payments?: ReadonlyArray<{ invoice: string; paidOn: string }>;
  };
}

const yen = (n: number) => `¥${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** the input that decides a line's unit price */
function priceOrigin(l: RecordedLine, c: CustomerSource): Origin {
  const ref = l.ref ?? '';
  switch (l.kind) {
    case 'initial':
      return { input: 'tariff', field: 'initialFee', list: 'plans', code: ref };
    case 'plan':
      return { input: 'tariff', field: 'monthlyFee', list: 'plans', code: ref };
    case 'option':
      return { input: 'tariff', field: 'monthlyFee', list: 'options', code: ref };
    case 'work': {
      const i = (c.source.workOrders ?? []).findIndex((w) => w.id === ref);
      return { input: 'customer', path: i >= 0 ? ['workOrders', i, 'amount'] : ['workOrders'] };
    }
    case 'late-fee':
      return paymentOrigin(ref, c);
  }
}

/** a late-fee line `<invoice>@<paidOn>`: the payment it comes from */
function paymentOrigin(ref: string, c: CustomerSource): Origin {
  const [number, paidOn] = ref.split('@');
  const month = number ? `${number.slice(-6, -2)}-${number.slice(-2)}` : '';
  const pays = c.source.payments ?? [];
  // the payment of that day, else (its date was changed) the first payment of that invoice
  let i = pays.findIndex((p) => p.invoice === month && p.paidOn === paidOn);
  if (i < 0) i = pays.findIndex((p) => p.invoice === month);
  return { input: 'customer', path: i >= 0 ? ['payments', i] : ['payments'] };
}

/** the input that decides whether a line is there at all */
function presenceOrigin(l: RecordedLine, c: CustomerSource): Origin {
  switch (l.kind) {
    case 'initial':
      return { input: 'customer', path: ['contract', 'billingStartsOn'] };
    case 'plan':
      return { input: 'customer', path: ['contract', 'plan'] };
    case 'option':
      return { input: 'customer', path: ['contract', 'options'] };
    case 'work': {
      const i = (c.source.workOrders ?? []).findIndex((w) => w.id === l.ref);
      return { input: 'customer', path: i >= 0 ? ['workOrders', i, 'completedOn'] : ['workOrders'] };
    }
    case 'late-fee':
      return paymentOrigin(l.ref ?? '', c);
  }
}

const key = (l: RecordedLine) => `${l.kind}/${l.ref ?? ''}`;

function lineDifferences(was: RecordedLine, now: RecordedLine, c: CustomerSource): Difference[] {
  const out: Difference[] = [];
  const label = was.description;
  if (was.unitPrice !== now.unitPrice) out.push({ what: `${label} unit price ${yen(was.unitPrice)} → ${yen(now.unitPrice)}`, origin: priceOrigin(was, c) });
  if (was.quantity !== now.quantity)
    out.push({ what: `${label} quantity ${was.quantity} → ${now.quantity}`, origin: { input: 'customer', path: ['servers'] } });
  if (out.length === 0 && was.description !== now.description) {
    const o = priceOrigin(was, c);
    const origin: Origin = o.input === 'tariff' && 'list' in o ? { ...o, field: 'name' } : o;
    out.push({ what: `description ${JSON.stringify(was.description)} → ${JSON.stringify(now.description)}`, origin });
  }
  if (out.length === 0 && was.amount !== now.amount) out.push({ what: `${label} amount ${yen(was.amount)} → ${yen(now.amount)}`, origin: priceOrigin(was, c) });
  return out;
}

/** every difference between the issued invoice and the computed one, most telling first */
export function compareInvoice(
  was: RecordedDocument,
  now: Pick<Invoice, 'lines' | 'tariffEffectiveFrom' | 'taxRatePercent' | 'issueDate' | 'dueDate' | 'total'> &
    Partial<Pick<Invoice, 'periodFrom' | 'periodThrough'>>,
  c: CustomerSource,
  /** the hash of the notes the invoice would print now (printed.ts), for an entry that recorded them */
  nowNotes?: string,
): Difference[] {
  const out: Difference[] = [];
  const refs = lineRefs(now.lines, c);
  const nowLines: RecordedLine[] = now.lines.map((l, i) => ({ ...l, ref: refs[i] ?? l.kind }));
  const nowByKey = new Map(nowLines.map((l) => [key(l), l] as const));
  const wasKeys = new Set((was.lines ?? []).map(key));
  if (was.tariffEffectiveFrom !== undefined && was.tariffEffectiveFrom !== now.tariffEffectiveFrom) {
    out.push({
      what: `priced with the tariff of ${was.tariffEffectiveFrom}, now with the tariff of ${now.tariffEffectiveFrom}`,
      origin: { input: 'tariff', field: 'effectiveFrom' },
    });
  }
  for (const l of was.lines ?? []) {
    const n = nowByKey.get(key(l));
    if (!n) out.push({ what: `line ${l.description} (${yen(l.amount)}) is gone`, origin: presenceOrigin(l, c) });
    else out.push(...lineDifferences(l, n, c));
  }
  for (const l of nowLines) if (!wasKeys.has(key(l))) out.push({ what: `new line ${l.description} (${yen(l.amount)})`, origin: presenceOrigin(l, c) });
  const wasRate = was.taxes?.[0]?.ratePercent;
  if (wasRate !== undefined && wasRate !== now.taxRatePercent)
    out.push({ what: `tax rate ${wasRate}% → ${now.taxRatePercent}%`, origin: { input: 'tariff', field: 'taxRatePercent' } });
  if (was.periodFrom !== undefined && now.periodFrom !== undefined && (was.periodFrom !== now.periodFrom || was.periodThrough !== now.periodThrough))
    out.push({
      what: `billed period (取引期間) ${was.periodFrom}〜${was.periodThrough} → ${now.periodFrom}〜${now.periodThrough}`,
      origin: { input: 'customer', path: ['contract', was.periodFrom !== now.periodFrom ? 'billingStartsOn' : 'termination'] },
    });
  if (was.printed?.['invoice.notes'] !== undefined && nowNotes !== undefined && was.printed['invoice.notes'] !== nowNotes)
    out.push({ what: 'notes (備考) printed differently', origin: { input: 'customer', path: ['contract'] } });
  if (was.issueDate !== now.issueDate)
    out.push({ what: `issue date ${was.issueDate} → ${now.issueDate}`, origin: { input: 'provider', path: ['billing', 'invoiceIssueDay'] } });
  if (was.dueDate !== undefined && was.dueDate !== now.dueDate)
    out.push({ what: `due date ${was.dueDate} → ${now.dueDate}`, origin: { input: 'calendar', path: ['bankHolidays'] } });
  if (was.total !== now.total) out.push({ what: `total ${yen(was.total)} → ${yen(now.total)}`, origin: out[0]?.origin ?? { input: 'customer', path: [] } });
  return out;
}
