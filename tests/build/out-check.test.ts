/**
 * The out/ thread (src/cli/out-check.ts): its answer equals stat-ing out/ here, and awaiting it keeps the process
 * alive (an unref'd thread once let Node.js exit in the middle of a build whose check was quicker than the stats).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOutOnThread, readPreviousManifest, recordedShas } from '../../src/cli/out-check.js';
import { manifestText } from '../../src/write/manifest.js';
import type { Manifest } from '../../src/write/manifest.js';
import { REPO, tmp } from './util.js';

describe('the out/ thread', () => {
  it('flags exactly the files and folders still as recorded', async () => {
    const out = tmp('vmsc-out-check-');
    mkdirSync(join(out, 'a', 'b'), { recursive: true });
    writeFileSync(join(out, 'a', 'one.txt'), 'one');
    writeFileSync(join(out, 'a', 'b', 'two.txt'), 'two');
    const t = new Date('2026-01-01T00:00:00Z');
    for (const p of ['a/one.txt', 'a/b/two.txt', 'a/b', 'a']) utimesSync(join(out, ...p.split('/')), t, t);
    const ms = t.getTime();
    const record = {
      paths: ['a/b/two.txt', 'a/one.txt', 'a/gone.txt', 'a/b/two.txt'],
      stamps: [
        [3, ms],
        [3, ms],
        [3, ms],
        [4, ms], // the size recorded is not the file's
      ],
      dirs: [
        ['a', ms],
        ['a/b', ms + 1], // another mtime: an entry was added or removed
      ],
    };
    const r = await checkOutOnThread(out, JSON.stringify(record));
    expect(r?.paths).toEqual(record.paths);
    expect([...r!.stamps]).toEqual(record.stamps.flat());
    expect([...r!.files]).toEqual([1, 1, 0, 0]);
    expect(r!.dirs).toEqual(record.dirs);
    expect([...r!.dirsIntact]).toEqual([1, 0]);
    expect(r!.manifest).toBeUndefined(); // no manifest recorded
    // a record the thread cannot read: nothing (every file is staged from the cache)
    expect(await checkOutOnThread(out, '{"paths": [')).toBeUndefined();
    expect(await checkOutOnThread(out, JSON.stringify({ ...record, stamps: record.stamps.slice(1) }))).toBeUndefined();
  });

  it('gives the sha256 of each file from the previous manifest only when it is as recorded and lists the recorded files', async () => {
    const out = tmp('vmsc-out-check-');
    mkdirSync(join(out, 'a'), { recursive: true });
    writeFileSync(join(out, 'a', 'one.txt'), 'one');
    writeFileSync(join(out, 'a', 'two.txt'), 'two');
    const t = new Date('2026-01-01T00:00:00Z');
    const ms = t.getTime();
    const sha = (c: string) => c.repeat(64);
    const files = [
      { path: 'a/one.txt', sha256: sha('1'), bytes: 3, kind: 'k' },
      { path: 'a/two.txt', sha256: sha('2'), bytes: 3, kind: 'k', customer: 'a' },
    ];
    /** writes out/manifest.json as the build does (manifestText) and returns its recorded stamp */
    const manifest = (list: unknown[]): [number, number] => {
      const text = manifestText({ version: 1, generator: 'test', files: list as Manifest['files'] });
      writeFileSync(join(out, 'manifest.json'), text);
      utimesSync(join(out, 'manifest.json'), t, t);
      return [Buffer.byteLength(text), ms];
    };
    const record = (m: [number, number]) =>
      JSON.stringify({ key: 'k', manifest: m, paths: files.map((f) => f.path), stamps: files.map(() => [3, ms]), dirs: [['a', ms]] });
    for (const p of ['a/one.txt', 'a/two.txt']) utimesSync(join(out, ...p.split('/')), t, t);
    /** the sha256s of the manifest as written by `list`, for the record of `stamp` (default: the manifest's own) */
    const shas = async (list: unknown[], stamp?: [number, number]) => {
      const m = manifest(list);
      const prev = await checkOutOnThread(out, record(stamp ?? m));
      expect(prev?.manifest).toEqual(stamp ?? m);
      return recordedShas(readPreviousManifest(out), prev!);
    };
    expect(await shas(files)).toBe(sha('1') + sha('2'));
    // the manifest touched since (another mtime than recorded): not trusted
    expect(await shas(files, [manifest(files)[0], ms + 1])).toBeUndefined();
    // a manifest of other files, or out of order, or with another size, or not a sha256: not the record's
    expect(await shas([files[0]])).toBeUndefined();
    expect(await shas([files[1], files[0]])).toBeUndefined();
    expect(await shas([files[0], { ...files[1], bytes: 4 }])).toBeUndefined();
    expect(await shas([files[0], { ...files[1], path: 'a/two.txt2' }])).toBeUndefined();
    expect(await shas([files[0], { ...files[1], sha256: 'x' }])).toBeUndefined();
    expect(await shas([files[0], { ...files[1], sha256: 'g'.repeat(64) }])).toBeUndefined();
    expect(await shas([files[0], { ...files[1], sha256: 'A'.repeat(64) }])).toBeUndefined();
    expect(readPreviousManifest(join(out, 'none'))).toBeUndefined();
  });

  it('finds the sha256s of paths JSON writes escaped (quotes, backslashes, characters beyond the BMP) as of others', async () => {
    const out = tmp('vmsc-out-check-');
    const paths = ['a/one.txt', 'a/q"uote\\d.txt', 'a/😀.txt'];
    mkdirSync(join(out, 'a'), { recursive: true });
    for (const p of paths) writeFileSync(join(out, ...p.split('/')), 'one');
    const t = new Date('2026-01-01T00:00:00Z');
    for (const p of paths) utimesSync(join(out, ...p.split('/')), t, t);
    const files = paths.map((path, i) => ({ path, sha256: String(i + 1).repeat(64), bytes: 3, kind: 'k' }));
    const write = (list: typeof files) => {
      const text = manifestText({ version: 1, generator: 'test', files: list });
      writeFileSync(join(out, 'manifest.json'), text);
      utimesSync(join(out, 'manifest.json'), t, t);
      return [Buffer.byteLength(text), t.getTime()];
    };
    const shas = async (list: typeof files) => {
      const m = write(list);
      const prev = await checkOutOnThread(
        out,
        JSON.stringify({ key: 'k', manifest: m, paths, stamps: paths.map(() => [3, t.getTime()]), dirs: [['a', t.getTime()]] }),
      );
      return recordedShas(readPreviousManifest(out), prev!);
    };
    expect(await shas(files)).toBe(files.map((f) => f.sha256).join(''));
    // the same manifest but one escaped path another: not the record's
    expect(await shas([files[0]!, { ...files[1]!, path: 'a/q"uote\\e.txt' }, files[2]!])).toBeUndefined();
    expect(await shas([files[0]!, files[1]!, { ...files[2]!, path: 'a/😁.txt' }])).toBeUndefined();
  });

  it('reads a manifest of thousands of entries (beyond its first room) with every sha256 and size in its place', () => {
    const out = tmp('vmsc-out-check-');
    const files = Array.from({ length: 5000 }, (_, i) => ({
      path: `c${String(i % 97).padStart(2, '0')}/f${String(i).padStart(5, '0')}.txt`,
      sha256: createHash('sha256').update(String(i)).digest('hex'),
      bytes: i * 7919,
      kind: 'k',
    })).sort((a, b) => (a.path < b.path ? -1 : 1));
    const text = manifestText({ version: 1, generator: 'test', files });
    writeFileSync(join(out, 'manifest.json'), text);
    const m = readPreviousManifest(out)!;
    expect(m.count).toBe(5000);
    const prev = {
      paths: files.map((f) => f.path),
      stamps: Float64Array.from(files.flatMap((f) => [f.bytes, 0])),
      files: new Uint8Array(5000).fill(1),
      dirs: undefined,
      dirsIntact: new Uint8Array(0),
      manifest: [m.size, m.mtime] as [number, number],
    };
    expect(recordedShas(m, prev)).toBe(files.map((f) => f.sha256).join(''));
    // one size other than recorded: nothing reused
    expect(recordedShas(m, { ...prev, stamps: prev.stamps.map((x, i) => (i === 2 * 4321 ? x + 1 : x)) })).toBeUndefined();
  });

  it('keeps the process alive while it is awaited', () => {
    const out = tmp('vmsc-out-check-');
    const paths = Array.from({ length: 60_000 }, (_, i) => `c${i % 1000}/f${i}.txt`);
    const record = JSON.stringify({ paths, stamps: paths.map(() => [1, 1]), dirs: [] });
    writeFileSync(join(out, 'record.json'), record);
    const src = pathToFileURL(join(REPO, 'dist', 'cli', 'out-check.js')).href;
    // no top-level await (whose unsettled end Node.js reports): nothing but the thread keeps this process alive,
    // so without its handle the process would exit before the answer, silently
    const code = `import { checkOutOnThread } from ${JSON.stringify(src)};
import { readFileSync } from 'node:fs';
(async () => {
  const r = await checkOutOnThread(${JSON.stringify(out)}, readFileSync(${JSON.stringify(join(out, 'record.json'))}, 'utf8'));
  console.log('answered', r.files.length);
})();`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`answered ${paths.length}`);
  });
});
