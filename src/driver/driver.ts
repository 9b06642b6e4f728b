/**
 * The driver: the one way to get a checked model of a root. Every command (check, build, plan, bill, route,
 * contract, invoice, notices, send) and every future client (the language server, the sales desk) asks a
 * Driver; the CLI only parses options, opens a driver on a host and renders.
 *
 * check = load + schema per file (from the content-hash cache when the bytes are unchanged, on the host's
 * worker threads for the rest of a large root, else in process) + the cross-file rules (always here, on the
 * compact data). compile = check + resolve when there is no error. `update` re-checks one changed file
 * (its load + schema only; the cross-file rules then run again on the kept results). `emit` builds the
 * artifact groups through build/build.ts on the same worker threads.
 *
 * The check cache (`check/results.json` in the host's state store) is safe to delete and never changes a
 * result: an entry is used only for the same bytes (sha256) and the same compiler fingerprint.
 * Small roots are checked in process (< PARALLEL_MIN_FILES) and without the cache (< CACHE_MIN_FILES: faster there,
 * and it keeps `check` from writing into a sample root it was only asked to read) unless the cache is asked for.
 */
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/yaml.js';
import type { Model } from '../model/model.js';
import { resolve } from '../resolve/resolve.js';
import type { FileResult } from '../validate/file.js';
import type { SchemaFolders } from '../validate/rule.js';
import { fileResult } from '../validate/file.js';
import type { BuildInput, BuildOutput } from '../build/build.js';
import type { Host, StateStore, Workers } from './host.js';
import { checkResults } from './pipeline.js';
import { ascii, KeptRules } from './kept.js';
import type { CheckResult } from './pipeline.js';
import { sha256hex } from '../util/sha256.js';

/** below this many files: in process (starting worker threads costs more than they save) */
export const PARALLEL_MIN_FILES = 200;
/**
 * below this many files: no cache (a check of 50 files takes ~0.25 s cold against ~0.1 s with the cache, and a
 * sample root of a few customers is not written into)
 */
export const CACHE_MIN_FILES = 50;
/** most worker threads a check starts */
const MAX_CHECK_WORKERS = 8;

export type CacheMode = 'auto' | 'on' | 'off';

export interface DriverOptions {
  /** civil date (Japan) used by clock-dependent warnings */
  today: string;
  /** the check cache: 'auto' = only for roots of CACHE_MIN_FILES files or more */
  cache?: CacheMode;
  /** worker threads for load + schema: 'auto' (by size and cores), 0 = in process */
  workers?: 'auto' | number;
  /** collect stage timings (ms) into this map */
  timings?: Map<string, number>;
  /**
   * keep the per-file results from the first check on, for `update` (the language server): else the first
   * `update` checks the whole root once more to get them
   */
  incremental?: boolean;
}

export interface CheckStats {
  files: number;
  cached: number;
  parsed: number;
  workers: number;
  cacheWritten: boolean;
  wholeResultCached?: boolean;
}

export interface RootCheck extends CheckResult {
  sources: SourceFile[];
  stats: CheckStats;
}

export interface RootCompile extends RootCheck {
  /** present when there is no error */
  model?: Model;
}

/** only the emitting half of BuildInput: the driver supplies model, sources, assets, fingerprint and workers */
export type EmitOptions = Omit<BuildInput, 'model' | 'sources' | 'assets' | 'fingerprint' | 'workers' | 'pool' | 'parallelism'> & {
  /** worker threads for customer groups: undefined = one per core when worth it, 0 = in process */
  workers?: number;
};

const CACHE_NAME = 'results.json';
/** the entries that differ from results.json (see readCache) */
const DELTA_NAME = 'results-delta.json';
/** the delta is written instead of the whole cache while it holds at most this many files, or this share of the root */
const DELTA_MIN = 64;
const DELTA_SHARE = 0.1;
const SUMMARY_NAME = 'diagnostics.json';
/** the rule results kept between processes (kept.ts) */
const KEPT_RULES_NAME = 'rules.json';
/** the stamps (size, mtime, ctime, inode) of the files of the last full check, and its summary key */
const STAMPS_NAME = 'stamps.json';

