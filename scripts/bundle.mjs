// Bundles the compiler's own code (src/, TypeScript) into dist/bundle/ with esbuild: vmsc.js (the CLI, run by
// bin/vmsc.js) and worker.js (the pool's thread), with the lazily imported commands and emitters in shared
// chunks beside them. Dependencies (node_modules) stay outside the bundle and load as before, only where used.
// Why: one process start then reads a few files instead of ~190 modules (see docs/build.md, start-up).
// The bundle sits at the same depth as dist/cli/, so every path the code derives from import.meta.url
// (package root, templates, generated/validators.cjs, the fingerprint's code folder = dist/) is unchanged.
//
// Beside them, the check bundle: check.cjs, `vmsc check` alone (src/cli/check-main.ts) as one CommonJS script
// with the packages it uses inside (yaml, commander, temporal-polyfill, the holiday data, ajv's runtime), which
// bin/vmsc.js runs with a V8 code cache (src/cli/code-cache.ts), and that cache, check.cjs.cache, made here by
// running it on the example root (tests/fixtures/example) once: docs/build.md, "Start-up of vmsc check".
// Run by `npm run build:ts` (so by `npm ci` through prepare, and by the bench) and by the test set-up when stale.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(REPO, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

/**
 * Packages stay outside (imported where used), except what the validators (generated/validators.cjs, bundled:
 * src/validate/schema.ts imports it) require of ajv's runtime: a require() in an ES module bundle would fail
 */
const packagesOutside = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => (/[\\/]generated[\\/]validators\.cjs$|[\\/]node_modules[\\/]/.test(a.importer) ? undefined : { external: true }));
  },
};
await build({
  absWorkingDir: REPO,
  entryPoints: { vmsc: 'src/cli/main.ts', worker: 'src/cli/worker.ts', 'code-cache': 'src/cli/code-cache.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [packagesOutside],
});

/** the packages `vmsc check` loads, bundled into check.cjs (every other one stays outside, never loaded by check) */
const CHECK_PACKAGES = new Set(['yaml', 'commander', 'temporal-polyfill', 'temporal-utils', '@holiday-jp/holiday_jp', 'ajv', 'ajv-formats', 'fast-deep-equal']);
const { IMPORT_META_URL } = await import(pathToFileURL(join(outdir, 'code-cache.js')).href);
const checkFile = join(outdir, 'check.cjs');
const cacheFile = `${checkFile}.cache`;
await build({
  absWorkingDir: REPO,
  entryPoints: ['src/cli/check-main.ts'],
  outfile: checkFile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // the runner (code-cache.ts) passes the script's file URL: every path derived from it is as from dist/bundle/
  define: { 'import.meta.url': IMPORT_META_URL },
  // less to read and hash at each start; names are kept (stack traces, error messages)
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    {
      name: 'check-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (a) => {
          const name = a.path
            .split('/')
            .slice(0, a.path.startsWith('@') ? 2 : 1)
            .join('/');
          return CHECK_PACKAGES.has(name) ? undefined : { external: true };
        });
      },
    },
  ],
});

// the code cache: check.cjs run once on the example root (what `vmsc check` compiles: loading, schemas, every
// rule, the output formats, the check cache's reading and writing), in a child process with the flags of a run
const EXAMPLE = join(REPO, 'tests', 'fixtures', 'example');
const state = mkdtempSync(join(tmpdir(), 'vmsc-bundle-warm-'));
const warm = `
const { runCached } = await import(${JSON.stringify(pathToFileURL(join(outdir, 'code-cache.js')).href)});
const s = runCached(${JSON.stringify(checkFile)}, ${JSON.stringify(cacheFile)});
const root = ${JSON.stringify(EXAMPLE)};
const runs = ${JSON.stringify(existsSync(EXAMPLE))}
  ? [['--format', 'json', '--cache', 'on', '--state', ${JSON.stringify(state)}], ['--format', 'json', '--cache', 'on', '--state', ${JSON.stringify(state)}], ['--format', 'human', '--cache', 'off'], ['--format', 'github', '--cache', 'off']]
  : [];
for (const r of runs) {
  const code = await s.exports.main([process.execPath, 'vmsc', 'check', '--root', root, '--today', '2026-11-27', ...r]);
  if (code !== 0) throw new Error('vmsc check of the example root exited ' + code);
}
// every package check uses is inside the bundle (CHECK_PACKAGES), so in its code cache: none loaded from outside
const outside = Object.keys((await import('node:module')).createRequire(import.meta.url).cache).filter((p) => p.includes('node_modules'));
if (outside.length) throw new Error('the check bundle loaded packages from outside (add them to CHECK_PACKAGES in scripts/bundle.mjs): ' + outside.join(', '));
s.save(${JSON.stringify(cacheFile)});
`;
try {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', warm], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`scripts/bundle.mjs: the check bundle failed on the example root:\n${r.stderr}`);
} finally {
  rmSync(state, { recursive: true, force: true });
}
