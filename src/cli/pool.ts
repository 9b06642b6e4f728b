/**
 * The one worker pool: worker_threads that serve both halves of the pipeline that are worth parallelising —
 * load + schema of the files of a large root (vmsc check) and the customer-scoped emitters (PDF rendering,
 * vmsc build / plan). The host starts it (cli/host.ts); the driver gives it work through the `Workers`
 * interface. Each worker loads the emitters only when it is first given a model, so a check worker starts fast.
 *
 * Workers run compiled JS (dist/cli/worker.js). Under a TypeScript runner the compiled worker is used when it
 * exists (the test set-up builds dist/ before the tests), otherwise there are no workers and everything runs in
 * process — the same files, the same bytes.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { SourceFile } from '../load/yaml.js';
import type { Assets } from '../emit/types.js';
import type { Model, ResolvedCustomer } from '../model/model.js';
import type { CustomerScope } from '../emit/run.js';
import type { EmitJob, HashedArtifact, Workers } from '../driver/host.js';
import { forgetMonitoring } from '../resolve/resolve.js';

/**
 * what the main thread posts to a worker: the model once without its customers (what a customer-scoped emitter
 * may read: emit/run.ts customerScope), and each emit task with the customers it renders — so a worker holds
 * only the customers of its current tasks, not a copy of all of them
 */
export type WorkerMessage =
  | { type: 'model'; model: CustomerScope; templates: [string, string][]; fonts: [string, Uint8Array][]; fontTables: [string, Uint8Array][] }
  | { type: 'load'; id: number; files: Array<{ path: string; bytes: Uint8Array }> }
  | { type: 'emit'; id: number; jobs: EmitJob[]; customers: ResolvedCustomer[] };

export interface WireArtifact {
  path: string;
  kind: string;
  customer?: string;
  /** the artifact's bytes (text encoded as UTF-8 by the worker), transferred */
  data: Uint8Array;
  /** their sha256, hashed by the worker */
  sha256: string;
}

/** what a worker posts back for task `id` */
export type WorkerReply = { id: number; load: string[] } | { id: number; emit: WireArtifact[][] } | { id: number; error: string };

const EXT = extname(fileURLToPath(import.meta.url)); // .js in dist, .ts under vitest
const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * the worker entry, or undefined when there is no compiled one (TypeScript sources without dist/): beside this
 * module when compiled (dist/bundle/worker.js in the bundle, dist/cli/worker.js from tsc); under a TypeScript
 * runner the bundle's worker when built, else tsc's
 */
export function workerScript(): URL | undefined {
  if (EXT === '.js') return new URL('./worker.js', import.meta.url);
  for (const dir of ['bundle', 'cli']) {
    const dist = join(HERE, '..', '..', 'dist', dir, 'worker.js');
    if (existsSync(dist)) return pathToFileURL(dist);
  }
  return undefined;
}

/** this process's Node.js options that a worker thread takes (found on the first thread started) */
let threadArgv: string[] | undefined;

/**
 * A worker thread started with this process's Node.js options, less those Node.js refuses in a worker: --input-type
 * (a worker runs a file or CommonJS source, never the -e text that option is for) and the V8 and process-wide
 * options (`node --max-old-space-size=4096 vmsc build`, --stack-trace-limit, --expose-gc, --title…: Node.js throws
 * ERR_WORKER_INVALID_EXEC_ARGV, naming them). V8's options are the process's, so they hold in the worker anyway.
 */
export function startThread(script: URL | string, options: Omit<WorkerOptions, 'execArgv'>): Worker {
  threadArgv ??= process.execArgv.filter((a) => !a.startsWith('--input-type'));
  try {
    return new Worker(script, { ...options, execArgv: threadArgv });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV' || threadArgv.length === 0) throw e;
    // "Initiated Worker with invalid execArgv flags: --a, --b": without those; without any if none is named
    const named = new Set(((e as Error).message.split(': ')[1] ?? '').split(', '));
    const kept = threadArgv.filter((a) => !named.has(a));
    threadArgv = kept.length < threadArgv.length ? kept : [];
    return startThread(script, options);
  }
}

