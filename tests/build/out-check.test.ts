/**
 * The out/ thread (src/cli/out-check.ts): its answer equals stat-ing out/ here, and awaiting it keeps the process
 * alive (an unref'd thread once let Node.js exit in the middle of a build whose check was quicker than the stats).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOutOnThread, decodeRecord, encodeRecord } from '../../src/cli/out-check.js';
import { REPO, tmp } from './util.js';

const HEAD = { key: 'k'.repeat(64), files: 0, customers: 0, warnings: 0 };
const bytesOf = (parts: Uint8Array[]) => Buffer.concat(parts);

describe('the out/ thread', () => {
  it('flags exactly the files and folders still as recorded', async () => {
    const out = tmp('vmsc-out-check-');
    mkdirSync(join(out, 'a', 'b'), { recursive: true });
    writeFileSync(join(out, 'a', 'one.txt'), 'one');
    writeFileSync(join(out, 'a', 'b', 'two.txt'), 'two');
    const t = new Date('2026-01-01T00:00:00Z');
    for (const p of ['a/one.txt', 'a/b/two.txt', 'a/b', 'a']) utimesSync(join(out, ...p.split('/')), t, t);
    const ms = t.getTime();
    const paths = ['a/b/two.txt', 'a/one.txt', 'a/gone.txt', 'a/b/two.txt'];
    const stamps = [3, ms, 3, ms, 3, ms, 4, ms]; // the last size recorded is not the file's
    const dirs: [string, number][] = [
      ['a', ms],
      ['a/b', ms + 1], // another mtime: an entry was added or removed
    ];
    const body = {
      paths: paths.join('\0'),
      shas: ['a', 'b', 'c', 'd'].map((c) => c.repeat(64)).join(''),
      stamps,
      dirs: dirs.map((d) => d[0]).join('\0'),
      dirTimes: dirs.map((d) => d[1]),
    };
    const record = bytesOf(encodeRecord(HEAD, body));
    const r = await checkOutOnThread(out, { bytes: record });
    expect(r?.paths).toEqual(paths);
    expect([...r!.stamps]).toEqual(stamps);
    expect(r!.shas).toBe(body.shas);
    expect([...r!.files]).toEqual([1, 1, 0, 0]);
    expect(r!.dirs).toEqual(dirs);
    expect([...r!.dirsIntact]).toEqual([1, 0]);
    // folder times that are not one per folder: no folder known (each is then read), the files as before
    const noDirs = await checkOutOnThread(out, { bytes: bytesOf(encodeRecord(HEAD, { ...body, dirTimes: [ms] })) });
    expect(noDirs?.dirs).toBeUndefined();
    expect([...noDirs!.files]).toEqual([1, 1, 0, 0]);
    // a record the thread cannot read: nothing (every file is staged from the cache)
    const older = JSON.stringify({ key: HEAD.key, paths, stamps: paths.map(() => [3, ms]), dirs }); // an older build's JSON record
    for (const bad of [
      record.subarray(0, record.length - 1), // torn
      Buffer.concat([record, Buffer.from('x')]),
      Buffer.from(older),
      Buffer.from(`${older}\n`),
      bytesOf(encodeRecord(HEAD, { ...body, stamps: stamps.slice(2) })),
      bytesOf(encodeRecord(HEAD, { ...body, shas: body.shas.slice(64) })),
      bytesOf(encodeRecord(HEAD, { ...body, shas: body.shas.toUpperCase() })),
    ]) {
      expect(decodeRecord(bad)).toBeUndefined();
      expect(await checkOutOnThread(out, { bytes: bad })).toBeUndefined();
    }
    expect(await checkOutOnThread(out, { file: join(out, 'no-record.rec') })).toBeUndefined();
  });

  it('reads back exactly what was recorded: numbers (mtimes in ms, sizes, fractions), paths of any character but NUL', () => {
    const xs = [0, 1, 1764547200123, 2 ** 53 - 1, -5, 0.5, 1e300];
    const paths = ['a/q"uote\\d.txt', 'a/😀.txt', 'a/改行\n.txt', 'b/c'];
    const head = { ...HEAD, manifest: [123, 1764547200123] as [number, number], files: 4, customers: 1, warnings: 2 };
    const body = { paths: paths.join('\0'), shas: 'ab'.repeat(128), stamps: [...xs, 9], dirs: 'a\0b', dirTimes: [1.5, 2] };
    const r = decodeRecord(bytesOf(encodeRecord(head, body)))!;
    expect(r.head).toEqual({ ...head, parts: expect.any(Array) });
    expect(r.paths).toEqual(paths);
    expect([...r.stamps]).toEqual([...xs, 9]);
    expect(r.shas).toBe(body.shas);
    expect(r.dirs).toEqual(['a', 'b']);
    expect([...r.dirTimes!]).toEqual([1.5, 2]);
    // none: an empty out/; no folders recorded
    const empty = decodeRecord(bytesOf(encodeRecord(HEAD, { paths: '', shas: '', stamps: [] })))!;
    expect(empty.paths).toEqual([]);
    expect(empty.dirs).toBeUndefined();
    // the key is the record's first characters (the build reads only those when it is not this build's)
    expect(bytesOf(encodeRecord(HEAD, body)).toString('latin1', 0, 80)).toMatch(/^\{"key":"k{64}"/);
  });

  it('reads the record from its file: thousands of entries, each sha256 and stamp in its place', async () => {
    const out = tmp('vmsc-out-check-');
    const t = new Date('2026-01-01T00:00:00Z');
    const files = Array.from({ length: 5000 }, (_, i) => ({
      path: `c${String(i % 97).padStart(2, '0')}/f${String(i).padStart(5, '0')}.txt`,
      sha256: createHash('sha256').update(String(i)).digest('hex'),
      bytes: i % 7,
    })).sort((a, b) => (a.path < b.path ? -1 : 1));
    for (const f of files) {
      mkdirSync(join(out, dirname(f.path)), { recursive: true });
      writeFileSync(join(out, f.path), 'x'.repeat(f.bytes));
      utimesSync(join(out, f.path), t, t);
    }
    const stamps = files.flatMap((f, i) => [i === 4321 ? f.bytes + 1 : f.bytes, t.getTime()]);
    const file = join(out, 'record.rec');
    writeFileSync(file, bytesOf(encodeRecord(HEAD, { paths: files.map((f) => f.path).join('\0'), shas: files.map((f) => f.sha256).join(''), stamps })));
    const r = (await checkOutOnThread(out, { file }))!;
    expect(r.shas).toBe(files.map((f) => f.sha256).join(''));
    expect([...r.stamps]).toEqual(stamps);
    expect([...r.files].map((x, i) => (x === 1 ? -1 : i)).filter((i) => i >= 0)).toEqual([4321]);
  });

  it('keeps the process alive while it is awaited', () => {
    const out = tmp('vmsc-out-check-');
    const paths = Array.from({ length: 60_000 }, (_, i) => `c${i % 1000}/f${i}.txt`);
    writeFileSync(
      join(out, 'record.rec'),
      Buffer.concat(encodeRecord(HEAD, { paths: paths.join('\0'), shas: '0'.repeat(64 * paths.length), stamps: paths.flatMap(() => [1, 1]) })),
    );
    const src = pathToFileURL(join(REPO, 'dist', 'cli', 'out-check.js')).href;
    // no top-level await (whose unsettled end Node.js reports): nothing but the thread keeps this process alive,
    // so without its handle the process would exit before the answer, silently
    const code = `import { checkOutOnThread } from ${JSON.stringify(src)};
import { readFileSync } from 'node:fs';
(async () => {
  const r = await checkOutOnThread(${JSON.stringify(out)}, { bytes: readFileSync(${JSON.stringify(join(out, 'record.rec'))}) });
  console.log('answered', r.files.length);
})();`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`answered ${paths.length}`);
  });
});