/** the per-file cache as read: path -> [sha256 of the bytes, load + schema result], and its base file's id and size */
interface ReadCache {
  entries: Map<string, [string, FileResult]>;
  /** the base file (results.json): its id and entry count; a delta names the base it extends */
  base?: { id: string; size: number; shas: Map<string, string> };
}

function parseEntries(text: string | undefined, fingerprint: string, into: Map<string, [string, FileResult]>): { id?: string; base?: string } | undefined {
  if (text === undefined) return undefined;
  let doc: { fingerprint?: unknown; files?: unknown; id?: unknown; base?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (e) {
    if (e instanceof SyntaxError) return undefined; // a torn or foreign file: start over
    throw e;
  }
  if (doc.fingerprint !== fingerprint || typeof doc.files !== 'object' || doc.files === null) return undefined;
  for (const [path, e] of Object.entries(doc.files as Record<string, unknown>)) {
    if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'object' && e[1] !== null && (e[1] as FileResult).path === path) {
      into.set(path, e as [string, FileResult]);
    }
  }
  return { ...(typeof doc.id === 'string' ? { id: doc.id } : {}), ...(typeof doc.base === 'string' ? { base: doc.base } : {}) };
}

/**
 * The per-file cache: a base file (results.json, with an id) and a delta (results-delta.json: the entries that
 * differ from that base). After one file changed, the check writes the delta, not every file's result again.
 */
function readCache(store: StateStore, fingerprint: string): ReadCache {
  const entries = new Map<string, [string, FileResult]>();
  // the files are ASCII (see ascii()): latin1 skips a UTF-8 decode of megabytes of Japanese text
  const head = parseEntries(store.read(CACHE_NAME, 'latin1'), fingerprint, entries);
  if (!head?.id) return { entries };
  const base = { id: head.id, size: entries.size, shas: new Map([...entries].map(([p, e]) => [p, e[0]] as const)) };
  const more = new Map<string, [string, FileResult]>();
  if (parseEntries(store.read(DELTA_NAME, 'latin1'), fingerprint, more)?.base === head.id) for (const [p, e] of more) entries.set(p, e);
  return { entries, base };
}

/** the cache from JSON texts (fresh results keep the text the worker made: no second stringify), in chunks */
function* cacheChunks(
  fingerprint: string,
  head: { id: string } | { base: string },
  paths: readonly string[],
  shas: readonly string[],
  json: (i: number) => string,
): Generator<string> {
  let chunk = `{"fingerprint":${JSON.stringify(fingerprint)},${'id' in head ? `"id":${JSON.stringify(head.id)}` : `"base":${JSON.stringify(head.base)}`},"files":{`;
  for (let i = 0; i < paths.length; i++) {
    chunk += `${i ? ',' : ''}\n${JSON.stringify(paths[i])}:[${JSON.stringify(shas[i])},${json(i)}]`;
    if (chunk.length > 1 << 20) {
      yield ascii(chunk);
      chunk = '';
    }
  }
  yield ascii(chunk + '\n}}\n');
}

/** the summary key recorded for these stamps (the files then unchanged since the last full check), if any */
function readStamped(store: StateStore, key: string): string | undefined {
  const text = store.read(STAMPS_NAME, 'utf8');
  if (text === undefined) return undefined;
  try {
    const doc = JSON.parse(text) as { key?: unknown; summary?: unknown };
    return doc.key === key && typeof doc.summary === 'string' ? doc.summary : undefined;
  } catch (e) {
    if (e instanceof SyntaxError) return undefined;
    throw e;
  }
}

function readSummary(store: StateStore, key: string): Diagnostic[] | undefined {
  const text = store.read(SUMMARY_NAME, 'utf8');
  if (text === undefined) return undefined;
  try {
    const doc = JSON.parse(text) as { key?: unknown; diagnostics?: unknown };
    return doc.key === key && Array.isArray(doc.diagnostics) ? (doc.diagnostics as Diagnostic[]) : undefined;
  } catch (e) {
    if (e instanceof SyntaxError) return undefined;
    throw e;
  }
}