/** files per load task: big enough to amortise a message, small enough to balance two cores */
const LOAD_BATCH = 50;
/** tasks a thread holds at once: the one it runs and the next, so it never waits for the main thread */
const IN_FLIGHT = 2;

/**
 * old-generation limit of a worker's heap (MB). A worker holds only its current tasks' customers, so its live
 * heap stays small (~35 MB at 1,000 customers); without a limit V8 lets each worker's heap grow to several times
 * that before collecting (the two workers were most of a cold build's peak RSS). A task that needs more — a
 * customer with very many servers — is not refused: the thread that ran out is replaced by one without the limit,
 * which runs its tasks again (they are pure).
 */
const WORKER_OLD_SPACE_MB = 96;

/**
 * young-generation size of a worker with that limit (MB; V8's default is 48 on 64 bits, semi-spaces of 16): a
 * worker's short-lived objects are a document's, and two workers each keeping 32 MB of semi-spaces were ~40 MB of a
 * cold build's peak RSS. Cold build at 1,000 customers, two runs each: 542 and 556 MB → 496 and 520 MB, CPU
 * 36.2/34.2 → 35.4/35.2 s; 12 MB saved ~10 MB more for 2–5 CPU s more (docs/build.md, eighth round). A limit of
 * the young generation never ends a thread: V8 promotes what does not fit.
 */
const WORKER_YOUNG_MB = 24;

interface Pending {
  resolve: (r: WorkerReply) => void;
  reject: (e: Error) => void;
}

/** a fixed set of threads, each with a queue of tasks; a task goes to the least busy thread */
class ThreadPool implements Workers {
  private readonly threads: Worker[] = [];
  private readonly busy: number[] = [];
  private readonly pending = new Map<number, Pending & { thread: number; msg: WorkerMessage }>();
  private readonly queue: Array<Pending & { make: (id: number) => WorkerMessage }> = [];
  private nextId = 1;
  private failed: Error | undefined;
  private model: Model | undefined;
  private modelMessage: WorkerMessage | undefined;
  private customers = new Map<string, ResolvedCustomer>();
  /** each thread's heap limit (undefined: none; a replaced thread has none) */
  private readonly limits: Array<number | undefined> = [];
  /** threads replaced after running out of their heap limit (tests) */
  restarts = 0;

  constructor(
    readonly size: number,
    private readonly script: URL,
    heapLimitMb: number = WORKER_OLD_SPACE_MB,
  ) {
    for (let i = 0; i < size; i++) {
      this.threads.push(this.spawn(i, heapLimitMb));
      this.limits.push(heapLimitMb || undefined);
      this.busy.push(0);
    }
  }

  private spawn(slot: number, limitMb: number | undefined): Worker {
    const w = startThread(this.script, limitMb ? { resourceLimits: { maxOldGenerationSizeMb: limitMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } } : {});
    w.on('message', (r: WorkerReply) => this.onReply(r));
    w.on('error', (e) => this.onError(slot, w, e));
    w.on('exit', (code) => {
      if (code !== 0 && this.threads[slot] === w) this.fail(new Error(`a worker thread exited with code ${code}`));
    });
    return w;
  }

  /** a thread out of its heap limit: a new one without the limit takes its place and its tasks; any other error fails the pool */
  private onError(slot: number, w: Worker, e: Error): void {
    if (this.threads[slot] !== w) return;
    const outOfLimit = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && this.limits[slot] !== undefined;
    if (!outOfLimit || this.failed) {
      this.fail(e);
      return;
    }
    this.restarts++;
    const fresh = this.spawn(slot, undefined);
    this.threads[slot] = fresh;
    this.limits[slot] = undefined;
    if (this.modelMessage) fresh.postMessage(this.modelMessage);
    for (const p of this.pending.values()) if (p.thread === slot) fresh.postMessage(p.msg);
  }

