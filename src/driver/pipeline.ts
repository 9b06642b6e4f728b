/**
 * The pure stages of the pipeline, on in-memory sources: load -> validate (schema, then rules) -> resolve.
 * The driver (driver.ts) runs them for a host, with the cache and the workers; nothing here touches the disk.
 */
import { performance } from 'node:perf_hooks';
import type { Diagnostic, Severity, Span } from '../diagnostics/diagnostic.js';
import { diag, hasErrors, NO_SPAN, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { MESSAGES } from '../diagnostics/messages/index.js';
import type { Localized } from '../diagnostics/messages/index.js';
import { decodeText, loadedFile } from '../load/yaml.js';
import type { DataPath, LoadedFile, SourceFile } from '../load/yaml.js';
import type { FormatName, Input, Inputs } from '../model/inputs.js';
import { REQUIRED_POLICY_FILES } from '../model/inputs.js';
import type { Model } from '../model/model.js';
import { resolve } from '../resolve/resolve.js';
import type { KeptRuleResults, RuleContext, SchemaFolders } from '../validate/rule.js';
import { RULES } from '../validate/rules/index.js';
import { fileResult, takeLoaded } from '../validate/file.js';
import { toOriginal } from '../validate/schema.js';
import type { ValidPart } from '../validate/file.js';
import type { FileResult } from '../validate/file.js';

export interface CheckOptions {
  /** civil date used by clock-dependent warnings (coverage, notice deadlines) */
  today: string;
  /** the root's schemas/ folder and the compiler's schemas (rule P003), when the host reads them */
  schemas?: SchemaFolders | undefined;
  /** rule results kept from an earlier process (the driver's check cache: kept.ts) */
  kept?: KeptRuleResults;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  inputs: Inputs;
  files: Map<string, LoadedFile>;
  /** a source line of any input file (also those that failed to load), for code frames */
  lineText(file: string, line: number): string | undefined;
}

export interface CompileResult extends CheckResult {
  /** present when there is no error */
  model?: Model;
}

function emptyInputs(): Inputs {
  return { tariffs: [], revisions: [], customers: [], registers: [], prospects: [] };
}

export type { FileResult } from '../validate/file.js';

export function addInput(inputs: Inputs, format: FormatName, file: string, data: unknown): void {
  switch (format) {
    case 'customer':
      inputs.customers.push({ file, data } as Inputs['customers'][number]);
      break;
    case 'tariff':
      inputs.tariffs.push({ file, data } as Inputs['tariffs'][number]);
      break;
    case 'revision':
      inputs.revisions.push({ file, data } as Inputs['revisions'][number]);
      break;
    case 'provider':
      inputs.provider = { file, data } as Inputs['provider'];
      break;
    case 'calendar':
      inputs.calendar = { file, data } as Inputs['calendar'];
      break;
    case 'monitoring':
      inputs.monitoring = { file, data } as Inputs['monitoring'];
      break;
    case 'routing':
      inputs.routing = { file, data } as Inputs['routing'];
      break;
    case 'terms':
      inputs.terms = { file, data } as Inputs['terms'];
      break;
    case 'register':
      inputs.registers.push({ file, data } as Inputs['registers'][number]);
      break;
    case 'prospect':
      inputs.prospects.push({ file, data } as Inputs['prospects'][number]);
      break;
  }
}

export function sortInputs(inputs: Inputs): void {
  const byFile = <T>(a: Input<T>, b: Input<T>) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  inputs.tariffs.sort(byFile);
  inputs.revisions.sort(byFile);
  inputs.customers.sort(byFile);
  inputs.registers.sort(byFile);
  inputs.prospects.sort(byFile);
}

export function makeRuleContext(
  inputs: Inputs,
  files: ReadonlyMap<string, LoadedFile>,
  today: string,
  schemas?: SchemaFolders,
  kept?: KeptRuleResults,
): RuleContext {
  const locate = (file: string, path: DataPath, which?: 'value' | 'key') => files.get(file)?.locate(path, which) ?? NO_SPAN;
  return {
    inputs,
    ...(schemas ? { schemas } : {}),
    ...(kept ? { kept } : {}),
    files,
    today,
    locate,
    at: (code: string, severity: Severity, file: string, path: DataPath, text: string | Localized, hintOrWhich?: string, which?: 'value' | 'key') =>
      typeof text === 'string'
        ? diag(code, severity, file, locate(file, path, which), text, hintOrWhich ?? '')
        : diag(code, severity, file, locate(file, path, hintOrWhich as 'value' | 'key' | undefined), text),
  };
}

export function runRules(ctx: RuleContext, timings?: Map<string, number>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    const t0 = timings ? performance.now() : 0;
    try {
      out.push(...rule.check(ctx));
      if (timings) timings.set(`rule ${rule.code}`, (timings.get(`rule ${rule.code}`) ?? 0) + performance.now() - t0);
    } catch (e) {
      out.push(diag('X001', 'error', '', NO_SPAN, MESSAGES.X001.rule({ rule: rule.code, detail: (e as Error).message })));
    }
  }
  return out;
}

function contains(a: Span, b: Span): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 <= c2);
  return before(a.line, a.col, b.line, b.col) && before(b.endLine, b.endCol, a.endLine, a.endCol);
}

/** a file with schema errors whose valid part the rules still check */
interface PartialFile {
  format: FormatName;
  file: LoadedFile;
  part: ValidPart;
}

/**
 * The rules once more, with the valid parts of the files that have schema errors added (located in the whole
 * file): what they find in those files, so that one run reports a file's schema and rule errors. Diagnostics in
 * other files come from the first run only (a half file must not make another look wrong), and those about a
 * whole that lost a part to the schema errors (e.g. "no primary contact" when the primary contact's entry was
 * removed) are left out: located at a mapping or list that held a removed value. Only for files with schema
 * errors: a valid root runs the rules once.
 */
