/**
 * A build worker (worker_threads): receives the model and assets once (plain data, structured-cloned), then
 * runs customer-scoped emitters by name for customers by id, and posts the artifacts back (bytes transferred).
 * Runs only from compiled JS (dist/); build/pool.ts starts it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Artifact, CustomerEmitter, EmitContext } from '../emit/types.js';
import type { Model, ResolvedCustomer } from '../model/model.js';
import { EMITTERS } from '../emit/registry.js';
import { emitCustomer } from '../emit/run.js';
import type { WorkerData, WorkerReply, WorkerTask, WireArtifact } from './pool.js';

const data = workerData as WorkerData;
const model: Model = data.model;
const ctx: EmitContext = {
  model,
  assets: { templates: new Map(data.templates), fonts: new Map(data.fonts) },
};
const customers = new Map<string, ResolvedCustomer>(model.customers.map((c) => [c.id, c]));
const emitters = new Map<string, CustomerEmitter>();
for (const e of EMITTERS) if (e.scope === 'customer') emitters.set(e.name, e);

function wire(a: Artifact, transfer: ArrayBuffer[]): WireArtifact {
  const w: WireArtifact = { path: a.path, kind: a.kind, data: a.data };
  if (a.customer) w.customer = a.customer;
  if (typeof a.data !== 'string') {
    const whole = a.data.byteOffset === 0 && a.data.byteLength === a.data.buffer.byteLength && a.data.buffer instanceof ArrayBuffer;
    const bytes = whole ? a.data : new Uint8Array(a.data);
    w.data = bytes;
    if (!transfer.includes(bytes.buffer as ArrayBuffer)) transfer.push(bytes.buffer as ArrayBuffer);
  }
  return w;
}

parentPort?.on('message', (task: WorkerTask) => {
  void (async () => {
    const transfer: ArrayBuffer[] = [];
    try {
      const results: WireArtifact[][] = [];
      for (const job of task.jobs) {
        const e = emitters.get(job.emitter);
        const c = customers.get(job.customer);
        if (!e || !c) throw new Error(`worker: unknown emitter ${job.emitter} or customer ${job.customer}`);
        results.push((await emitCustomer(e, ctx, c)).map((a) => wire(a, transfer)));
      }
      const reply: WorkerReply = { id: task.id, results };
      parentPort?.postMessage(reply, transfer);
    } catch (err) {
      const reply: WorkerReply = { id: task.id, error: (err as Error).stack ?? String(err) };
      parentPort?.postMessage(reply);
    }
  })();
});
