// Bundles the compiler's own code (src/, TypeScript) into dist/bundle/ with esbuild: vmsc.js (the CLI, run by
// bin/vmsc.js) and worker.js (the pool's thread), with the lazily imported commands and emitters in shared
// chunks beside them. Dependencies (node_modules) stay outside the bundle and load as before, only where used.
// Why: one process start then reads a few files instead of ~190 modules (see docs/build.md, start-up).
// The bundle sits at the same depth as dist/cli/, so every path the code derives from import.meta.url
// (package root, templates, generated/validators.cjs, the fingerprint's code folder = dist/) is unchanged.
// Run by `npm run build:ts` (so by `npm ci` through prepare, and by the bench) and by the test set-up when stale.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(REPO, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: REPO,
  entryPoints: { vmsc: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
