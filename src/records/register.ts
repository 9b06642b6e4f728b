/**
 * The register of issued documents (records/register/<customer>.yaml): what an issued invoice or contract
 * was, as data. Pure: the writers are in src/write/records.ts, the command in src/cli/commands/issue.ts.
 *
 * A register file is appended by `vmsc issue` (one entry per document, in issue order) and never edited by
 * hand; check compares every entry with what the inputs compute now (rule K001), and `vmsc records verify`
 * re-hashes the archived PDF of every entry.
 */
import type { Invoice, InvoiceLine } from '../billing/invoice.js';
import type { RecordedDocument, RecordedLine, Register } from '../types/generated/register.js';

export type { RecordedDocument, RecordedLine, Register } from '../types/generated/register.js';

/** the register folder of a root and the default archive (provider.records.archive overrides it) */
export const REGISTER_DIR = 'records/register';
export const DEFAULT_ARCHIVE = 'records/archive';

export const registerPath = (customer: string) => `${REGISTER_DIR}/${customer}.yaml`;
/** a document's file, relative to the archive folder */
export const archiveFile = (customer: string, number: string) => `${customer}/${number}.pdf`;

/** what a customer's source says of its lines: enough to name where each line comes from */
export interface LineSource {
  source: { contract: { plan: string; options: readonly string[] } };
}

/**
 * The origin of each line of an invoice: the plan code (initial fee, monthly fee), the option code, the work
 * order id, or `<invoice paid late>@<payment date>` for a late fee. Options are in contract order, as billing
 * lists them.
 */
export function lineRefs(lines: readonly InvoiceLine[], customer: LineSource): string[] {
  let option = 0;
  return lines.map((l) => {
    switch (l.kind) {
      case 'initial':
      case 'plan':
        return customer.source.contract.plan;
      case 'option':
        return customer.source.contract.options[option++] ?? `option-${option}`;
      case 'work':
        return l.workOrder ?? 'work';
      default:
        // late-fee
        return l.lateFee ? `${l.lateFee.invoiceNumber}@${l.lateFee.paidOn}` : 'late-fee';
    }
  });
}

export function recordedLines(lines: readonly InvoiceLine[], customer: LineSource): RecordedLine[] {
  const refs = lineRefs(lines, customer);
  return lines.map((l, i) => ({
    kind: l.kind,
    ref: refs[i] ?? l.kind,
    description: l.description,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    amount: l.amount,
    taxCategory: l.taxCategory,
  }));
}

export interface Provenance {
  /** sha256 (hex) of the PDF bytes */
  sha256: string;
  /** the git commit the document was built from, `none`, or `<sha>+dirty` */
  commit: string;
  /** what an invoice printed besides its figures, per field (printed.ts) */
  printed?: Record<string, string>;
}

/** the register entry of an invoice as billing computes it */
export function recordOfInvoice(inv: Invoice, customer: LineSource, p: Provenance): RecordedDocument {
  return {
    number: inv.invoiceNumber,
    kind: 'invoice',
    month: inv.month,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
    periodFrom: inv.periodFrom,
    periodThrough: inv.periodThrough,
    tariffEffectiveFrom: inv.tariffEffectiveFrom,
    lines: recordedLines(inv.lines, customer),
    taxes: inv.taxBreakdown.map((t) => ({ ratePercent: t.ratePercent, taxable: t.taxable, tax: t.tax })),
    nonTaxable: inv.nonTaxable,
    total: inv.total,
    file: archiveFile(inv.customer, inv.invoiceNumber),
    sha256: p.sha256,
    ...(p.printed ? { printed: p.printed } : {}),
    commit: p.commit,
  };
}

/** the number of the n-th issued contract of a customer (n from 1) */
export const contractNumber = (customer: string, n: number) => `${customer}-contract-${n}`;

/** the register entry of a contract: its initial fee and monthly lines; `total` is the monthly total with tax */
export function recordOfContract(
  c: { id: string } & LineSource,
  number: string,
  issueDate: string,
  priced: { lines: readonly InvoiceLine[]; monthly: { tariffEffectiveFrom: string; taxRatePercent: number; subtotal: number; tax: number; total: number } },
  p: Provenance,
): RecordedDocument {
  return {
    number,
    kind: 'contract',
    issueDate,
    tariffEffectiveFrom: priced.monthly.tariffEffectiveFrom,
    lines: recordedLines(priced.lines, c),
    taxes: [{ ratePercent: priced.monthly.taxRatePercent, taxable: priced.monthly.subtotal, tax: priced.monthly.tax }],
    nonTaxable: 0,
    total: priced.monthly.total,
    file: archiveFile(c.id, number),
    sha256: p.sha256,
    commit: p.commit,
  };
}