/** source lines for code frames, straight from the bytes */
function sourceLines(sources: readonly SourceFile[]): (file: string, line: number) => string | undefined {
  // the files, not their bytes: a host may read a file only when its bytes are asked for (stampSources)
  const byPath = new Map(sources.map((s) => [s.path, s] as const));
  const lines = new Map<string, string[]>();
  return (file, line) => {
    let ls = lines.get(file);
    if (!ls) {
      const b = byPath.get(file)?.bytes;
      if (!b) return undefined;
      ls = new TextDecoder('utf-8')
        .decode(b)
        .replace(/^\uFEFF/, '')
        .split(/\r?\n|\r/);
      lines.set(file, ls);
    }
    return ls[line - 1];
  };
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * The files (in path order) with `path` replaced by `bytes` (re-loaded and validated), added, or removed
 * (undefined): a binary search and one splice, not a sort of every file per edit. Files not in path order (the
 * first update after a check whose host listed them otherwise) are sorted once.
 */
function replaced(
  given: readonly SourceFile[],
  givenResults: readonly FileResult[],
  path: string,
  bytes: Uint8Array | undefined,
): { sources: SourceFile[]; results: FileResult[] } {
  let sources = [...given];
  let results = [...givenResults];
  if (sources.some((s, i) => i > 0 && byPath(sources[i - 1]!, s) >= 0)) {
    const order = sources.map((s, i) => [s, results[i]!] as const).sort((a, b) => byPath(a[0], b[0]));
    sources = order.map((o) => o[0]);
    results = order.map((o) => o[1]);
  }
  let lo = 0;
  let hi = sources.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sources[mid]!.path < path) lo = mid + 1;
    else hi = mid;
  }
  const found = lo < sources.length && sources[lo]!.path === path;
  if (bytes) {
    const src: SourceFile = { path, bytes };
    sources.splice(lo, found ? 1 : 0, src);
    results.splice(lo, found ? 1 : 0, fileResult(src));
  } else if (found) {
    sources.splice(lo, 1);
    results.splice(lo, 1);
  }
  return { sources, results };
}

export class Driver {
  private pool: Workers | undefined;
  /** set by the first `update`: from then on every check keeps its per-file results for the next update */
  private incremental = false;
  /** the last check's sources and per-file results, for `update` */
  private last: { sources: SourceFile[]; results: FileResult[]; schemas: SchemaFolders | undefined } | undefined;

  constructor(
    readonly host: Host,
    readonly options: DriverOptions,
  ) {
    this.incremental = options.incremental ?? false;
  }

