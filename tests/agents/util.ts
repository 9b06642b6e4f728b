/** Agents test helpers: run the pipeline in-process (load -> check -> resolve -> emit) without the CLI. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRoot } from '../../src/cli/host.js';
import { compile } from '../../src/driver/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Model } from '../../src/model/model.js';
import type { Artifact, EmitContext } from '../../src/emit/types.js';
import { AGENT_EMITTERS } from '../../src/emit/agents/index.js';
import { checkRootDiagnostics } from '../helpers.js';

export const TODAY = '2026-11-27';

export function diagnostics(root: string): Diagnostic[] {
  return checkRootDiagnostics(root, TODAY);
}

export function model(root: string): Model {
  const r = compile(readRoot(root), { today: TODAY });
  if (!r.model)
    throw new Error(
      `no model: ${r.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)
        .join('\n')}`,
    );
  return r.model;
}

/** every artifact of the agent emitters, sorted by path */
export async function agentArtifacts(m: Model): Promise<Artifact[]> {
  const ctx: EmitContext = { model: m, assets: { templates: new Map(), fonts: new Map() } };
  const out: Artifact[] = [];
  for (const e of AGENT_EMITTERS) {
    if (e.scope !== 'customer') continue;
    for (const c of m.customers) out.push(...(await e.emit(ctx, c)));
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function text(a: Artifact): string {
  return typeof a.data === 'string' ? a.data : Buffer.from(a.data).toString('utf8');
}

export function edit(root: string, file: string, f: (s: string) => string): void {
  const p = join(root, file);
  const before = readFileSync(p, 'utf8');
  const after = f(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(p, after);
}
