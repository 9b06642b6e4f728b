/**
 * Hover, completion and go to definition on a root's YAML files, from the driver's last check: the node under
 * the cursor (its data path in the file), the schema description of that path (the compiler's schemas,
 * bilingual), and the codes of the policies — plan and option codes of the tariff in force (on the contract's
 * billingStartsOn, as R010 checks, or a prospect's plannedStartOn, as Q003 does; the fee also under the tariff in
 * force today when that is another one), server ids in work orders, receiver ids in routing rules.
 */
import type { CompletionItem, Hover, Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { RootCheck } from '../driver/driver.js';
import type { DataPath } from '../load/yaml.js';
import { formatOf } from '../model/inputs.js';
import type { Input, Tariff } from '../model/inputs.js';
import { tariffInForce } from '../resolve/tariff.js';
import { lspRange } from './paths.js';

/** what the cursor is on: the data path of the value (or key) under it, its text and range */
export interface Cursor {
  path: DataPath;
  /** on a mapping key (else a value) */
  key: boolean;
  /** the scalar's text ('' for an empty value) */
  text: string;
  /** its offsets in the document */
  start: number;
  end: number;
  /** the whole document's data */
  data: unknown;
}

/** the node under `offset`: the innermost key or scalar whose range holds it (its end included) */
export function cursorAt(text: string, offset: number): Cursor | undefined {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false });
  const data: unknown = doc.toJS();
  const within = (n: Node | null | undefined) => !!n?.range && n.range[0] <= offset && offset <= n.range[1];
  const scalar = (n: Node, path: DataPath, key: boolean): Cursor => ({
    path,
    key,
    text: isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : '',
    start: n.range![0],
    end: n.range![1],
    data,
  });
  const walk = (n: Node, path: DataPath): Cursor | undefined => {
    if (isMap(n)) {
      for (const p of n.items) {
        if (!isPair(p)) continue;
        const k = p.key as Node | null;
        const name = isScalar(k) ? String(k.value) : undefined;
        if (name === undefined) continue;
        if (within(k)) return scalar(k!, [...path, name], true);
        const v = p.value as Node | null;
        if (v && within(v)) return walk(v, [...path, name]);
      }
      return undefined;
    }
    if (isSeq(n)) {
      for (let i = 0; i < n.items.length; i++) {
        const v = n.items[i] as Node | null;
        if (v && within(v)) return walk(v, [...path, i]);
      }
      return undefined;
    }
    return scalar(n, path, false);
  };
  return doc.contents ? walk(doc.contents as Node, []) : undefined;
}

type Json = { [k: string]: unknown };
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);

/** the schema node of a data path (through properties, items and $ref into common.schema.json) */
export function schemaAt(schemas: ReadonlyMap<string, string>, format: string, path: DataPath): Json | undefined {
  const parsed = new Map<string, Json | undefined>();
  const file = (name: string): Json | undefined => {
    if (!parsed.has(name)) {
      const t = schemas.get(name);
      parsed.set(name, t === undefined ? undefined : obj(JSON.parse(t)));
    }
    return parsed.get(name);
  };
  // follow $ref: keep the referring node's own description (it is the more specific one)
  const deref = (n: Json | undefined, base: string): [Json | undefined, string] => {
    let cur = n;
    let b = base;
    for (let k = 0; k < 10 && cur && typeof cur['$ref'] === 'string'; k++) {
      const [f, pointer] = (cur['$ref'] as string).split('#');
      if (f) b = f;
      let t: unknown = file(b);
      for (const seg of (pointer ?? '').split('/').filter(Boolean)) t = obj(t)?.[seg];
      const own = cur['description'];
      cur = obj(t) && own !== undefined ? { ...obj(t), description: own } : obj(t);
    }
    return [cur, b];
  };
  let base = `${format}.schema.json`;
  let [node, b] = deref(file(base), base);
  base = b;
  for (const seg of path) {
    if (!node) return undefined;
    const next = typeof seg === 'number' ? obj(node['items']) : (obj(obj(node['properties'])?.[seg]) ?? obj(node['additionalProperties']));
    [node, b] = deref(next, base);
    base = b;
  }
  return node;
}

const yen = (n: number) => `¥${n.toLocaleString('en-US')}`;

/** what the features read: the last check, the compiler's schemas, today */
export interface FeatureContext {
  check: RootCheck | undefined;
  schemas: ReadonlyMap<string, string>;
  today: string;
  /** the file URI of a root path */
  uri(path: string): string;
}

/** which codes a cursor position takes: plan or option codes of a customer, a work order's server, a routing rule's receivers */
type Slot = { kind: 'plan' | 'option' } | { kind: 'server' } | { kind: 'receiver' };

function slotOf(path: string, at: DataPath): Slot | undefined {
  const format = formatOf(path);
  if (format === 'customer') {
    if (at[0] === 'contract' && at[1] === 'plan' && at.length === 2) return { kind: 'plan' };
    if (at[0] === 'contract' && at[1] === 'options' && typeof at[2] === 'number') return { kind: 'option' };
    if (at[0] === 'workOrders' && typeof at[1] === 'number' && at[2] === 'server' && at.length === 3) return { kind: 'server' };
  }
  if (format === 'prospect') {
    if (at[0] === 'plan' && at.length === 1) return { kind: 'plan' };
    if (at[0] === 'options' && typeof at[1] === 'number') return { kind: 'option' };
  }
  if (
    format === 'routing' &&
    at[0] === 'rules' &&
    typeof at[1] === 'number' &&
    (at[2] === 'helpdeskHours' || at[2] === 'outsideHelpdeskHours') &&
    typeof at[3] === 'number'
  ) {
    return { kind: 'receiver' };
  }
  return undefined;
}

