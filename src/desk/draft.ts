/**
 * A draft file of the desk: the form's values written into the YAML document of the file with the `yaml`
 * library's Document API (setIn / deleteIn on the parsed document), so comments, the modeline, key order and
 * flow style stay as they were; and the diagnostics of the draft mapped back to the form's fields by the
 * source range of each field's value.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar } from 'yaml';
import type { Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DataPath } from '../load/yaml.js';

export type FieldInput = 'text' | 'date' | 'select' | 'checkboxes' | 'email' | 'tel' | 'textarea' | 'number' | 'fixed';

export interface Field {
  /** where the value sits in the file */
  path: DataPath;
  label: string;
  input: FieldInput;
  section: 'company' | 'contact' | 'billing' | 'contract' | 'server' | 'server2' | 'promote';
  /** where a select's or the checkboxes' choices come from */
  choices?: ChoiceSource;
  /** the value's YAML type (default string) */
  type?: 'string' | 'integer' | 'list';
  /** an empty value removes the key (else it is written as '' and the schema says what is wrong, at the field) */
  optional?: boolean;
  /** fixed once the file exists (the id is the file name) */
  fixedOnEdit?: boolean;
  placeholder?: string;
  /** always written double-quoted (phone numbers and postal codes, as the example files have them) */
  quoted?: boolean;
  /**
   * the object (or list item) this field belongs to when that object is optional: when every field of the group
   * is empty the object is removed, else all of them are written (an empty one as '', so the error is at it)
   */
  group?: DataPath;
  /** input 'fixed': the value written (not shown) whenever its group is written */
  value?: string;
}

export type ChoiceSource = 'plans' | 'options' | 'terms' | 'environments';

export interface Choice {
  value: string;
  label: string;
}

/** the form's values: field key (its path joined by '.') -> text, or the chosen values of checkboxes */
export type FieldValues = Record<string, string | string[]>;

export const fieldKey = (f: Pick<Field, 'path'>): string => f.path.join('.');

/** the value of every field in a file's text (for the form of an existing file) */
export function readFields(text: string, fields: readonly Field[]): FieldValues {
  const doc = parseDocument(text, { uniqueKeys: false });
  const out: FieldValues = {};
  for (const f of fields) {
    const v: unknown = doc.getIn(f.path);
    if (f.type === 'list') {
      const js: unknown = v && typeof v === 'object' && 'toJSON' in v ? (v as { toJSON(): unknown }).toJSON() : v;
      out[fieldKey(f)] = Array.isArray(js) ? js.map((x) => String(x)) : [];
    } else out[fieldKey(f)] = v === undefined || v === null ? '' : String(v);
  }
  return out;
}

/**
 * writes the values into the file's text: a value whose node exists is replaced in the text itself (only its
 * characters change: the comments, quoting style, flow collections and spacing around it stay byte for byte);
 * a key that is missing or must go is set or removed through the parsed document (`setIn` / `deleteIn`).
 */
