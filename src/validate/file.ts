/**
 * Load + schema of one file, on its own: what a check worker runs. Imports no rule (and so none of the
 * heavy modules rules may use), so that a worker thread starts fast.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { MESSAGES } from '../diagnostics/messages/index.js';
import { diag, NO_SPAN } from '../diagnostics/diagnostic.js';
import { loadYaml } from '../load/yaml.js';
import type { LoadedFile, SourceFile } from '../load/yaml.js';
import { formatOf } from '../model/inputs.js';
import type { FormatName } from '../model/inputs.js';
import { validateSchema, validPart } from './schema.js';
import type { DataPath } from '../load/yaml.js';

/**
 * load + schema for one file: usable on its own (e.g. from a worker). The YAML tree is let go unless `keepTree`
 * (fileResult's few kept trees): text and data stay, and the tree is rebuilt if a rule needs to locate something.
 */
export function loadAndValidate(
  src: SourceFile,
  keepTree = false,
): { file?: LoadedFile & { release(): void }; format?: FormatName; diagnostics: Diagnostic[]; text?: string; partial?: ValidPart } {
  const format = formatOf(src.path);
  if (!format) return { diagnostics: [] };
  const { file, diagnostics, text } = loadYaml(src);
  if (!file) return { format, diagnostics, ...(text !== undefined ? { text } : {}) };
  const schemaDiags = validateSchema(file, format);
  if (!keepTree) file.release();
  const partial = schemaDiags.length && !diagnostics.length ? validPart(file.data, format) : undefined;
  return { file, format, diagnostics: [...diagnostics, ...schemaDiags], text: file.text, ...(partial ? { partial } : {}) };
}

/**
 * The serializable result of load + schema for one file: what a worker sends back and what the check
 * cache stores. `data` is present when the file loaded (even with schema errors, for locating).
 */
export interface FileResult {
  path: string;
  format?: FormatName;
  data?: unknown;
  loaded: boolean;
  diagnostics: Diagnostic[];
  /** with schema errors: the schema-valid rest of the data and what was removed, so that the rules still run */
  partial?: ValidPart;
}

/** the schema-valid part of a file with schema errors (schema.ts validPart) */
export interface ValidPart {
  data: unknown;
  /** what was removed, as paths of the file's data */
  pruned: DataPath[];
  /** the list items removed, in order, each as (list path, index) at the time: maps paths of `data` back */
  spliced: Array<[DataPath, number]>;
}

/**
 * The loaded files (YAML tree included) of the last results made in this process, for the rules of the check they
 * are made for: a rule that locates a diagnostic in one (pipeline.ts) then uses its tree instead of parsing the
 * file again (a warning in provider.yaml, say: on the example root two of eleven files were parsed twice). At most
 * MAX_KEPT at a time, so that a big root checked in process never holds every tree; checkResults lets them go
 * (takeLoaded). A result that never reaches a check (a worker's, posted as JSON) takes its tree with it to the
 * garbage collector but still counts: at worst no tree is kept, as before. Speed only: a rebuilt tree is the same.
 */
const KEPT = new WeakMap<FileResult, LoadedFile>();
const MAX_KEPT = 64;
let kept = 0;

/** the loaded file kept with a result made in this process, handed over once (undefined: none kept, or taken) */
export function takeLoaded(r: FileResult): LoadedFile | undefined {
  const f = KEPT.get(r);
  if (f) {
    KEPT.delete(r);
    kept--;
  }
  return f;
}

export function fileResult(src: SourceFile): FileResult {
  const format = formatOf(src.path);
  if (src.problem) {
    return { path: src.path, ...(format ? { format } : {}), loaded: false, diagnostics: [diag(src.problem.code, 'error', src.path, NO_SPAN, src.problem)] };
  }
  if (!format) {
    const where = src.path.startsWith('customers/')
      ? 'customers/<id>.yaml'
      : src.path.startsWith('prospects/')
        ? 'prospects/<id>.yaml'
        : 'policies/<name>.yaml, policies/tariffs/<date>.yaml or policies/revisions/<id>.yaml';
    return {
      path: src.path,
      loaded: false,
      diagnostics: [diag('P002', 'warning', src.path, NO_SPAN, MESSAGES.P002.ignored({ path: src.path, yml: /\.yml$/i.test(src.path), where }))],
    };
  }
  let r: ReturnType<typeof loadAndValidate>;
  const keep = kept < MAX_KEPT;
  try {
    r = loadAndValidate(src, keep);
  } catch (e) {
    // deliberately broad: every crash here is a bug in vmsc, reported as X002 for this file (not swallowed),
    // so that the other files are still checked
    return {
      path: src.path,
      format,
      loaded: false,
      diagnostics: [diag('X002', 'error', src.path, NO_SPAN, MESSAGES.X002.file({ detail: (e as Error).message }))],
    };
  }
  const result: FileResult = {
    path: src.path,
    ...(r.format ? { format: r.format } : {}),
    ...(r.file ? { data: r.file.data } : {}),
    loaded: Boolean(r.file),
    diagnostics: r.diagnostics,
    ...(r.partial ? { partial: r.partial } : {}),
  };
  if (keep && r.file) {
    KEPT.set(result, r.file);
    kept++;
  }
  return result;
}
