// The documents worker pool of the bench (bench/documents.mjs): renders contracts and invoices in
// worker_threads, from the compiled code in dist/ (npm run build:ts). Not part of vmsc: `vmsc build` has its
// own pool (src/build/). The bytes are the same as in-process rendering.
//
//   const pool = createDocumentPool(assets, { workers: 2 });
//   const artifacts = await pool.render(model, documentJobs(model));   // same order as the jobs
//   await pool.close();
//
// Each worker parses the fonts once and keeps them for its life; the model is sent to a worker once per
// `render` call. `workers: 0` renders in this thread.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const { billedMonths } = await import(join(REPO, 'dist/billing/invoice.js'));
const { contractPath, invoicePath, renderContract, renderInvoice } = await import(join(REPO, 'dist/emit/documents/documents.js'));

/** every document of the model (or of the customers in `only`), in a stable order: {kind, customer[, month]} */
export function documentJobs(model, only) {
  const jobs = [];
  for (const c of model.customers) {
    if (only && !only.has(c.id)) continue;
    jobs.push({ kind: 'contract', customer: c.id });
    for (const month of billedMonths(model, c)) jobs.push({ kind: 'invoice', customer: c.id, month });
  }
  return jobs;
}

/** one job, in this thread: an artifact {path, data, kind, customer} */
export function renderJob(assets, model, job) {
  const c = model.customers.find((x) => x.id === job.customer);
  if (!c) throw new Error(`internal: no customer ${job.customer}`);
  if (job.kind === 'contract') {
    return { path: contractPath(c.id), data: renderContract(assets, model, c).bytes, kind: 'documents/contract', customer: c.id };
  }
  return { path: invoicePath(c.id, job.month), data: renderInvoice(assets, model, c, job.month).bytes, kind: 'documents/invoice', customer: c.id };
}

/** documents handed to a worker at a time: small enough to balance, large enough to keep messages few */
const BATCH = 4;
const WORKER = fileURLToPath(new URL('./documents-worker.mjs', import.meta.url));

export function createDocumentPool(assets, opts = {}) {
  const n = Math.max(0, opts.workers ?? Math.min(availableParallelism(), 4));
  const threads = [];
  for (let i = 0; i < n; i++) threads.push(new Worker(WORKER, { workerData: assets }));
  let generation = 0;
  let busy = false;

  async function render(model, jobs) {
    if (n === 0) return jobs.map((j) => renderJob(assets, model, j));
    if (busy) throw new Error('internal: render called while a render is running');
    busy = true;
    const gen = ++generation;
    const out = new Array(jobs.length);
    let next = 0;
    try {
      await new Promise((resolve, reject) => {
        let running = 0;
        let failed = false;
        const sent = new Set();
        const feed = (w) => {
          if (failed) return;
          if (next >= jobs.length) {
            if (running === 0) resolve();
            return;
          }
          const batch = [];
          for (let k = 0; k < BATCH && next < jobs.length; k++, next++) batch.push({ index: next, job: jobs[next] });
          const msg = { generation: gen, jobs: batch };
          if (!sent.has(w)) {
            msg.model = model;
            sent.add(w);
          }
          running++;
          w.postMessage(msg);
        };
        const cleanups = [];
        const finish = (err) => {
          for (const c of cleanups) c();
          if (err) {
            failed = true;
            reject(err);
          }
        };
        for (const w of threads) {
          const onMessage = (m) => {
            if (m.generation !== gen) return; // a late answer to an earlier, failed render()
            running--;
            if (m.type === 'error') {
              finish(new Error(`document worker: ${m.message}`));
              return;
            }
            for (const r of m.results) out[r.index] = r.artifact;
            if (next >= jobs.length && running === 0) {
              finish();
              resolve();
              return;
            }
            feed(w);
          };
          const onError = (e) => finish(e);
          const onExit = (code) => finish(new Error(`document worker exited with code ${code}`));
          w.on('message', onMessage);
          w.on('error', onError);
          w.on('exit', onExit);
          cleanups.push(() => {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
          });
        }
        if (jobs.length === 0) {
          finish();
          resolve();
          return;
        }
        // two batches in flight per worker, so that a worker never waits for the next one
        for (const w of threads) feed(w);
        for (const w of threads) feed(w);
      });
    } finally {
      busy = false;
    }
    return out;
  }

  return {
    workers: n,
    render,
    async close() {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}
