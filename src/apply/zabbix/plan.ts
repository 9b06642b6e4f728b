/**
 * The plan of `vmsc apply zabbix`, pure: the desired objects (./desired.ts) against the objects the server has
 * (./server.ts reads them into the same name-based form) → create / update / delete changes, and their text in
 * the manner of `terraform plan` (`+`, `~`, `-` lines and a summary).
 *
 * Every object is a `Resource`: a kind, a name (unique per kind) and a `spec`, a JSON value compared as a whole
 * with its top-level fields named in an update. Only hosts and templates are ever deleted, and only those the
 * server side marks as vmsc's (hosts tagged managed-by: vmsc, templates carrying vmsc's source hash): the shared
 * objects (host group, media type, user group, user, action) are created or updated, never removed.
 */

export const KINDS = ['host group', 'template', 'media type', 'user group', 'user', 'host', 'action'] as const;
export type Kind = (typeof KINDS)[number];

/** kinds whose server objects vmsc removes when they are no longer desired */
export const DELETABLE: readonly Kind[] = ['host', 'template'];

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export interface Resource {
  kind: Kind;
  name: string;
  /** what is compared (name-based: no server ids) */
  spec: { [field: string]: Json };
}

export type Op = 'create' | 'update' | 'delete';

export interface Change {
  op: Op;
  kind: Kind;
  name: string;
  /** update: the top-level spec fields that differ, sorted */
  fields: string[];
  /** create, update: the desired resource */
  desired?: Resource;
}

/** canonical JSON: object keys sorted, so key order never counts as a change */
export function canonical(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k] as Json)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

function key(r: { kind: Kind; name: string }): string {
  return `${r.kind}\u0000${r.name}`;
}

/**
 * The changes that turn `observed` into `desired`: creations and updates in dependency order (KINDS), then the
 * deletions of deletable kinds in reverse order (hosts before the templates they link).
 */
export function planChanges(desired: readonly Resource[], observed: readonly Resource[]): Change[] {
  const seen = new Map<string, Resource>();
  for (const o of observed) seen.set(key(o), o);
  const wanted = new Set(desired.map(key));
  if (wanted.size !== desired.length) throw new Error('internal: two desired resources of one kind share a name');
  const out: Change[] = [];
  for (const kind of KINDS) {
    for (const d of desired.filter((x) => x.kind === kind).sort(byName)) {
      const o = seen.get(key(d));
      if (!o) {
        out.push({ op: 'create', kind, name: d.name, fields: [], desired: d });
        continue;
      }
      const fields = [...new Set([...Object.keys(d.spec), ...Object.keys(o.spec)])]
        .filter((f) => canonical(d.spec[f] ?? null) !== canonical(o.spec[f] ?? null))
        .sort();
      if (fields.length) out.push({ op: 'update', kind, name: d.name, fields, desired: d });
    }
  }
  for (const kind of [...KINDS].reverse()) {
    if (!DELETABLE.includes(kind)) continue;
    for (const o of observed.filter((x) => x.kind === kind && !wanted.has(key(x))).sort(byName)) {
      out.push({ op: 'delete', kind, name: o.name, fields: [] });
    }
  }
  return out;
}

function byName(a: Resource, b: Resource): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

const SIGN: Record<Op, string> = { create: '+', update: '~', delete: '-' };

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
}

export function summarize(changes: readonly Change[]): PlanSummary {
  return {
    create: changes.filter((c) => c.op === 'create').length,
    update: changes.filter((c) => c.op === 'update').length,
    delete: changes.filter((c) => c.op === 'delete').length,
  };
}

/** `+ host acme-logistics.fs01`, `~ action X (operations)`, `- host old.fs09`, then the summary line */
export function renderPlan(changes: readonly Change[], o: { url: string; applied: boolean }): string {
  const lines = [`Zabbix ${o.url}`];
  for (const c of changes) lines.push(`  ${SIGN[c.op]} ${c.kind} ${c.name}${c.fields.length ? ` (${c.fields.join(', ')})` : ''}`);
  const s = summarize(changes);
  if (!changes.length) lines.push('No changes: the server matches the customer files.');
  else if (o.applied) lines.push(`Applied: ${s.create} created, ${s.update} changed, ${s.delete} deleted.`);
  else lines.push(`Plan: ${s.create} to create, ${s.update} to change, ${s.delete} to delete. Run again with --confirm to apply.`);
  return `${lines.join('\n')}\n`;
}
