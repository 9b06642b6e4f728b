/** vmsc command line: every command (each module loads only when its command runs, all of them for help). */
import { processIO } from './io.js';
import type { CliIO } from './io.js';
import { COMMANDS } from './commands/index.js';
import { runCommands } from './run.js';

export function run(argv: readonly string[], given: CliIO): Promise<number> {
  return runCommands(argv, given, COMMANDS);
}

export async function main(argv: readonly string[]): Promise<number> {
  const args = argv.slice(2);
  return run(args.length ? args : ['--help'], processIO());
}
