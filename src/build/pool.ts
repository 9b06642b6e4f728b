/**
 * A pool of worker_threads that run customer-scoped emitters (PDF rendering is the heavy part) on every core.
 * The model and assets are posted once to each worker; a task is a batch of (emitter, customer) jobs.
 * Workers need compiled JS: `workersAvailable()` is false when running from TypeScript sources (vitest),
 * and the build then runs in-process — same files, same bytes.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Artifact, Assets } from '../emit/types.js';
import type { Model } from '../model/model.js';

export interface WorkerData {
  model: Model;
  templates: [string, string][];
  fonts: [string, Uint8Array][];
}

export interface WorkerJob {
  emitter: string;
  customer: string;
}

export interface WorkerTask {
  id: number;
  jobs: WorkerJob[];
}

export interface WireArtifact {
  path: string;
  kind: string;
  customer?: string;
  data: string | Uint8Array;
}

export interface WorkerReply {
  id: number;
  results?: WireArtifact[][];
  error?: string;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** workers run compiled JS only */
export function workersAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

/** number of workers for this machine: one per core (the main thread hashes and writes meanwhile) */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { task: WorkerTask; resolve: (r: Artifact[][]) => void; reject: (e: Error) => void }[] = [];
  private readonly pending = new Map<number, { worker: Worker; resolve: (r: Artifact[][]) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failed: Error | undefined;

  /** throws (synchronously) when the model cannot be posted to a worker; the caller then runs in-process */
  constructor(size: number, model: Model, assets: Assets) {
    const workerData: WorkerData = { model, templates: [...assets.templates], fonts: [...assets.fonts] };
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER_URL, { workerData });
      w.on('message', (r: WorkerReply) => this.onReply(w, r));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a build worker exited with code ${code}`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(jobs: WorkerJob[]): Promise<Artifact[][]> {
    return new Promise((resolve, reject) => {
      if (this.failed) return reject(this.failed);
      this.queue.push({ task: { id: this.nextId++, jobs }, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.pop()!;
      const q = this.queue.shift()!;
      this.pending.set(q.task.id, { worker: w, resolve: q.resolve, reject: q.reject });
      w.postMessage(q.task);
    }
  }

  private onReply(w: Worker, r: WorkerReply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    this.idle.push(w);
    if (r.error !== undefined || !r.results) p.reject(new Error(r.error ?? 'worker: empty reply'));
    else {
      p.resolve(r.results.map((list) => list.map((a) => {
        const art: Artifact = { path: a.path, kind: a.kind, data: a.data };
        if (a.customer) art.customer = a.customer;
        return art;
      })));
    }
    this.pump();
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    for (const q of this.queue.splice(0)) q.reject(e);
  }

  async close(): Promise<void> {
    this.failed ??= new Error('pool closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
