/**
 * One text file written atomically: the bytes go to a temporary file beside it (created with `wx`, synced),
 * which then either replaces the file (rename: a reader sees the old or the new file, never a part) or, when
 * the file must not be overwritten, is hard-linked to its name (link fails with EEXIST when the name exists,
 * so a file that appeared meanwhile is never replaced) and unlinked.
 */
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(file: string, text: string, overwrite: boolean): 'written' | 'exists' {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    if (overwrite) {
      renameSync(tmp, file);
      return 'written';
    }
    try {
      linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
      throw e;
    }
    return 'written';
  } finally {
    rmSync(tmp, { force: true });
  }
}
