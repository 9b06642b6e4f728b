/**
 * review (`vmsc plan`, the PR diff): two builds (base and head, each a model + the files it gives) -> what changes, as a reviewer wants
 * it: a headline, risk flags, per customer and per artifact kind a one-line meaning, and folded text diffs.
 * Pure: the CLI builds both sides (cli/commands/plan.ts) and renders the report (review/render.ts).
 *
 * Text of PDFs: a PDF's bytes are not reviewable, so the diff of a document shows a text rendering of the
 * document's DATA (YAML of the invoice as billing/ computes it, of the contract figures and registration
 * fields), which is deterministic and says exactly what the document prints. Other binary files: sizes and
 * sha256 only.
 */
import { createTwoFilesPatch } from 'diff';
import { stringify } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/model.js';
import type { CachedFile } from '../write/cache.js';
import { computeInvoice } from '../billing/invoice.js';
import { contractFigures } from '../billing/contract.js';
import { explain, FLAG_CODES } from './meaning.js';
import { emlText } from './eml.js';
import type { Flag, Meaning, Topic } from './meaning.js';

export interface ReviewSide {
  /** e.g. `main (1a2b3c4)` or `working tree` */
  label: string;
  ref?: string;
  commit?: string;
  model?: Model;
  diagnostics: Diagnostic[];
  files: CachedFile[];
  read(sha: string): Uint8Array;
}

export type ChangeKind = 'added' | 'modified' | 'removed';

export interface ArtifactChange {
  path: string;
  kind: string;
  customer?: string;
  change: ChangeKind;
  before?: { sha256: string; bytes: number };
  after?: { sha256: string; bytes: number };
  /** unified diff of the text (or of the document's data), when there is one */
  diff?: string;
  /** for binary files without a text rendering */
  note?: string;
}

export interface KindSummary {
  kind: string;
  added: number;
  modified: number;
  removed: number;
  /** the meaning of the change for this kind, in one line */
  meaning: string;
}

export interface CustomerReview {
  id: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  meanings: Meaning[];
  kinds: KindSummary[];
  artifacts: ArtifactChange[];
}

export interface ReviewReport {
  version: 1;
  base: { label: string; ref?: string; commit?: string; errors: number; warnings: number };
  head: { label: string; ref?: string; commit?: string };
  summary: {
    customersAffected: number;
    artifacts: { changed: number; added: number; modified: number; removed: number };
    errors: number;
    warnings: number;
  };
  flags: Flag[];
  /** policy changes and global artifacts */
  global: { meanings: Meaning[]; kinds: KindSummary[]; artifacts: ArtifactChange[] };
  customers: CustomerReview[];
  /** the head's errors and warnings */
  diagnostics: Diagnostic[];
}

/** the topics whose changes explain a change to an artifact of this kind */
function topicsOfKind(kind: string): Topic[] | undefined {
  if (kind.startsWith('agents/')) return ['monitoring', 'servers', 'consent'];
  if (kind.startsWith('routing/')) return ['routing', 'monitoring', 'servers', 'contacts'];
  if (kind === 'documents/contract') return ['registration', 'contacts', 'contract', 'fees', 'servers', 'consent'];
  if (kind === 'documents/invoice') return ['invoice', 'fees', 'payments', 'work', 'registration'];
  if (kind.startsWith('notices/work')) return ['work', 'contacts', 'registration'];
  if (kind.startsWith('notices/')) return ['contacts', 'registration', 'fees', 'contract'];
  return undefined;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function asText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** text rendering of a document's data (see the file comment) */
function documentText(side: ReviewSide, f: CachedFile): string | undefined {
  const m = side.model;
  const c = m?.customers.find((x) => x.id === f.customer);
  if (!m || !c) return undefined;
  try {
    if (f.kind === 'documents/invoice') {
      const month = /invoice-(\d{4}-\d{2})\.pdf$/.exec(f.path)?.[1];
      if (!month) return undefined;
      return stringify(computeInvoice(m, c, month), { lineWidth: 0 });
    }
    if (f.kind === 'documents/contract') {
      const s = c.source;
      const registration = {
        法人名称: s.legalName, 住所: s.address, 代表者名: s.representative, 電話: s.phone, FAX: s.fax ?? null,
        担当部門名: s.department, 担当者名: c.contacts.all.map((x) => x.name), 請求書の送付先: s.billing,
      };
      return stringify({ registration, contract: s.contract, servers: c.servers.map((x) => x.source.hostname), figures: contractFigures(m, c) }, { lineWidth: 0 });
    }
  } catch (e) {
    return `(document data not computable: ${(e as Error).message})\n`;
  }
  return undefined;
}

function textOf(side: ReviewSide, f: CachedFile): string | undefined {
  if (f.path.endsWith('.pdf')) return documentText(side, f);
  const t = asText(side.read(f.sha256));
  // mails: headers and text parts decoded, so that a changed recipient or sentence reads as such
  if (t !== undefined && f.path.endsWith('.eml')) return emlText(t);
  return t;
}

/** beyond this many changed lines a diff is not computed (cost and use both vanish); deterministic, unlike a timeout */
export const MAX_DIFF_EDITS = 1000;

function unified(path: string, a: string, b: string): string | undefined {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, a, b, '', '', { context: 3, maxEditLength: MAX_DIFF_EDITS });
  if (patch === undefined) return undefined;
  // drop the "Index:"/"====" preamble jsdiff writes
  return patch
    .split('\n')
    .filter((l, i) => !(i < 2 && (l.startsWith('Index:') || l.startsWith('===='))))
    .map((l) => (l.startsWith('--- ') || l.startsWith('+++ ') ? l.trimEnd() : l))
    .join('\n')
    .trimEnd();
}