  setModel(model: Model, assets: Assets): void {
    if (this.model === model) return;
    this.model = model;
    this.customers = new Map(model.customers.map((c) => [c.id, c]));
    const scope: CustomerScope = { policies: model.policies };
    if (model.records) scope.records = model.records;
    const msg: WorkerMessage = {
      type: 'model',
      model: scope,
      templates: [...assets.templates],
      fonts: [...assets.fonts],
      fontTables: [...(assets.fontTables ?? [])],
    };
    this.modelMessage = msg;
    for (const w of this.threads) w.postMessage(msg); // messages are handled in order: before any later task
  }

  async load(files: readonly SourceFile[]): Promise<string[]> {
    const batches: Promise<string[]>[] = [];
    for (let s = 0; s < files.length; s += LOAD_BATCH) {
      const part = files.slice(s, s + LOAD_BATCH).map((f) => ({ path: f.path, bytes: f.bytes, ...(f.problem ? { problem: f.problem } : {}) }));
      batches.push(this.run((id) => ({ type: 'load', id, files: part })).then((r) => ('load' in r ? r.load : [])));
    }
    return (await Promise.all(batches)).flat();
  }

  async emit(jobs: readonly EmitJob[]): Promise<HashedArtifact[][]> {
    if (!this.model) throw new Error('worker pool: emit before setModel');
    const customers: ResolvedCustomer[] = [];
    for (const id of new Set(jobs.map((j) => j.customer))) {
      const c = this.customers.get(id);
      if (!c) throw new Error(`worker pool: no customer ${id} in the model`);
      customers.push(c);
    }
    const r = await this.run((id) => ({ type: 'emit', id, jobs: [...jobs], customers }));
    if (!('emit' in r)) throw new Error('worker pool: unexpected reply');
    return r.emit.map((list) =>
      list.map((a) => {
        const art: HashedArtifact = { path: a.path, kind: a.kind, data: a.data, sha256: a.sha256 };
        if (a.customer) art.customer = a.customer;
        return art;
      }),
    );
  }

  private run(make: (id: number) => WorkerMessage): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      if (this.failed) return reject(this.failed);
      this.queue.push({ make, resolve, reject });
      this.pump();
    });
  }

  /** hands queued tasks to threads with room (a thread keeps at most IN_FLIGHT tasks: one running, one ready) */
  private pump(): void {
    while (this.queue.length) {
      let thread = -1;
      for (let i = 0; i < this.threads.length; i++) {
        if (this.busy[i]! < IN_FLIGHT && (thread < 0 || this.busy[i]! < this.busy[thread]!)) thread = i;
      }
      if (thread < 0) return;
      const q = this.queue.shift()!;
      const id = this.nextId++;
      this.busy[thread]!++;
      const msg = q.make(id);
      this.pending.set(id, { resolve: q.resolve, reject: q.reject, thread, msg });
      this.threads[thread]!.postMessage(msg);
      // the customers are cloned into the message: this thread need not keep what their monitoring resolved to
      if (msg.type === 'emit') for (const c of msg.customers) forgetMonitoring(c);
    }
  }

  private onReply(r: WorkerReply): void {
    const p = this.pending.get(r.id);
    if (!p) return;
    this.pending.delete(r.id);
    this.busy[p.thread]!--;
    if ('error' in r) p.reject(new Error(`in a worker thread: ${r.error}`));
    else p.resolve(r);
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
    this.failed ??= new Error('worker pool closed');
    await Promise.all(this.threads.map((w) => w.terminate()));
  }
}

/**
 * `n` worker threads, or undefined when this install has no compiled worker to run; `heapLimitMb`: each
 * thread's old-generation limit (default WORKER_OLD_SPACE_MB; 0 = none)
 */
export function startWorkers(n: number, opts: { heapLimitMb?: number } = {}): Workers | undefined {
  const script = workerScript();
  if (!script || n <= 0) return undefined;
  return new ThreadPool(n, script, opts.heapLimitMb ?? WORKER_OLD_SPACE_MB);
}
