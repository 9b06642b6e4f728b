import { describe, expect, it } from 'vitest';
import { chmodSync, statSync, utimesSync, readFileSync, writeFileSync, existsSync, rmSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/commands/build.js';
import { buildArtifacts, inShard } from '../../src/build/build.js';
import { compile } from '../../src/driver/index.js';
import { readAssets, readRoot } from '../../src/cli/host.js';
import { compilerFingerprint } from '../../src/cli/fingerprint.js';
import { memoryCache } from '../../src/write/cache.js';
import { copyExample, testIO, TEST_EMITTERS, tmp } from './util.js';
import { EMITTERS } from '../../src/emit/registry.js';
import type { Emitter } from '../../src/emit/types.js';

const TODAY = '2026-11-27';
const CUSTOMERS = ['acme-logistics', 'kitanihon-seiki', 'minato-clinic'];

function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const p = join(root, file);
  const s = readFileSync(p, 'utf8');
  const t = s.replace(from, to);
  if (t === s) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(p, t);
}

describe('incremental build (artifact groups keyed by the hash of what they read)', () => {
  it('cold: every group emitted; warm with nothing changed: up to date, nothing emitted', async () => {
    const root = copyExample();
    const io = testIO();
    const r1 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    // 3 customer-scoped emitters × 3 customers + 1 global
    expect(r1.stats).toMatchObject({ groups: 10, emitted: 10, cached: 0 });
    const r2 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r2.upToDate).toBe(true);
    expect(io.out()).toMatch(/up to date: \d+ files for 3 customers/);
  });

  it("the last build's record replaces the one an older vmsc kept for this out/ (JSON), and leaves other records alone", async () => {
    const root = copyExample();
    const io = testIO();
    const records = join(root, '.vmsc-state', 'build', 'v2', 'records');
    const name = createHash('sha256')
      .update(`out\0${join(root, 'out')}`)
      .digest('hex');
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(existsSync(join(records, `${name}.rec`))).toBe(true);
    const other = join(records, `${'0'.repeat(64)}.json`);
    writeFileSync(join(records, `${name}.json`), '{"key":"old"}');
    writeFileSync(other, '{"runs":[]}');
    edit(root, 'customers/minato-clinic.yaml', /^representative: .*$/m, 'representative: 港 次郎');
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(existsSync(join(records, `${name}.json`))).toBe(false);
    expect(existsSync(other)).toBe(true);
  });

  it('touching one customer re-emits only its groups, and a global group only when what it reads changed', async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    // test/index reads the customers' ids only: a representative is not among its reads
    edit(root, 'customers/minato-clinic.yaml', /^representative: .*$/m, 'representative: 港 次郎');
    const r = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r.stats?.emittedGroups).toEqual(['test/binary@minato-clinic', 'test/servers@minato-clinic', 'test/summary@minato-clinic']);
    expect(r.stats).toMatchObject({ groups: 10, emitted: 3, cached: 7 });
    // a customer removed changes the list of ids it reads: it runs again, and out/ is what a cold build gives
    const gone = readFileSync(join(root, 'customers', 'minato-clinic.yaml'));
    rmSync(join(root, 'customers', 'minato-clinic.yaml'));
    const r2 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r2.stats?.emittedGroups).toEqual(['test/index']);
    expect(readFileSync(join(root, 'out', 'index.txt'), 'utf8')).not.toContain('minato-clinic');
    await runBuild(testIO(), { root, out: 'cold', today: TODAY, emitters: TEST_EMITTERS, cache: false });
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(readFileSync(join(root, 'cold', 'manifest.json'), 'utf8'));
    // and back: the earlier reads match again (a record keeps the last few runs), nothing is emitted
    writeFileSync(join(root, 'customers', 'minato-clinic.yaml'), gone);
    const r3 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r3.stats?.emittedGroups).toEqual([]);
    expect(readFileSync(join(root, 'out', 'index.txt'), 'utf8')).toContain('minato-clinic');
  });

  it('unchanged files of the previous out/ are linked into the new one, changed ones written anew', async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    const ino = (p: string) => statSync(join(root, 'out', p)).ino;
    const kept = ino('kitanihon-seiki/summary.txt');
    const changed = ino('minato-clinic/summary.txt');
    edit(root, 'customers/minato-clinic.yaml', /^legalName: .*$/m, 'legalName: 医療法人社団みなと会（新）');
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(ino('kitanihon-seiki/summary.txt')).toBe(kept);
    expect(ino('minato-clinic/summary.txt')).not.toBe(changed);
    expect(readFileSync(join(root, 'out', 'minato-clinic', 'summary.txt'), 'utf8')).toContain('（新）');
    // and the result is the one a cold build gives
    const fresh = copyExample();
    writeFileSync(join(fresh, 'customers', 'minato-clinic.yaml'), readFileSync(join(root, 'customers', 'minato-clinic.yaml')));
    await runBuild(testIO(), { root: fresh, today: TODAY, emitters: TEST_EMITTERS, cache: false });
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(readFileSync(join(fresh, 'out', 'manifest.json'), 'utf8'));
  });

  it('with the registered emitters (whatever they are): touching one customer re-emits exactly its groups and the global ones that read what changed', async () => {
    const root = copyExample();
    const io = testIO();
    const cold = await runBuild(io, { root, today: TODAY, jobs: '0' });
    const customerScoped = EMITTERS.filter((e) => e.scope === 'customer').map((e) => e.name);
    const global = EMITTERS.filter((e) => e.scope === 'global').map((e) => e.name);
    expect(cold.stats?.groups).toBe(customerScoped.length * 3 + global.length);
    for (const [from, to] of [
      [/^representative: .*$/m, 'representative: 北 一郎'], // read by documents, not (today) by routing or the notices
      ['m.kitamura@', 'm.kitamura2@'], // a contact's e-mail: read by routing and the notices
    ] as const) {
      const before = readFileSync(join(root, 'customers', 'kitanihon-seiki.yaml'), 'utf8');
      edit(root, 'customers/kitanihon-seiki.yaml', from, to);
      expect(readFileSync(join(root, 'customers', 'kitanihon-seiki.yaml'), 'utf8')).not.toBe(before);
      const warm = await runBuild(io, { root, today: TODAY, jobs: '0' });
      const emitted = warm.stats?.emittedGroups ?? [];
      expect(emitted.filter((g) => g.includes('@'))).toEqual(customerScoped.map((n) => `${n}@kitanihon-seiki`).sort());
      expect(emitted.filter((g) => !g.includes('@')).every((g) => global.includes(g))).toBe(true);
      // files of the other customers are byte-identical to the cold build's
      const other = (m: typeof cold.manifest) => m?.files.filter((f) => f.customer && f.customer !== 'kitanihon-seiki');
      expect(other(warm.manifest)).toEqual(other(cold.manifest));
      // and the whole out/ is what a cold build of these inputs gives (a global group not emitted is still right)
      const fresh = await runBuild(testIO(), { root, out: 'cold', today: TODAY, jobs: '0', cache: false });
      expect(warm.manifest).toEqual(fresh.manifest);
    }
  });

  it('a policy change re-emits every customer group (a global one only when it reads what changed)', async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    edit(root, 'policies/monitoring.yaml', /cpu:\s+\{ warning: 80, critical: 95/, 'cpu:     { warning: 80, critical: 90');
    const r = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    // every customer group; test/index reads no policy (only the customers' ids): from the cache
    expect(r.stats).toMatchObject({ groups: 10, emitted: 9, cached: 1 });
    expect(r.stats?.emittedGroups).not.toContain('test/index');
  });

  it('out/ edited or deleted after a build: the next build restores it (from the cache, nothing emitted)', async () => {
    const root = copyExample();
    const io = testIO();
    const r1 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    const before = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    // same size, different bytes: still noticed (size and mtime of every file are recorded)
    const p = join(root, 'out', 'acme-logistics', 'summary.txt');
    writeFileSync(p, readFileSync(p, 'utf8').replace('acme', 'ACME'));
    utimesSync(p, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    const r2 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r2.upToDate).toBe(false);
    expect(r2.stats).toMatchObject({ emitted: 0, cached: 10 });
    expect(readFileSync(join(root, 'out', 'acme-logistics', 'summary.txt'), 'utf8')).toMatch(/^acme-logistics\n/);
    rmSync(join(root, 'out'), { recursive: true });
    const r3 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r3.stats?.emitted).toBe(0);
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(before);
    expect(r1.manifest).toEqual(r3.manifest);
  });

  it('one customer changed while out/ was edited elsewhere: the stats taken on the out/ thread catch every edit', async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    // another customer's file: same size, other bytes, other mtime; a stray file in a third customer's folder
    const p = join(root, 'out', 'acme-logistics', 'summary.txt');
    writeFileSync(p, readFileSync(p, 'utf8').replace('acme', 'ACME'));
    utimesSync(p, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    const stray = join(root, 'out', 'kitanihon-seiki', 'stray.txt');
    writeFileSync(stray, 'not built');
    edit(root, 'customers/minato-clinic.yaml', /^legalName: .*$/m, 'legalName: 医療法人社団みなと会（新）');
    const r = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r.stats?.emittedGroups).toEqual(['test/binary@minato-clinic', 'test/servers@minato-clinic', 'test/summary@minato-clinic']);
    expect(readFileSync(p, 'utf8')).toMatch(/^acme-logistics\n/);
    expect(existsSync(stray)).toBe(false);
    // the previous out/, moved aside at the swap, is gone when the build returns (removed in the background)
    expect(readdirSync(root).filter((e) => e.startsWith('.out.'))).toEqual([]);
    const fresh = copyExample();
    writeFileSync(join(fresh, 'customers', 'minato-clinic.yaml'), readFileSync(join(root, 'customers', 'minato-clinic.yaml')));
    await runBuild(testIO(), { root: fresh, today: TODAY, emitters: TEST_EMITTERS, cache: false });
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(readFileSync(join(fresh, 'out', 'manifest.json'), 'utf8'));
  });

  it('out/manifest.json edited (same size): the next build writes it anew, and nothing is taken from the previous out/ on its word', async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    const mp = join(root, 'out', 'manifest.json');
    const before = readFileSync(mp, 'utf8');
    writeFileSync(
      mp,
      before.replace(/"sha256": "[0-9a-f]/, (m) => `${m.slice(0, -1)}${m.endsWith('0') ? '1' : '0'}`),
    );
    utimesSync(mp, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    const r = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r.upToDate).toBe(false);
    expect(r.stats?.emitted).toBe(0);
    expect(readFileSync(mp, 'utf8')).toBe(before);
    const again = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(again.upToDate).toBe(true);
  });

  it('the group index: a one-customer change writes a delta of its groups, not the whole index again', async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    const dir = join(root, '.vmsc-state', 'build', 'v2');
    const base = readFileSync(join(dir, 'groups-index.bin'));
    const id = (JSON.parse(base.toString('utf8').split('\n')[1]!) as { id: string }).id;
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    edit(root, 'customers/minato-clinic.yaml', /^representative: .*$/m, 'representative: 港 次郎');
    const r = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r.stats).toMatchObject({ emitted: 3 });
    expect(readFileSync(join(dir, 'groups-index.bin')).equals(base)).toBe(true);
    const delta = JSON.parse(readFileSync(join(dir, 'groups-index-delta.json'), 'utf8')) as {
      base: string;
      groups: Record<string, [number, string, string, string[]]>;
    };
    expect(delta.base).toBe(id);
    expect(Object.values(delta.groups).flatMap(([, , , paths]) => paths.map((p) => p.split('/')[0]))).toEqual(expect.arrayContaining(['minato-clinic']));
    expect(Object.keys(delta.groups)).toHaveLength(3);
    // out/ deleted: every group is found through base + delta (nothing emitted), and the files are the same
    const before = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    rmSync(join(root, 'out'), { recursive: true });
    const r2 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r2.stats?.emitted).toBe(0);
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(before);
    // a delta of another base is ignored (the per-group files still answer); nothing else changes
    writeFileSync(join(dir, 'groups-index-delta.json'), JSON.stringify({ base: 'ffffffffffffffff', groups: {} }));
    rmSync(join(root, 'out'), { recursive: true });
    const r3 = await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(r3.stats?.emitted).toBe(0);
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(before);
  });

  it('the cache is safe to delete, and a damaged blob is never used', async () => {
    const root = copyExample();
    const state = tmp('vmsc-state-');
    const io = testIO();
    const r1 = await runBuild(io, { root, today: TODAY, state, emitters: TEST_EMITTERS });
    const manifest1 = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    // damage every pack (size changes): groups must be re-emitted, result identical
    const blobs = join(state, 'build', 'v2', 'packs');
    for (const d of readdirSync(blobs)) for (const f of readdirSync(join(blobs, d))) writeFileSync(join(blobs, d, f), 'x');
    rmSync(join(root, 'out'), { recursive: true });
    const r2 = await runBuild(io, { root, today: TODAY, state, emitters: TEST_EMITTERS });
    expect(r2.stats?.emitted).toBe(10);
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(manifest1);
    // same size, different bytes: never copied into out/; the build notices, re-emits the damaged groups, and heals
    rmSync(join(root, 'out', 'index.txt'));
    let damaged = 0;
    for (const d of readdirSync(blobs))
      for (const f of readdirSync(join(blobs, d))) {
        const bytes = readFileSync(join(blobs, d, f));
        bytes[0] = bytes[0]! ^ 1;
        writeFileSync(join(blobs, d, f), bytes);
        damaged++;
      }
    expect(damaged).toBeGreaterThan(1);
    const io2 = testIO();
    const healed = await runBuild(io2, { root, today: TODAY, state, emitters: TEST_EMITTERS });
    expect(io2.err()).toMatch(/damaged file .* checking every cached file and building again/);
    expect(healed.stats?.emitted).toBe(10);
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(manifest1);
    expect(readFileSync(join(root, 'out', 'index.txt'), 'utf8')).toBe('acme-logistics\nkitanihon-seiki\nminato-clinic\n');
    rmSync(state, { recursive: true });
    rmSync(join(root, 'out'), { recursive: true });
    const r3 = await runBuild(io, { root, today: TODAY, state, emitters: TEST_EMITTERS });
    expect(r3.stats?.emitted).toBe(10);
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(manifest1);
    expect(r1.manifest).toEqual(r3.manifest);
  });

  it('--no-cache writes no state folder and gives the same out/', async () => {
    const root = copyExample();
    const io = testIO();
    await runBuild(io, { root, today: TODAY, cache: false, emitters: TEST_EMITTERS });
    expect(existsSync(join(root, '.vmsc-state'))).toBe(false);
    const a = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    await runBuild(io, { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toBe(a);
  });

  it('a read-only root (no write bit): no state folder is written into it, the build still works', async () => {
    const root = copyExample();
    chmodSync(root, 0o555);
    try {
      const io = testIO();
      const r = await runBuild(io, { root, today: TODAY, out: '../ro-out', emitters: TEST_EMITTERS });
      expect(r.stats?.emitted).toBe(10);
      expect(existsSync(join(root, '.vmsc-state'))).toBe(false);
      expect(io.err()).toBe('');
    } finally {
      chmodSync(root, 0o755);
    }
  });

  it('buildArtifacts: the same files whatever the cache holds (library level, counters)', async () => {
    const root = copyExample();
    const sources = readRoot(root);
    const { model } = compile(sources, { today: TODAY });
    if (!model) throw new Error('example must compile');
    const cache = memoryCache();
    const input = { model, sources, assets: readAssets(), fingerprint: compilerFingerprint(), cache, emitters: TEST_EMITTERS, workers: 0 };
    const cold = await buildArtifacts(input);
    const warm = await buildArtifacts(input);
    expect(cold.stats.emitted).toBe(10);
    expect(warm.stats).toMatchObject({ emitted: 0, cached: 10, emittedGroups: [] });
    expect(warm.files).toEqual(cold.files);
    expect(cold.files.map((f) => f.path)).toEqual([...cold.files.map((f) => f.path)].sort());
    expect(cold.files.filter((f) => f.kind !== 'test/index').every((f) => CUSTOMERS.includes(f.customer ?? ''))).toBe(true);
  });

  it("a global emitter's reads of each customer are kept apart: walked again only when that customer's file or the policies changed, and a change is always seen", async () => {
    // reads each customer's representative (source.representative), nothing else of it but the id
    const reps: Emitter = {
      name: 'test/representatives',
      scope: 'global',
      emit: ({ model }) => [
        { path: 'representatives.txt', data: model.customers.map((c) => `${c.id} ${c.source.representative}`).join('\n'), kind: 'test/representatives' },
      ],
    };
    const root = copyExample();
    const cache = memoryCache();
    const runs: unknown[] = [];
    let recordName = '';
    const put = cache.putRecord.bind(cache);
    cache.putRecord = (name, value) => {
      runs.push(value);
      recordName = name;
      put(name, value);
    };
    const build = async () => {
      const sources = readRoot(root);
      const { model } = compile(sources, { today: TODAY });
      if (!model) throw new Error('example must compile');
      return buildArtifacts({ model, sources, assets: readAssets(), fingerprint: compilerFingerprint(), cache, emitters: [reps], workers: 0 });
    };
    const text = async () => {
      const r = await build();
      return { emitted: r.stats.emittedGroups, sha: r.files[0]!.sha256 };
    };
    const cold = await text();
    expect(cold.emitted).toEqual(['test/representatives']);
    // the record: each customer's subtree apart, as JSON with the inputs it was resolved from; none left in the tree
    const record = runs.at(-1) as {
      runs: Array<{ tree: { c: { customers: { c: Record<string, unknown> } } }; split: { items: Record<string, [string, string]> } }>;
    };
    expect(Object.keys(record.runs[0]!.split.items).sort()).toEqual(['0', '1', '2']);
    expect(Object.keys(record.runs[0]!.tree.c.customers.c).filter((k) => /^\d+$/.test(k))).toEqual([]);
    expect(record.runs[0]!.split.items['0']![1]).toContain('representative');
    const cases: Array<[string, () => void, boolean]> = [
      ['nothing changed', () => {}, false],
      [
        'a field it does not read (legalName)',
        () => edit(root, 'customers/minato-clinic.yaml', /^legalName: .*$/m, 'legalName: 医療法人社団みなと会（新）'),
        false,
      ],
      ['the representative it reads', () => edit(root, 'customers/minato-clinic.yaml', /^representative: .*$/m, 'representative: 港 次郎'), true],
      [
        'a policy it does not read (every subtree walked)',
        () => edit(root, 'policies/monitoring.yaml', /cpu:\s+\{ warning: 80, critical: 95/, 'cpu:     { warning: 80, critical: 90'),
        false,
      ],
      [
        'a representative and a policy at once',
        () => {
          edit(root, 'customers/acme-logistics.yaml', /^representative: .*$/m, 'representative: 阿久 目');
          edit(root, 'policies/monitoring.yaml', 'critical: 90', 'critical: 91');
        },
        true,
      ],
    ];
    let last = cold.sha;
    for (const [what, change, reruns] of cases) {
      change();
      const r = await text();
      expect(r.emitted, what).toEqual(reruns ? ['test/representatives'] : []);
      expect(r.sha !== last, what).toBe(reruns);
      last = r.sha;
    }
    // a record of another shape or with a damaged subtree is no match: the emitter runs again (no error)
    const good = JSON.parse(JSON.stringify(runs.at(-1))) as typeof record;
    type Damage = [string, (r: typeof record) => void, boolean];
    const damages: Damage[] = [
      ['an item of another shape', (r) => (r.runs[0]!.split.items['1'] = 5 as unknown as [string, string]), true],
      ['other inputs: the subtree is walked, and still matches', (r) => (r.runs[0]!.split.items['1']![0] = 'another file'), false],
      [
        'other inputs and a torn subtree',
        (r) => {
          r.runs[0]!.split.items['1'] = ['another file', '{"v":"object",'];
        },
        true,
      ],
      ['no split items', (r) => (r.runs[0]!.split = null as unknown as (typeof r.runs)[0]['split']), true],
      ['no tree', (r) => (r.runs[0]!.tree = null as unknown as (typeof r.runs)[0]['tree']), true],
    ];
    for (const [what, damage, reruns] of damages) {
      const bad = JSON.parse(JSON.stringify(good)) as typeof record;
      damage(bad);
      put(recordName, bad);
      const r = await text();
      expect(r.emitted, what).toEqual(reruns ? ['test/representatives'] : []);
      expect(r.sha, what).toBe(last);
    }
  });

  it('buildArtifacts: two groups that emit one path is a bug, and the build says which path', async () => {
    const sources = readRoot(copyExample());
    const { model } = compile(sources, { today: TODAY });
    if (!model) throw new Error('example must compile');
    const twice = (name: string): Emitter => ({ name, scope: 'global', emit: () => [{ path: 'same/path.txt', data: name, kind: name }] });
    const input = { model, sources, assets: readAssets(), fingerprint: compilerFingerprint(), cache: memoryCache(), workers: 0 };
    await expect(buildArtifacts({ ...input, emitters: [...TEST_EMITTERS, twice('test/a'), twice('test/b')] })).rejects.toThrow(
      'internal: two artifacts with the path same/path.txt',
    );
    await expect(buildArtifacts({ ...input, emitters: [...TEST_EMITTERS, twice('test/a')] })).resolves.toBeDefined();
  });

  it('inShard: each customer in exactly one shard, stable', () => {
    for (const id of [...CUSTOMERS, 'a1', 'b2', 'c3', 'zz-top']) {
      for (const n of [1, 2, 3, 5]) {
        const hits = Array.from({ length: n }, (_, k) => inShard(id, k + 1, n)).filter(Boolean);
        expect(hits.length).toBe(1);
      }
    }
  });
});
