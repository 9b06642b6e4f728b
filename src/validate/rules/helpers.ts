/** Small helpers shared by rule modules (not a rule). */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Phrase } from '../../diagnostics/messages/rules.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/yaml.js';
import type { RuleContext } from '../rule.js';

/** the file's base name without `.yaml`/`.yml` */
export function baseName(file: string): string {
  const b = file.slice(file.lastIndexOf('/') + 1);
  return b.replace(/\.ya?ml$/i, '');
}

/**
 * Reports every later duplicate of a key in a list (the first occurrence is the one kept).
 * `keyOf` returns the value compared (undefined: skipped) and `field` is the field to point at.
 */
export function duplicates<T>(
  ctx: RuleContext,
  code: string,
  file: string,
  listPath: DataPath,
  items: readonly T[] | undefined,
  field: string | undefined,
  keyOf: (item: T) => string | number | undefined,
  what: Phrase,
  normalize: (k: string | number) => string = String,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  (items ?? []).forEach((item, i) => {
    const k = keyOf(item);
    if (k === undefined) return;
    const n = normalize(k);
    const first = seen.get(n);
    if (first === undefined) {
      seen.set(n, i);
      return;
    }
    const firstLine = ctx.locate(file, [...listPath, first, ...(field ? [field] : [])]).line;
    out.push(
      ctx.at(code, 'error', file, [...listPath, i, ...(field ? [field] : [])], MESSAGES.R004.duplicate({ what, value: JSON.stringify(k), line: firstLine })),
    );
  });
  return out;
}

/**
 * A rule's diagnostics about one file's data, kept per data object: computed again only when the object or one
 * of `deps` (compared by identity) is another. For per-file work that reads only that data and `deps`: the
 * driver's incremental `update` hands an unchanged file over as the same object, whose diagnostics are then
 * located in the same text (a file result keeps its YAML tree), so an edit of one customer does not re-run a
 * rule's work for the other 999. `deps` must hold everything else the work reads (policies, memoised results).
 */
export function perData(
  cache: WeakMap<object, { deps: readonly unknown[]; out: Diagnostic[] }>,
  data: object,
  deps: readonly unknown[],
  compute: () => Diagnostic[],
): Diagnostic[] {
  const hit = cache.get(data);
  if (hit && hit.deps.length === deps.length && hit.deps.every((x, i) => x === deps[i])) return hit.out;
  const out = compute();
  cache.set(data, { deps, out });
  return out;
}

/**
 * A rule's diagnostics about one file, kept across processes (`ctx.kept`, the driver's check cache) under the
 * sha256 of the file's bytes and `extra`: the VALUE of everything else the work reads (other files by their
 * sha256 through `ctx.kept.sha`, the value of what is read of the tariffs…), never an object's identity. The
 * same bytes are the same data and the same text, so the kept diagnostics are located right. `extra` undefined
 * (a dependency without a known value) or no `ctx.kept`: computed. The in-process memo (`perData`) goes inside
 * `compute`.
 */
export function keptAcross(ctx: RuleContext, code: string, file: string, extra: string | undefined, compute: () => Diagnostic[]): Diagnostic[] {
  const kept = ctx.kept;
  if (!kept || extra === undefined || kept.sha(file) === undefined) return compute();
  const hit = kept.get(code, file, extra);
  if (hit) return hit;
  const out = compute();
  kept.set(code, file, extra, out);
  return out;
}
