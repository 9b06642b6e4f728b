/**
 * One customer's (or one prospect's) documents are not blocked by another's draft (issue 16 item 3): the model
 * of a check result for the files one document depends on — the policies and that customer's (or prospect's)
 * files. Errors in those block it; errors elsewhere become one P004 warning per file, naming it. `vmsc build`
 * still refuses any error (it never calls this). Pure.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diag, hasErrors, NO_SPAN, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { MESSAGES } from '../diagnostics/messages/index.js';
import type { Inputs } from '../model/inputs.js';
import type { Model } from '../model/model.js';
import { resolve } from '../resolve/resolve.js';
import type { CheckResult } from './pipeline.js';

/** what a document depends on besides the policies: one customer, or one prospect */
export type Scope = { customer: string } | { prospect: string };

export interface ScopedModel {
  /** present when the policies and the scope's files have no error */
  model?: Model;
  /** the check's diagnostics of the policies and the scope's files, then a P004 warning per other file with errors */
  diagnostics: Diagnostic[];
  /** the files the document depends on that hold an error (empty when `model` is present) */
  blocking: string[];
}

/** the root files a document of `scope` depends on: every policy, the scope's own file and register, and '' (no file) */
export function inScope(scope: Scope, file: string): boolean {
  if (file === '' || file.startsWith('policies/')) return true;
  if ('customer' in scope) return file === `customers/${scope.customer}.yaml` || file === `records/register/${scope.customer}.yaml`;
  return file === `prospects/${scope.prospect}.yaml`;
}

/**
 * The model for a document of `scope`: the whole model when the check found no error; else, when no error is in
 * the scope's files, a model of the policies with only the scope's customer (and its register) resolved.
 */
export function scopedModel(result: Pick<CheckResult, 'diagnostics' | 'inputs'>, scope: Scope): ScopedModel {
  if (!hasErrors(result.diagnostics)) return { model: resolve(result.inputs), diagnostics: result.diagnostics, blocking: [] };
  const own = result.diagnostics.filter((d) => inScope(scope, d.file));
  const others = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    if (d.severity !== 'error' || inScope(scope, d.file)) continue;
    others.set(d.file, [...(others.get(d.file) ?? []), d]);
  }
  const warnings = [...others].map(([file, ds]) =>
    diag('P004', 'warning', file, NO_SPAN, MESSAGES.P004.other({ file, count: ds.length, codes: [...new Set(ds.map((d) => d.code))].sort() })),
  );
  const diagnostics = sortDiagnostics([...own, ...warnings]);
  const blocking = [...new Set(own.filter((d) => d.severity === 'error').map((d) => d.file))];
  if (blocking.length) return { diagnostics, blocking };
  const keep = (file: string) => inScope(scope, file);
  const inputs: Inputs = {
    ...result.inputs,
    customers: result.inputs.customers.filter((c) => keep(c.file)),
    registers: result.inputs.registers.filter((r) => keep(r.file)),
    prospects: result.inputs.prospects.filter((p) => keep(p.file)),
  };
  return { model: resolve(inputs), diagnostics, blocking };
}
