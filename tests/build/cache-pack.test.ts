/**
 * The build cache's packs (write/cache.ts, layout v2): one file per artifact group holding its files' bytes, its
 * file list and a trailer. A group is found through the index or, without one, through its pack; a pack that is
 * missing, cut short or damaged is never used: the build and the plan get CacheDamagedError and go again.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CacheDamagedError, DiskCache } from '../../src/write/cache.js';
import type { CachedFile } from '../../src/write/cache.js';
import { runBuild } from '../../src/cli/commands/build.js';
import { copyExample, testIO, TEST_EMITTERS, tmp } from './util.js';

const KEY = 'ab'.repeat(32);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function group(n: number, seed = ''): { files: CachedFile[]; data: Uint8Array[] } {
  const data = Array.from({ length: n }, (_, i) => Buffer.from(`${seed}file ${i} ${'x'.repeat(i % 97)}\n`));
  const files = data.map((d, i) => ({ path: `c/f${String(i).padStart(5, '0')}.txt`, sha256: sha(d), bytes: d.byteLength, kind: 'test/k', customer: 'c' }));
  return { files, data };
}

function packOf(dir: string, key: string): string {
  return join(dir, 'v2', 'packs', key.slice(0, 2), `${key}.pack`);
}

describe('build cache packs', () => {
  it('a group of 3,000 files (more than one writev can take) reads back byte for byte, with and without the index', () => {
    const dir = tmp('vmsc-cache-');
    const { files, data } = group(3000);
    const a = new DiskCache(dir);
    a.putGroup(KEY, files, data);
    // one file for the whole group
    expect(readdirSync(join(dir, 'v2', 'packs', 'ab'))).toEqual([`${KEY}.pack`]);
    a.saveIndex([KEY]);
    const b = new DiskCache(dir);
    expect(b.getGroup(KEY)).toEqual(files);
    for (const [i, d] of data.entries()) expect(Buffer.from(b.readBlob(files[i]!.sha256)).equals(d)).toBe(true);
    // no index: the pack's own list answers
    rmSync(join(dir, 'v2', 'groups-index.bin'));
    const c = new DiskCache(dir);
    expect(c.getGroup(KEY)).toEqual(files);
    const dest = join(tmp(), 'f');
    c.copyBlob(files[2999]!.sha256, dest);
    expect(readFileSync(dest).equals(data[2999]!)).toBe(true);
  });

  it('a pack cut short: a careful lookup misses and removes it; a trusting one hands out the list but never the bytes', () => {
    const dir = tmp('vmsc-cache-');
    const { files, data } = group(5);
    new DiskCache(dir).putGroup(KEY, files, data);
    new DiskCache(dir).saveIndex([KEY]);
    const p = packOf(dir, KEY);
    truncateSync(p, data[0]!.byteLength + 2); // in the second file
    const trusting = new DiskCache(dir);
    trusting.checkBlobsOnCopy = true;
    expect(trusting.getGroup(KEY)).toEqual(files);
    expect(() => trusting.copyBlob(files[4]!.sha256, join(tmp(), 'f'))).toThrow(CacheDamagedError);
    // size looked at (vmsc plan's second try): a miss
    expect(new DiskCache(dir).getGroup(KEY)).toBeUndefined();
    // every byte checked (the build's second try): a miss, and the pack is gone
    const careful = new DiskCache(dir);
    careful.verifyAll = true;
    expect(careful.getGroup(KEY)).toBeUndefined();
    expect(() => statSync(p)).toThrow();
  });

  it('a pack with a flipped byte: the file read from it is refused, the pack removed; the group put again is found', () => {
    const dir = tmp('vmsc-cache-');
    const { files, data } = group(4);
    const a = new DiskCache(dir);
    a.putGroup(KEY, files, data);
    a.saveIndex([KEY]);
    const p = packOf(dir, KEY);
    const bytes = readFileSync(p);
    bytes[data[0]!.byteLength + 1]! ^= 1; // in the second file
    writeFileSync(p, bytes);
    const b = new DiskCache(dir);
    b.checkBlobsOnCopy = true;
    expect(b.getGroup(KEY)).toEqual(files);
    expect(Buffer.from(b.readBlob(files[0]!.sha256)).equals(data[0]!)).toBe(true); // the first file is sound
    expect(() => b.readBlob(files[1]!.sha256)).toThrow(/damaged file .*it was removed/);
    expect(() => b.readBlob(files[0]!.sha256)).toThrow(CacheDamagedError); // its pack is gone
    // emitted again (the build's second try): the new pack serves every file
    b.verifyAll = true;
    expect(b.getGroup(KEY)).toBeUndefined();
    b.putGroup(KEY, files, data);
    for (const [i, d] of data.entries()) expect(Buffer.from(b.readBlob(files[i]!.sha256)).equals(d)).toBe(true);
  });

  it('the index holds groups by column: files of one kind and customer, or of several (a global group), read back the same', () => {
    const dir = tmp('vmsc-cache-');
    const one = group(3);
    const mixed = group(4, 'm');
    mixed.files[1]!.kind = 'test/other';
    delete mixed.files[2]!.customer;
    mixed.files[3]!.customer = 'd';
    const empty = group(0);
    const keys = [KEY, 'cd'.repeat(32), 'ef'.repeat(32)];
    const a = new DiskCache(dir);
    a.putGroup(keys[0]!, one.files, one.data);
    a.putGroup(keys[1]!, mixed.files, mixed.data);
    a.putGroup(keys[2]!, empty.files, empty.data);
    a.saveIndex(keys);
    // the packs gone: only the index can answer (a trusting lookup does not look at the pack)
    rmSync(join(dir, 'v2', 'packs'), { recursive: true });
    const b = new DiskCache(dir);
    b.checkBlobsOnCopy = true;
    expect(b.getGroup(keys[0]!)).toEqual(one.files);
    expect(b.getGroup(keys[1]!)).toEqual(mixed.files);
    expect(b.getGroup(keys[2]!)).toEqual([]);
    // a torn index is no index: the packs (gone) answer, so nothing is found
    writeFileSync(join(dir, 'v2', 'groups-index.bin'), readFileSync(join(dir, 'v2', 'groups-index.bin')).subarray(0, 100));
    expect(new DiskCache(dir).getGroup(keys[0]!)).toBeUndefined();
  });

  it("a file is found by its customer's groups first, and by any group when the customer given is not its own", () => {
    const dir = tmp('vmsc-cache-');
    const c1 = group(3, 'c1');
    const c2 = group(2, 'c2');
    for (const f of c2.files) f.customer = 'c2';
    const mixed = group(2, 'mixed');
    mixed.files[1]!.customer = 'c2';
    const old = group(1, 'old');
    const keys = ['a1'.repeat(32), 'a2'.repeat(32), 'a3'.repeat(32), 'a4'.repeat(32)];
    const a = new DiskCache(dir);
    a.putGroup(keys[0]!, c1.files, c1.data);
    a.putGroup(keys[1]!, c2.files, c2.data);
    a.putGroup(keys[2]!, mixed.files, mixed.data);
    a.putGroup(keys[3]!, old.files, old.data);
    a.saveIndex(keys);
    // a later build that takes three of the four groups (the fourth stays in the index only)
    const b = new DiskCache(dir);
    b.checkBlobsOnCopy = true;
    for (const k of keys.slice(0, 3)) expect(b.getGroup(k)).toBeDefined();
    const read = (sha: string, customer?: string) => Buffer.from(b.readBlob(sha, customer));
    expect(read(c2.files[1]!.sha256, 'c2').equals(c2.data[1]!)).toBe(true);
    expect(read(mixed.files[1]!.sha256, 'c2').equals(mixed.data[1]!)).toBe(true);
    expect(read(c1.files[2]!.sha256, 'c2').equals(c1.data[2]!)).toBe(true); // not c2's: every group
    expect(read(old.files[0]!.sha256, 'c').equals(old.data[0]!)).toBe(true); // not of this build: the index
    expect(read(c1.files[0]!.sha256).equals(c1.data[0]!)).toBe(true);
    expect(() => b.readBlob('ff'.repeat(32), 'c')).toThrow(CacheDamagedError);
  });

  it('an older vmsc cache (layout v1) beside it: not read, and the build says it can be deleted', async () => {
    const root = copyExample();
    const state = tmp('vmsc-state-');
    mkdirSync(join(state, 'build', 'v1', 'blobs'), { recursive: true });
    const io = testIO();
    const r = await runBuild(io, { root, today: '2026-11-27', state, emitters: TEST_EMITTERS });
    expect(r.stats?.emitted).toBe(10);
    expect(io.err()).toContain(`note: ${join(state, 'build', 'v1')} is the build cache of an older vmsc (layout v1), no longer read: delete it`);
    rmSync(join(state, 'build', 'v1'), { recursive: true });
    const io2 = testIO();
    rmSync(join(root, 'out'), { recursive: true });
    expect((await runBuild(io2, { root, today: '2026-11-27', state, emitters: TEST_EMITTERS })).stats?.emitted).toBe(0);
    expect(io2.err()).not.toContain('layout v1');
  });

  it('a file that is not a pack (no trailer, a foreign trailer, a list that does not add up) is no group', () => {
    const dir = tmp('vmsc-cache-');
    const { files, data } = group(3);
    new DiskCache(dir).putGroup(KEY, files, data);
    const p = packOf(dir, KEY);
    const good = readFileSync(p);
    for (const bad of [
      Buffer.from('not a pack'),
      Buffer.concat([good.subarray(0, good.byteLength - 16), Buffer.from('VMSCPK9 00000010')]),
      Buffer.concat([Buffer.from('extra'), good]),
    ]) {
      writeFileSync(p, bad);
      expect(new DiskCache(dir).getGroup(KEY)).toBeUndefined();
    }
  });
});
