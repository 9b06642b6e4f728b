/**
 * validate (schema): every file against its JSON Schema (ajv, draft-07, all errors), each error mapped to
 * the exact node: the offending key for an unknown property (with "did you mean"), the parent mapping for a
 * missing one, the value otherwise.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import compiled from '../../generated/validators.cjs';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import { MESSAGES } from '../diagnostics/messages/index.js';
import type { Localized } from '../diagnostics/messages/index.js';
import type { DataPath, LoadedFile } from '../load/yaml.js';
import type { FormatName } from '../model/inputs.js';
import { closest } from '../util/strings.js';

const FORMATS: FormatName[] = ['customer', 'provider', 'calendar', 'tariff', 'terms', 'monitoring', 'routing', 'revision', 'register', 'prospect'];

let validators: Map<FormatName, ValidateFunction> | undefined;

/**
 * The validators, compiled ahead of time from schemas/ (ajv standalone code in generated/validators.cjs, written
 * by `npm run gen:types`; a test fails when it is stale): no process compiles a schema at start-up. Imported
 * statically so that esbuild bundles them, into the code cache of the check bundle too (docs/build.md, start-up).
 */
function getValidators(): Map<FormatName, ValidateFunction> {
  if (validators) return validators;
  validators = new Map(
    FORMATS.map((f) => {
      const v = compiled[f];
      if (typeof v !== 'function') throw new Error(`generated/validators.cjs has no validator for ${f}: run npm run gen:types`);
      return [f, v];
    }),
  );
  return validators;
}

function pointerToPath(p: string): (string | number)[] {
  if (!p) return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** the data path as written (`servers[0].environment`), '' for the top level */
function fieldName(path: DataPath): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : s))
    .join('.')
    .replace(/\.\[/g, '[');
}

function describe(e: ErrorObject): string | undefined {
  const ps = e.parentSchema as { description?: string } | undefined;
  return ps?.description;
}

type At = (code: string, p: DataPath, text: Localized, which?: 'value' | 'key') => Diagnostic;

interface ErrorContext {
  file: LoadedFile;
  e: ErrorObject;
  path: DataPath;
  /** the data path as written, '' for the top level */
  field: string;
  at: At;
}

/** S001 (an unknown field, at its key, with "did you mean") and S002 (a missing one, at the parent mapping) */
function fieldError({ file, e, path, field, at }: ErrorContext): Diagnostic {
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    const allowed = Object.keys((e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {});
    return at('S001', [...path, key], MESSAGES.S001.unknown({ field, key, guess: closest(key, allowed), allowed }), 'key');
  }
  const missing = (e.params as { missingProperty: string }).missingProperty;
  const props = (e.parentSchema as { properties?: Record<string, { description?: string }> }).properties ?? {};
  const desc = props[missing]?.description;
  // the parent mapping, shown on its first line (a whole mapping would underline half the file)
  const span = file.locate(path, path.length ? 'key' : 'value');
  const first = span.endLine === span.line ? span : { ...span, endLine: span.line, endCol: Math.max(span.col + 1, file.lineText(span.line).length + 1) };
  return diag('S002', 'error', file.path, first, MESSAGES.S002.missing({ field, missing, desc }));
}

/** S006 (not a real date), S010 (not one e-mail address), S005 (another format) */
function formatError({ e, path, field, at }: ErrorContext): Diagnostic {
  const format = (e.params as { format: string }).format;
  const value: unknown = e.data;
  if (format === 'date') {
    const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    return at('S006', path, MESSAGES.S006.notDate({ field, value, ymd: m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined }));
  }
  if (format === 'email') {
    const s = typeof value === 'string' ? value : '';
    const why = /[\r\n]/.test(s) ? 'break' : /\s/.test(s) ? 'space' : /[^\x20-\x7e]/.test(s) ? 'nonAscii' : 'none';
    return at('S010', path, MESSAGES.S010.email({ field, value, why }));
  }
  return at('S005', path, MESSAGES.S005.format({ field, value, format }));
}