function lineCount(s: string): number {
  return s === '' ? 0 : s.split('\n').length - (s.endsWith('\n') ? 1 : 0);
}

function compareFiles(base: ReviewSide, head: ReviewSide): ArtifactChange[] {
  const a = new Map(base.files.map((f) => [f.path, f]));
  const b = new Map(head.files.map((f) => [f.path, f]));
  const out: ArtifactChange[] = [];
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(path);
    const y = b.get(path);
    if (x && y && x.sha256 === y.sha256) continue;
    const f = (y ?? x)!;
    const ch: ArtifactChange = { path, kind: f.kind, change: !x ? 'added' : !y ? 'removed' : 'modified' };
    if (f.customer) ch.customer = f.customer;
    if (x) ch.before = { sha256: x.sha256, bytes: x.bytes };
    if (y) ch.after = { sha256: y.sha256, bytes: y.bytes };
    const ta = x ? textOf(base, x) : '';
    const tb = y ? textOf(head, y) : '';
    if (ta !== undefined && tb !== undefined) {
      if (ta === tb) ch.note = 'same text or document data; bytes differ (layout, template or font change)';
      else {
        const d = unified(path, ta, tb);
        if (d !== undefined) ch.diff = d;
        else ch.note = `more than ${MAX_DIFF_EDITS} changed lines (${lineCount(ta)} → ${lineCount(tb)} lines): not diffed here`;
      }
    } else {
      ch.note = `binary: ${x ? `${x.bytes} bytes (${x.sha256.slice(0, 12)})` : '(none)'} → ${y ? `${y.bytes} bytes (${y.sha256.slice(0, 12)})` : '(none)'}`;
    }
    out.push(ch);
  }
  return out;
}

function kindSummaries(changes: ArtifactChange[], meanings: Meaning[], fallback: string): KindSummary[] {
  const byKind = new Map<string, ArtifactChange[]>();
  for (const c of changes) {
    const l = byKind.get(c.kind);
    if (l) l.push(c);
    else byKind.set(c.kind, [c]);
  }
  return [...byKind.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([kind, cs]) => {
    const topics = topicsOfKind(kind);
    let rel = meanings.filter((m) => !topics || topics.includes(m.topic)).map((m) => m.text);
    if (rel.length === 0) rel = meanings.map((m) => m.text);
    const meaning = rel.length ? rel.slice(0, 3).join('; ') + (rel.length > 3 ? `; … (${rel.length - 3} more)` : '') : fallback;
    return {
      kind,
      added: cs.filter((c) => c.change === 'added').length,
      modified: cs.filter((c) => c.change === 'modified').length,
      removed: cs.filter((c) => c.change === 'removed').length,
      meaning,
    };
  });
}

