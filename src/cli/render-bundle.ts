/**
 * The CLI's render bundle (util/bundle.ts): dist/bundle/render.cjs beside the bundle's code, run with its V8 code
 * cache (render.cjs.cache, code-cache.ts) on the first package or template asked for. tsc's dist/ and the sources
 * have none beside them: there the packages load from node_modules and templates compile.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { provideRenderBundle, type RenderBundle } from '../util/bundle.js';
import { type CachedScript, runCached } from './code-cache.js';

/** the bundle's script once run (scripts/bundle.mjs saves its cache after a build of the example) */
let script: CachedScript | undefined;

/** the render bundle of this install provided to the emitters (loaded when first needed) */
export function useRenderBundle(file: string = fileURLToPath(new URL('./render.cjs', import.meta.url))): void {
  provideRenderBundle(() => {
    if (!existsSync(file)) return undefined;
    script = runCached(file, `${file}.cache`);
    return script.exports as unknown as RenderBundle;
  });
}

/** the render bundle's script, when this process has loaded it */
export function renderScript(): CachedScript | undefined {
  return script;
}