  /**
   * All problems of all files of the root. `diagnosticsOnly` (vmsc check): with the cache on, an unchanged
   * root (same bytes, same compiler, same today) returns the stored diagnostics of the last full run without
   * running any rule; `inputs` and `files` are then empty.
   */
  async check(opts: { diagnosticsOnly?: boolean } = {}): Promise<RootCheck> {
    const lap = this.stopwatch();
    const mode = this.options.cache ?? 'auto';
    // vmsc check with a cache: the files' stamps first (size, mtime…), their bytes only when needed
    const stamped = opts.diagnosticsOnly && mode !== 'off' && this.host.checkState ? this.host.stampSources?.() : undefined;
    const sources = stamped?.sources ?? this.host.readSources();
    const schemas = this.host.readSchemas?.();
    lap('read files');
    const store = mode === 'on' || (mode === 'auto' && sources.length >= CACHE_MIN_FILES) ? this.host.checkState : undefined;
    const fingerprint = store ? this.host.fingerprint() : '';
    const done = (diagnostics: Diagnostic[]): RootCheck => ({
      diagnostics,
      inputs: { tariffs: [], revisions: [], customers: [], registers: [], prospects: [] },
      files: new Map(),
      lineText: sourceLines(sources),
      sources,
      stats: { files: sources.length, cached: sources.length, parsed: 0, workers: 0, cacheWritten: false, wholeResultCached: true },
    });
    // every stamp as at the last full check: its result, without reading a file
    const stampKey = store && stamped ? this.stampKey(fingerprint, sources, stamped.stamps, schemas) : undefined;
    if (store && stampKey) {
      const stored = readStamped(store, stampKey);
      const diagnostics = stored ? readSummary(store, stored) : undefined;
      lap('stamps');
      if (diagnostics) return done(diagnostics);
    }
    // a file the host could not read is keyed by its problem, never by its (empty) bytes
    const shas = store ? sources.map((s) => (s.problem ? `problem ${s.problem.code} ${s.problem.message}` : sha256hex(s.bytes))) : [];
    lap('hash files');

    let summaryKey: string | undefined;
    if (store && opts.diagnosticsOnly) {
      summaryKey = this.summaryKey(fingerprint, sources, shas, schemas);
      const stored = readSummary(store, summaryKey);
      lap('whole-result cache');
      if (stored) {
        if (stampKey) store.write(STAMPS_NAME, [JSON.stringify({ key: stampKey, summary: summaryKey })]);
        return done(stored);
      }
    }

    const { results, cached, parsed, workers, cacheWritten } = await this.fileResults(sources, store, fingerprint, shas, lap);
    // the per-file rule results of an earlier process, for the files whose bytes are the same
    const kept = store
      ? new KeptRules(
          store.read(KEPT_RULES_NAME, 'latin1'),
          { fingerprint, today: this.options.today },
          new Map(sources.flatMap((s, i) => (s.problem ? [] : [[s.path, shas[i]!] as const]))),
        )
      : undefined;
    lap('read kept rule results');
    const r = checkResults(sources, results, { today: this.options.today, schemas, ...(kept ? { kept } : {}) }, this.options.timings);
    lap('cross-file rules (total)');
    if (store && kept?.changed) store.write(KEPT_RULES_NAME, kept.chunks());
    lap('write kept rule results');
    if (summaryKey && store) {
      store.write(SUMMARY_NAME, [JSON.stringify({ key: summaryKey, diagnostics: r.diagnostics })]);
      if (stampKey) store.write(STAMPS_NAME, [JSON.stringify({ key: stampKey, summary: summaryKey })]);
    }
    // kept only for a driver that re-checks edits (update): a build must not hold every parsed file while it emits
    this.last = this.incremental ? { sources, results, schemas } : undefined;
    if (workers > 0) await this.close(); // fresh threads for emitting: the check's heaps are not carried into the build
    return { ...r, sources, stats: { files: sources.length, cached, parsed, workers, cacheWritten } };
  }

  /** the key of the stamps record: as summaryKey, with each file's stamp (taken before it was read) for its sha256 */
  private stampKey(fingerprint: string, sources: readonly SourceFile[], stamps: readonly string[], schemas: SchemaFolders | undefined): string {
    const h = createHash('sha256').update(fingerprint).update(`\0stamps\0today ${this.options.today}\0`);
    for (const [name, text] of schemas?.root ?? []) h.update(`schemas/${name}\0`).update(text).update('\0');
    // the same bytes as an update per path and stamp, in one (40,000 calls into the hash at 10,000 files: ~15 ms)
    let text = '';
    for (let i = 0; i < sources.length; i++) text += `${sources[i]!.path}\0${stamps[i]!}\0`;
    return h.update(text).digest('hex');
  }

  /** the key of the whole-result cache: the fingerprint, today, every path with the sha256 of its bytes, the root's schemas */
  private summaryKey(fingerprint: string, sources: readonly SourceFile[], shas: readonly string[], schemas: SchemaFolders | undefined): string {
    const h = createHash('sha256').update(fingerprint).update(`\0today ${this.options.today}\0`);
    for (const [name, text] of schemas?.root ?? []) h.update(`schemas/${name}\0`).update(text).update('\0');
    sources.forEach((s, i) => {
      h.update(s.path).update('\0').update(shas[i]!).update('\0');
    });
    return h.digest('hex');
  }