function mapError(file: LoadedFile, e: ErrorObject): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const field = fieldName(path);
  const f = file.path;
  const at: At = (code, p, text, which = 'value') => diag(code, 'error', f, file.locate(p, which), text);
  const desc = describe(e);
  const value: unknown = e.data;
  const x: ErrorContext = { file, e, path, field, at };
  const limit = (e.params as { limit?: unknown }).limit;
  switch (e.keyword) {
    case 'additionalProperties':
    case 'required':
      return fieldError(x);
    case 'type':
      return at('S003', path, MESSAGES.S003.type({ field, value, want: (e.params as { type: string }).type, desc }));
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const guess = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
      return at('S004', path, MESSAGES.S004.notListed({ field, value, allowed, guess, desc }));
    }
    case 'const':
      return at('S004', path, MESSAGES.S004.notConst({ field, allowed: (e.params as { allowedValue: unknown }).allowedValue, desc }));
    case 'format':
      return formatError(x);
    case 'pattern': {
      const example = (e.parentSchema as { examples?: unknown[] }).examples?.[0];
      const ctl = typeof value === 'string' && /[\u0000-\u001f\u007f]/.test(value);
      return at('S005', path, ctl ? MESSAGES.S005.control({ field }) : MESSAGES.S005.pattern({ field, value, desc, example }));
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = (e.params as { comparison?: string }).comparison ?? '';
      return at('S007', path, MESSAGES.S007.range({ field, value, rule: e.message ?? '', comparison, limit, desc }));
    }
    case 'minLength':
    case 'maxLength':
      return at('S007', path, MESSAGES.S007.length({ field, short: e.keyword === 'minLength', rule: e.message ?? '', limit, desc }));
    case 'minItems':
    case 'maxItems':
      return at('S008', path, MESSAGES.S008.items({ field, rule: e.message ?? '', fewer: e.keyword === 'minItems', limit, desc }));
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      return at('S008', [...path, i], MESSAGES.S008.duplicate({ field, first: j + 1, second: i + 1 }));
    }
    case 'minProperties':
      return at('S008', path, MESSAGES.S008.empty({ field, desc }));
    default:
      return at('S009', path, MESSAGES.S009.other({ field, rule: e.message, desc }));
  }
}

/** Validates one loaded file against its format's schema; returns located diagnostics. */
export function validateSchema(file: LoadedFile, format: FormatName): Diagnostic[] {
  const v = getValidators().get(format);
  if (!v) return [];
  if (v(file.data)) return [];
  const errors = v.errors ?? [];
  // an error inside a branch (if/then, anyOf) repeats; keep the most precise per path+keyword
  const out: Diagnostic[] = [];
  // a value with the wrong shape (pattern) also fails its format: report the shape only
  const patternAt = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    if (e.keyword === 'format' && patternAt.has(e.instancePath)) continue;
    out.push(mapError(file, e));
  }
  return out;
}

/** the value at `path` removed from `root` (a mapping key deleted, a list item spliced out); false at the top */
function removeAt(root: unknown, path: DataPath, spliced: Array<[DataPath, number]>): boolean {
  if (path.length === 0) return false;
  let parent: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return true; // already gone with an ancestor
    parent = (parent as Record<string | number, unknown>)[seg];
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (last < parent.length) {
      parent.splice(last, 1);
      spliced.push([path.slice(0, -1), last]);
    }
  } else if (parent !== null && typeof parent === 'object') delete (parent as Record<string, unknown>)[String(last)];
  return true;
}

/** a path at the time `before` of the `spliced` list items had been removed, as a path of the original data */
export function toOriginal(path: DataPath, spliced: ReadonlyArray<[DataPath, number]>, before = spliced.length): DataPath {
  const p = [...path];
  for (let k = before - 1; k >= 0; k--) {
    const [list, i] = spliced[k]!;
    const at = p[list.length];
    if (p.length > list.length && typeof at === 'number' && at >= i && list.every((seg, j) => p[j] === seg)) p[list.length] = at + 1;
  }
  return p;
}

