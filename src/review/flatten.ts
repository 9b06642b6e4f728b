/**
 * Flattens plain data (a customer file, a policy file) into `path -> printed leaf`, so that two versions can
 * be compared field by field: `contacts[suzuki].email`, `servers[fs01].monitoring.cpu.critical`.
 * Lists of objects are keyed by their identifying field (id, code, edition, invoice, severity, name) when
 * it is unique, so that a removed contact reads as one removal, not as every later index shifting.
 */

const KEY_FIELDS = ['id', 'code', 'edition', 'invoice', 'severity', 'name', 'effectiveFrom'] as const;

function keyField(list: readonly unknown[]): string | undefined {
  if (list.length === 0 || !list.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) return undefined;
  for (const k of KEY_FIELDS) {
    const vals = list.map((x) => (x as Record<string, unknown>)[k]);
    if (vals.every((v) => typeof v === 'string' || typeof v === 'number') && new Set(vals).size === vals.length) return k;
  }
  return undefined;
}

function leaf(v: unknown): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function flatten(data: unknown, prefix = '', out: Map<string, string> = new Map()): Map<string, string> {
  if (Array.isArray(data)) {
    const k = keyField(data);
    if (!k) {
      if (data.every((x) => x === null || typeof x !== 'object')) {
        out.set(prefix, `[${data.map(leaf).join(', ')}]`);
        return out;
      }
      data.forEach((x, i) => {
        flatten(x, `${prefix}[${i}]`, out);
      });
      return out;
    }
    for (const x of data) flatten(x, `${prefix}[${String((x as Record<string, unknown>)[k])}]`, out);
    if (data.length === 0) out.set(prefix, '[]');
    return out;
  }
  if (data !== null && typeof data === 'object') {
    const entries = Object.entries(data as Record<string, unknown>);
    if (entries.length === 0 && prefix) out.set(prefix, '{}');
    for (const [k, v] of entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return out;
  }
  out.set(prefix, leaf(data));
  return out;
}

export interface FieldChange {
  path: string;
  before?: string;
  after?: string;
}

/** changed, added and removed leaves, by path; a removed/added keyed list item is reported once, by its key */
export function diffFlat(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): FieldChange[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const out: FieldChange[] = [];
  const seenItems = new Set<string>();
  for (const p of paths) {
    const x = a.get(p);
    const y = b.get(p);
    if (x === y) continue;
    // an item of a keyed list that exists on one side only: one line for the whole item
    const m = /^(.*?\[[^\]]+\])/.exec(p);
    if (m) {
      const item = m[1]!;
      const inA = [...a.keys()].some((k) => k === item || k.startsWith(`${item}.`) || k.startsWith(`${item}[`));
      const inB = [...b.keys()].some((k) => k === item || k.startsWith(`${item}.`) || k.startsWith(`${item}[`));
      if (inA !== inB) {
        if (!seenItems.has(item)) {
          seenItems.add(item);
          out.push(inA ? { path: item, before: 'present' } : { path: item, after: 'present' });
        }
        continue;
      }
    }
    const c: FieldChange = { path: p };
    if (x !== undefined) c.before = x;
    if (y !== undefined) c.after = y;
    out.push(c);
  }
  return out;
}

/** `a → b`, `(added) b`, `a (removed)` */
export function arrow(c: FieldChange): string {
  if (c.before === 'present' && c.after === undefined) return `${c.path} removed`;
  if (c.after === 'present' && c.before === undefined) return `${c.path} added`;
  if (c.before === undefined) return `${c.path}: (none) → ${c.after}`;
  if (c.after === undefined) return `${c.path}: ${c.before} → (none)`;
  return `${c.path}: ${c.before} → ${c.after}`;
}
