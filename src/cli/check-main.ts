/**
 * The entry of the check bundle (dist/bundle/check.cjs, scripts/bundle.mjs): `vmsc check` exactly as main.ts runs
 * it (there too only the check command is registered when it is the command run), with the code of that command
 * alone, its dependencies included, in one CommonJS script that bin/vmsc.js runs with a V8 code cache
 * (code-cache.ts): start-up without compiling it again (docs/build.md, "Start-up of vmsc check").
 */
import { singleCommandMain } from './run.js';

export const main = singleCommandMain({ name: 'check', load: () => import('./commands/check.js') });