/** a register with documents appended (a new object; the old one is not changed) */
export function appendDocuments(reg: Register | undefined, customer: string, docs: readonly RecordedDocument[]): Register {
  return { customer, documents: [...(reg?.documents ?? []), ...docs] };
}

/**
 * The text of a register file: a modeline and a warning not to edit it, then the data as JSON (which YAML
 * reads as it is) with one document a line, so that an issue appends lines to the diff and a search parses
 * thousands of registers with JSON.parse instead of a YAML parser. Deterministic.
 */
export function renderRegister(reg: Register): string {
  const head = [
    '# yaml-language-server: $schema=../../schemas/register.schema.json',
    '# 発行済み書類の台帳: vmsc issue が追記します。手で編集しないでください (the register of issued documents; written by vmsc issue, never by hand)',
  ].join('\n');
  const docs = reg.documents.map((d) => `  ${JSON.stringify(d)}`).join(',\n');
  return `${head}\n{"customer": ${JSON.stringify(reg.customer)}, "documents": [\n${docs}\n]}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A register file's data by the fast path: its comment lines dropped, the rest JSON-parsed, the fields a
 * search reads checked for their types. undefined when the file is not as `renderRegister` writes it (edited
 * by hand, say): the caller then loads it as YAML with the schema, which locates what is wrong.
 */
export function parseRegisterFast(text: string, keep?: (issueDate: string, total: number) => boolean): Register | undefined {
  if (keep) {
    const lines = scanLines(text, keep);
    if (lines) return lines;
  }
  const body = text.replace(/^(?:#[^\n]*\n)*/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return undefined; // not JSON: YAML written by hand; the schema path reports it
  }
  if (!isObject(data) || typeof data['customer'] !== 'string' || !Array.isArray(data['documents'])) return undefined;
  for (const d of data['documents'] as unknown[]) {
    if (!isObject(d)) return undefined;
    for (const k of ['number', 'kind', 'issueDate', 'file', 'sha256', 'commit']) if (typeof d[k] !== 'string') return undefined;
    if (!Number.isSafeInteger(d['total'])) return undefined;
  }
  return data as unknown as Register;
}

const HEAD = /^\{"customer": ("[a-z][a-z0-9-]*"), "documents": \[$/;
const ISSUE = /"issueDate":"(\d{4}-\d{2}-\d{2})"/;
const TOTAL = /"total":(-?\d+)[,}]/;

/**
 * A search's fast path over a register exactly as renderRegister writes it (one document a line): only the lines
 * whose issue date and total `keep` accepts are JSON-parsed (and type-checked like parseRegisterFast). undefined
 * when the text is laid out otherwise: the caller parses it whole.
 */
function scanLines(text: string, keep: (issueDate: string, total: number) => boolean): Register | undefined {
  const lines = text.split('\n');
  let i = 0;
  while (lines[i]?.startsWith('#')) i++;
  const head = HEAD.exec(lines[i] ?? '');
  if (!head?.[1]) return undefined;
  const documents: RecordedDocument[] = [];
  for (i++; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === ']}') return lines.slice(i + 1).every((l) => l === '') ? { customer: JSON.parse(head[1]) as string, documents } : undefined;
    // one document a line: it starts with its number, and no other document starts on it
    if (!line.startsWith('  {"number":') || line.includes('},{"number":') || !(line.endsWith('},') || line.endsWith('}'))) return undefined;
    const date = ISSUE.exec(line)?.[1];
    const total = TOTAL.exec(line)?.[1];
    if (date === undefined || total === undefined) return undefined;
    // a correction also names its original's issue date: parse it whatever its first issueDate says
    if (!line.includes('"corrects":') && !keep(date, Number(total))) continue;
    let d: unknown;
    try {
      d = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
    } catch {
      return undefined; // not one document a line: parse the file whole
    }
    if (!isObject(d) || d['issueDate'] !== date || d['total'] !== Number(total)) return undefined;
    for (const k of ['number', 'kind', 'file', 'sha256', 'commit']) if (typeof d[k] !== 'string') return undefined;
    documents.push(d as unknown as RecordedDocument);
  }
  return undefined; // no closing line
}
