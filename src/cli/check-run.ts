/**
 * `vmsc check` on a root, fast: per-file load + schema results come from a content-hash cache when the bytes
 * are unchanged, and from worker threads (both cores) for the rest; the cross-file rules always run here, on
 * the compact data. The cache lives in `<root>/.vmsc-state/check/` (or `--state DIR`): it is safe to delete
 * and never changes a result — an entry is used only for the same bytes (sha256), the same compiler code
 * and the same schemas.
 * Small roots (< PARALLEL_MIN_FILES) are checked in process without cache or workers: that is faster there,
 * and it keeps `check` from writing into a root it was only asked to read.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../load/yaml.js';
import { checkResults, fileResult } from '../program.js';
import type { CheckResult, FileResult } from '../program.js';
import { PACKAGE_ROOT, readRoot } from './host.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/model.js';
import { resolve } from '../resolve/resolve.js';
import type { WorkerRequest, WorkerResponse } from './check-worker.js';

/** below this many files: in process, no cache */
export const PARALLEL_MIN_FILES = 200;
const BATCH = 50;

export type CacheMode = 'auto' | 'on' | 'off';

export interface CheckRootOptions {
  today: string;
  /** state folder; default `<root>/.vmsc-state` */
  state?: string;
  cache?: CacheMode;
  /** worker threads: 'auto' (by size and cores), 0 = in process */
  workers?: 'auto' | number;
  /** collect stage timings (ms) into this map */
  timings?: Map<string, number>;
  /**
   * only the diagnostics are wanted (vmsc check): with the cache on, an unchanged root (same bytes, same
   * compiler, same --today) returns the stored diagnostics of the last full run without re-running any rule;
   * `inputs` and `files` are then empty.
   */
  diagnosticsOnly?: boolean;
}

export interface CheckRootResult extends CheckResult {
  sources: SourceFile[];
  stats: { files: number; cached: number; parsed: number; workers: number; cacheWritten: boolean; wholeResultCached?: boolean };
}

/** the whole compiler (every module of src/ or dist/), the schemas and library versions: for the whole-result cache */
let wholeFingerprintMemo: string | undefined;
export function wholeCompilerFingerprint(): string {
  if (wholeFingerprintMemo) return wholeFingerprintMemo;
  const h = createHash('sha256').update(compilerFingerprint());
  const base = join(HERE, '..');
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(EXT)) h.update(p.slice(base.length)).update(readFileSync(p));
    }
  };
  walk(base);
  for (const name of ['@holiday-jp/holiday_jp', 'temporal-polyfill', 'fontkit', 'pdfkit']) {
    try {
      h.update(`${name} ${(require(`${name}/package.json`) as { version: string }).version}`);
    } catch {
      h.update(`${name} ?`);
    }
  }
  wholeFingerprintMemo = h.digest('hex');
  return wholeFingerprintMemo;
}

const SUMMARY_NAME = 'diagnostics.json';

interface SummaryDoc {
  key: string;
  diagnostics: CheckResult['diagnostics'];
}

function readSummary(dir: string, key: string): CheckResult['diagnostics'] | undefined {
  try {
    const doc = JSON.parse(readFileSync(join(dir, SUMMARY_NAME), 'utf8')) as Partial<SummaryDoc>;
    return doc.key === key && Array.isArray(doc.diagnostics) ? doc.diagnostics : undefined;
  } catch {
    return undefined;
  }
}

