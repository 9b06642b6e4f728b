/**
 * validate (schema): every file against its JSON Schema (ajv, draft-07, all errors), each error mapped to
 * the exact node: the offending key for an unknown property (with "did you mean"), the parent mapping for a
 * missing one, the value otherwise.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag } from '../diagnostics/diagnostic.js';
import type { DataPath, LoadedFile } from '../load/yaml.js';
import type { FormatName } from '../model/inputs.js';
import { closest } from '../util/strings.js';

const require = createRequire(import.meta.url);
const FORMATS: FormatName[] = ['customer', 'provider', 'calendar', 'tariff', 'terms', 'monitoring', 'routing', 'revision', 'register'];

let validators: Map<FormatName, ValidateFunction> | undefined;

/**
 * The validators, compiled ahead of time from schemas/ (ajv standalone code in generated/validators.cjs, written
 * by `npm run gen:types`; a test fails when it is stale): no process compiles a schema at start-up.
 */
function getValidators(): Map<FormatName, ValidateFunction> {
  if (validators) return validators;
  const compiled = require('../../generated/validators.cjs') as Record<FormatName, ValidateFunction>;
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

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  return `a ${typeof v}`;
}

function fieldName(path: DataPath): string {
  return path.length
    ? path
        .map((s) => (typeof s === 'number' ? `[${s}]` : s))
        .join('.')
        .replace(/\.\[/g, '[')
    : 'the top level';
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** why Y-M-D is not a date */
function dateProblem(y: number, m: number, d: number): string {
  if (m < 1 || m > 12) return `there is no month ${m}`;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!;
  if (d < 1 || d > max) return `${y}-${String(m).padStart(2, '0')} has ${max} days`;
  return 'it is not a valid date';
}

function describe(e: ErrorObject): string | undefined {
  const ps = e.parentSchema as { description?: string } | undefined;
  return ps?.description;
}

type At = (code: string, p: DataPath, message: string, hint: string, which?: 'value' | 'key') => Diagnostic;

interface ErrorContext {
  file: LoadedFile;
  e: ErrorObject;
  path: DataPath;
  name: string;
  at: At;
}

/** S001 (an unknown field, at its key, with "did you mean") and S002 (a missing one, at the parent mapping) */
function fieldError({ file, e, path, name, at }: ErrorContext): Diagnostic {
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    const allowed = Object.keys((e.parentSchema as { properties?: Record<string, unknown> }).properties ?? {});
    const guess = closest(key, allowed);
    return at(
      'S001',
      [...path, key],
      `unknown field "${key}" in ${name}`,
      guess ? `did you mean "${guess}"? allowed fields: ${allowed.join(', ')}` : `allowed fields: ${allowed.join(', ')}`,
      'key',
    );
  }
  const missing = (e.params as { missingProperty: string }).missingProperty;
  const props = (e.parentSchema as { properties?: Record<string, { description?: string }> }).properties ?? {};
  const pd = props[missing]?.description;
  // the parent mapping, shown on its first line (a whole mapping would underline half the file)
  const span = file.locate(path, path.length ? 'key' : 'value');
  const first = span.endLine === span.line ? span : { ...span, endLine: span.line, endCol: Math.max(span.col + 1, file.lineText(span.line).length + 1) };
  return diag('S002', 'error', file.path, first, `missing required field "${missing}" in ${name}`, `add \`${missing}:\`${pd ? ` — ${pd}` : ''}`);
}

/** S006 (not a real date), S010 (not one e-mail address), S005 (another format) */
function formatError({ e, path, name, at }: ErrorContext): Diagnostic {
  const fmt = (e.params as { format: string }).format;
  const hint =
    fmt === 'date'
      ? 'write a real calendar date YYYY-MM-DD, e.g. 2026-11-01 (2026-02-30 does not exist)'
      : fmt === 'email'
        ? 'write a single address like name@example.co.jp, without spaces or line breaks'
        : fmt === 'uri'
          ? 'write an absolute https:// address'
          : `write a valid ${fmt}`;
  if (fmt === 'date') {
    const m = typeof e.data === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(e.data) : null;
    const why = m ? dateProblem(Number(m[1]), Number(m[2]), Number(m[3])) : 'it is not written YYYY-MM-DD';
    return at('S006', path, `${name} is not a real calendar date: ${show(e.data)} (${why})`, hint);
  }
  if (fmt === 'email') {
    const s = typeof e.data === 'string' ? e.data : '';
    const why = /[\r\n]/.test(s)
      ? ' (it contains a line break)'
      : /\s/.test(s)
        ? ' (it contains a space)'
        : /[^\x20-\x7e]/.test(s)
          ? ' (it contains a non-ASCII character)'
          : '';
    return at('S010', path, `${name} is not a valid e-mail address: ${show(e.data)}${why}`, hint);
  }
  return at('S005', path, `${name} is not a valid ${fmt}: ${show(e.data)}`, hint);
}

function mapError(file: LoadedFile, e: ErrorObject): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const name = fieldName(path);
  const f = file.path;
  const at = (code: string, p: DataPath, message: string, hint: string, which: 'value' | 'key' = 'value') =>
    diag(code, 'error', f, file.locate(p, which), message, hint);
  const desc = describe(e);
  const about = desc ? ` (${desc})` : '';
  const x: ErrorContext = { file, e, path, name, at };
  switch (e.keyword) {
    case 'additionalProperties':
    case 'required':
      return fieldError(x);
    case 'type': {
      const want = (e.params as { type: string }).type;
      return at(
        'S003',
        path,
        `${name} must be ${want === 'integer' ? 'an integer' : want === 'array' ? 'a list' : want === 'object' ? 'a mapping' : `a ${want}`}, not ${typeName(e.data)}`,
        want === 'string'
          ? 'quote the value, e.g. "03-1234-5678" or "7.2"'
          : `write ${want === 'array' ? 'a list: [a, b] or "- item" lines' : want === 'object' ? 'a mapping of `key: value` lines' : `a value of type ${want}`}${about}`,
      );
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      const guess = typeof e.data === 'string' ? closest(e.data, allowed.map(String)) : undefined;
      return at(
        'S004',
        path,
        `${name} is ${show(e.data)}; it must be one of ${allowed.map((v) => show(v)).join(', ')}`,
        guess ? `did you mean ${show(guess)}?` : `use one of the listed values${about}`,
      );
    }
    case 'const':
      return at('S004', path, `${name} must be ${show((e.params as { allowedValue: unknown }).allowedValue)}`, `set it to that value${about}`);
    case 'format':
      return formatError(x);
    case 'pattern': {
      const ex = (e.parentSchema as { examples?: unknown[] }).examples?.[0];
      const ctl = typeof e.data === 'string' && /[\u0000-\u001f\u007f]/.test(e.data);
      return at(
        'S005',
        path,
        ctl ? `${name} contains a control character (tab, line break or similar)` : `${name} has the wrong form: ${show(e.data)}`,
        ctl ? 'remove the control character; write the value on one line' : `${desc ? `${desc}; ` : ''}for example ${show(ex)}`,
      );
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return at('S007', path, `${name} is ${show(e.data)}; it must be ${e.message ?? ''}`, `use a value in range${about}`);
    case 'minLength':
    case 'maxLength':
      return at(
        'S007',
        path,
        `${name} ${e.keyword === 'minLength' ? 'is too short' : 'is too long'} (${e.message ?? ''})`,
        `shorten or complete the value${about}`,
      );
    case 'minItems':
    case 'maxItems':
      return at('S008', path, `${name} ${e.message ?? ''}`, `add entries to the list${about}`);
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      return at('S008', [...path, i], `${name} lists the same value twice (items ${j + 1} and ${i + 1})`, 'remove the duplicate');
    }
    case 'minProperties':
      return at('S008', path, `${name} is empty`, `set at least one field or remove it${about}`);
    default:
      return at('S009', path, `${name}: ${e.message ?? 'invalid'}`, desc ?? 'see the schema');
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