export function applyFields(text: string, fields: readonly Field[], values: FieldValues): string {
  const doc = parseDocument(text, { uniqueKeys: false });
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const structural: Array<{ path: DataPath; value: unknown }> = [];
  const removed: DataPath[] = [];
  const fieldValue = (f: Field): string | string[] | undefined => (f.input === 'fixed' ? f.value : values[fieldKey(f)]);
  // an optional group is written when one of its shown fields has a value (or its object is already there)
  const groupOn = new Map<string, boolean>();
  for (const f of fields) {
    if (!f.group) continue;
    const k = f.group.join('.');
    const v = f.input === 'fixed' ? undefined : values[fieldKey(f)];
    const filled = Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '';
    groupOn.set(k, (groupOn.get(k) ?? false) || filled);
  }
  for (const [k, on] of groupOn) {
    const path = fields.find((f) => f.group?.join('.') === k)!.group!;
    if (!on && doc.hasIn(path)) removed.push(path);
  }
  for (const f of fields) {
    if (f.group && !groupOn.get(f.group.join('.'))) continue;
    const v = fieldValue(f);
    if (v === undefined) continue;
    const node = doc.getIn(f.path, true) as Node | undefined;
    const range = node && typeof node === 'object' ? node.range : undefined;
    if (f.type === 'list') {
      const items = (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
      const isFlowSeq = isSeq(node) && node.flow === true;
      if (isFlowSeq && range) {
        const same = JSON.stringify(node.toJSON()) === JSON.stringify(items);
        if (!same) edits.push({ start: range[0], end: range[1], text: `[${items.map((x) => flowScalar(x)).join(', ')}]` });
      } else structural.push({ path: f.path, value: items });
      continue;
    }
    const s = Array.isArray(v) ? (v[0] ?? '') : v;
    if (s === '' && f.optional && !f.group) {
      if (doc.hasIn(f.path)) removed.push(f.path);
      continue;
    }
    const value: string | number = (f.type === 'integer' || f.input === 'number') && /^[0-9]{1,9}$/.test(s) ? Number(s) : s;
    if (isScalar(node) && range) {
      if (node.value === value) continue;
      // a quoted value stays quoted, except the empty "" of a new file's template (unless the field is always quoted)
      const quoted = f.quoted === true || ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.value !== '');
      edits.push({ start: range[0], end: range[1], text: typeof value === 'number' ? String(value) : quoted ? JSON.stringify(value) : flowScalar(value) });
    } else structural.push({ path: f.path, value: f.quoted && typeof value === 'string' ? quotedNode(value) : value });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (structural.length === 0 && removed.length === 0) return out;
  const doc2 = parseDocument(out, { uniqueKeys: false });
  // list items from the last, so the earlier indexes still hold
  for (const path of [...removed].sort((a, b) => (String(b.at(-1)) < String(a.at(-1)) ? -1 : 1))) {
    doc2.deleteIn(path);
    prune(doc2, path.slice(0, -1));
  }
  for (const c of structural) {
    const node = c.value instanceof Scalar ? c.value : doc2.createNode(c.value, { flow: Array.isArray(c.value) });
    if (c.path.length > 1 && !doc2.hasIn(c.path.slice(0, -1))) {
      // a new object: created in block style, with the value's node (its quoting) kept
      doc2.setIn(c.path.slice(0, -1), doc2.createNode(typeof c.path.at(-1) === 'number' ? [] : {}));
    }
    doc2.setIn(c.path, node);
  }
  return doc2.toString({ lineWidth: 0 });
}

function quotedNode(s: string): Scalar {
  const n = new Scalar(s);
  n.type = 'QUOTE_DOUBLE';
  return n;
}

/** removes the now empty objects and lists above a removed key */
function prune(doc: ReturnType<typeof parseDocument>, path: DataPath): void {
  for (let p = path; p.length > 0; p = p.slice(0, -1)) {
    const n = doc.getIn(p, true);
    const empty = (isMap(n) || isSeq(n)) && n.items.length === 0;
    if (!empty) return;
    doc.deleteIn(p);
  }
}

/** a string as a scalar that reads back as the same string in block and flow context: plain when safe, else double-quoted */
function flowScalar(s: string): string {
  if (s === '' || !/^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#]*$/.test(s) || /:\s|\s#|\s$/.test(s)) return JSON.stringify(s);
  const back: unknown = parseDocument(s).toJS();
  return back === s ? s : JSON.stringify(s);
}

export interface FieldProblem {
  code: string;
  severity: 'error' | 'warning';
  /** Japanese message and hint (English when the code has no Japanese text) */
  message: string;
  hint: string;
  line: number;
  col: number;
}

export interface MappedProblems {
  /** field key -> its problems */
  fields: Record<string, FieldProblem[]>;
  /** problems of the draft not inside any field's value */
  general: FieldProblem[];
}

function problem(d: Diagnostic): FieldProblem {
  const t = d.ja ?? { message: d.message, hint: d.hint };
  return { code: d.code, severity: d.severity, message: t.message, hint: t.hint, line: d.line, col: d.col };
}

/** each diagnostic of the draft file to the innermost field whose value holds its start; the rest to `general` */
export function mapToFields(text: string, fields: readonly Field[], diagnostics: readonly Diagnostic[]): MappedProblems {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  const ranges: Array<{ key: string; start: number; end: number }> = [];
  for (const f of fields) {
    if (f.input === 'fixed') continue; // not on the page: its problems go to the nearest shown field or the general list
    const n = doc.getIn(f.path, true) as Node | undefined;
    if (n && typeof n === 'object' && n.range) ranges.push({ key: fieldKey(f), start: n.range[0], end: Math.max(n.range[1], n.range[0] + 1) });
  }
  const out: MappedProblems = { fields: {}, general: [] };
  for (const d of diagnostics) {
    const offset = (lc.lineStarts[d.line - 1] ?? 0) + d.col - 1;
    let best: (typeof ranges)[number] | undefined;
    for (const r of ranges) if (r.start <= offset && offset < r.end && (!best || r.end - r.start < best.end - best.start)) best = r;
    if (best) (out.fields[best.key] ??= []).push(problem(d));
    else out.general.push(problem(d));
  }
  return out;
}
