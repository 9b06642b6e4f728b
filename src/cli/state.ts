/**
 * The state folder of a root (`<root>/.vmsc-state`, or `--state DIR`): the check cache (check/) and the build
 * cache (build/). Everything in it is safe to delete and never changes a result.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import type { StateStore } from '../driver/host.js';
import { DiskCache, memoryCache } from '../write/cache.js';
import type { ArtifactCache } from '../write/cache.js';

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
    return undefined; // no root to stat: no state folder (the command reports the missing root itself)
  }
  return join(root, '.vmsc-state');
}

/** a folder of state files written through a temporary file and a rename, so a reader never sees half of one */
export class FolderStore implements StateStore {
  constructor(private readonly dir: string) {}

  read(name: string, encoding: 'utf8' | 'latin1'): string | undefined {
    try {
      return readFileSync(join(this.dir, name), encoding);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EACCES') return undefined;
      throw e;
    }
  }

  write(name: string, chunks: Iterable<string>): boolean {
    const tmp = join(this.dir, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(this.dir, { recursive: true });
      const fd = openSync(tmp, 'w');
      try {
        for (const c of chunks) writeSync(fd, c);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, join(this.dir, name));
      return true;
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        /* nothing to clean */
      }
      return false; // a read-only root: the check still works, only slower next time
    }
  }
}

/**
 * The build cache under `<state>/build`, or an in-memory one when caching is off or the state folder cannot
 * be written (the build is then cold, never wrong). `note` says why, for the user.
 */
export function openCache(stateDir: string | undefined): { cache: ArtifactCache; disk: boolean; note?: string } {
  if (!stateDir) return { cache: memoryCache(), disk: false };
  const dir = join(stateDir, 'build');
  try {
    mkdirSync(join(dir, 'v2'), { recursive: true });
    const probe = join(dir, 'v2', `.probe-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (e) {
    return { cache: memoryCache(), disk: false, note: `build cache off: cannot write ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  // an older vmsc's cache (one file per artifact, layout v1) is never read again; it is not removed here (tens of
  // thousands of files: the user decides), but said once per run
  const old = join(dir, 'v1');
  if (existsSync(old))
    return {
      cache: new DiskCache(dir),
      disk: true,
      note: `${old} is the build cache of an older vmsc (layout v1), no longer read: delete it to reclaim its space`,
    };
  return { cache: new DiskCache(dir), disk: true };
}
