/**
 * Golden files: an output of the example root compared byte for byte with a file checked in under tests/.
 * Only `UPDATE_GOLDEN=1` (`npm run test:update`) writes them; otherwise a missing golden file fails, it is never
 * created silently. After an update, review the diff (git diff tests/) before committing it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { expect } from 'vitest';
import { REPO } from './helpers.js';

export const UPDATE_GOLDEN = process.env['UPDATE_GOLDEN'] === '1';

const shown = (file: string) => relative(REPO, file).split(sep).join('/');

/** `actual` must be byte-identical to the golden file `file` (an absolute path); UPDATE_GOLDEN=1 (re)writes it */
export function expectGolden(file: string, actual: string | Uint8Array): void {
  const bytes = typeof actual === 'string' ? Buffer.from(actual, 'utf8') : Buffer.from(actual);
  if (UPDATE_GOLDEN) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return;
  }
  expect(existsSync(file), `golden file ${shown(file)} is missing: run npm run test:update and review the diff`).toBe(true);
  const golden = readFileSync(file);
  if (bytes.equals(golden)) return;
  // differs: compare as text first for a readable diff, then as bytes (differences the text decoding hides)
  expect(bytes.toString('utf8'), `${shown(file)} differs from the golden file (npm run test:update rewrites it)`).toBe(golden.toString('utf8'));
  expect(bytes.equals(golden), `${shown(file)} differs from the golden file in its bytes`).toBe(true);
}

/** every file under dir, as sorted '/'-separated paths relative to it ([] when dir does not exist) */
export function goldenFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * The golden folder `dir` must hold exactly `paths` ('/'-separated, relative to it). With UPDATE_GOLDEN=1 the
 * golden files not in `paths` are removed instead (expectGolden then writes the others).
 */
export function expectGoldenSet(dir: string, paths: string[]): void {
  const want = [...paths].sort();
  if (UPDATE_GOLDEN) {
    for (const f of goldenFiles(dir)) if (!want.includes(f)) rmSync(join(dir, ...f.split('/')));
    return;
  }
  expect(goldenFiles(dir), `the golden files under ${shown(dir)} are not the files produced (npm run test:update rewrites them)`).toEqual(want);
}
