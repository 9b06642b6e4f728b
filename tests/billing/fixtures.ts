/** Test fixtures for billing: the example root in memory, edited with the yaml library (comments kept). */
import { compile } from '../../src/driver/index.js';
import type { SourceFile } from '../../src/load/yaml.js';
import type { Model, ResolvedCustomer } from '../../src/model/model.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { checkDiagnostics } from '../helpers.js';
import { Root, yamlEdits } from '../rule-tester.js';
import type { YamlEdit } from '../rule-tester.js';

export const TODAY = '2026-11-27';

export type Edit = YamlEdit;

/** the example root's sources with edits applied (path → new values; `text` replaces or adds a file) */
export function sources(edits: Edit[] = []): SourceFile[] {
  const r = Root.of();
  yamlEdits(edits)(r);
  return r.sources();
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
  return checkDiagnostics(sources(edits), TODAY);
}

export const ACME = 'customers/acme-logistics.yaml';
export const MINATO = 'customers/minato-clinic.yaml';
export const KITA = 'customers/kitanihon-seiki.yaml';
export const PROVIDER = 'policies/provider.yaml';
export const CALENDAR = 'policies/calendar.yaml';