function partialRuleDiagnostics(
  inputs: Inputs,
  files: ReadonlyMap<string, LoadedFile>,
  partial: ReadonlyMap<string, PartialFile>,
  first: readonly Diagnostic[],
  today: string,
  kept: KeptRuleResults | undefined,
): Diagnostic[] {
  const more: Inputs = {
    ...inputs,
    tariffs: [...inputs.tariffs],
    revisions: [...inputs.revisions],
    customers: [...inputs.customers],
    prospects: [...inputs.prospects],
  };
  const located = new Map(files);
  const spans = new Map<string, Span[]>();
  for (const [path, { format, file, part }] of partial) {
    located.set(path, { ...file, locate: (p, which) => file.locate(toOriginal(p, part.spliced), which) });
    addInput(more, format, path, part.data);
    // the removed values, and the keys of the mappings and lists that held them (where a rule says "no …")
    spans.set(
      path,
      part.pruned.flatMap((p) => [file.locate(p), ...p.slice(1).map((_, k) => file.locate(p.slice(0, k + 1), 'key'))]),
    );
  }
  sortInputs(more);
  const seen = new Set(first.map((d) => JSON.stringify(d)));
  // (kept results stay right here: a file's bytes decide whether its data is whole or the valid part, and where that part is)
  return runRules(makeRuleContext(more, located, today, undefined, kept)).filter(
    (d) => partial.has(d.file) && !seen.has(JSON.stringify(d)) && !(spans.get(d.file) ?? []).some((s) => contains(d, s) || contains(s, d)),
  );
}

/**
 * The YAML tree of a file, built when a diagnostic is first located in it, kept per file result: the driver's
 * incremental `update` hands the unchanged files' results over as the same objects, so an edit does not parse
 * again the files whose diagnostics it locates (a warning on provider.yaml, say).
 */
const TREES = new WeakMap<FileResult, LoadedFile>();

/** check: all problems of all files, in a deterministic order. */
export function check(sources: readonly SourceFile[], opts: CheckOptions): CheckResult {
  return checkResults(sources, sources.map(fileResult), opts);
}

/**
 * The cross-file half of check, on per-file results computed elsewhere (in process, by workers, or read
 * from the cache): required files, inputs, then every rule. `sources` supply the text for code frames and
 * for locating rule diagnostics (the YAML tree is rebuilt lazily, only for files that need it).
 */
export function checkResults(sources: readonly SourceFile[], results: readonly FileResult[], opts: CheckOptions, timings?: Map<string, number>): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const inputs = emptyInputs();
  const files = new Map<string, LoadedFile>();
  const partial = new Map<string, PartialFile>();
  const present = new Set(sources.map((s) => s.path));
  for (const req of REQUIRED_POLICY_FILES) {
    if (!present.has(req.path)) {
      diagnostics.push(diag('P001', 'error', req.path, NO_SPAN, MESSAGES.P001.missing({ path: req.path, format: req.format })));
    }
  }
  const bytesOf = new Map(sources.map((s) => [s.path, s.bytes] as const));
  const texts = new Map<string, string | null>();
  const textOf = (path: string): string | undefined => {
    let t = texts.get(path);
    if (t === undefined) {
      const b = bytesOf.get(path);
      t = (b && decodeText(b)) ?? null;
      texts.set(path, t);
    }
    return t ?? undefined;
  };
  for (const r of [...results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    diagnostics.push(...r.diagnostics);
    if (!r.loaded || !r.format) continue;
    const path = r.path;
    const lazy = (): LoadedFile => {
      let lf = TREES.get(r);
      // the tree loading made (when this process loaded the file, and kept it), else one built now
      if (!lf) TREES.set(r, (lf = takeLoaded(r) ?? loadedFile(path, textOf(path) ?? '', r.data)));
      return lf;
    };
    const file: LoadedFile = {
      path,
      data: r.data,
      get text() {
        return lazy().text;
      },
      locate: (p, which) => lazy().locate(p, which),
      lineText: (n) => lazy().lineText(n),
    };
    files.set(path, file);
    if (!hasErrors(r.diagnostics)) addInput(inputs, r.format, path, r.data);
    else if (r.partial) partial.set(path, { format: r.format, file, part: r.partial });
  }
  sortInputs(inputs);
  diagnostics.push(...runRules(makeRuleContext(inputs, files, opts.today, opts.schemas, opts.kept), timings));
  if (partial.size) diagnostics.push(...partialRuleDiagnostics(inputs, files, partial, diagnostics, opts.today, opts.kept));
  // the trees no rule located anything in: let them go (a later locate builds one again)
  for (const r of results) takeLoaded(r);
  const lineCache = new Map<string, string[]>();
  const lineText = (file: string, line: number): string | undefined => {
    const loaded = files.get(file);
    if (loaded) return loaded.lineText(line);
    let ls = lineCache.get(file);
    if (!ls) {
      const t = textOf(file);
      if (t === undefined) return undefined;
      ls = t.split(/\r?\n|\r/);
      lineCache.set(file, ls);
    }
    return ls[line - 1];
  };
  return { diagnostics: sortDiagnostics(diagnostics), inputs, files, lineText };
}

/** check, then resolve when there is no error. */
export function compile(sources: readonly SourceFile[], opts: CheckOptions): CompileResult {
  const r = check(sources, opts);
  if (hasErrors(r.diagnostics)) return r;
  return { ...r, model: resolve(r.inputs) };
}
