/**
 * `vmsc records search` over the register (電子帳簿保存法の検索要件: by date, amount and counterparty, and
 * a combination of them). Pure: the command reads the register files.
 */
import type { RecordedDocument, Register } from '../types/generated/register.js';

export interface SearchQuery {
  /** issue date from (inclusive) */
  from?: string;
  /** issue date through (inclusive) */
  to?: string;
  customer?: string;
  /** total (tax included) at least */
  min?: number;
  /** total (tax included) at most */
  max?: number;
}

export interface Hit {
  customer: string;
  number: string;
  kind: RecordedDocument['kind'];
  issueDate: string;
  month: string | null;
  dueDate: string | null;
  total: number;
  /** the taxable amount and tax per rate */
  taxes: { ratePercent: number; taxable: number; tax: number }[];
  corrects: string | null;
  file: string;
  sha256: string;
}

/** the conditions on a document's issue date and total (what a register line shows without parsing it) */
export function matchesDateAndTotal(q: SearchQuery, issueDate: string, total: number): boolean {
  if (q.from !== undefined && issueDate < q.from) return false;
  if (q.to !== undefined && issueDate > q.to) return false;
  if (q.min !== undefined && total < q.min) return false;
  if (q.max !== undefined && total > q.max) return false;
  return true;
}

const matches = (d: RecordedDocument, q: SearchQuery) => matchesDateAndTotal(q, d.issueDate, d.total);

/** the documents that match every given condition, by issue date then number */
export function searchRegister(registers: Iterable<Register>, q: SearchQuery): Hit[] {
  const hits: Hit[] = [];
  for (const r of registers) {
    if (q.customer !== undefined && r.customer !== q.customer) continue;
    for (const d of r.documents) {
      if (!matches(d, q)) continue;
      hits.push({
        customer: r.customer,
        number: d.number,
        kind: d.kind,
        issueDate: d.issueDate,
        month: d.month ?? null,
        dueDate: d.dueDate ?? null,
        total: d.total,
        taxes: (d.taxes ?? []).map((t) => ({ ratePercent: t.ratePercent, taxable: t.taxable, tax: t.tax })),
        corrects: d.corrects?.number ?? null,
        file: d.file,
        sha256: d.sha256,
      });
    }
  }
  return hits.sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

const KIND_JA: Record<Hit['kind'], string> = { invoice: '適格請求書', correction: '修正適格請求書', refund: '適格返還請求書', contract: '利用契約内容確認書' };

function yen(n: number): string {
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}¥${s}`;
}

function taxText(h: Hit): string {
  return h.taxes.map((t) => `${t.ratePercent}% ${yen(t.taxable)} tax ${yen(t.tax)}`).join('; ');
}

const CSV_HEAD = ['issueDate', 'number', 'kind', 'customer', 'month', 'dueDate', 'total', 'taxes', 'corrects', 'file', 'sha256'];

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type SearchFormat = 'text' | 'json' | 'csv';

export function renderHits(hits: readonly Hit[], format: SearchFormat): string {
  if (format === 'json') return `${JSON.stringify({ documents: hits }, null, 2)}\n`;
  if (format === 'csv') {
    const rows = hits.map((h) =>
      [h.issueDate, h.number, h.kind, h.customer, h.month, h.dueDate, h.total, taxText(h), h.corrects, h.file, h.sha256].map(csvCell).join(','),
    );
    return `${[CSV_HEAD.join(','), ...rows].join('\r\n')}\r\n`;
  }
  const lines = hits.map(
    (h) =>
      `${h.issueDate}  ${h.number.padEnd(28)} ${yen(h.total).padStart(12)}  ${KIND_JA[h.kind]}${h.corrects ? `（${h.corrects} の修正）` : ''}  ${h.customer}`,
  );
  const sum = hits.reduce((a, h) => a + h.total, 0);
  lines.push(`${hits.length} ${hits.length === 1 ? 'document' : 'documents'}, total ${yen(sum)}`);
  return `${lines.join('\n')}\n`;
}
