// A document worker of bench/documents-pool.mjs (worker_threads): receives the assets once (workerData) and,
// per batch, the model (only when it changed) and jobs; parses the fonts once and renders with them for its
// whole life.
import { parentPort, workerData } from 'node:worker_threads';
import { renderJob } from './documents-pool.mjs';

const assets = workerData;
let model;
let generation = -1;

parentPort.on('message', (msg) => {
  if (msg.model) {
    model = msg.model;
    generation = msg.generation;
  }
  if (generation !== msg.generation || !model) {
    parentPort.postMessage({ type: 'error', generation: msg.generation, message: 'internal: worker has no model for this batch' });
    return;
  }
  try {
    const results = msg.jobs.map(({ index, job }) => ({ index, artifact: renderJob(assets, model, job) }));
    const transfer = results.map((r) => r.artifact.data.buffer);
    parentPort.postMessage({ type: 'done', generation: msg.generation, results }, transfer);
  } catch (e) {
    // a rendering error is the answer to this batch: render() rejects with its message
    parentPort.postMessage({ type: 'error', generation: msg.generation, message: e.message, stack: e.stack });
  }
});
