/**
 * A rule beyond the schema: `{code, check(ctx) -> Diagnostic[]}` (ESLint-like).
 * Rules read only schema-valid inputs (a file with schema errors comes as its valid part, driver/pipeline.ts);
 * `ctx.locate` turns a data path into a source span.
 * Add a rule: one module in `validate/rules/`, one line in `validate/rules/index.ts`, its entry (severity,
 * title, description) in `diagnostics/catalogue.ts`, and a valid + an invalid case in the tests.
 */
import type { Diagnostic, Severity, Span } from '../diagnostics/diagnostic.js';
import type { Localized } from '../diagnostics/messages/message.js';
import type { DataPath, LoadedFile } from '../load/yaml.js';
import type { Inputs } from '../model/inputs.js';

/**
 * The JSON Schemas beside a root's inputs, as the host read them: `root` = the files of `<root>/schemas/`
 * (name -> text; empty when there is no such folder), `compiler` = the schemas of the running vmsc.
 */
export interface SchemaFolders {
  root: ReadonlyMap<string, string>;
  compiler: ReadonlyMap<string, string>;
}

export interface RuleContext {
  inputs: Inputs;
  /** the root's schemas/ and the compiler's; undefined when the host cannot tell (in-memory roots) */
  schemas?: SchemaFolders;
  files: ReadonlyMap<string, LoadedFile>;
  /** civil date "today" in Asia/Tokyo (from --today or the clock); only for warnings, never for outputs */
  today: string;
  /** span of a node in a file; the whole file's first line when the path is not found */
  locate(file: string, path: DataPath, which?: 'value' | 'key'): Span;
  /** builds a diagnostic located at `path` in `file`, from a message of the catalogue (`diagnostics/messages/`) */
  at(code: string, severity: Severity, file: string, path: DataPath, text: Localized, which?: 'value' | 'key'): Diagnostic;
  /** the same from English text only (a code not yet in the message catalogue) */
  at(code: string, severity: Severity, file: string, path: DataPath, message: string, hint: string, which?: 'value' | 'key'): Diagnostic;
  /** per-file rule results kept from an earlier process (the driver's check cache); absent = none kept */
  kept?: KeptRuleResults;
}

/**
 * Rule results kept between processes (`keptAcross`, rules/helpers.ts): each under a key that names the file's
 * bytes (by their sha256) and the value of everything else the work read, for one compiler and one `today`.
 */
export interface KeptRuleResults {
  /** the sha256 of an input file's bytes (what its data and its locations come from); undefined when not known */
  sha(file: string): string | undefined;
  /** rule `code`'s diagnostics about `file` as kept for the file's present bytes and this `extra`, if they were */
  get(code: string, file: string, extra: string): Diagnostic[] | undefined;
  set(code: string, file: string, extra: string, out: Diagnostic[]): void;
}

export interface Rule {
  /** the code it reports with; its severity, title and description are its entry in diagnostics/catalogue.ts */
  code: string;
  check(ctx: RuleContext): Diagnostic[];
}