function writeSummary(dir: string, key: string, diagnostics: CheckResult['diagnostics']): void {
  const tmp = join(dir, `${SUMMARY_NAME}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, JSON.stringify({ key, diagnostics } satisfies SummaryDoc));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(dir, SUMMARY_NAME));
  } catch {
    try { rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
  }
}

/** source lines for code frames, straight from the bytes */
function sourceLines(sources: readonly SourceFile[]): (file: string, line: number) => string | undefined {
  const bytes = new Map(sources.map((s) => [s.path, s.bytes] as const));
  const lines = new Map<string, string[]>();
  return (file, line) => {
    let ls = lines.get(file);
    if (!ls) {
      const b = bytes.get(file);
      if (!b) return undefined;
      ls = new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '').split(/\r?\n|\r/);
      lines.set(file, ls);
    }
    return ls[line - 1];
  };
}

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const EXT = extname(fileURLToPath(import.meta.url)); // .js in dist, .ts under vitest

/** what a cached result depends on besides the bytes: the code of load + schema, the schemas, library versions */
let fingerprintMemo: string | undefined;
export function compilerFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const h = createHash('sha256');
  const pkgVersion = (name: string) => {
    try {
      return (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      return '?';
    }
  };
  h.update(`vmsc-check-cache/2\0node ${process.versions.node}\0yaml ${pkgVersion('yaml')}\0ajv ${pkgVersion('ajv')}\0ajv-formats ${pkgVersion('ajv-formats')}\0`);
  for (const m of ['../load/yaml', '../validate/schema', '../validate/file', '../diagnostics/diagnostic', '../util/strings', '../model/inputs']) {
    const p = join(HERE, m + EXT);
    h.update(m).update(existsSync(p) ? readFileSync(p) : 'missing');
  }
  const schemas = join(PACKAGE_ROOT, 'schemas');
  for (const f of readdirSync(schemas).sort()) h.update(f).update(readFileSync(join(schemas, f)));
  fingerprintMemo = h.digest('hex');
  return fingerprintMemo;
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

/** the cache file: one JSON document, parsed in one call (the fastest way back to objects) */
interface CacheDoc {
  fingerprint: string;
  /** path -> [sha256 of the bytes, load + schema result] */
  files: Record<string, [string, FileResult]>;
}

const CACHE_NAME = 'results.json';

function readCache(dir: string, fingerprint: string): Map<string, [string, FileResult]> {
  const entries = new Map<string, [string, FileResult]>();
  try {
    // the file is ASCII (see ascii()): latin1 skips a UTF-8 decode of megabytes of Japanese text
    const doc = JSON.parse(readFileSync(join(dir, CACHE_NAME), 'latin1')) as Partial<CacheDoc>;
    if (doc.fingerprint !== fingerprint || typeof doc.files !== 'object' || doc.files === null) return entries;
    for (const [path, e] of Object.entries(doc.files)) {
      if (Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'object' && e[1] !== null && e[1].path === path) entries.set(path, e);
    }
  } catch {
    // no cache, or an unreadable or foreign one: start over
  }
  return entries;
}

/** JSON text with every non-ASCII character escaped (\\uXXXX): same value, pure ASCII bytes */
function ascii(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** writes the cache from JSON texts (fresh results keep the text the worker made: no second stringify) */
function writeCache(dir: string, fingerprint: string, paths: readonly string[], shas: readonly string[], json: (i: number) => string): boolean {
  const tmp = join(dir, `${CACHE_NAME}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    // streamed in chunks: no second copy of the whole cache in memory
    const fd = openSync(tmp, 'w');
    try {
      let chunk = `{"fingerprint":${JSON.stringify(fingerprint)},"files":{`;
      paths.forEach((p, i) => {
        chunk += `${i ? ',' : ''}\n${JSON.stringify(p)}:[${JSON.stringify(shas[i])},${json(i)}]`;
        if (chunk.length > 1 << 20) {
          writeSync(fd, ascii(chunk));
          chunk = '';
        }
      });
      writeSync(fd, ascii(chunk + '\n}}\n'));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, join(dir, CACHE_NAME));
    return true;
  } catch {
    try { rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
    return false; // a read-only root: the check still works, only slower next time
  }
}

function workerScript(): URL | undefined {
  const local = new URL(`./check-worker${EXT}`, import.meta.url);
  if (EXT === '.js') return local;
  const dist = join(PACKAGE_ROOT, 'dist', 'cli', 'check-worker.js'); // under a TS runner: the compiled worker, if built
  return existsSync(dist) ? new URL(`file://${dist}`) : undefined;
}

/** load + schema of `todo` on `n` worker threads; JSON of each FileResult in `todo` order */
async function inWorkers(todo: readonly SourceFile[], n: number, script: URL): Promise<string[]> {
  const out: string[] = new Array<string>(todo.length);
  const batches: Array<{ id: number; start: number; files: SourceFile[] }> = [];
  for (let s = 0, id = 0; s < todo.length; s += BATCH, id++) batches.push({ id, start: s, files: todo.slice(s, s + BATCH) });
  let next = 0;
  const workers = Array.from({ length: n }, () => new Worker(script));
  try {
    await Promise.all(workers.map((w) => new Promise<void>((resolve, reject) => {
      const starts = new Map<number, number>();
      let inflight = 0;
      const send = () => {
        const b = batches[next];
        if (!b) {
          if (inflight === 0) resolve();
          return;
        }
        next++;
        inflight++;
        starts.set(b.id, b.start);
        const req: WorkerRequest = { id: b.id, files: b.files.map((f) => ({ path: f.path, bytes: f.bytes })) };
        w.postMessage(req);
      };
      w.on('message', (res: WorkerResponse) => {
        const start = starts.get(res.id) ?? 0;
        res.results.forEach((r, k) => { out[start + k] = r; });
        inflight--;
        send();
      });
      w.on('error', reject);
      w.on('exit', (code) => { if (code !== 0) reject(new Error(`check worker exited with code ${code}`)); });
      send();
      send(); // keep one batch queued per worker
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

export async function checkRoot(root: string, opts: CheckRootOptions): Promise<CheckRootResult> {
  const tm = opts.timings;
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    tm?.set(name, (tm.get(name) ?? 0) + now - t);
    t = now;
  };
  const sources = readRoot(root);
  lap('read files');
  const big = sources.length >= PARALLEL_MIN_FILES;
  const mode = opts.cache ?? 'auto';
  const useCache = mode === 'on' || (mode === 'auto' && big);
  const cacheDir = join(opts.state ?? join(root, '.vmsc-state'), 'check');
  const fingerprint = useCache ? compilerFingerprint() : '';
  const shas = useCache ? sources.map((s) => sha256(s.bytes)) : [];
  lap('hash files');
  let summaryKey: string | undefined;
  if (useCache && opts.diagnosticsOnly) {
    const h = createHash('sha256').update(wholeCompilerFingerprint()).update(`\0today ${opts.today}\0`);
    sources.forEach((s, i) => h.update(s.path).update('\0').update(shas[i]!).update('\0'));
    summaryKey = h.digest('hex');
    const stored = readSummary(cacheDir, summaryKey);
    lap('whole-result cache');
    if (stored) {
      const files = sources.length;
      return {
        diagnostics: stored, inputs: { tariffs: [], revisions: [], customers: [] }, files: new Map(), lineText: sourceLines(sources), sources,
        stats: { files, cached: files, parsed: 0, workers: 0, cacheWritten: false, wholeResultCached: true },
      };
    }
  }
  const cache = useCache ? readCache(cacheDir, fingerprint) : new Map<string, [string, FileResult]>();
  lap('read cache');
  const results: Array<FileResult | undefined> = new Array<FileResult | undefined>(sources.length);
  const jsons: Array<string | undefined> = new Array<string | undefined>(sources.length);
  const todoIdx: number[] = [];
  sources.forEach((s, i) => {
    const hit = useCache ? cache.get(s.path) : undefined;
    if (hit && hit[0] === shas[i]) results[i] = hit[1];
    else todoIdx.push(i);
  });
  const cached = sources.length - todoIdx.length;

  const script = workerScript();
  const wanted = opts.workers ?? 'auto';
  const nWorkers = wanted === 'auto'
    ? (todoIdx.length >= PARALLEL_MIN_FILES && script ? Math.max(1, Math.min(availableParallelism(), 8)) : 0)
    : wanted;
  let inWorkerThreads = false;
  if (nWorkers > 0 && script && todoIdx.length > 0) {
    try {
      const fresh = await inWorkers(todoIdx.map((i) => sources[i]!), nWorkers, script);
      todoIdx.forEach((i, k) => { jsons[i] = fresh[k]; });
      inWorkerThreads = true;
    } catch {
      // e.g. no threads available: the same work in process gives the same result
    }
  }
  if (!inWorkerThreads) {
    for (const i of todoIdx) {
      const r = fileResult(sources[i]!);
      results[i] = r;
      if (useCache) jsons[i] = JSON.stringify(r);
    }
  }
  lap(`load + schema (${todoIdx.length} files, ${inWorkerThreads ? nWorkers : 0} workers)`);

  let cacheWritten = false;
  if (useCache && (todoIdx.length > 0 || cache.size !== sources.length)) {
    cacheWritten = writeCache(cacheDir, fingerprint, sources.map((s) => s.path), shas, (i) => jsons[i] ?? JSON.stringify(results[i]));
  }
  cache.clear();
  lap('write cache');
  if (inWorkerThreads) {
    // parse each fresh result and let its JSON text go at once (peak memory: one copy, not two)
    for (const i of todoIdx) {
      results[i] = JSON.parse(jsons[i]!) as FileResult;
      jsons[i] = undefined;
    }
  }
  lap('decode results');
  const r = checkResults(sources, results as FileResult[], { today: opts.today }, tm);
  lap('cross-file rules (total)');
  if (summaryKey) writeSummary(cacheDir, summaryKey, r.diagnostics);
  return { ...r, sources, stats: { files: sources.length, cached, parsed: todoIdx.length, workers: nWorkers, cacheWritten } };
}

/**
 * check (workers + cache, as above), then resolve when there is no error: the same as `compile()` of
 * program.ts, for commands that read the model of a large root (build, bill, …).
 */
export async function compileRoot(root: string, opts: CheckRootOptions): Promise<CheckRootResult & { model?: Model }> {
  const r = await checkRoot(root, opts);
  if (hasErrors(r.diagnostics)) return r;
  return { ...r, model: resolve(r.inputs) };
}
