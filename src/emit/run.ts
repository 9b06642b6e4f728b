import type { Artifact, CustomerEmitter, EmitContext, Emitter } from './types.js';
import type { ResolvedCustomer } from '../model/model.js';
import { EMITTERS } from './registry.js';

/**
 * Runs one customer-scoped emitter for one customer. An artifact without `customer` gets the customer's id,
 * so that every file of a customer-scoped emitter is attributed (manifest, `--only`, `--shard`, plan).
 */
export async function emitCustomer(e: CustomerEmitter, ctx: EmitContext, c: ResolvedCustomer): Promise<Artifact[]> {
  const arts = await e.emit(ctx, c);
  return arts.map((a) => (a.customer ? a : { ...a, customer: c.id }));
}

/** Throws when two artifacts share a path (a bug in an emitter). */
export function assertUniquePaths(paths: Iterable<string>): void {
  const seen = new Set<string>();
  for (const p of paths) {
    if (seen.has(p)) throw new Error(`internal: two artifacts with the path ${p}`);
    seen.add(p);
  }
}

/**
 * Runs every emitter over the model, in memory; artifacts sorted by path; duplicate paths are a bug.
 * (`vmsc build` and `vmsc plan` use build/build.ts, which gives the same files, cached and in parallel.)
 */
export async function emitAll(ctx: EmitContext, opts: { only?: ReadonlySet<string>; emitters?: readonly Emitter[] } = {}): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for (const e of opts.emitters ?? EMITTERS) {
    if (e.scope === 'global') {
      out.push(...(await e.emit(ctx)));
    } else {
      for (const c of ctx.model.customers) {
        if (opts.only && !opts.only.has(c.id)) continue;
        out.push(...(await emitCustomer(e, ctx, c)));
      }
    }
  }
  assertUniquePaths(out.map((a) => a.path));
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
