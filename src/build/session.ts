/**
 * What `vmsc build` and `vmsc plan` share around the pure pipeline: compiling in-memory sources with the
 * diagnostics printed the same way as every command, and opening the build cache of a state folder.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import type { CliIO } from '../cli/io.js';
import { CliError } from '../cli/io.js';
import type { SourceFile } from '../load/yaml.js';
import { compile } from '../program.js';
import type { CheckResult, CompileResult } from '../program.js';
import { checkRoot } from '../cli/check-run.js';
import { resolve as resolveModel } from '../resolve/resolve.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { renderHuman, summaryLine } from '../diagnostics/render.js';
import type { Model } from '../model/model.js';
import { DiskCache, memoryCache } from '../write/cache.js';
import type { ArtifactCache } from '../write/cache.js';

function explain(io: CliIO, result: CheckResult, fileCount: number): never {
  const src = { lineText: (f: string, l: number) => result.lineText(f, l) };
  io.stderr(renderHuman(result.diagnostics, src, { color: io.isTTY && !io.env['NO_COLOR'] }));
  io.stderr(summaryLine(result.diagnostics, fileCount) + '\n');
  throw new CliError('the inputs have errors; nothing was produced', 1, 'fix the errors above, then run again (`vmsc check` lists them)');
}

/**
 * check (with `vmsc check`'s cache and workers for a large root) + resolve; on errors print them (human) to
 * stderr and throw CliError(1): nothing is produced.
 */
export async function compileRootOrExplain(io: CliIO, root: string, today: string, state: string | undefined): Promise<{ model: Model; result: CheckResult; sources: SourceFile[] }> {
  const r = await checkRoot(root, { today, ...(state ? { state } : { cache: 'off' as const }) });
  if (hasErrors(r.diagnostics)) explain(io, r, r.sources.length);
  return { model: resolveModel(r.inputs), result: r, sources: r.sources };
}

/** compile; on errors print them (human) to stderr and throw CliError(1): nothing is produced */
export function compileOrExplain(io: CliIO, sources: readonly SourceFile[], today: string): { model: Model; result: CompileResult } {
  const result = compile(sources, { today });
  if (hasErrors(result.diagnostics) || !result.model) explain(io, result, sources.length);
  return { model: result.model, result };
}

/**
 * The build cache under `<state>/build`, or an in-memory one when caching is off or the state folder cannot
 * be written (the build is then cold, never wrong). `note` says why, for the user.
 */
export function openCache(stateDir: string | undefined): { cache: ArtifactCache; disk: boolean; note?: string } {
  if (!stateDir) return { cache: memoryCache(), disk: false };
  const dir = join(stateDir, 'build');
  try {
    mkdirSync(join(dir, 'v1'), { recursive: true });
    const probe = join(dir, 'v1', `.probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (e) {
    return { cache: memoryCache(), disk: false, note: `build cache off: cannot write ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return { cache: new DiskCache(dir), disk: true };
}

/**
 * The state folder of a command: `--state DIR` (relative to the current folder), else `<root>/.vmsc-state` —
 * unless the root's folder has no write bit at all (a read-only tree, such as a shared sample checked out
 * without write permission; root ignores the bits, so they are read here): then no state folder, and the cache
 * is in memory, so that a build never writes into a tree it was only given to read.
 */
export function stateFolder(cwd: string, root: string, state: string | undefined, cache: boolean | undefined): string | undefined {
  if (cache === false) return undefined;
  if (state !== undefined) return resolvePath(cwd, state);
  try {
    if ((statSync(root).mode & 0o222) === 0) return undefined;
  } catch {
    return undefined;
  }
  return join(root, '.vmsc-state');
}
