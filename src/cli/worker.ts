/**
 * A worker thread of the pool (cli/pool.ts). Pure: it receives bytes, the model without its customers and, with
 * each emit task, the customers it renders, as messages, and posts results back, never touching the disk.
 * `load` tasks run load + schema (validate/file.ts, which imports no rule); the emitters (PDF, mail, YAML
 * libraries) are imported only when the first model arrives.
 */
import { parentPort } from 'node:worker_threads';
import { fileResult } from '../validate/file.js';
import type { Artifact, Assets, CustomerEmitter } from '../emit/types.js';
import type { CustomerScope } from '../emit/run.js';
import type { ResolvedCustomer } from '../model/model.js';
import type { WireArtifact, WorkerMessage, WorkerReply } from './pool.js';
import { useRenderBundle } from './render-bundle.js';
import { sha256hex } from '../util/sha256.js';

// the packages that render, as on the main thread (cli/run.ts): from the bundle beside this code when there is one
useRenderBundle();

interface EmitState {
  /** the model without its customers (they come with each task) */
  ctx: { model: CustomerScope; assets: Assets };
  emitters: Map<string, CustomerEmitter>;
  emitCustomer: (e: CustomerEmitter, ctx: { model: CustomerScope; assets: Assets }, c: ResolvedCustomer) => Promise<Artifact[]>;
}

let state: Promise<EmitState> | undefined;

async function emitState(msg: Extract<WorkerMessage, { type: 'model' }>): Promise<EmitState> {
  const [{ EMITTERS }, { emitCustomer }] = await Promise.all([import('../emit/registry.js'), import('../emit/run.js')]);
  const emitters = new Map<string, CustomerEmitter>();
  for (const e of EMITTERS) if (e.scope === 'customer') emitters.set(e.name, e);
  return {
    ctx: { model: msg.model, assets: { templates: new Map(msg.templates), fonts: new Map(msg.fonts), fontTables: new Map(msg.fontTables) } },
    emitters,
    emitCustomer,
  };
}

const utf8 = new TextEncoder();

/**
 * an artifact for postMessage: text is encoded here (UTF-8, as the main thread would: write/manifest.ts toBytes)
 * and the bytes are transferred, not copied — the main thread's heap never holds the text of the agent files
 */
function wire(a: Artifact, transfer: ArrayBuffer[]): WireArtifact {
  const data = typeof a.data === 'string' ? utf8.encode(a.data) : a.data;
  // a view of part of a buffer (Buffer's pool, a pdfkit chunk): copied, so that only its own bytes are transferred
  const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength && data.buffer instanceof ArrayBuffer;
  const bytes = whole ? data : new Uint8Array(data);
  const w: WireArtifact = { path: a.path, kind: a.kind, data: bytes, sha256: sha256hex(bytes) };
  if (a.customer) w.customer = a.customer;
  if (!transfer.includes(bytes.buffer as ArrayBuffer)) transfer.push(bytes.buffer as ArrayBuffer);
  return w;
}

async function emit(msg: Extract<WorkerMessage, { type: 'emit' }>): Promise<void> {
  const transfer: ArrayBuffer[] = [];
  if (!state) throw new Error('worker: emit before any model');
  const s = await state;
  const results: WireArtifact[][] = [];
  const customers = new Map(msg.customers.map((c) => [c.id, c]));
  for (const job of msg.jobs) {
    const e = s.emitters.get(job.emitter);
    const c = customers.get(job.customer);
    if (!e || !c) throw new Error(`worker: unknown emitter ${job.emitter} or customer ${job.customer}`);
    results.push((await s.emitCustomer(e, s.ctx, c)).map((a) => wire(a, transfer)));
  }
  const reply: WorkerReply = { id: msg.id, emit: results };
  parentPort?.postMessage(reply, transfer);
}

// tasks are handled one after another, in the order they arrive (a model message precedes the tasks that use it)
let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', (msg: WorkerMessage) => {
  if (msg.type === 'model') {
    state = emitState(msg);
    return;
  }
  queue = queue.then(async () => {
    try {
      if (msg.type === 'load') {
        const reply: WorkerReply = { id: msg.id, load: msg.files.map((f) => JSON.stringify(fileResult(f))) };
        parentPort?.postMessage(reply);
      } else {
        await emit(msg);
      }
    } catch (err) {
      const reply: WorkerReply = { id: msg.id, error: (err as Error).stack ?? String(err) };
      parentPort?.postMessage(reply);
    }
  });
});
