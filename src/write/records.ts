/**
 * The disk side of the records (src/records/ is the pure side): the write-once archive of issued PDFs and
 * the register files. A file in the archive is created exclusively and never overwritten, truncated or
 * deleted by vmsc; a register file is replaced atomically (temporary file + rename) with its new text.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from './manifest.js';
import { safeJoin } from './write.js';

/** an archive file exists with other bytes, or cannot be created: nothing was written over it */
export class ArchiveError extends Error {}

export type ArchiveOutcome = 'written' | 'kept';

/**
 * Puts `bytes` at `rel` in the archive, exclusively: a new file is written and synced; an existing file with
 * the same bytes is kept ('kept': an earlier issue stopped before its register was written); an existing
 * file with other bytes is an ArchiveError, and the file is left as it is.
 */
export function archiveOnce(archiveDir: string, rel: string, bytes: Uint8Array): ArchiveOutcome {
  const file = safeJoin(archiveDir, rel);
  mkdirSync(dirname(file), { recursive: true });
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o444);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new ArchiveError(`cannot create ${file}: ${(e as Error).message}`);
    const have = readFileSync(file);
    if (sha256(have) === sha256(bytes)) return 'kept';
    throw new ArchiveError(`${file} is already archived with other bytes; an archived file is never overwritten`);
  }
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return 'written';
}

/** sha256 of an archived file, or undefined when it is missing */
export function hashArchived(archiveDir: string, rel: string): string | undefined {
  try {
    return sha256(readFileSync(safeJoin(archiveDir, rel)));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** replaces a register file atomically with `text` */
export function writeRegisterFile(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** every file under the archive folder, relative to it with forward slashes, sorted */
export function listArchive(archiveDir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(abs, e.name), r);
      else out.push(r);
    }
  };
  walk(archiveDir, '');
  return out.sort();
}

/** the register files of a root's register folder (or only the file named `only`): path relative to the root and bytes, sorted */
export function readRegisterFiles(root: string, registerDir: string, only?: string): { path: string; bytes: Uint8Array }[] {
  let names: string[];
  try {
    names = readdirSync(join(root, ...registerDir.split('/')));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names
    .filter((n) => n.endsWith('.yaml') && (only === undefined || n === only))
    .sort()
    .map((n) => ({ path: `${registerDir}/${n}`, bytes: readFileSync(join(root, ...registerDir.split('/'), n)) }));
}
