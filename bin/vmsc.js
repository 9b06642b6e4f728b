#!/usr/bin/env node
// Entry point: runs the compiled CLI, built by `npm ci` through the `prepare` script: the esbuild bundle
// (dist/bundle/, a few files instead of ~190 modules: faster start) when present, else tsc's dist/.
// `vmsc check` and `vmsc build` run their bundle (dist/bundle/check.cjs, build.cjs: that command alone, its
// packages inside) with its V8 code cache, so that they start without compiling their code again (docs/build.md,
// "Start-up of vmsc check").
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `vmsc --version` (or -V) alone: package.json's version, as the CLI prints it, without loading the CLI (0.7 → 0.15 s; node itself starts in 0.13 s)
const only = process.argv.length === 3 ? process.argv[2] : undefined;
if (only === '--version' || only === '-V') {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
  process.exit(0);
}

const dir = new URL('../dist/bundle/', import.meta.url);
// the command as src/cli/run.ts commandOf finds it: the first word that is not an option
const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
// `vmsc check` and `vmsc build` run their own bundle (that command alone) with its code cache
const single = command === 'check' || command === 'build' ? fileURLToPath(new URL(`${command}.cjs`, dir)) : undefined;
let main;
if (single && existsSync(single)) {
  const { runCached } = await import(new URL('code-cache.js', dir).href);
  main = runCached(single, `${single}.cache`).exports.main;
} else {
  const bundle = new URL('vmsc.js', dir);
  ({ main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js'));
}
main(process.argv).then((code) => {
  process.exitCode = code;
});
