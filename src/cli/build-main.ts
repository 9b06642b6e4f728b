/**
 * The entry of the build bundle (dist/bundle/build.cjs, scripts/bundle.mjs): `vmsc build` exactly as main.ts runs
 * it, with the code of that command alone (the driver, the rules, the emitters) and the packages it loads at
 * start in one CommonJS script that bin/vmsc.js runs with a V8 code cache (code-cache.ts), like the check bundle:
 * a rebuild after a one-customer change starts without compiling that code again (docs/build.md). The PDF, font,
 * template and mail packages stay outside: they are loaded only when something is rendered.
 */
import { processIO } from './io.js';
import type { CommandEntry } from './commands/index.js';
import { commandOf, runCommands } from './run.js';

const BUILD: readonly CommandEntry[] = [{ name: 'build', load: () => import('./commands/build.js') }];

export async function main(argv: readonly string[]): Promise<number> {
  const args = argv.slice(2);
  // bin/vmsc.js runs this bundle for `build` only: any other command line needs the registry of main.ts
  if (commandOf(args) !== 'build') throw new Error(`the build bundle runs vmsc build, not ${JSON.stringify(args)}`);
  return runCommands(args, processIO(), BUILD);
}
