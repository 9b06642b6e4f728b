#!/usr/bin/env node
/**
 * Regenerates the review renders of the documents committed under docs/: page 1 of the contract of
 * acme-logistics and of its 2026-09 invoice (with a late fee), from the shared example root, at 80 dpi.
 * Needs the compiled code (npm run build:ts) and pdftoppm (Debian poppler-utils).
 *
 *   node scripts/render-docs.mjs [--root DIR]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAssets, readRoot } from '../dist/cli/host.js';
import { compile } from '../dist/driver/index.js';
import { renderContract, renderInvoice } from '../dist/emit/documents/documents.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--root');
const root = i > 0 ? process.argv[i + 1] : join(REPO, '..', 'shared', 'spec', 'example');

if (spawnSync('pdftoppm', ['-v']).status !== 0) {
  console.error('pdftoppm is not installed (apt-get install poppler-utils)');
  process.exit(1);
}
const r = compile(readRoot(root), { today: '2026-11-27' });
if (!r.model) {
  console.error(`the root ${root} has errors: run vmsc check --root ${root}`);
  process.exit(1);
}
const assets = readAssets();
const c = r.model.customers.find((x) => x.id === 'acme-logistics') ?? r.model.customers[0];
const month = '2026-09';
const tmp = mkdtempSync(join(tmpdir(), 'vmsc-render-'));
const jobs = [
  ['documents-contract', renderContract(assets, r.model, c).bytes],
  ['documents-invoice', renderInvoice(assets, r.model, c, month).bytes],
];
for (const [name, bytes] of jobs) {
  const pdf = join(tmp, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(tmp, name)]);
  copyFileSync(join(tmp, `${name}.png`), join(REPO, 'docs', `${name}.png`));
  console.log(`wrote docs/${name}.png`);
}