export function computeReview(base: ReviewSide, head: ReviewSide): ReviewReport {
  // a working tree with errors builds nothing: report the errors, not "everything removed"
  const headBroken = !head.model && head.diagnostics.some((d) => d.severity === 'error');
  const ex = headBroken ? explain(undefined, undefined) : explain(base.model, head.model);
  const changes = headBroken ? [] : compareFiles(base, head);
  const flags = [...ex.flags];

  // artifact-level flags the models cannot see (a template change re-rendering issued invoices, a removed route file)
  for (const c of changes) {
    if (c.kind === 'documents/invoice' && c.change !== 'added') {
      const month = /invoice-(\d{4}-\d{2})\.pdf$/.exec(c.path)?.[1] ?? c.path;
      const said = flags.some((f) => f.kind === 'closed-invoice' && f.customer === c.customer && f.message.includes(month));
      if (!said && !(c.change === 'removed' && flags.some((f) => f.kind === 'removed-route' && f.customer === c.customer && f.message.startsWith('customer ')))) {
        const f: Flag = { code: FLAG_CODES['closed-invoice'], kind: 'closed-invoice', message: `${c.path} ${c.change === 'removed' ? 'is removed' : 'changes'} (invoice of a closed month${c.note?.startsWith('same') ? '; same figures: layout or template change' : ''})` };
        if (c.customer) f.customer = c.customer;
        flags.push(f);
      }
    }
    if (c.kind.startsWith('routing/') && c.change === 'removed') {
      flags.push({ code: FLAG_CODES['removed-route'], kind: 'removed-route', message: `${c.path} is removed` });
    }
  }

  const customerIds = new Set<string>([...ex.customers.keys()]);
  for (const c of changes) if (c.customer) customerIds.add(c.customer);
  const customers: CustomerReview[] = [];
  for (const id of [...customerIds].sort()) {
    const cm = ex.customers.get(id);
    const arts = changes.filter((c) => c.customer === id);
    const meanings = cm?.meanings ?? [];
    if (arts.length === 0 && meanings.length === 0) continue;
    const status = cm?.status === 'unchanged' || !cm ? 'changed' : cm.status;
    const fallback = ex.global.length ? 'follows the policy changes above' : 'no change in the inputs: the compiler, a template or a font changed';
    customers.push({ id, status, meanings, kinds: kindSummaries(arts, meanings, fallback), artifacts: arts });
  }
  const globalArts = changes.filter((c) => !c.customer);
  const allMeanings = [...ex.global, ...[...ex.customers.values()].flatMap((c) => c.meanings)];
  const global = {
    meanings: ex.global,
    kinds: kindSummaries(globalArts, allMeanings, ex.global.length ? 'follows the policy changes above' : 'no change in the inputs: the compiler, a template or a font changed'),
    artifacts: globalArts,
  };
  const count = (k: ChangeKind) => changes.filter((c) => c.change === k).length;
  const hd = head.diagnostics;
  const bd = base.diagnostics;
  const baseInfo: ReviewReport['base'] = { label: base.label, errors: bd.filter((d) => d.severity === 'error').length, warnings: bd.filter((d) => d.severity !== 'error').length };
  if (base.ref) baseInfo.ref = base.ref;
  if (base.commit) baseInfo.commit = base.commit;
  const headInfo: ReviewReport['head'] = { label: head.label };
  if (head.ref) headInfo.ref = head.ref;
  if (head.commit) headInfo.commit = head.commit;
  flags.sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : (x.customer ?? '') < (y.customer ?? '') ? -1 : (x.customer ?? '') > (y.customer ?? '') ? 1 : 0));
  return {
    version: 1,
    base: baseInfo,
    head: headInfo,
    summary: {
      customersAffected: customers.length,
      artifacts: { changed: changes.length, added: count('added'), modified: count('modified'), removed: count('removed') },
      errors: hd.filter((d) => d.severity === 'error').length,
      warnings: hd.filter((d) => d.severity !== 'error').length,
    },
    flags,
    global,
    customers,
    diagnostics: hd,
  };
}

/** 0 no change, 2 changes, 1 errors (like terraform plan --detailed-exitcode) */
export function reviewExitCode(r: ReviewReport): 0 | 1 | 2 {
  if (r.summary.errors > 0) return 1;
  return r.summary.artifacts.changed > 0 || r.flags.length > 0 ? 2 : 0;
}
