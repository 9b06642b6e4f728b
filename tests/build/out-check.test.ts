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
import { checkOutOnThread, packNumbers, splitPaths, unpackNumbers } from '../../src/cli/out-check.js';
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
    const paths = ['a/b/two.txt', 'a/one.txt', 'a/gone.txt', 'a/b/two.txt'];
    const stamps = [3, ms, 3, ms, 3, ms, 4, ms]; // the last size recorded is not the file's
    const dirs: [string, number][] = [
      ['a', ms],
      ['a/b', ms + 1], // another mtime: an entry was added or removed
    ];
    const record = {
      paths: paths.join('\0'),
      stamps: packNumbers(stamps),
      shas: ['1', '2', '3', '4'].map((c) => c.repeat(64)).join(''),
      dirs: dirs.map((d) => d[0]).join('\0'),
      dirTimes: packNumbers(dirs.map((d) => d[1])),
    };
    const r = await checkOutOnThread(out, { text: JSON.stringify(record) });
    expect(r?.paths).toEqual(paths);
    expect([...r!.stamps]).toEqual(stamps);
    expect(r!.shas).toBe(record.shas);
    expect([...r!.files]).toEqual([1, 1, 0, 0]);
    expect(r!.dirs).toEqual(dirs);
    expect([...r!.dirsIntact]).toEqual([1, 0]);
    // folder times that are not one per folder: no folder known (each is then read), the files as before
    const noDirs = await checkOutOnThread(out, { text: JSON.stringify({ ...record, dirTimes: packNumbers([ms]) }) });
    expect(noDirs?.dirs).toBeUndefined();
    expect([...noDirs!.files]).toEqual([1, 1, 0, 0]);
    // a record the thread cannot read: nothing (every file is staged from the cache)
    expect(await checkOutOnThread(out, { text: '{"paths": "' })).toBeUndefined();
    expect(await checkOutOnThread(out, { text: JSON.stringify({ ...record, stamps: packNumbers(stamps.slice(2)) }) })).toBeUndefined();
    expect(await checkOutOnThread(out, { text: JSON.stringify({ ...record, stamps }) })).toBeUndefined(); // an older record's numbers
    expect(await checkOutOnThread(out, { text: JSON.stringify({ ...record, stamps: `${record.stamps}!` }) })).toBeUndefined();
    expect(await checkOutOnThread(out, { text: JSON.stringify({ ...record, paths }) })).toBeUndefined();
    expect(await checkOutOnThread(out, { file: join(out, 'no-record.json') })).toBeUndefined();
  });

  it('packs numbers exactly (mtimes in ms, sizes, fractions, negatives) and paths of any character but NUL', () => {
    const xs = [0, 1, 1764547200123, 2 ** 53 - 1, -5, 0.5, 1e300];
    expect([...unpackNumbers(packNumbers(xs))!]).toEqual(xs);
    expect(unpackNumbers(packNumbers([]))!.length).toBe(0);
    expect(unpackNumbers('AAAA')).toBeUndefined(); // 3 bytes: not a float64
    const paths = ['a/q"uote\\d.txt', 'a/😀.txt', 'a/改行\n.txt'];
    expect(splitPaths(paths.join('\0'))).toEqual(paths);
    expect(splitPaths('')).toEqual([]);
  });

  it('gives the recorded sha256s only when there is one of 64 lower-case hex digits per file (an older record without them: nothing)', async () => {
    const out = tmp('vmsc-out-check-');
    const record = { paths: 'a.txt\0b.txt', stamps: packNumbers([1, 1, 1, 1]) };
    const answer = (shas: unknown) => checkOutOnThread(out, { text: JSON.stringify({ ...record, shas }) });
    expect((await answer('1'.repeat(64) + 'f'.repeat(64)))?.shas).toBe('1'.repeat(64) + 'f'.repeat(64));
    for (const bad of [undefined, '1'.repeat(64), '1'.repeat(129), `${'1'.repeat(64)}${'A'.repeat(64)}`, `${'1'.repeat(64)}${'g'.repeat(64)}`, 7])
      expect(await answer(bad)).toBeUndefined();
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
    const file = join(out, 'record.json');
    writeFileSync(
      file,
      JSON.stringify({ key: 'k', paths: files.map((f) => f.path).join('\0'), stamps: packNumbers(stamps), shas: files.map((f) => f.sha256).join('') }),
    );
    const r = (await checkOutOnThread(out, { file }))!;
    expect(r.shas).toBe(files.map((f) => f.sha256).join(''));
    expect([...r.stamps]).toEqual(stamps);
    expect([...r.files].map((x, i) => (x === 1 ? -1 : i)).filter((i) => i >= 0)).toEqual([4321]);
  });

  it('keeps the process alive while it is awaited', () => {
    const out = tmp('vmsc-out-check-');
    const paths = Array.from({ length: 60_000 }, (_, i) => `c${i % 1000}/f${i}.txt`);
    const record = JSON.stringify({ paths: paths.join('\0'), stamps: packNumbers(paths.flatMap(() => [1, 1])), shas: '0'.repeat(64 * paths.length) });
    writeFileSync(join(out, 'record.json'), record);
    const src = pathToFileURL(join(REPO, 'dist', 'cli', 'out-check.js')).href;
    // no top-level await (whose unsettled end Node.js reports): nothing but the thread keeps this process alive,
    // so without its handle the process would exit before the answer, silently
    const code = `import { checkOutOnThread } from ${JSON.stringify(src)};
import { readFileSync } from 'node:fs';
(async () => {
  const r = await checkOutOnThread(${JSON.stringify(out)}, { text: readFileSync(${JSON.stringify(join(out, 'record.json'))}, 'utf8') });
  console.log('answered', r.files.length);
})();`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`answered ${paths.length}`);
  });
});
