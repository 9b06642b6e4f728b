/**
 * A CommonJS dependency loaded on its first use, synchronously: the PDF, font, template and mail libraries
 * cost ~150 ms to load, and a build whose groups all come from the cache (or a check) never uses them.
 * Only for packages whose `require` entry is the one an `import` would load too (CommonJS-only packages),
 * or whose two entries are builds of the same code (the golden files of their output check that).
 *
 * From the render bundle (bundle.ts) when the CLI has one, its code compiled from a V8 code cache; else from
 * node_modules. scripts/bundle.mjs bundles every id passed to lazyRequire in src/.
 */
import { createRequire } from 'node:module';
import { renderBundle } from './bundle.js';

const load = createRequire(import.meta.url);

export function lazyRequire<T>(id: string): () => T {
  let m: T | undefined;
  return () => {
    m ??= (renderBundle()?.packages[id]?.() ?? load(id)) as T;
    return m;
  };
}
