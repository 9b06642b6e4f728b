#!/usr/bin/env node
// Entry point: runs the compiled CLI, built by `npm ci` through the `prepare` script: the esbuild bundle
// (dist/bundle/, a few files instead of ~190 modules: faster start) when present, else tsc's dist/.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/vmsc.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');
main(process.argv).then((code) => {
  process.exitCode = code;
});
