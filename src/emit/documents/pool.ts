/**
 * Parallel rendering of documents with a pool of worker threads (used by `vmsc build` and the bench).
 *
 *   const pool = createDocumentPool(assets, { workers: 2 });
 *   const artifacts = await pool.render(model, documentJobs(model));   // same order as the jobs
 *   await pool.close();
 *
 * or in one call: `await renderDocumentsParallel({ model, assets }, { workers: 2 })`.
 * Each worker parses the fonts once and keeps them for its life; the model is sent to a worker once per
 * `render` call. The bytes are the same as in-process rendering (the documents do not depend on where or
 * when they are rendered). `workers: 0` renders in this thread.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Artifact, Assets, EmitContext } from '../types.js';
import type { Model } from '../../model/model.js';
import { documentJobs, renderJob } from './jobs.js';
import type { DocumentJob } from './jobs.js';

export type { DocumentJob } from './jobs.js';
export { documentJobs, renderJob } from './jobs.js';

/** messages between the pool and its workers (worker.ts) */
export interface ToWorker {
  generation: number;
  model?: Model;
  jobs: Array<{ index: number; job: DocumentJob }>;
}
export type FromWorker =
  | { type: 'done'; generation: number; results: Array<{ index: number; artifact: Artifact }> }
  | { type: 'error'; generation: number; message: string; stack?: string };

export interface DocumentPool {
  readonly workers: number;
  /** renders the jobs; artifacts in the order of `jobs` */
  render(model: Model, jobs: readonly DocumentJob[]): Promise<Artifact[]>;
  /** ends the worker threads */
  close(): Promise<void>;
}

/** the compiled worker script (under vitest this module runs from src/: use the build in dist/) */
export function workerScript(): string {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const dist = fileURLToPath(new URL('../../../dist/emit/documents/worker.js', import.meta.url));
  if (existsSync(dist)) return dist;
  throw new Error(`the document worker script is not built (${here}); run npm run build:ts`);
}

/** documents handed to a worker at a time: small enough to balance, large enough to keep messages few */
const BATCH = 4;

export function createDocumentPool(assets: Assets, opts: { workers?: number } = {}): DocumentPool {
  const n = Math.max(0, opts.workers ?? Math.min(availableParallelism(), 4));
  const threads: Worker[] = [];
  for (let i = 0; i < n; i++) threads.push(new Worker(workerScript(), { workerData: assets }));
  let generation = 0;
  let busy = false;

  async function render(model: Model, jobs: readonly DocumentJob[]): Promise<Artifact[]> {
    if (n === 0) return jobs.map((j) => renderJob(assets, model, j));
    if (busy) throw new Error('internal: DocumentPool.render called while a render is running');
    busy = true;
    const gen = ++generation;
    const out: Artifact[] = new Array<Artifact>(jobs.length);
    let next = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        let running = 0;
        let failed = false;
        const sent = new Set<Worker>();
        const feed = (w: Worker) => {
          if (failed) return;
          if (next >= jobs.length) {
            if (running === 0) resolve();
            return;
          }
          const batch = [];
          for (let k = 0; k < BATCH && next < jobs.length; k++, next++) batch.push({ index: next, job: jobs[next]! });
          const msg: ToWorker = { generation: gen, jobs: batch };
          if (!sent.has(w)) {
            msg.model = model;
            sent.add(w);
          }
          running++;
          w.postMessage(msg);
        };
        const cleanups: Array<() => void> = [];
        const finish = (err?: Error) => {
          for (const c of cleanups) c();
          if (err) {
            failed = true;
            reject(err);
          }
        };
        for (const w of threads) {
          const onMessage = (m: FromWorker) => {
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
          const onError = (e: Error) => finish(e);
          const onExit = (code: number) => finish(new Error(`document worker exited with code ${code}`));
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

/**
 * Renders every contract and invoice of the model (or of the customers in `only`) with a throwaway pool.
 * Artifacts come back sorted by path, like emitAll's.
 */
export async function renderDocumentsParallel(ctx: EmitContext, opts: { workers?: number; only?: ReadonlySet<string>; jobs?: readonly DocumentJob[] } = {}): Promise<Artifact[]> {
  const jobs = opts.jobs ?? documentJobs(ctx.model, opts.only);
  const pool = createDocumentPool(ctx.assets, { workers: Math.min(opts.workers ?? availableParallelism(), Math.ceil(jobs.length / BATCH)) });
  try {
    const out = await pool.render(ctx.model, jobs);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  } finally {
    await pool.close();
  }
}
