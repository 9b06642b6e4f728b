/**
 * What the records commands (issue, records, contract --issue) share on the disk side: the root's register
 * files as parsed from the model, the archive folder, the git commit a document is built from.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Model } from '../model/model.js';
import { computeInvoice } from '../billing/invoice.js';
import { invoicePath } from '../emit/documents/documents.js';
import { printedDifferences, printedFields } from '../records/printed.js';
import { DEFAULT_ARCHIVE, registerPath } from '../records/register.js';
import type { RecordedDocument, Register } from '../records/register.js';
import { CliError } from './io.js';
import { sha256hex } from '../util/sha256.js';

/** the archive folder of a root: provider.records.archive, default records/archive */
export function archiveDir(root: string, model: Pick<Model, 'policies'>): string {
  return resolve(root, model.policies.provider.records?.archive ?? DEFAULT_ARCHIVE);
}

export const registerFile = (root: string, customer: string) => resolve(root, ...registerPath(customer).split('/'));

/** the register of each customer that has one */
export function registersOf(model: Pick<Model, 'records'>): Map<string, Register> {
  return new Map((model.records ?? []).map((r) => [r.customer, r] as const));
}

/** the git commit of the root's work tree: `<sha>`, `<sha>+dirty` with uncommitted changes, `none` outside git */
export function gitCommit(root: string): string {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const sha = head.status === 0 ? head.stdout.trim() : '';
  if (!/^[0-9a-f]{40}$/.test(sha)) return 'none';
  const status = spawnSync('git', ['status', '--porcelain', '--', 'policies', 'customers'], { cwd: root, encoding: 'utf8' });
  return status.status === 0 && status.stdout.trim() === '' ? sha : `${sha}+dirty`;
}

/** an issued invoice as out/ holds it: the original of its month (corrections are separate documents) */
export interface IssuedOriginal {
  customer: string;
  month: string;
  doc: RecordedDocument;
}

/** out/ path → the original invoice of that month recorded in the register */
export function issuedOriginals(model: Pick<Model, 'records'>): Map<string, IssuedOriginal> {
  const out = new Map<string, IssuedOriginal>();
  for (const r of model.records ?? [])
    for (const d of r.documents) {
      if (d.kind !== 'invoice' || d.month === undefined) continue;
      const path = invoicePath(r.customer, d.month);
      if (!out.has(path)) out.set(path, { customer: r.customer, month: d.month, doc: d });
    }
  return out;
}

/** why a re-rendered invoice differs from its issued bytes, for the build's note */
export function whyDifferent(model: Model, o: IssuedOriginal): string {
  const c = model.customers.find((x) => x.id === o.customer);
  const reg = model.records?.find((r) => r.customer === o.customer);
  if (reg?.documents.some((d) => d.corrects?.number === o.doc.number)) return 'corrected';
  if (!c || !o.doc.printed) return 'renderer or printed fields';
  const now = printedFields(model.policies.provider, c, computeInvoice(model, c, o.month));
  const changed = printedDifferences(o.doc.printed, now);
  return changed.length ? `printed ${changed.join(', ')} changed (K005)` : 'renderer changed';
}

/**
 * The issued bytes of an invoice whose re-render differs from them: the archive's copy, verified against the
 * register's sha256. A missing or different copy is a CliError (exit 1): out/ never carries a re-render that
 * differs from an issued document.
 */
export function archivedCopy(root: string, model: Pick<Model, 'policies'>, o: IssuedOriginal, renderedSha: string): Uint8Array {
  const { file, bytes, intact } = readArchived(root, model, o.doc);
  if (intact) return bytes;
  const state = bytes ? 'holds other bytes' : 'is missing';
  const stateJa = bytes ? 'の内容が異なります' : 'がありません';
  throw new CliError(
    {
      en: [
        `${invoicePath(o.customer, o.month)} would not be the issued ${o.doc.number} (issued ${o.doc.issueDate}, sha256 ${o.doc.sha256.slice(0, 12)}…; rendered now ${renderedSha.slice(0, 12)}…), and its archived copy ${file} ${state}: nothing was written`,
        'an issued document is never re-rendered into out/: restore the archive (vmsc records verify says what differs); if the inputs changed what it prints, restore them or declare a correction',
      ],
      ja: [
        `${invoicePath(o.customer, o.month)} が発行済みの ${o.doc.number}（${o.doc.issueDate} 発行、sha256 ${o.doc.sha256.slice(0, 12)}…。今の出力は ${renderedSha.slice(0, 12)}…）と異なり、保管庫の写し ${file} ${stateJa}: 何も書き込んでいません`,
        '発行済みの書類を out/ に作り直すことはしません: 保管庫を元に戻してください（違いは vmsc records verify で分かります）。入力で印字が変わったのなら、入力を戻すか修正を記載してください',
      ],
    },
    1,
  );
}

/** an archived file of the register: its path, its bytes (undefined when missing) and whether they are the register's */
function readArchived(
  root: string,
  model: Pick<Model, 'policies'>,
  doc: RecordedDocument,
): { file: string; bytes: Uint8Array; intact: true } | { file: string; bytes: Uint8Array | undefined; intact: false } {
  const file = join(archiveDir(root, model), ...doc.file.split('/'));
  let bytes: Uint8Array | undefined;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (bytes && sha256hex(bytes) === doc.sha256) return { file, bytes, intact: true };
  return { file, bytes, intact: false };
}

/** the out/ path of an issued correction: `<id>/documents/invoice-YYYY-MM-c<n>.pdf` beside the invoice it corrects */
export const correctionPath = (customer: string, doc: RecordedDocument) =>
  `${customer}/documents/invoice-${doc.month ?? ''}${/-c\d+$/.exec(doc.number)?.[0] ?? `-${doc.number}`}.pdf`;

/** the issued corrections (修正適格請求書, 適格返還請求書) of the given customers: out/ path → document */
export function issuedCorrections(model: Pick<Model, 'records'>, customers: ReadonlySet<string>): Map<string, { customer: string; doc: RecordedDocument }> {
  const out = new Map<string, { customer: string; doc: RecordedDocument }>();
  for (const r of model.records ?? [])
    if (customers.has(r.customer))
      for (const d of r.documents)
        if ((d.kind === 'correction' || d.kind === 'refund') && d.month !== undefined) out.set(correctionPath(r.customer, d), { customer: r.customer, doc: d });
  return out;
}

/** the archived bytes of an issued correction, checked against the register; else CliError (exit 1) */
export function archivedCorrection(root: string, model: Pick<Model, 'policies'>, doc: RecordedDocument): Uint8Array {
  const a = readArchived(root, model, doc);
  if (a.intact) return a.bytes;
  const state = a.bytes ? 'holds other bytes' : 'is missing';
  const stateJa = a.bytes ? 'の内容が異なります' : 'がありません';
  throw new CliError(
    {
      en: [
        `the issued ${doc.number} (${doc.kind === 'refund' ? '適格返還請求書' : '修正適格請求書'}, issued ${doc.issueDate}) belongs in out/, but its archived copy ${a.file} ${state}: nothing was written`,
        'restore the archive (vmsc records verify says what differs)',
      ],
      ja: [
        `発行済みの ${doc.number}（${doc.issueDate} 発行）を out/ に置きますが、保管庫の写し ${a.file} ${stateJa}: 何も書き込んでいません`,
        '保管庫を元に戻してください（違いは vmsc records verify で分かります）',
      ],
    },
    1,
  );
}
