/**
 * The entry of the build bundle (dist/bundle/build.cjs, scripts/bundle.mjs): `vmsc build` exactly as main.ts runs
 * it, with the code of that command alone (the driver, the rules, the emitters) and the packages it loads at
 * start in one CommonJS script that bin/vmsc.js runs with a V8 code cache (code-cache.ts), like the check bundle:
 * a rebuild after a one-customer change starts without compiling that code again (docs/build.md). The PDF, font,
 * template and mail packages stay outside, in the render bundle (render-bundle.ts): loaded only when something is
 * rendered. `renderScript`: for scripts/bundle.mjs, which saves that bundle's code cache after a build.
 */
import { singleCommandMain } from './run.js';

export const main = singleCommandMain({ name: 'build', load: () => import('./commands/build.js') });

export { renderScript } from './render-bundle.js';