/** deeper paths and later list items first */
function comparePaths(a: DataPath, b: DataPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? y - x : String(x) < String(y) ? -1 : 1;
  }
  return b.length - a.length;
}

/** a valid value the schema gives for a wrong one (its first example, default or allowed value), if any */
type ValueSchema = { examples?: unknown[]; default?: unknown; enum?: unknown[]; const?: unknown; properties?: Record<string, ValueSchema> };

function standIn(e: ErrorObject): { value: unknown } | undefined {
  if (e.keyword === 'additionalProperties') return undefined;
  let ps = e.parentSchema as ValueSchema | undefined;
  // a missing field: its own schema's example
  if (e.keyword === 'required') ps = ps?.properties?.[(e.params as { missingProperty: string }).missingProperty];
  if (!ps) return undefined;
  // a missing field only gets a stand-in that is one value, never a made-up mapping or list
  if (e.keyword === 'required') {
    const v = ps.examples?.[0] ?? ps.default ?? ps.enum?.[0];
    return v !== undefined && (v === null || typeof v !== 'object') ? { value: v } : undefined;
  }
  if (ps.examples?.length) return { value: ps.examples[0] };
  if (ps.default !== undefined) return { value: ps.default };
  if (ps.enum?.length) return { value: ps.enum[0] };
  if ('const' in ps) return { value: ps.const };
  return undefined;
}

function setAt(root: unknown, path: DataPath, value: unknown): boolean {
  if (path.length === 0) return false;
  let parent: unknown = root;
  for (const seg of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return false;
    parent = (parent as Record<string | number, unknown>)[seg];
  }
  if (parent === null || typeof parent !== 'object') return false;
  (parent as Record<string | number, unknown>)[path[path.length - 1]!] = structuredClone(value);
  return true;
}

/** the data path an error is about, to remove: the unknown key, the mapping missing a field, else the value */
function errorPath(e: ErrorObject): DataPath {
  const p = pointerToPath(e.instancePath);
  if (e.keyword === 'additionalProperties') return [...p, (e.params as { additionalProperty: string }).additionalProperty];
  if (e.keyword === 'required' && standIn(e)) return [...p, (e.params as { missingProperty: string }).missingProperty];
  return p;
}

/**
 * The schema-valid part of a file with schema errors, for the rules: every value an error is about is replaced
 * by the schema's example of it, or removed (an unknown key, a wrong value without example, a mapping missing a
 * required field), and again for what that breaks (a required field now missing, a list now empty), until the
 * rest is valid. `pruned` lists what was replaced or removed; undefined when nothing valid is left.
 */
export function validPart(data: unknown, format: FormatName): { data: unknown; pruned: DataPath[]; spliced: Array<[DataPath, number]> } | undefined {
  const v = getValidators().get(format);
  if (!v) return undefined;
  const copy = structuredClone(data);
  const removed: DataPath[] = [];
  const spliced: Array<[DataPath, number]> = [];
  const removedSplices: number[] = []; // how many list items had been removed before each removal
  const stoodIn = new Set<string>();
  for (let round = 0; round < 16; round++) {
    if (v(copy)) return { data: copy, pruned: removed.map((p, k) => toOriginal(p, spliced, removedSplices[k]!)), spliced };
    const fixes = (v.errors ?? [])
      .filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
      .map((e) => ({ path: errorPath(e), stand: standIn(e) }))
      // deepest and last list items first, so that splicing one does not move another still to remove
      .sort((x, y) => comparePaths(x.path, y.path));
    const seen = new Set<string>();
    for (const { path, stand } of fixes) {
      const key = JSON.stringify(path);
      if (seen.has(key)) continue; // the same value twice (a list item removed twice would remove its neighbour)
      seen.add(key);
      removedSplices.push(spliced.length);
      // a wrong value with an example in the schema stands in for it once (so its list item or mapping stays
      // for the rules); else, or if the example fails too, the value goes
      if (stand && !stoodIn.has(key) && setAt(copy, path, stand.value)) stoodIn.add(key);
      else if (!removeAt(copy, path, spliced)) return undefined;
      removed.push(path);
    }
  }
  return undefined;
}
