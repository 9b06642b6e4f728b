/**
 * review (`vmsc plan`, the PR diff): two builds (base and head, each a model + the files it gives) -> what changes, as a reviewer wants
 * it: a headline, risk flags, per customer and per artifact kind a one-line meaning, and folded text diffs.
 * Pure: the CLI builds both sides (cli/commands/plan.ts) and renders the report (review/render.ts).
 *
 * What is particular to an artifact kind (which meanings explain it, how its bytes read in a diff, which risk
 * flags a changed file raises) is declared by its emitter (`review`, see review/hooks.ts): a PDF's bytes are not
 * reviewable, so the documents show a text rendering of their DATA; mails are decoded. Kinds without a text
 * rendering and bytes that are not text: sizes and sha256 only.
 */
import { createTwoFilesPatch } from 'diff';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Emitter } from '../emit/types.js';
import { EMITTERS } from '../emit/registry.js';
import { MESSAGES } from '../diagnostics/messages/index.js';
import type { Model } from '../model/model.js';
import type { CachedFile } from '../write/cache.js';
import { explain, FLAG_CODES } from './meaning.js';
import type { Explanation, Flag, Meaning } from './meaning.js';
import type { ArtifactChange, ChangeKind, RaisedFlag, ReviewHooks } from './hooks.js';

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

export type { ArtifactChange } from './hooks.js';

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

/** the hooks of each artifact kind, by kind (= the name of the emitter that made it) */
type HooksByKind = ReadonlyMap<string, ReviewHooks>;

