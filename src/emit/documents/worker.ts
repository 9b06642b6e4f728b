/**
 * A document worker (worker_threads): receives the assets once (workerData) and, per batch, the model
 * (only when it changed) and jobs; parses the fonts once and renders with them for its whole life.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Assets } from '../types.js';
import type { Model } from '../../model/model.js';
import { renderJob } from './jobs.js';
import type { ToWorker, FromWorker } from './pool.js';

const assets = workerData as Assets;
let model: Model | undefined;
let generation = -1;

parentPort!.on('message', (msg: ToWorker) => {
  if (msg.model) {
    model = msg.model;
    generation = msg.generation;
  }
  if (generation !== msg.generation || !model) {
    parentPort!.postMessage({ type: 'error', generation: msg.generation, message: 'internal: worker has no model for this batch' } satisfies FromWorker);
    return;
  }
  try {
    const results = msg.jobs.map(({ index, job }) => ({ index, artifact: renderJob(assets, model!, job) }));
    const transfer = results.map((r) => (r.artifact.data as Uint8Array).buffer as ArrayBuffer);
    parentPort!.postMessage({ type: 'done', generation: msg.generation, results } satisfies FromWorker, transfer);
  } catch (e) {
    const err = e as Error;
    parentPort!.postMessage({ type: 'error', generation: msg.generation, message: err.message, stack: err.stack } satisfies FromWorker);
  }
});
