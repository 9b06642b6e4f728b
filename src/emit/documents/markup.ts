/**
 * Wording lives in templates/documents/*.hbs (Handlebars); layout lives in code. A template renders to a
 * small line-based markup, one directive a line, that the renderer lays out:
 *
 *   header.left: …  header.right: …  footer: {page} / {pages}   page furniture (not drawn in the flow)
 *   title: …   subtitle: …   right: …   h: …   p: …   li: …   note: …   space: 8
 *   l: … / r: …              consecutive lines form a two-column block (left and right columns)
 *   kv: label | value        consecutive lines form a label/value table
 *   table: NAME  th: a | b … td: a | b …   a table; NAME picks its column layout in code
 *   sum: label | value   total: label | value   consecutive lines form the totals block
 *
 * A directive may carry modifiers: `l.big:`, `p.bold:`, `r.small:`, `note.muted:`. Cells are separated
 * by `|`; values put into the template are escaped (`\|`, `\\`) and never contain a line end.
 */
import type Handlebars from 'handlebars';
import { lazyRequire } from '../../util/lazy.js';
import { compileTemplate, DOCUMENT_OPTIONS } from '../templates.js';

export interface Directive {
  name: string;
  mods: string[];
  cells: string[];
  /** 1-based line in the rendered text (for error messages) */
  line: number;
}

export class TemplateError extends Error {}

const handlebars = lazyRequire<typeof Handlebars>('handlebars');
const compiled = new Map<string, Handlebars.TemplateDelegate>();

// made on first use: the first Intl.NumberFormat of a process loads ICU's number data (~15–80 ms); the amounts
// (safe integers) are grouped without it, so a rebuild that renders one customer's documents never pays for it
let fmt: Intl.NumberFormat | undefined;
const yenFmt = (): Intl.NumberFormat => {
  fmt ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: true });
  return fmt;
};

/**
 * `n` as `Intl.NumberFormat('en-US', { maximumFractionDigits: 0, useGrouping: true })` writes it: a safe integer
 * grouped here (`-1,234,567`), anything else (-0, fractions, NaN, ±Infinity, beyond 2^53) by Intl itself
 */
export function groupedNumber(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return yenFmt().format(n);
  const digits = String(n < 0 ? -n : n);
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** `¥1,234,567` (minus sign before the yen sign) */
export function yen(n: number): string {
  if (!Number.isInteger(n)) throw new Error(`internal: not whole yen: ${n}`);
  return (n < 0 ? '-¥' : '¥') + groupedNumber(Math.abs(n));
}

/** `2026年1月30日` from YYYY-MM-DD, `2026年1月` from YYYY-MM (string arithmetic only: no clock, no TZ) */
export function jaDate(d: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d);
  if (!m) throw new Error(`internal: not a date: ${d}`);
  return `${Number(m[1])}年${Number(m[2])}月` + (m[3] ? `${Number(m[3])}日` : '');
}

let env: typeof Handlebars | undefined;
/** the isolated Handlebars environment, with the helpers, made on first use */
function hb(): typeof Handlebars {
  if (env) return env;
  const e = handlebars().create();
  e.registerHelper('yen', (n: unknown) => yen(Number(n)));
  e.registerHelper('date', (d: unknown) => jaDate(String(d)));
  e.registerHelper('num', (n: unknown) => groupedNumber(Number(n)));
  e.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  e.registerHelper('join', (xs: unknown, sep: unknown) => (Array.isArray(xs) ? xs.join(typeof sep === 'string' ? sep : '、') : ''));
  env = e;
  return e;
}

/** escapes a value for the markup: no line ends, `|` and `\` escaped */
export function escapeCell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

/** a copy of a view model with every string escaped for the markup */
export function escapeView<T>(v: T): T {
  if (typeof v === 'string') return escapeCell(v) as T;
  if (Array.isArray(v)) return v.map((x: unknown) => escapeView(x)) as T;
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = escapeView(x);
    return o as T;
  }
  return v;
}

export function renderTemplate(name: string, source: string, view: object): string {
  let t = compiled.get(source);
  if (!t) {
    t = compileTemplate(hb(), source, DOCUMENT_OPTIONS);
    compiled.set(source, t);
  }
  try {
    return t(escapeView(view));
  } catch (e) {
    // not swallowed: handlebars' errors (strict mode: a field missing from the view) are rethrown with the template's name
    throw new TemplateError(`template ${name}: ${(e as Error).message}`);
  }
}

function splitCells(s: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length) {
      cur += s[++i];
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

/** parses the rendered markup into directives; blank lines are skipped */
export function parseMarkup(name: string, text: string): Directive[] {
  const out: Directive[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const m = /^([a-z]+(?:\.[a-z]+)*):(?:\s(.*))?$/.exec(line);
    if (!m) throw new TemplateError(`template ${name}: line ${i + 1} is not a directive ("name: text"): ${JSON.stringify(line.slice(0, 60))}`);
    const [head, ...mods] = m[1]!.split('.');
    out.push({ name: head!, mods, cells: splitCells(m[2] ?? ''), line: i + 1 });
  });
  return out;
}
