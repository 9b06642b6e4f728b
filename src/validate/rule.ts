/**
 * A rule beyond the schema: `{code, title, description, check(ctx) -> Diagnostic[]}` (ESLint-like).
 * Rules read only schema-valid inputs; `ctx.locate` turns a data path into a source span.
 * Add a rule: one module in `validate/rules/`, one line in `validate/rules/index.ts` (the catalogue lists it
 * from there), and a valid + an invalid case in the tests.
 */
import type { Diagnostic, Severity, Span } from '../diagnostics/diagnostic.js';
import type { DataPath, LoadedFile } from '../load/yaml.js';
import type { Inputs } from '../model/inputs.js';

export interface RuleContext {
  inputs: Inputs;
  files: ReadonlyMap<string, LoadedFile>;
  /** civil date "today" in Asia/Tokyo (from --today or the clock); only for warnings, never for outputs */
  today: string;
  /** span of a node in a file; the whole file's first line when the path is not found */
  locate(file: string, path: DataPath, which?: 'value' | 'key'): Span;
  /** builds a diagnostic located at `path` in `file` */
  at(code: string, severity: Severity, file: string, path: DataPath, message: string, hint: string, which?: 'value' | 'key'): Diagnostic;
}

export interface Rule {
  code: string;
  /** short title for the catalogue */
  title: string;
  /** one sentence: what it checks and why (with the article where there is one) */
  description: string;
  /** the severity it reports with (default: error) */
  severity?: Severity;
  /** further codes this module reports besides `code` (each listed in the catalogue) */
  otherCodes?: Array<{ code: string; title: string; description: string; severity?: Severity }>;
  check(ctx: RuleContext): Diagnostic[];
}
