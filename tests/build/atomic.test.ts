import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, renameSync, writeFileSync, readdirSync, existsSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/commands/build.js';
import { recoverInterrupted, writeFiles, writeOutput } from '../../src/write/write.js';
import { manifestOf } from '../../src/write/manifest.js';
import type { Emitter } from '../../src/emit/types.js';
import { copyExample, testIO, TEST_EMITTERS, tmp, cliError } from './util.js';

const TODAY = '2026-11-27';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p, r);
      else out[r] = readFileSync(p).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

describe('atomic write: an interrupted build leaves the previous out/ whole', () => {
  it('a failure in the middle of writing (after some files are staged) keeps out/ as it was, and no staging folder is left', () => {
    const parent = tmp();
    const out = join(parent, 'out');
    writeOutput(
      out,
      [
        { path: 'a/one.txt', data: 'one\n', kind: 'k' },
        { path: 'b/two.txt', data: 'two\n', kind: 'k' },
      ],
      'vmsc test',
    );
    const before = snapshot(out);
    const entries = ['a/one.txt', 'b/two.txt', 'c/three.txt'].map((path) => ({ path, sha256: '0'.repeat(64), bytes: 3, kind: 'k' }));
    let written = 0;
    expect(() =>
      writeFiles(
        out,
        entries.map((e) => ({
          path: e.path,
          put: (dest: string) => {
            if (written === 2) throw new Error('disk full (simulated at the third file)');
            writeFileSync(dest, 'new');
            written++;
          },
        })),
        manifestOf(entries, 'vmsc test'),
      ),
    ).toThrow(/disk full/);
    expect(written).toBe(2);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('an emitter that throws during a build: out/ and its manifest unchanged', async () => {
    const root = copyExample();
    await runBuild(testIO(), { root, today: TODAY, emitters: TEST_EMITTERS });
    const before = snapshot(join(root, 'out'));
    const boom: Emitter = {
      name: 'test/boom',
      scope: 'customer',
      emit: (_ctx, c) => {
        if (c.id === 'minato-clinic') throw new Error('boom');
        return [];
      },
    };
    await expect(runBuild(testIO(), { root, today: TODAY, emitters: [...TEST_EMITTERS, boom] })).rejects.toThrow('boom');
    expect(snapshot(join(root, 'out'))).toEqual(before);
  });

  it('a cache blob lost between emit and write: that write fails, out/ is left whole, and the build emits the lost groups again', async () => {
    const root = copyExample();
    const state = tmp('vmsc-state-');
    await runBuild(testIO(), { root, today: TODAY, state, emitters: TEST_EMITTERS });
    const before = snapshot(join(root, 'out'));
    // every file of out/ touched after that build: none may be linked, all must come from the cache
    const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const f of walk(join(root, 'out'))) utimesSync(f, new Date('2031-01-01T00:00:00Z'), new Date('2031-01-01T00:00:00Z'));
    // an emitter that deletes the blob store while the build runs (as a concurrent `rm -rf .vmsc-state` would)
    const thief: Emitter = {
      name: 'test/zz-thief',
      scope: 'global',
      emit: () => {
        rmSync(join(state, 'build', 'v2', 'packs'), { recursive: true, force: true });
        return [];
      },
    };
    // the first write finds the blobs gone (CacheDamagedError: out/ untouched), the build checks every blob and
    // emits the groups that lost theirs: out/ then holds exactly what it held (the thief adds no file)
    const io = testIO();
    const r = await runBuild(io, { root, today: TODAY, state, emitters: [...TEST_EMITTERS, thief] });
    expect(io.err()).toMatch(/the build cache lacked a file .*checking every cached file and building again/);
    expect(r.stats?.emitted).toBeGreaterThan(0);
    expect(snapshot(join(root, 'out'))).toEqual(before);
    expect(readdirSync(root).filter((n) => n.startsWith('.out.'))).toEqual([]);
  });

  it('a build killed half-way (between the two renames): the next build puts the previous out/ back, then cleans up', () => {
    const parent = tmp();
    const out = join(parent, 'out');
    writeOutput(out, [{ path: 'a.txt', data: 'previous\n', kind: 'k' }], 'vmsc test');
    // what a build with pid 999999 that died after moving out/ away leaves
    const dead = 999999;
    renameSync(out, join(parent, `.out.old-${dead}-abc`));
    mkdirSync(join(parent, `.out.staging-${dead}-abc`));
    writeFileSync(join(parent, `.out.staging-${dead}-abc`, 'half.txt'), 'half');
    // a running build's staging folder (this process) is left alone
    mkdirSync(join(parent, `.out.staging-${process.pid}-zzz`));
    recoverInterrupted(out);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('previous\n');
    expect(readdirSync(parent).sort()).toEqual([`.out.staging-${process.pid}-zzz`, 'out']);
    rmSync(join(parent, `.out.staging-${process.pid}-zzz`), { recursive: true });
    // and a new build replaces it as usual
    writeOutput(out, [{ path: 'b.txt', data: 'next\n', kind: 'k' }], 'vmsc test');
    expect(readdirSync(out).sort()).toEqual(['b.txt', 'manifest.json']);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('a build killed while carrying folders over (some moved into its staging folder): the next build moves them back', () => {
    const parent = tmp();
    const out = join(parent, 'out');
    writeOutput(
      out,
      [
        { path: 'acme/a.txt', data: 'a\n', kind: 'k' },
        { path: 'kita/b.txt', data: 'b\n', kind: 'k' },
        { path: 'top.txt', data: 't\n', kind: 'k' },
      ],
      'vmsc test',
    );
    const before = snapshot(out);
    // a build (dead pid) that journalled two folders and had moved one of them when it died
    const staging = join(parent, '.out.staging-999999-abc');
    mkdirSync(staging);
    writeFileSync(join(staging, '.vmsc-carry.json'), JSON.stringify(['acme', 'kita']));
    renameSync(join(out, 'acme'), join(staging, 'acme'));
    recoverInterrupted(out);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
    // the same when it died between the two renames of the swap (out/ moved away, both folders carried)
    const old = join(parent, '.out.old-999998-abc');
    const staging2 = join(parent, '.out.staging-999998-abc');
    mkdirSync(staging2);
    writeFileSync(join(staging2, '.vmsc-carry.json'), JSON.stringify(['acme', 'kita']));
    renameSync(join(out, 'acme'), join(staging2, 'acme'));
    renameSync(join(out, 'kita'), join(staging2, 'kita'));
    renameSync(out, old);
    recoverInterrupted(out);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['out']);
  });

  it('a rebuild after one change carries the unchanged folders over whole and gives what a cold build gives', async () => {
    const root = copyExample();
    const state = join(tmp(), 'state');
    await runBuild(testIO(), { root, today: TODAY, state, emitters: TEST_EMITTERS, jobs: '0' });
    const file = join(root, 'customers', 'acme-logistics.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('legalName: ', 'legalName: 新'));
    const io = testIO({ VMSC_TIMINGS: '1' });
    await runBuild(io, { root, today: TODAY, state, emitters: TEST_EMITTERS, jobs: '0' });
    const carried = /(\d+) folders carried over whole/.exec(io.err());
    expect(Number(carried?.[1])).toBeGreaterThan(0);
    const incremental = snapshot(join(root, 'out'));
    await runBuild(testIO(), { root, today: TODAY, out: 'cold', cache: false, emitters: TEST_EMITTERS, jobs: '0' });
    expect(incremental).toEqual(snapshot(join(root, 'cold')));
    expect(readdirSync(root).filter((n) => n.startsWith('.out.'))).toEqual([]);
    // a file dropped into a customer's folder by hand is not carried over: the next build removes it
    writeFileSync(join(root, 'out', 'kitanihon-seiki', 'stray.txt'), 'x');
    // nor an empty folder (the build sees it by the mtime of the folder holding it, recorded at the last build)
    mkdirSync(join(root, 'out', 'minato-clinic', 'stray-folder'));
    writeFileSync(file, readFileSync(file, 'utf8').replace('legalName: 新', 'legalName: '));
    await runBuild(testIO(), { root, today: TODAY, state, emitters: TEST_EMITTERS, jobs: '0' });
    expect(existsSync(join(root, 'out', 'kitanihon-seiki', 'stray.txt'))).toBe(false);
    expect(existsSync(join(root, 'out', 'minato-clinic', 'stray-folder'))).toBe(false);
  });

  it('refuses an output folder that is (or holds) the root or its inputs: exit 2, nothing touched', async () => {
    const root = copyExample();
    for (const out of ['.', '..', 'customers', 'policies/tariffs', '.vmsc-state', '/']) {
      const e = await cliError(() => runBuild(testIO(), { root, today: TODAY, out, emitters: TEST_EMITTERS }));
      expect(e?.exitCode, out).toBe(2);
      expect(e?.message).toContain('would replace the root or its inputs');
    }
    expect(readdirSync(root).sort()).toEqual(['customers', 'policies']);
  });

  it('build refuses to write anything when check finds an error (exit 1, out/ untouched)', async () => {
    const root = copyExample();
    await runBuild(testIO(), { root, today: TODAY, emitters: TEST_EMITTERS });
    const before = snapshot(join(root, 'out'));
    const f = join(root, 'customers', 'minato-clinic.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^legalName:.*$/m, 'legalNme: typo'));
    const io = testIO();
    const e = await cliError(() => runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS }));
    expect(e?.exitCode).toBe(1);
    expect(e?.message).toContain('nothing was produced');
    expect(io.err()).toContain('customers/minato-clinic.yaml');
    expect(snapshot(join(root, 'out'))).toEqual(before);
    // and on a fresh root, no out/ at all
    const fresh = copyExample();
    writeFileSync(join(fresh, 'customers', 'minato-clinic.yaml'), readFileSync(f));
    await cliError(() => runBuild(testIO(), { root: fresh, today: TODAY, emitters: TEST_EMITTERS }));
    expect(existsSync(join(fresh, 'out'))).toBe(false);
  });
});