function tariffsOf(ctx: FeatureContext): Input<Tariff>[] {
  return [...(ctx.check?.inputs.tariffs ?? [])].sort((a, b) => (a.data.effectiveFrom < b.data.effectiveFrom ? -1 : 1));
}

/** the tariff (with its file) in force on a date */
function inForce(ctx: FeatureContext, date: string): Input<Tariff> | undefined {
  const ts = tariffsOf(ctx);
  const t = tariffInForce(
    ts.map((x) => x.data),
    date,
  );
  return ts.find((x) => x.data === t);
}

/** the date a file's codes are priced on: a customer's billingStartsOn, a prospect's plannedStartOn (Q003) */
function billingStart(data: unknown): string | undefined {
  const s = obj(obj(data)?.['contract'])?.['billingStartsOn'] ?? obj(data)?.['plannedStartOn'];
  return typeof s === 'string' ? s : undefined;
}

/** the tariff a customer's codes are checked against (R010): in force on billingStartsOn, else today */
function customerTariff(ctx: FeatureContext, data: unknown): Input<Tariff> | undefined {
  return inForce(ctx, billingStart(data) ?? ctx.today);
}

function codeLine(t: Input<Tariff>, kind: 'plan' | 'option', code: string): string | undefined {
  if (kind === 'plan') {
    const p = t.data.plans.find((x) => x.code === code);
    return p && `${p.name}: monthly ${yen(p.monthlyFee)} per server, initial ${yen(p.initialFee)}`;
  }
  const o = t.data.options.find((x) => x.code === code);
  return o && `${o.name}: monthly ${yen(o.monthlyFee)} per ${o.per}`;
}

export function hover(ctx: FeatureContext, path: string, doc: TextDocument, position: { line: number; character: number }): Hover | null {
  const c = cursorAt(doc.getText(), doc.offsetAt(position));
  if (!c) return null;
  const parts: string[] = [];
  const slot = c.key ? undefined : slotOf(path, c.path);
  if (slot && (slot.kind === 'plan' || slot.kind === 'option') && c.text) {
    const start = billingStart(c.data);
    const t = customerTariff(ctx, c.data);
    const line = t && codeLine(t, slot.kind, c.text);
    parts.push(
      line
        ? `**${c.text}** — ${line} (${t.file}, in force on ${start ? `${formatOf(path) === 'prospect' ? 'plannedStartOn' : 'billingStartsOn'} ${start}` : ctx.today})`
        : `**${c.text}** is no ${slot.kind} code of the tariff in force${t ? ` (${t.file})` : ''}`,
    );
    const now = inForce(ctx, ctx.today);
    if (now && t && now !== t) {
      const l = codeLine(now, slot.kind, c.text);
      parts.push(l ? `today (${ctx.today}) under ${now.file}: ${l}` : `today (${ctx.today}) ${now.file} has no ${slot.kind} ${c.text}`);
    }
  }
  const format = formatOf(path);
  const schema = format ? schemaAt(ctx.schemas, format, c.path) : undefined;
  if (typeof schema?.['description'] === 'string') parts.push(schema['description']);
  if (parts.length === 0) return null;
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n') },
    range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) },
  };
}

export function completion(ctx: FeatureContext, path: string, doc: TextDocument, position: { line: number; character: number }): CompletionItem[] {
  const offset = doc.offsetAt(position);
  const c = cursorAt(doc.getText(), offset);
  const slot = c && !c.key ? slotOf(path, c.path) : undefined;
  if (!c || !slot) return [];
  if (slot.kind === 'plan' || slot.kind === 'option') {
    const t = customerTariff(ctx, c.data);
    if (!t) return [];
    const items = slot.kind === 'plan' ? t.data.plans : t.data.options;
    return items.map((x) => ({ label: x.code, kind: 12, detail: codeLine(t, slot.kind, x.code) ?? x.name, documentation: t.file }));
  }
  if (slot.kind === 'server') {
    const servers = obj(c.data)?.['servers'];
    return (Array.isArray(servers) ? servers : [])
      .map((s) => obj(s))
      .filter((s): s is Json => typeof s?.['id'] === 'string')
      .map((s) => ({ label: s['id'] as string, kind: 12, detail: typeof s['hostname'] === 'string' ? s['hostname'] : '' }));
  }
  const receivers = obj(c.data)?.['receivers'];
  return (Array.isArray(receivers) ? receivers : [])
    .map((r) => obj(r))
    .filter((r): r is Json => typeof r?.['id'] === 'string')
    .map((r) => ({ label: r['id'] as string, kind: 12, detail: [r['name'], r['email']].filter((x) => typeof x === 'string').join(' ') }));
}

export function definition(ctx: FeatureContext, path: string, doc: TextDocument, position: { line: number; character: number }): Location | null {
  const c = cursorAt(doc.getText(), doc.offsetAt(position));
  const slot = c && !c.key ? slotOf(path, c.path) : undefined;
  if (!c || !slot || !c.text) return null;
  if (slot.kind === 'plan' || slot.kind === 'option') {
    const t = customerTariff(ctx, c.data);
    if (!t) return null;
    const key = slot.kind === 'plan' ? 'plans' : 'options';
    const i = (slot.kind === 'plan' ? t.data.plans : t.data.options).findIndex((x) => x.code === c.text);
    const f = ctx.check?.files.get(t.file);
    if (i < 0 || !f) return null;
    return { uri: ctx.uri(t.file), range: lspRange(f.locate([key, i, 'code'])) };
  }
  return null;
}
