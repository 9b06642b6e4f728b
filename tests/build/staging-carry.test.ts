/**
 * Staging (write/write.ts) with carried folders: a top folder of the previous out/ moved whole into the new one at
 * commit. Its files are kept as the folder's sorted list, not one by one; `has` and the commit's completeness check
 * must still know every one of them exactly (a manifest file neither put nor carried, or a carried file the manifest
 * lacks, is refused and leaves the previous out/ as it was).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Staging } from '../../src/write/write.js';
import type { Manifest } from '../../src/write/manifest.js';

const entry = (path: string) => ({ path, sha256: '0'.repeat(64), bytes: 1, kind: 'test' });
const manifest = (paths: string[]): Manifest => ({ version: 1, generator: 'test', files: [...paths].sort().map(entry) });

/** a previous out/ with folder a/ (two files) and b/ (one) */
function previous(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-carry-'));
  const out = join(dir, 'out');
  for (const p of ['a/one.txt', 'a/x/two.txt', 'b/three.txt']) {
    mkdirSync(join(out, p, '..'), { recursive: true });
    writeFileSync(join(out, p), p);
  }
  return out;
}

describe('carried folders in the staging folder', () => {
  it('has() knows each carried file and no other; the commit moves the folder whole', () => {
    const out = previous();
    const s = new Staging(out);
    s.carry('a', ['a/one.txt', 'a/x/two.txt']);
    s.put('b/three.txt', Buffer.from('new'));
    expect(s.has('a/one.txt')).toBe(true);
    expect(s.has('a/x/two.txt')).toBe(true);
    expect(s.has('a/three.txt')).toBe(false);
    expect(s.has('a/on')).toBe(false);
    expect(s.has('b/three.txt')).toBe(true);
    expect(s.has('c/one.txt')).toBe(false);
    s.commit(manifest(['a/one.txt', 'a/x/two.txt', 'b/three.txt']));
    expect(readFileSync(join(out, 'a', 'x', 'two.txt'), 'utf8')).toBe('a/x/two.txt');
    expect(readFileSync(join(out, 'b', 'three.txt'), 'utf8')).toBe('new');
  });

  it.each([
    [
      'a file of a carried folder that was not carried',
      ['a/one.txt', 'a/x/two.txt', 'a/zzz.txt', 'b/three.txt'],
      /a\/zzz.txt is in the manifest but was not written/,
    ],
    ['a carried file the manifest lacks', ['a/one.txt', 'b/three.txt'], /a staged file is not in the manifest/],
    ['a put file the manifest lacks', ['a/one.txt', 'a/x/two.txt'], /a staged file is not in the manifest/],
  ])('the commit refuses %s, and the previous out/ stays', (_, paths, error) => {
    const out = previous();
    const s = new Staging(out);
    s.carry('a', ['a/one.txt', 'a/x/two.txt']);
    s.put('b/three.txt', Buffer.from('new'));
    expect(() => s.commit(manifest(paths))).toThrow(error);
    expect(readFileSync(join(out, 'a', 'one.txt'), 'utf8')).toBe('a/one.txt');
    expect(readFileSync(join(out, 'b', 'three.txt'), 'utf8')).toBe('b/three.txt');
  });

  it('refuses to carry a folder with paths out of it or out of order, or one a file was put into', () => {
    const s = new Staging(previous());
    expect(() => s.carry('a', ['b/three.txt'])).toThrow(/cannot carry a over/);
    expect(() => s.carry('a', ['a/x/two.txt', 'a/one.txt'])).toThrow(/cannot carry a over/);
    s.put('b/new.txt', Buffer.from('x'));
    expect(() => s.carry('b', ['b/three.txt'])).toThrow(/cannot carry b over/);
    s.abort();
  });
});
