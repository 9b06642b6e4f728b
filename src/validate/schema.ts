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
