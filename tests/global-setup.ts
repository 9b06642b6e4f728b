/**
 * dist/ is built first when it is missing or older than its sources (src/, tsconfig*.json, package.json):
 * worker threads and child processes run the compiled code, so `npx vitest` never tests a stale dist/.
 *
 * Every temporary folder the tests make (roots, outputs, states) goes under one folder per run, removed at
 * the end, so that repeated runs on one machine (CI, developers) do not fill /tmp.
 *
 * The vendored example root (tests/fixtures/example) has its write bit taken away for the run, as the shared
 * original (../shared/spec/example) is checked out: a build with `--root` on it then keeps no state folder in it
 * (src/cli/state.ts stateFolder), so tests leave no files in the repository and share no cache through it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';

/** = REPO and EXAMPLE of tests/helpers.ts (not imported: that would load the whole program into the setup) */
const REPO = join(import.meta.dirname, '..');
const EXAMPLE = join(REPO, 'tests', 'fixtures', 'example');

/** the newest modification time of the files under dir (0 when there are none) */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

/** whether dist/ is missing or older than a file it is compiled from */
export function distIsStale(repo = REPO): boolean {
  const dist = join(repo, 'dist');
  if (!existsSync(dist)) return true;
  const configs = readdirSync(repo).filter((f) => /^tsconfig.*\.json$/.test(f) || f === 'package.json');
  // (scripts/: the bundle's script and what it puts in the bundle)
  const sources = Math.max(newest(join(repo, 'src')), newest(join(repo, 'scripts')), ...configs.map((f) => statSync(join(repo, f)).mtimeMs));
  if (sources > newest(dist)) return true;
  // a module deleted or moved in src/ leaves its old output in dist/ (tsc never deletes): stale too
  const compiled = (d: string, ext: RegExp) =>
    new Set(
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && ext.test(e.name) && !e.name.endsWith('.d.ts'))
        .map((e) => join(e.parentPath, e.name).slice(d.length).replace(ext, '')),
    );
  const src = compiled(join(repo, 'src'), /\.ts$/);
  for (const js of compiled(dist, /\.js$/)) if (!js.startsWith(`${sep}bundle${sep}`) && !src.has(js)) return true;
  // the esbuild bundle (scripts/bundle.mjs) that bin/vmsc.js and the pool's workers run
  for (const entry of ['vmsc.js', 'worker.js']) {
    const b = join(dist, 'bundle', entry);
    if (!existsSync(b) || statSync(b).mtimeMs < sources) return true;
  }
  return false;
}

/** compiles src/ to dist/ with the repository's own TypeScript, then bundles it (as npm run build:ts does) */
function buildDist(): void {
  console.log('global-setup: dist/ is missing or older than src/: building it (tsc -p tsconfig.build.json, then scripts/bundle.mjs)');
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  rmSync(join(REPO, 'dist'), { recursive: true, force: true }); // no output of a module that is gone
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: REPO, encoding: 'utf8' });
  if (r.error) throw r.error;
  // tsc emits despite type errors; the typecheck of npm test reports them, here they are only shown
  if (r.status !== 0) console.log(`global-setup: tsc reported errors (dist/ was written anyway):\n${r.stdout}${r.stderr}`);
  if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) throw new Error(`global-setup: dist/ was not built:\n${r.stdout}${r.stderr}`);
  const b = spawnSync(process.execPath, [join(REPO, 'scripts', 'bundle.mjs')], { cwd: REPO, encoding: 'utf8' });
  if (b.error) throw b.error;
  if (b.status !== 0) throw new Error(`global-setup: the bundle (scripts/bundle.mjs) failed:\n${b.stdout}${b.stderr}`);
}

export default function setup(): () => void {
  if (distIsStale()) buildDist();
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-test-run-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  const exampleMode = statSync(EXAMPLE).mode & 0o7777;
  chmodSync(EXAMPLE, exampleMode & ~0o222);
  return () => {
    chmodSync(EXAMPLE, exampleMode | 0o200);
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    if (!process.env['VMSC_KEEP_TEST_TMP']) rmSync(dir, { recursive: true, force: true });
  };
}
