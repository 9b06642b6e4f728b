import type { Artifact, EmitContext, Emitter } from './types.js';
import { EMITTERS } from './registry.js';

/** Runs every emitter over the model; artifacts sorted by path; duplicate paths are a bug. */
export async function emitAll(ctx: EmitContext, opts: { only?: ReadonlySet<string>; emitters?: readonly Emitter[] } = {}): Promise<Artifact[]> {
  const out: Artifact[] = [];
  for (const e of opts.emitters ?? EMITTERS) {
    if (e.scope === 'global') {
      out.push(...(await e.emit(ctx)));
    } else {
      for (const c of ctx.model.customers) {
        if (opts.only && !opts.only.has(c.id)) continue;
        out.push(...(await e.emit(ctx, c)));
      }
    }
  }
  const seen = new Set<string>();
  for (const a of out) {
    if (seen.has(a.path)) throw new Error(`internal: two artifacts with the path ${a.path}`);
    seen.add(a.path);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
