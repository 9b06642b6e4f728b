/**
 * The out/ thread (src/cli/out-check.ts): its answer equals stat-ing out/ here, and awaiting it keeps the process
 * alive (an unref'd thread once let Node.js exit in the middle of a build whose check was quicker than the stats).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkOutOnThread } from '../../src/cli/out-check.js';
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
    const r = await checkOutOnThread(out, JSON.stringify(record), { files: 4, dirs: 2 });
    expect([...r.files]).toEqual([1, 1, 0, 0]);
    expect([...r.dirs]).toEqual([1, 0]);
    // a record the thread cannot read: nothing intact (every file is staged from the cache)
    const torn = await checkOutOnThread(out, '{"paths": [', { files: 4, dirs: 2 });
    expect([...torn.files, ...torn.dirs]).toEqual([0, 0, 0, 0, 0, 0]);
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
  const r = await checkOutOnThread(${JSON.stringify(out)}, readFileSync(${JSON.stringify(join(out, 'record.json'))}, 'utf8'), { files: ${paths.length}, dirs: 0 });
  console.log('answered', r.files.length);
})();`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`answered ${paths.length}`);
  });
});
