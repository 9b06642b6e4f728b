import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/commands/build.js';
import { run } from '../../src/cli/main.js';
import { mergeManifests, parseManifest } from '../../src/write/manifest.js';
import { copyExample, testIO, TEST_EMITTERS, tmp, cliError } from './util.js';

const TODAY = '2026-11-27';

function manifestAt(dir: string) {
  return parseManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'), dir);
}

describe('--only CUSTOMER', () => {
  it("rebuilds one customer and keeps the other customers' files from the previous out/", async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    const full1 = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    // change two customers, rebuild only one of them
    const edit = (f: string) => writeFileSync(join(root, f), readFileSync(join(root, f), 'utf8').replace(/^legalName: (.*)$/m, 'legalName: $1（新）'));
    edit('customers/acme-logistics.yaml');
    edit('customers/minato-clinic.yaml');
    const r = await runBuild(io, { root, today: TODAY, only: ['acme-logistics'], emitters: TEST_EMITTERS });
    // only acme's groups were built; the global one (test/index) reads only the customers' ids, which did not change
    expect(r.stats?.emittedGroups).toEqual(['test/binary@acme-logistics', 'test/servers@acme-logistics', 'test/summary@acme-logistics']);
    expect(r.stats?.groups).toBe(4);
    expect(readFileSync(join(root, 'out', 'acme-logistics', 'summary.txt'), 'utf8')).toContain('（新）');
    // minato's files are the previous ones (not rebuilt), kitanihon's are kept
    expect(readFileSync(join(root, 'out', 'minato-clinic', 'summary.txt'), 'utf8')).not.toContain('（新）');
    const m = manifestAt(join(root, 'out'));
    expect(m.files.map((f) => f.path)).toEqual(parseManifest(full1, 'full').files.map((f) => f.path));
    // a full build afterwards equals what a single full build of the new inputs gives
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    const fresh = copyExample();
    for (const f of ['customers/acme-logistics.yaml', 'customers/minato-clinic.yaml']) writeFileSync(join(fresh, f), readFileSync(join(root, f)));
    await runBuild(testIO(), { root: fresh, today: TODAY, emitters: TEST_EMITTERS, cache: false });
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(readFileSync(join(fresh, 'out', 'manifest.json'), 'utf8'));
  });

  it('without a previous out/: only that customer and the global files, with a note', async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, only: ['kitanihon-seiki'], emitters: TEST_EMITTERS });
    const m = manifestAt(join(root, 'out'));
    expect(new Set(m.files.map((f) => f.customer ?? 'global'))).toEqual(new Set(['kitanihon-seiki', 'global']));
    expect(io.err()).toMatch(/no previous .*manifest\.json/);
  });

  it('an unknown customer is an error with a did-you-mean hint, and nothing is written', async () => {
    const root = copyExample();
    const e = await cliError(() => runBuild(testIO(), { root, today: TODAY, only: ['acme-logistic'], emitters: TEST_EMITTERS }));
    expect(e?.exitCode).toBe(1);
    expect(e?.message).toContain('no customer "acme-logistic"');
    expect(e?.hint).toBe('did you mean acme-logistics?');
  });
});

describe('--shard K/N and vmsc manifest merge', () => {
  it("the merged manifests of all shards equal the single build's manifest, byte for byte", async () => {
    const root = copyExample();
    await runBuild(testIO(), { root, today: TODAY, emitters: TEST_EMITTERS, out: 'single' });
    const single = readFileSync(join(root, 'single', 'manifest.json'), 'utf8');
    for (const n of [2, 3]) {
      const shardManifests: string[] = [];
      const seen: string[] = [];
      for (let k = 1; k <= n; k++) {
        const out = `shard-${n}-${k}`;
        await runBuild(testIO(), { root, today: TODAY, emitters: TEST_EMITTERS, shard: `${k}/${n}`, out });
        const m = manifestAt(join(root, out));
        expect(m.shard).toEqual({ index: k, count: n });
        // global files only in shard 1
        expect(m.files.some((f) => f.path === 'index.txt')).toBe(k === 1);
        seen.push(...m.files.map((f) => f.path));
        shardManifests.push(join(root, out, 'manifest.json'));
      }
      expect(seen.length).toBe(new Set(seen).size);
      // CLI merge, shards given in reverse order
      const outFile = join(root, `merged-${n}.json`);
      let stdout = '';
      let stderr = '';
      const code = await run(['manifest', 'merge', ...shardManifests.reverse(), '--out', outFile], {
        stdout: (s) => {
          stdout += s;
        },
        stderr: (s) => {
          stderr += s;
        },
        cwd: root,
        env: {},
        isTTY: false,
        now: () => 0,
      });
      expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
      expect(stderr).toContain(`merged ${n} manifests`);
      expect(readFileSync(outFile, 'utf8')).toBe(single);
    }
  });

  it('merge refuses a missing shard, a shard twice, and mixed N', () => {
    const m = (index: number, count: number, paths: string[]) => ({
      name: `s${index}of${count}`,
      manifest: {
        version: 1 as const,
        generator: 'vmsc 0',
        shard: { index, count },
        files: paths.map((p) => ({ path: p, sha256: 'a'.repeat(64), bytes: 1, kind: 'k' })),
      },
    });
    expect(() => mergeManifests([m(1, 3, ['a']), m(3, 3, ['c'])])).toThrow(/shard 2\/3 missing/);
    expect(() => mergeManifests([m(1, 2, ['a']), m(1, 2, ['b'])])).toThrow(/both shard 1\/2/);
    expect(() => mergeManifests([m(1, 2, ['a']), m(2, 3, ['b'])])).toThrow(/disagree on N/);
    expect(() => mergeManifests([m(1, 2, ['a']), m(2, 2, ['a'])])).toThrow(/a is in both/);
    expect(mergeManifests([m(2, 2, ['b']), m(1, 2, ['a'])]).files.map((f) => f.path)).toEqual(['a', 'b']);
  });

  it('merge of a file that is not a manifest: exit 1 with the reason', async () => {
    const d = tmp();
    mkdirSync(join(d, 'x'));
    writeFileSync(join(d, 'x', 'manifest.json'), '{"hello":1}');
    let stderr = '';
    const code = await run(['manifest', 'merge', 'x/manifest.json'], {
      stdout: () => {},
      stderr: (s) => {
        stderr += s;
      },
      cwd: d,
      env: {},
      isTTY: false,
      now: () => 0,
    });
    expect(code).toBe(1);
    expect(stderr).toContain('not a vmsc manifest');
  });

  it('bad --shard values are usage errors (exit 2)', async () => {
    const root = copyExample();
    for (const s of ['0/2', '3/2', 'a/b', '1/0', '2']) {
      const e = await cliError(() => runBuild(testIO(), { root, today: TODAY, shard: s, emitters: TEST_EMITTERS }));
      expect(e?.exitCode).toBe(2);
    }
    const e = await cliError(() => runBuild(testIO(), { root, today: TODAY, shard: '1/2', only: ['acme-logistics'], emitters: TEST_EMITTERS }));
    expect(e?.message).toMatch(/cannot be combined/);
  });
});