  /**
   * load + schema of every file: from the per-file cache when the bytes are unchanged, else on the workers or in
   * process; the cache is then written again when anything changed.
   */
  private async fileResults(
    sources: readonly SourceFile[],
    store: StateStore | undefined,
    fingerprint: string,
    shas: readonly string[],
    lap: (name: string) => void,
  ) {
    const read = store ? readCache(store, fingerprint) : { entries: new Map<string, [string, FileResult]>() };
    const cache = read.entries;
    lap('read cache');
    const results: Array<FileResult | undefined> = new Array<FileResult | undefined>(sources.length);
    const jsons: Array<string | undefined> = new Array<string | undefined>(sources.length);
    const todo: number[] = [];
    sources.forEach((s, i) => {
      const hit = store ? cache.get(s.path) : undefined;
      if (hit && hit[0] === shas[i]) results[i] = hit[1];
      else todo.push(i);
    });
    const cached = sources.length - todo.length;

    const workers = await this.loadFiles(
      todo.map((i) => sources[i]!),
      (k, json) => {
        jsons[todo[k]!] = json;
      },
    );
    if (workers === 0) {
      for (const i of todo) {
        const r = fileResult(sources[i]!);
        results[i] = r;
        if (store) jsons[i] = JSON.stringify(r);
      }
    }
    lap(`load + schema (${todo.length} files, ${workers} workers)`);

    let cacheWritten = false;
    if (store && (todo.length > 0 || (!read.base && cache.size !== sources.length))) {
      const json = (i: number) => jsons[i] ?? JSON.stringify(results[i]);
      const base = read.base;
      // the files whose entry the base lacks or has for other bytes
      const differ = base ? sources.flatMap((s, i) => (base.shas.get(s.path) === shas[i] ? [] : [i])) : [];
      if (base && differ.length <= Math.max(DELTA_MIN, sources.length * DELTA_SHARE) && base.size <= sources.length * (1 + DELTA_SHARE) + DELTA_MIN) {
        cacheWritten = store.write(
          DELTA_NAME,
          cacheChunks(
            fingerprint,
            { base: base.id },
            differ.map((i) => sources[i]!.path),
            differ.map((i) => shas[i]!),
            (k) => json(differ[k]!),
          ),
        );
      } else {
        const paths = sources.map((s) => s.path);
        // a new base: the old delta names the old id, so it no longer applies
        cacheWritten = store.write(CACHE_NAME, cacheChunks(fingerprint, { id: randomBytes(8).toString('hex') }, paths, shas, json));
      }
    }
    cache.clear();
    lap('write cache');
    if (workers > 0) {
      // parse each fresh result and let its JSON text go at once (peak memory: one copy, not two)
      for (const i of todo) {
        results[i] = JSON.parse(jsons[i]!) as FileResult;
        jsons[i] = undefined;
      }
    }
    lap('decode results');
    return { results: results as FileResult[], cached, parsed: todo.length, workers, cacheWritten };
  }

  /** lap(name) adds the time since the previous lap to the timings under name (when timings are collected) */
  private stopwatch(): (name: string) => void {
    const tm = this.options.timings;
    let t = performance.now();
    return (name) => {
      const now = performance.now();
      tm?.set(name, (tm.get(name) ?? 0) + now - t);
      t = now;
    };
  }

  /** check, then resolve when there is no error */
  async compile(): Promise<RootCompile> {
    const r = await this.check();
    if (hasErrors(r.diagnostics)) return r;
    const lap = this.stopwatch();
    const model = resolve(r.inputs);
    lap('resolve');
    return { ...r, model };
  }

  /**
   * Re-checks after one file changed (`bytes`) or was removed (undefined): only that file is loaded and
   * validated again; the cross-file rules run on the kept results of the others. Without a previous check
   * of this driver, it checks the whole root first. `resolve: false` (the language server: diagnostics only)
   * skips resolving the model.
   */
  async update(path: string, bytes: Uint8Array | undefined, opts: { resolve?: boolean } = {}): Promise<RootCompile> {
    this.incremental = true;
    if (!this.last) await this.check();
    const last = this.last!;
    this.last = { ...replaced(last.sources, last.results, path, bytes), schemas: last.schemas };
    const r = checkResults(this.last.sources, this.last.results, { today: this.options.today, schemas: last.schemas }, this.options.timings);
    const n = this.last.sources.length;
    const checked: RootCheck = {
      ...r,
      sources: this.last.sources,
      stats: { files: n, cached: n - (bytes ? 1 : 0), parsed: bytes ? 1 : 0, workers: 0, cacheWritten: false },
    };
    if (opts.resolve === false || hasErrors(r.diagnostics)) return checked;
    return { ...checked, model: resolve(r.inputs) };
  }