function hooksByKind(emitters: readonly Emitter[]): HooksByKind {
  const m = new Map<string, ReviewHooks>();
  for (const e of emitters) if (e.review) m.set(e.name, e.review);
  return m;
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

function textOf(side: ReviewSide, f: CachedFile, hooks: HooksByKind): string | undefined {
  const bytes = () => side.read(f.sha256);
  const view = { bytes, text: () => asText(bytes()), ...(side.model ? { model: side.model } : {}) };
  const hook = hooks.get(f.kind)?.text;
  return hook ? hook(f, view) : view.text();
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

/** the diff or the note of one changed file, from the two texts (undefined: binary) */
function describe(ch: ArtifactChange, x: CachedFile | undefined, y: CachedFile | undefined, ta: string | undefined, tb: string | undefined): void {
  if (ta !== undefined && tb !== undefined) {
    if (ta === tb) ch.note = 'same text or document data; bytes differ (layout, template or font change)';
    else {
      const d = unified(ch.path, ta, tb);
      if (d !== undefined) ch.diff = d;
      else ch.note = `more than ${MAX_DIFF_EDITS} changed lines (${lineCount(ta)} → ${lineCount(tb)} lines): not diffed here`;
    }
  } else {
    ch.note = `binary: ${x ? `${x.bytes} bytes (${x.sha256.slice(0, 12)})` : '(none)'} → ${y ? `${y.bytes} bytes (${y.sha256.slice(0, 12)})` : '(none)'}`;
  }
}

/** the files by path (the build gives them sorted: then as they are) */
function sortedByPath<T extends { path: string }>(files: readonly T[]): readonly T[] {
  for (let i = 1; i < files.length; i++)
    if (!(files[i - 1]!.path < files[i]!.path)) return [...files].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return files;
}

function compareFiles(base: ReviewSide, head: ReviewSide, hooks: HooksByKind): ArtifactChange[] {
  // both sides in path order, walked side by side (no maps and no sort of 50,000 paths per side)
  const as = sortedByPath(base.files);
  const bs = sortedByPath(head.files);
  const out: ArtifactChange[] = [];
  for (let i = 0, j = 0; i < as.length || j < bs.length; ) {
    const pa = as[i]?.path;
    const pb = bs[j]?.path;
    const path = pa === undefined ? pb! : pb === undefined || pa < pb ? pa : pb;
    const x = pa === path ? as[i++] : undefined;
    const y = pb === path ? bs[j++] : undefined;
    if (x && y && x.sha256 === y.sha256) continue;
    const f = (y ?? x)!;
    const ch: ArtifactChange = { path, kind: f.kind, change: !x ? 'added' : !y ? 'removed' : 'modified' };
    if (f.customer) ch.customer = f.customer;
    if (x) ch.before = { sha256: x.sha256, bytes: x.bytes };
    if (y) ch.after = { sha256: y.sha256, bytes: y.bytes };
    describe(ch, x, y, x ? textOf(base, x, hooks) : '', y ? textOf(head, y, hooks) : '');
    out.push(ch);
  }
  return out;
}

function kindSummaries(changes: ArtifactChange[], meanings: Meaning[], fallback: string, hooks: HooksByKind): KindSummary[] {
  const byKind = new Map<string, ArtifactChange[]>();
  for (const c of changes) {
    const l = byKind.get(c.kind);
    if (l) l.push(c);
    else byKind.set(c.kind, [c]);
  }
  return [...byKind.entries()]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([kind, cs]) => {
      const topics = hooks.get(kind)?.topics;
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

function toFlag(r: RaisedFlag): Flag {
  const f: Flag = { code: FLAG_CODES[r.kind], kind: r.kind, message: r.message };
  if (r.ja !== undefined) f.ja = r.ja;
  if (r.customer) f.customer = r.customer;
  return f;
}

/** artifact-level flags the models cannot see, raised by each kind's hook, after (and knowing) the model's flags */
function artifactFlags(changes: ArtifactChange[], ex: Explanation, flags: Flag[], hooks: HooksByKind): void {
  for (const c of changes) {
    const raise = hooks.get(c.kind)?.flags;
    if (!raise) continue;
    const status = c.customer ? ex.customers.get(c.customer)?.status : undefined;
    flags.push(...raise(c, { raised: flags, ...(status ? { customerStatus: status } : {}) }).map(toFlag));
  }
}

function fallbackMeaning(ex: Explanation): string {
  return ex.global.length ? 'follows the policy changes above' : 'no change in the inputs: the compiler, a template or a font changed';
}

function customerReviews(ex: Explanation, changes: ArtifactChange[], hooks: HooksByKind): CustomerReview[] {
  const customerIds = new Set<string>([...ex.customers.keys()]);
  for (const c of changes) if (c.customer) customerIds.add(c.customer);
  const customers: CustomerReview[] = [];
  for (const id of [...customerIds].sort()) {
    const cm = ex.customers.get(id);
    const arts = changes.filter((c) => c.customer === id);
    const meanings = cm?.meanings ?? [];
    if (arts.length === 0 && meanings.length === 0) continue;
    const status = cm?.status === 'unchanged' || !cm ? 'changed' : cm.status;
    customers.push({ id, status, meanings, kinds: kindSummaries(arts, meanings, fallbackMeaning(ex), hooks), artifacts: arts });
  }
  return customers;
}

function globalReview(ex: Explanation, changes: ArtifactChange[], hooks: HooksByKind): ReviewReport['global'] {
  const globalArts = changes.filter((c) => !c.customer);
  const allMeanings = [...ex.global, ...[...ex.customers.values()].flatMap((c) => c.meanings)];
  return { meanings: ex.global, kinds: kindSummaries(globalArts, allMeanings, fallbackMeaning(ex), hooks), artifacts: globalArts };
}

function sideInfo(base: ReviewSide, head: ReviewSide): { base: ReviewReport['base']; head: ReviewReport['head'] } {
  const bd = base.diagnostics;
  const baseInfo: ReviewReport['base'] = {
    label: base.label,
    errors: bd.filter((d) => d.severity === 'error').length,
    warnings: bd.filter((d) => d.severity !== 'error').length,
  };
  if (base.ref) baseInfo.ref = base.ref;
  if (base.commit) baseInfo.commit = base.commit;
  const headInfo: ReviewReport['head'] = { label: head.label };
  if (head.ref) headInfo.ref = head.ref;
  if (head.commit) headInfo.commit = head.commit;
  return { base: baseInfo, head: headInfo };
}

function byCodeThenCustomer(x: Flag, y: Flag): number {
  return x.code < y.code ? -1 : x.code > y.code ? 1 : (x.customer ?? '') < (y.customer ?? '') ? -1 : (x.customer ?? '') > (y.customer ?? '') ? 1 : 0;
}

/**
 * U206 from the head's check: K001 (an issued document would change; the head then has no model, so the models
 * cannot say it) and K002 (a customer with issued documents removed), one flag per document, unless the models
 * raised it already.
 */
function issuedDocumentFlags(diagnostics: readonly Diagnostic[], raised: readonly Flag[]): Flag[] {
  const out: Flag[] = [];
  for (const d of diagnostics) {
    if ((d.code !== 'K001' && d.code !== 'K002') || d.severity !== 'error') continue;
    const number = d.message.split(' ')[0] ?? '';
    if (raised.some((f) => f.kind === 'issued-document' && f.message.startsWith(`${number} `))) continue;
    const customer = d.code === 'K002' ? /customers\/([^/.]+)\.yaml/.exec(d.message)?.[1] : /^([a-z][a-z0-9-]*?)-(?:\d{6}|contract-\d+)\b/.exec(number)?.[1];
    const text = MESSAGES.U206.fromCheck({ code: d.code, file: d.file, line: d.line, message: d.message, messageJa: d.ja?.message ?? d.message });
    const f: Flag = { code: FLAG_CODES['issued-document'], kind: 'issued-document', message: text.message, ja: text.ja.message };
    if (customer) f.customer = customer;
    out.push(f);
  }
  return out;
}

/**
 * The review of a change from base to head. `emitters` (default: the registry) declare the hooks of each
 * artifact kind (review/hooks.ts); kinds without hooks get the defaults.
 */
export function computeReview(base: ReviewSide, head: ReviewSide, emitters: readonly Emitter[] = EMITTERS): ReviewReport {
  const hooks = hooksByKind(emitters);
  // a working tree with errors builds nothing: report the errors, not "everything removed"
  const headBroken = !head.model && head.diagnostics.some((d) => d.severity === 'error');
  const ex = headBroken ? explain(undefined, undefined) : explain(base.model, head.model);
  const changes = headBroken ? [] : compareFiles(base, head, hooks);
  const flags = [...ex.flags, ...issuedDocumentFlags(head.diagnostics, ex.flags)];
  artifactFlags(changes, ex, flags, hooks);
  const customers = customerReviews(ex, changes, hooks);
  const global = globalReview(ex, changes, hooks);
  const count = (k: ChangeKind) => changes.filter((c) => c.change === k).length;
  const hd = head.diagnostics;
  const sides = sideInfo(base, head);
  flags.sort(byCodeThenCustomer);
  return {
    version: 1,
    base: sides.base,
    head: sides.head,
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
