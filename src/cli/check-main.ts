/**
 * The entry of the check bundle (dist/bundle/check.cjs, scripts/bundle.mjs): `vmsc check` exactly as main.ts runs
 * it (there too only the check command is registered when it is the command run), with the code of that command
 * alone, its dependencies included, in one CommonJS script that bin/vmsc.js runs with a V8 code cache
 * (code-cache.ts): start-up without compiling it again (docs/build.md, "Start-up of vmsc check").
 */
import { processIO } from './io.js';
import type { CommandEntry } from './commands/index.js';
import { commandOf, runCommands } from './run.js';

const CHECK: readonly CommandEntry[] = [{ name: 'check', load: () => import('./commands/check.js') }];

export async function main(argv: readonly string[]): Promise<number> {
  const args = argv.slice(2);
  // bin/vmsc.js runs this bundle for `check` only: any other command line needs the registry of main.ts
  if (commandOf(args) !== 'check') throw new Error(`the check bundle runs vmsc check, not ${JSON.stringify(args)}`);
  return runCommands(args, processIO(), CHECK);
}
