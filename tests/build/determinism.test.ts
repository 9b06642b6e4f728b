import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runBuild } from '../../src/cli/commands/build.js';
import { EXAMPLE, REPO, copyExample, testIO, TEST_EMITTERS, tmp } from './util.js';

/** a private copy of the compiled package, so that a concurrent `tsc` cannot change the compiler mid-test */
function snapshotPackage(): string {
  const dir = tmp('vmsc-pkg-');
  for (const d of ['dist', 'bin', 'templates', 'schemas', 'generated']) if (existsSync(join(REPO, d))) cpSync(join(REPO, d), join(dir, d), { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) if (existsSync(join(REPO, f))) cpSync(join(REPO, f), join(dir, f));
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
let BIN = join(REPO, 'bin', 'vmsc.js');

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p, r);
      else out[r] = readFileSync(p).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

/** a copy of the example whose files are created in reverse order (so the directory order on disk differs) */
function copyReversed(): string {
  const dir = tmp('vmsc-root-rev-');
  const files: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(d, e.name), r);
      else files.push(r);
    }
  };
  walk(EXAMPLE, '');
  for (const f of files.sort().reverse()) {
    if (!f.startsWith('policies/') && !f.startsWith('customers/')) continue;
    const dest = join(dir, ...f.split('/'));
    mkdirSync(join(dest, '..'), { recursive: true });
    cpSync(join(EXAMPLE, ...f.split('/')), dest);
  }
  return dir;
}

function cli(args: string[], env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('reproducible builds: same inputs, byte-identical out/ (manifest and every file)', () => {
  it('whatever TZ, locale, --today, directory order, worker count, and cold or warm cache (real emitters, child processes)', () => {
    BIN = join(snapshotPackage(), 'bin', 'vmsc.js');
    const a = copyExample();
    const b = copyReversed();
    const stateA = tmp('vmsc-state-');
    const stateB = tmp('vmsc-state-');
    const r1 = cli(['build', '--root', a, '--state', stateA, '--today', '2026-11-27', '--jobs', '0'], { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    const r2 = cli(['build', '--root', b, '--state', stateB, '--today', '2027-01-15', '--jobs', '2'], {
      TZ: 'America/Los_Angeles',
      LANG: 'ja_JP.UTF-8',
      LC_ALL: 'ja_JP.UTF-8',
      CI: 'true',
    });
    expect(r2.code).toBe(0);
    expect(readFileSync(join(b, 'out', 'manifest.json'), 'utf8')).toBe(readFileSync(join(a, 'out', 'manifest.json'), 'utf8'));
    expect(tree(join(b, 'out'))).toEqual(tree(join(a, 'out')));
    // warm: out/ removed, everything from the cache, another zone
    rmSync(join(b, 'out'), { recursive: true });
    const r3 = cli(['build', '--root', b, '--state', stateB, '--today', '2026-12-01'], { TZ: 'Asia/Tokyo', LANG: 'en_US.UTF-8' });
    expect(r3.code).toBe(0);
    expect(r3.stdout).toMatch(/, 0 emitted, \d+ from cache/);
    expect(tree(join(b, 'out'))).toEqual(tree(join(a, 'out')));
  });

  it('in-process: two builds of the same inputs, cold vs warm and --no-cache, give identical manifests', async () => {
    const a = copyExample();
    const b = copyReversed();
    await runBuild(testIO(), { root: a, today: '2026-11-27', emitters: TEST_EMITTERS });
    // another --today inside calendar.coverage (after it, T005 stops the build)
    await runBuild(testIO(), { root: b, today: '2028-06-30', emitters: TEST_EMITTERS, cache: false });
    const ma = readFileSync(join(a, 'out', 'manifest.json'), 'utf8');
    expect(readFileSync(join(b, 'out', 'manifest.json'), 'utf8')).toBe(ma);
    rmSync(join(a, 'out'), { recursive: true });
    const warm = await runBuild(testIO(), { root: a, today: '2026-11-27', emitters: TEST_EMITTERS });
    expect(warm.stats?.emitted).toBe(0);
    expect(readFileSync(join(a, 'out', 'manifest.json'), 'utf8')).toBe(ma);
    // a non-input file in the root changes nothing
    writeFileSync(join(a, 'README.txt'), 'notes');
    rmSync(join(a, 'out'), { recursive: true });
    await runBuild(testIO(), { root: a, today: '2026-11-27', emitters: TEST_EMITTERS });
    expect(readFileSync(join(a, 'out', 'manifest.json'), 'utf8')).toBe(ma);
  });
});
