// The reference of the cold-build row of bench/targets.mjs: render the contracts and invoices of a root — the
// same PDFs `vmsc build` renders — and nothing else, on the bench's documents pool with one worker per core
// (fonts parsed once per worker). Prints the number of documents; the caller times the process.
//   node bench/pdfs-alone.mjs ROOT [PACKAGE]   (PACKAGE: a compiled copy of vmsc, default this repository)
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const [root, pkg] = process.argv.slice(2);
const REPO = pkg ?? join(import.meta.dirname, '..');
const { readAssets, readRoot } = await import(join(REPO, 'dist/cli/host.js'));
const { compile } = await import(join(REPO, 'dist/driver/index.js'));
const { createDocumentPool, documentJobs } = await import('./documents-pool.mjs');

const model = compile(readRoot(root), { today: '2026-11-27' }).model;
if (!model) throw new Error(`${root} does not compile`);
const jobs = documentJobs(model);
const t0 = performance.now();
const pool = createDocumentPool(readAssets(), { workers: availableParallelism() });
const docs = await pool.render(model, jobs);
await pool.close();
console.log(`${docs.length} documents, ${docs.filter((d) => d.data[0] === 0x25).length} PDFs, rendering ${((performance.now() - t0) / 1000).toFixed(2)} s`);