  /**
   * The artifact groups of a model (build/build.ts): cached groups from `cache`, the rest emitted on the
   * worker threads when there is enough to do, else in process — the same files either way.
   */
  async emit(model: Model, sources: readonly SourceFile[], opts: EmitOptions): Promise<BuildOutput> {
    const { buildArtifacts } = await import('../build/build.js');
    const assets = this.host.readAssets();
    return buildArtifacts({
      ...opts,
      model,
      sources,
      assets,
      fingerprint: this.host.fingerprint(),
      parallelism: this.host.parallelism(),
      pool: (n) => {
        const w = this.workers(n);
        w?.setModel(model, assets);
        return w;
      },
    });
  }

  /** ends the worker threads (a driver that started none has nothing to end) */
  async close(): Promise<void> {
    const p = this.pool;
    this.pool = undefined;
    await p?.close();
  }

  /** the host's worker threads, `n` of them (started on first use; restarted for another size) */
  private workers(n: number): Workers | undefined {
    if (n <= 0 || !this.host.startWorkers) return undefined;
    if (this.pool && this.pool.size === n) return this.pool;
    void this.pool?.close();
    this.pool = this.host.startWorkers(n);
    return this.pool;
  }

  /**
   * load + schema of `todo` on worker threads when worth it, this thread taking its share meanwhile; returns the
   * number of workers used (0 = none: the caller loads in process)
   */
  private async loadFiles(todo: readonly SourceFile[], put: (k: number, json: string) => void): Promise<number> {
    if (todo.length === 0) return 0;
    const wanted = this.options.workers ?? 'auto';
    // auto: one thread per core, this one included (it has its code loaded while a worker still starts)
    const n = wanted === 'auto' ? (todo.length >= PARALLEL_MIN_FILES ? Math.max(1, Math.min(this.host.parallelism() - 1, MAX_CHECK_WORKERS)) : 0) : wanted;
    const pool = this.workers(n);
    if (!pool) return 0;
    await shareLoad(todo, pool, put);
    return pool.size;
  }
}

/** files per task of a worker (amortises a message) */
const WORKER_BATCH = 50;
/** tasks a worker holds at once: the one it runs and the next */
const WORKER_IN_FLIGHT = 2;
/** files this thread loads between two looks at the workers' replies (so that a worker is refilled soon) */
const HERE_BATCH = 8;

/**
 * Loads the files on the pool and on this thread at once: the workers take batches from the front of the list,
 * this thread small ones from the back, until none is left. A worker's first task waits for its start (~0.1–0.3 s
 * of loading code), which this thread, whose code is loaded, spends loading files. The same JSON either way.
 */
async function shareLoad(todo: readonly SourceFile[], pool: Workers, put: (k: number, json: string) => void): Promise<void> {
  let front = 0;
  let back = todo.length;
  let failed: unknown;
  const running = new Set<Promise<void>>();
  const feed = () => {
    while (failed === undefined && running.size < pool.size * WORKER_IN_FLIGHT && front < back) {
      const from = front;
      const to = Math.min(back, from + WORKER_BATCH);
      front = to;
      const task: Promise<void> = pool.load(todo.slice(from, to)).then(
        (jsons) => {
          for (let k = 0; k < jsons.length; k++) put(from + k, jsons[k]!);
          running.delete(task);
          feed();
        },
        (e: unknown) => {
          failed ??= e;
          running.delete(task);
        },
      );
      running.add(task);
    }
  };
  feed();
  while (failed === undefined && front < back) {
    const to = back;
    back = Math.max(front, back - HERE_BATCH);
    for (let k = back; k < to; k++) put(k, JSON.stringify(fileResult(todo[k]!)));
    // the workers' replies (and their next tasks) before the next batch here
    await new Promise<void>((r) => setImmediate(r));
  }
  while (running.size > 0) await Promise.all(running);
  if (failed !== undefined) throw failed;
}
