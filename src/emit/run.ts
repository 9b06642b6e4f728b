import type { Artifact, Assets, CustomerEmitter, EmitContext, Emitter } from './types.js';
import type { Model, ResolvedCustomer } from '../model/model.js';
import { EMITTERS } from './registry.js';

/** what a customer-scoped emitter may read of the model: everything but the other customers */
export type CustomerScope = Omit<Model, 'customers'>;

const SCOPES = new WeakMap<CustomerScope, Model>();

/**
 * The model as a customer-scoped emitter sees it: the policies and the register, and no customer list — reading
 * `customers` throws. A customer group's cache key covers the policy files and the customer's own file only
 * (build/build.ts), so an emitter that read another customer would be served stale files; this makes it fail
 * instead. It is also why a worker thread needs only the customers it renders, not the whole model.
 */
export function customerScope(model: CustomerScope): Model {
  let scoped = SCOPES.get(model);
  if (!scoped) {
    const view: CustomerScope = { policies: model.policies };
    if (model.records) view.records = model.records;
    Object.defineProperty(view, 'customers', {
      enumerable: false,
      get(): never {
        throw new Error('internal: a customer-scoped emitter read the list of customers (its group key covers only its own customer)');
      },
    });
    scoped = view as Model;
    SCOPES.set(model, scoped);
  }
  return scoped;
}

/**
 * Runs one customer-scoped emitter for one customer, on the customer scope of the model (customerScope). An
 * artifact without `customer` gets the customer's id, so that every file of a customer-scoped emitter is
 * attributed (manifest, `--only`, `--shard`, plan).
 */
export async function emitCustomer(e: CustomerEmitter, ctx: { model: CustomerScope; assets: Assets }, c: ResolvedCustomer): Promise<Artifact[]> {
  const arts = await e.emit({ model: customerScope(ctx.model), assets: ctx.assets }, c);
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
