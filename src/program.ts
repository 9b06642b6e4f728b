/**
 * The pipeline, as pure functions of in-memory sources: load -> validate (schema, then rules) -> resolve.
 * Only the CLI reads files (cli/host.ts) and only write/ writes them.
 */
import type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
import { diag, hasErrors, NO_SPAN, sortDiagnostics } from './diagnostics/diagnostic.js';
import { loadYaml } from './load/yaml.js';
import type { DataPath, LoadedFile, SourceFile } from './load/yaml.js';
import type { FormatName, Input, Inputs } from './model/inputs.js';
import { formatOf, REQUIRED_POLICY_FILES } from './model/inputs.js';
import type { Model } from './model/model.js';
import { resolve } from './resolve/resolve.js';
import type { RuleContext } from './validate/rule.js';
import { RULES } from './validate/rules/index.js';
import { validateSchema } from './validate/schema.js';

export interface CheckOptions {
  /** civil date used by clock-dependent warnings (coverage, notice deadlines) */
  today: string;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  inputs: Inputs;
  files: Map<string, LoadedFile>;
}

export interface CompileResult extends CheckResult {
  /** present when there is no error */
  model?: Model;
}

function emptyInputs(): Inputs {
  return { tariffs: [], revisions: [], customers: [] };
}

/** load + schema for one file: usable on its own (e.g. from a worker) */
export function loadAndValidate(src: SourceFile): { file?: LoadedFile; format?: FormatName; diagnostics: Diagnostic[] } {
  const format = formatOf(src.path);
  if (!format) return { diagnostics: [] };
  const { file, diagnostics } = loadYaml(src);
  if (!file) return { format, diagnostics };
  const schemaDiags = validateSchema(file, format);
  return { file, format, diagnostics: [...diagnostics, ...schemaDiags] };
}

export function addInput(inputs: Inputs, format: FormatName, file: string, data: unknown): void {
  switch (format) {
    case 'customer': inputs.customers.push({ file, data } as Inputs['customers'][number]); break;
    case 'tariff': inputs.tariffs.push({ file, data } as Inputs['tariffs'][number]); break;
    case 'revision': inputs.revisions.push({ file, data } as Inputs['revisions'][number]); break;
    case 'provider': inputs.provider = { file, data } as Inputs['provider']; break;
    case 'calendar': inputs.calendar = { file, data } as Inputs['calendar']; break;
    case 'monitoring': inputs.monitoring = { file, data } as Inputs['monitoring']; break;
    case 'routing': inputs.routing = { file, data } as Inputs['routing']; break;
    case 'terms': inputs.terms = { file, data } as Inputs['terms']; break;
  }
}

export function sortInputs(inputs: Inputs): void {
  const byFile = <T>(a: Input<T>, b: Input<T>) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  inputs.tariffs.sort(byFile);
  inputs.revisions.sort(byFile);
  inputs.customers.sort(byFile);
}

export function makeRuleContext(inputs: Inputs, files: ReadonlyMap<string, LoadedFile>, today: string): RuleContext {
  const locate = (file: string, path: DataPath, which?: 'value' | 'key') =>
    files.get(file)?.locate(path, which) ?? NO_SPAN;
  return {
    inputs,
    files,
    today,
    locate,
    at: (code: string, severity: Severity, file: string, path: DataPath, message: string, hint: string, which?: 'value' | 'key') =>
      diag(code, severity, file, locate(file, path, which), message, hint),
  };
}

export function runRules(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    try {
      out.push(...rule.check(ctx));
    } catch (e) {
      out.push(diag('X001', 'error', '', NO_SPAN, `internal error in rule ${rule.code}: ${(e as Error).message}`,
        'this is a bug in vmsc; please report it with the input that caused it'));
    }
  }
  return out;
}

/** check: all problems of all files, in a deterministic order. */
export function check(sources: readonly SourceFile[], opts: CheckOptions): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const inputs = emptyInputs();
  const files = new Map<string, LoadedFile>();
  const present = new Set(sources.map((s) => s.path));
  for (const req of REQUIRED_POLICY_FILES) {
    if (!present.has(req.path)) {
      diagnostics.push(diag('P001', 'error', req.path, NO_SPAN, `required policy file ${req.path} is missing`,
        `create ${req.path} (see ../shared/spec/formats.md and schemas/${req.format}.schema.json)`));
    }
  }
  for (const src of [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const r = loadAndValidate(src);
    diagnostics.push(...r.diagnostics);
    if (r.file) files.set(src.path, r.file);
    if (r.file && r.format && !hasErrors(r.diagnostics)) addInput(inputs, r.format, src.path, r.file.data);
  }
  sortInputs(inputs);
  diagnostics.push(...runRules(makeRuleContext(inputs, files, opts.today)));
  return { diagnostics: sortDiagnostics(diagnostics), inputs, files };
}

/** check, then resolve when there is no error. */
export function compile(sources: readonly SourceFile[], opts: CheckOptions): CompileResult {
  const r = check(sources, opts);
  if (hasErrors(r.diagnostics)) return r;
  return { ...r, model: resolve(r.inputs) };
}
