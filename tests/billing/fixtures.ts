/** Test fixtures for billing: the example root in memory, edited with the yaml library (comments kept). */
import { parseDocument } from 'yaml';
import { compile, check } from '../../src/driver/index.js';
import type { SourceFile } from '../../src/load/yaml.js';
import type { Model, ResolvedCustomer } from '../../src/model/model.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { EXAMPLE, readRoot } from '../helpers.js';

export const TODAY = '2026-11-27';

export type Edit = { file: string; set?: [readonly (string | number)[], unknown][]; del?: (readonly (string | number)[])[]; text?: string };

/** the example root's sources with edits applied (path → new values; `text` replaces or adds a file) */
export function sources(edits: Edit[] = []): SourceFile[] {
  const srcs = readRoot(EXAMPLE).map((s) => ({ ...s }));
  for (const e of edits) {
    let s = srcs.find((x) => x.path === e.file);
    if (!s) {
      s = { path: e.file, bytes: new Uint8Array() };
      srcs.push(s);
    }
    if (e.text !== undefined) {
      s.bytes = new TextEncoder().encode(e.text);
      continue;
    }
    const doc = parseDocument(new TextDecoder().decode(s.bytes));
    for (const [path, value] of e.set ?? []) doc.setIn(path, value);
    for (const path of e.del ?? []) doc.deleteIn(path);
    s.bytes = new TextEncoder().encode(doc.toString());
  }
  return srcs;
}

/** the compiled model of the (edited) example; fails the test with the diagnostics when it has errors */
export function model(edits: Edit[] = []): Model {
  const r = compile(sources(edits), { today: TODAY });
  if (!r.model) throw new Error('example did not compile:\n' + r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line} ${d.message}`).join('\n'));
  return r.model;
}

export function customer(m: Model, id: string): ResolvedCustomer {
  const c = m.customers.find((x) => x.id === id);
  if (!c) throw new Error(`no customer ${id}`);
  return c;
}

export function diagnostics(edits: Edit[] = []): Diagnostic[] {
  return check(sources(edits), { today: TODAY }).diagnostics;
}

export const ACME = 'customers/acme-logistics.yaml';
export const MINATO = 'customers/minato-clinic.yaml';
export const KITA = 'customers/kitanihon-seiki.yaml';
export const PROVIDER = 'policies/provider.yaml';
export const CALENDAR = 'policies/calendar.yaml';
