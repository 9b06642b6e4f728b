/**
 * Corrections of issued invoices (消費税法57条の4第4項: 修正した適格請求書; 第3項: 適格返還請求書). A correction
 * is declared in the customer file (`corrections:` — which billed month, why, the issue date); the corrected
 * document is the invoice of that month as the inputs compute it now, issued under a new number that refers
 * to the original (`<invoice number>-c<n>`). The original stays in the archive and in the register. Pure.
 */
import type { Invoice } from '../billing/invoice.js';
import type { Correction } from '../types/generated/customer.js';
import type { RecordedDocument, Register } from '../types/generated/register.js';
import { archiveFile, recordOfInvoice } from './register.js';
import type { LineSource, Provenance } from './register.js';

export interface PendingCorrection {
  /** index in the customer's corrections list */
  index: number;
  correction: Correction;
  /** the document in force for that month: the invoice, or the last correction of it */
  original: RecordedDocument;
  /** the number the corrected document gets */
  number: string;
}

/** the documents of a month other than contracts, in issue order */
const ofMonth = (reg: Register | undefined, month: string) => (reg?.documents ?? []).filter((d) => d.kind !== 'contract' && d.month === month);

/** whether the register already holds the corrected document of this correction */
export function isIssued(reg: Register | undefined, c: Correction): boolean {
  return ofMonth(reg, c.invoice).some((d) => d.corrects !== undefined && d.issueDate === c.issuedOn);
}

/** the declared corrections not yet issued, each with the document it corrects (none: the month is not issued, K004) */
export function pendingCorrections(corrections: readonly Correction[] | undefined, reg: Register | undefined): PendingCorrection[] {
  const out: PendingCorrection[] = [];
  (corrections ?? []).forEach((correction, index) => {
    const docs = ofMonth(reg, correction.invoice);
    const original = docs.at(-1);
    const first = docs[0];
    if (!original || !first || isIssued(reg, correction)) return;
    const n = docs.filter((d) => d.corrects !== undefined).length + out.filter((p) => p.correction.invoice === correction.invoice).length + 1;
    out.push({ index, correction, original, number: `${first.number}-c${n}` });
  });
  return out;
}

/**
 * 適格返還請求書 when the correction lowers the amount below what has been paid (money goes back to the customer),
 * else 修正適格請求書.
 */
export function correctionKind(original: RecordedDocument, corrected: Pick<Invoice, 'total'>, paid: number): 'correction' | 'refund' {
  return corrected.total < original.total && paid > corrected.total ? 'refund' : 'correction';
}

/**
 * The register entry of a corrected document. Its due date is the later of the original's and the 第16条1 due
 * date of the month it is issued in (`dueOfIssueMonth`): a difference is never due before it is invoiced.
 */
export function recordOfCorrection(
  inv: Invoice,
  c: LineSource & { id: string },
  p: PendingCorrection,
  kind: 'correction' | 'refund',
  dueOfIssueMonth: string,
  prov: Provenance,
): RecordedDocument {
  const base = recordOfInvoice(inv, c, prov);
  return {
    ...base,
    dueDate: dueOfIssueMonth > inv.dueDate ? dueOfIssueMonth : inv.dueDate,
    number: p.number,
    kind,
    issueDate: p.correction.issuedOn,
    corrects: { number: p.original.number, issueDate: p.original.issueDate },
    reason: p.correction.reason,
    difference: inv.total - p.original.total,
    file: archiveFile(c.id, p.number),
  };
}
