import type { Command } from 'commander';
import { existsSync, linkSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { modelOrExplain, openDriver, parseToday, rootDir } from '../common.js';
import { packageVersion, readRoot } from '../host.js';
import { openCache, stateFolder } from '../state.js';
import { countBySeverity } from '../../diagnostics/diagnostic.js';
import type { BuildOutput, BuildStats } from '../../build/build.js';
import type { Emitter } from '../../emit/types.js';
import type { Model } from '../../model/model.js';
import type { SourceFile } from '../../load/yaml.js';
import type { Driver } from '../../driver/index.js';
import { assetsHash, hashSources } from '../../build/hashes.js';
import { sha256hex } from '../../util/sha256.js';
import type { SourceHashes } from '../../build/hashes.js';
import { progressMode, progressReporter } from '../../build/progress.js';
import { CacheDamagedError, DiskCache } from '../../write/cache.js';
import type { ArtifactCache, CachedFile } from '../../write/cache.js';
import { manifestBytes, manifestOf, parseManifest } from '../../write/manifest.js';
import type { Manifest } from '../../write/manifest.js';
import { inFolder, Staging, topFolder } from '../../write/write.js';
import { closest, indexInSorted } from '../../util/strings.js';
import { checkOutOnThread, decodeRecord, encodeRecord } from '../out-check.js';
import type { DecodedRecord, PreviousOut, RecordSource } from '../out-check.js';
import { renderScript } from '../render-bundle.js';

export interface BuildCommandOptions {
  root?: string;
  out?: string;
  today?: string;
  state?: string;
  cache?: boolean;
  only?: string[];
  shard?: string;
  jobs?: string;
  progress?: string;
  /** programmatic only (tests, bench): emitters instead of the registry */
  emitters?: readonly Emitter[];
}

/**
 * What the last build into an out/ folder was, for the no-change fast path and the out/ thread (stored as
 * out-check.ts's record: its head and parts). Its files in manifest order, with their size and mtime as written
 * (like git's index) and the manifest's sha256 (the next build need not read the manifest), and every folder of
 * out/ that holds a file with its mtime as the build left it: a file or folder added to or removed from a folder
 * changes the folder's mtime, so an unchanged mtime stands for "no stray entry" (one stat instead of reading the
 * folder); no folders when one could not be read (then the folders are read).
 */
type LastBuild = DecodedRecord;

/** the folders holding the files `paths` (every level), each once */
function foldersOf(paths: Iterable<string>): Set<string> {
  const dirs = new Set<string>();
  for (const p of paths) {
    for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) {
      const d = p.slice(0, i);
      if (dirs.has(d)) break;
      dirs.add(d);
    }
  }
  return dirs;
}

const manifestField = (out: string): { manifest?: [number, number] } => {
  const st = statSync(join(out, 'manifest.json'), { throwIfNoEntry: false });
  return st ? { manifest: [st.size, Math.floor(st.mtimeMs)] } : {};
};

const dirsField = (dirs: [string, number][] | undefined): { dirs?: string; dirTimes?: number[] } =>
  dirs ? { dirs: dirs.map((d) => d[0]).join('\0'), dirTimes: dirs.map((d) => d[1]) } : {};

function mtimeOf(path: string): number | undefined {
  try {
    return Math.floor(statSync(path).mtimeMs);
  } catch {
    return undefined;
  }
}

/**
 * The folders' mtimes after the commit: those inside carried-over folders are the recorded ones (a rename
 * keeps a folder's mtime, and they were checked unchanged), the others are read.
 */
function dirStamps(out: string, m: Manifest, carriedTops: ReadonlySet<string>, prev: PreviousOut | undefined): [string, number][] | undefined {
  const res: [string, number][] = [];
  // (a record without folder times has none to carry over: every folder is then read)
  const recorded = prev?.dirs;
  const inCarried = (d: string) => {
    if (!recorded) return false;
    const slash = d.indexOf('/');
    return carriedTops.has(slash < 0 ? d : d.slice(0, slash));
  };
  if (recorded && carriedTops.size) {
    // (a carried folder's recorded folders follow each other: its top folder is looked up once per run)
    let under: string | undefined;
    let carried = false;
    for (const r of recorded) {
      const d = r[0];
      if (under === undefined || !(d.startsWith(under) || d === under.slice(0, -1))) {
        const slash = d.indexOf('/');
        const top = slash < 0 ? d : d.slice(0, slash);
        under = `${top}/`;
        carried = carriedTops.has(top);
      }
      if (carried) res.push(r);
    }
  }
  // the files outside carried folders: the sorted manifest's runs of one top folder, each decided once
  const rest: string[] = [];
  let prefix: string | undefined;
  let carried = false;
  for (const f of m.files) {
    const p = f.path;
    if (prefix === undefined || !p.startsWith(prefix)) {
      const top = topFolder(p);
      prefix = top ? `${top}/` : undefined;
      carried = top !== '' && inCarried(top);
    }
    if (!carried) rest.push(p);
  }
  for (const d of foldersOf(rest)) {
    const t = mtimeOf(inFolder(out, d));
    if (t === undefined) return undefined;
    res.push([d, t]);
  }
  return res;
}

class StageClock {
  private wall = performance.now();
  private cpu = process.cpuUsage();
  constructor(private readonly write: (s: string) => void) {}
  lap(stage: string): void {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const ms = (cpu.user - this.cpu.user + cpu.system - this.cpu.system) / 1000;
    const mem = process.memoryUsage();
    this.write(
      `vmsc: timing: ${stage}: ${(wall - this.wall).toFixed(0)} ms (process CPU, all threads: ${ms.toFixed(0)} ms; RSS ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB, buffers ${(mem.arrayBuffers / 2 ** 20).toFixed(0)} MB)\n`,
    );
    this.wall = wall;
    this.cpu = cpu;
  }
}

/** out/ is replaced whole: never let it be (or hold) the root, its inputs, or the package itself */
export function guardOut(root: string, out: string): void {
  const within = (a: string, b: string) => a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);
  const bad = within(root, out) || within(out, join(root, 'policies')) || within(out, join(root, 'customers')) || within(out, join(root, '.vmsc-state'));
  if (bad || dirname(out) === out) {
    throw new CliError(
      {
        en: [
          `--out ${out} would replace the root or its inputs: the output folder is replaced whole by every build`,
          'pass a folder of its own, e.g. --out out',
        ],
        ja: [
          `--out ${out} ではルートかその入力を置き換えてしまいます: 出力フォルダーはビルドのたびに丸ごと置き換わります`,
          '専用のフォルダーを指定してください（例: --out out）',
        ],
      },
      2,
    );
  }
}

export function parseShard(s: string | undefined): { index: number; count: number } | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(s);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new CliError(
      {
        en: [`--shard must be K/N with 1 <= K <= N, not ${JSON.stringify(s)}`, 'e.g. --shard 2/4 builds the second of four shards'],
        ja: [`--shard は 1 <= K <= N の K/N で指定してください（${JSON.stringify(s)} は不可）`, '例: --shard 2/4 は四つのうち二つ目を作ります'],
      },
      2,
    );
  }
  return { index, count };
}

function collect(v: string, prev: string[] = []): string[] {
  return [
    ...prev,
    ...v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  ];
}

/**
 * size and mtimeMs of each file of the manifest (at 2i, 2i + 1): the recorded stamps of the last build for a file
 * carried over (oldIndex >= 0), else a stat; undefined when one is missing
 */
function stampsOf(out: string, m: Manifest, oldIndex?: Int32Array, prev?: PreviousOut): Float64Array | undefined {
  const st = new Float64Array(2 * m.files.length);
  for (let i = 0; i < m.files.length; i++) {
    const k = oldIndex?.[i] ?? -1;
    if (k >= 0 && prev) {
      st[2 * i] = prev.stamps[2 * k]!;
      st[2 * i + 1] = prev.stamps[2 * k + 1]!;
      continue;
    }
    try {
      const x = statSync(inFolder(out, m.files[i]!.path));
      st[2 * i] = x.size;
      st[2 * i + 1] = Math.floor(x.mtimeMs);
    } catch {
      return undefined;
    }
  }
  return st;
}

/**
 * The files of the previous out/ that can be linked into the new one: for each file whose size and mtime are
 * still those the last build recorded when it wrote it, its sha256 as that build recorded it — as the out/ thread
 * found them. The record's paths are sorted (the manifest's order): a path is looked up by binary search and a
 * record index directly (no map of 50,000 paths).
 */
class Reusable {
  readonly size: number;
  constructor(private readonly prev: PreviousOut | undefined) {
    let n = 0;
    if (prev) for (const x of prev.files) n += x;
    this.size = n;
  }

  /** the sha256 of the reusable file at record index i */
  at(i: number): string | undefined {
    return this.prev?.files[i] === 1 ? this.prev.shas.slice(64 * i, 64 * i + 64) : undefined;
  }

  /** the file at record index i is reusable and has this sha256 (at(i) === sha256, without a string made) */
  is(i: number, sha256: string): boolean {
    return this.prev?.files[i] === 1 && sha256.length === 64 && this.prev.shas.startsWith(sha256, 64 * i);
  }

  get(path: string): string | undefined {
    const i = indexInSorted(this.prev?.paths ?? [], path);
    return i >= 0 ? this.at(i) : undefined;
  }
}

/** out/ still holds what the last build wrote: every file present with the size and mtime it had then */
function outIntact(out: string, last: LastBuild): boolean {
  const { paths, stamps } = last;
  for (let i = 0; i < paths.length; i++) {
    try {
      const st = statSync(inFolder(out, paths[i]!));
      if (st.size !== stamps[2 * i] || Math.floor(st.mtimeMs) !== stamps[2 * i + 1]) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * `--only`: the files of the other customers come from the previous out/ (checked against its manifest's
 * sha256 and put into the cache); customers no longer in the model are dropped; global files are fresh.
 */
function keptFromPrevious(io: CliIO, out: string, cache: ArtifactCache, selected: ReadonlySet<string>, customers: ReadonlySet<string>): CachedFile[] {
  const mp = join(out, 'manifest.json');
  if (!existsSync(mp)) {
    io.stderr(`vmsc: note: no previous ${mp}: out/ will hold only the files of ${[...selected].join(', ')} and the global files\n`);
    return [];
  }
  let prev: Manifest;
  try {
    prev = parseManifest(readFileSync(mp, 'utf8'), mp);
  } catch (e) {
    io.stderr(`vmsc: note: ${(e as Error).message}: out/ will hold only the files of ${[...selected].join(', ')} and the global files\n`);
    return [];
  }
  const kept: CachedFile[] = [];
  let dropped = 0;
  for (const f of prev.files) {
    if (!f.customer || selected.has(f.customer) || !customers.has(f.customer)) continue;
    if (!cache.hasBlob(f.sha256, f.bytes)) {
      try {
        const bytes = readFileSync(inFolder(out, f.path));
        if (sha256hex(bytes) !== f.sha256) throw new Error('changed');
        cache.putBlob(f.sha256, bytes);
      } catch {
        dropped++;
        continue;
      }
    }
    kept.push(f);
  }
  if (dropped) io.stderr(`vmsc: note: ${dropped} file(s) of other customers were missing or edited in ${out} and are left out: run a full build\n`);
  return kept;
}

export interface BuildRunResult {
  manifest?: Manifest;
  stats?: BuildStats;
  upToDate: boolean;
}

interface BuildPlan {
  root: string;
  out: string;
  today: string;
  shard: { index: number; count: number } | undefined;
  only: string[] | undefined;
  workers: number | undefined;
  stateDir: string | undefined;
}

function parseBuildOptions(io: CliIO, opts: BuildCommandOptions): BuildPlan {
  const root = rootDir(io, opts.root);
  const today = parseToday(io, opts.today);
  const shard = parseShard(opts.shard);
  const only = opts.only?.length ? [...new Set(opts.only)].sort() : undefined;
  if (shard && only) throw new CliError({ en: ['--only and --shard cannot be combined'], ja: ['--only と --shard は同時に使えません'] }, 2);
  let workers: number | undefined;
  if (opts.jobs !== undefined) {
    if (!/^\d+$/.test(opts.jobs))
      throw new CliError(
        {
          en: [`--jobs must be a whole number (0 = no worker threads), not ${JSON.stringify(opts.jobs)}`],
          ja: [`--jobs は整数で指定してください（0 = ワーカースレッドなし。${JSON.stringify(opts.jobs)} は不可）`],
        },
        2,
      );
    workers = Number(opts.jobs);
  }
  const out = resolve(root, opts.out ?? 'out');
  guardOut(root, out);
  return { root, out, today, shard, only, workers, stateDir: stateFolder(io.cwd, root, opts.state, opts.cache) };
}

/**
 * The key of a record, read from its head (the JSON line of a LastBuild starts with it) without reading the rest;
 * undefined when the head is not that. A wrong answer can only make a build slower: the fast path still reads the
 * whole record and compares its key.
 */
function recordedKey(text: string): string | undefined {
  return /^\{"key":"([0-9a-f]{64})"/.exec(text.slice(0, 80))?.[1];
}

/** the last build's record for the out/ thread: the bytes read here, else its file (or bytes, a cache in memory) */
function recordSource(cache: ArtifactCache, name: string, head: string | undefined, bytes: Buffer | undefined): RecordSource | undefined {
  if (bytes !== undefined) return { bytes };
  if (head === undefined) return undefined;
  const file = cache.recordFile?.(name);
  if (file !== undefined) return { file };
  const b = cache.getRecordBytes(name);
  return b === undefined ? undefined : { bytes: b };
}

/** the no-change fast path: the last build into this out/ had the same key, and out/ is still what it wrote */
function upToDate(out: string, last: LastBuild | undefined, runKey: string, timings: StageClock | undefined): boolean {
  if (!last || last.head.key !== runKey) return false;
  const intact = manifestAsWritten(out, last) && outIntact(out, last);
  timings?.lap('compare out/ with the last build');
  return intact;
}

/** out/manifest.json has the size and mtime the last build left it with */
function manifestAsWritten(out: string, last: LastBuild): boolean {
  const st = statSync(join(out, 'manifest.json'), { throwIfNoEntry: false });
  const m = last.head.manifest;
  return Array.isArray(m) && st !== undefined && st.size === m[0] && Math.floor(st.mtimeMs) === m[1];
}

/** check + resolve through the driver; only the model and counts are kept (the parsed files are large) */
async function checkedModel(
  io: CliIO,
  driver: Driver,
  p: BuildPlan,
  read: readonly SourceFile[],
  expectedAll: string,
): Promise<{ model: Model; warnings: number; ids: Set<string> }> {
  const c = await modelOrExplain(io, driver);
  // the driver was given the files read to key the run: the same objects need no second hash
  const same = c.result.sources.length === read.length && c.result.sources.every((s, i) => s === read[i]);
  if (!same && hashSources(c.result.sources).all !== expectedAll) {
    throw new CliError(
      {
        en: ['the input files changed while the build was reading them', 'run vmsc build again'],
        ja: ['ビルドが読んでいる間に入力ファイルが変わりました', 'vmsc build をもう一度実行してください'],
      },
      1,
    );
  }
  const ids = new Set(c.model.customers.map((x) => x.id));
  const unknown = (p.only ?? []).filter((id) => !ids.has(id));
  if (unknown.length) {
    const hint = closest(unknown[0]!, [...ids]);
    throw new CliError(
      {
        en: [
          `--only: no customer ${unknown.map((u) => JSON.stringify(u)).join(', ')} in ${p.root}`,
          hint ? `did you mean ${hint}?` : 'pass a customer id (the name of a file in customers/)',
        ],
        ja: [
          `--only: ${p.root} に顧客 ${unknown.map((u) => JSON.stringify(u)).join(', ')} はありません`,
          hint ? `${hint} の誤りではありませんか？` : '顧客 ID（customers/ にあるファイルの名前）を指定してください',
        ],
      },
      1,
    );
  }
  return { model: c.model, warnings: countBySeverity(c.result.diagnostics).warnings, ids };
}

interface EmitWrite {
  io: CliIO;
  driver: Driver;
  plan: BuildPlan;
  opts: BuildCommandOptions;
  model: Model;
  ids: ReadonlySet<string>;
  sources: ReturnType<typeof readRoot>;
  cache: ArtifactCache;
  generator: string;
  selected: ReadonlySet<string> | undefined;
  selectCustomer: ((id: string) => boolean) | undefined;
  timings: StageClock | undefined;
  /** the last build's record, and the previous out/ compared with it, on a thread of its own (started before the check) */
  outCheck: Promise<PreviousOut | undefined> | undefined;
  /** the hashes of the sources and assets that keyed the run: the group keys are made of them too */
  hashes: { sources: SourceHashes; assets: string };
  /** the compiler's */
  fingerprint: string;
}

/**
 * Emits (through the driver) into a staging folder at once (while workers render); the rest is linked from the
 * previous out/ or copied from the cache; then the staging folder replaces out/.
 */
async function emitAndWrite(
  w: EmitWrite,
): Promise<{ built: BuildOutput; manifest: Manifest; oldIndex: Int32Array; carriedTops: Set<string>; removed: Promise<void>; prev: PreviousOut | undefined }> {
  const { io, plan, opts, cache } = w;
  const mode = progressMode(opts.progress, io.env, io.isTTY);
  // the bar redraws on stderr; plain lines go with the rest of the log on stdout
  const reporter = progressReporter(mode, mode === 'bar' ? io.stderr : io.stdout);
  const staging = new Staging(plan.out);
  try {
    const built = await w.driver.emit(w.model, w.sources, {
      cache,
      ...(opts.emitters ? { emitters: opts.emitters } : {}),
      ...(w.selectCustomer ? { selectCustomer: w.selectCustomer } : {}),
      globals: plan.shard ? plan.shard.index === 1 : true,
      ...(plan.workers !== undefined ? { workers: plan.workers } : {}),
      onProgress: reporter.onProgress,
      onEmitted: (f, bytes) => staging.put(f.path, bytes),
      hashes: w.hashes,
    });
    reporter.finish();
    w.timings?.lap(`emit (${built.stats.emitted} groups, ${built.stats.workers} workers), cache and stage`);
    const prev = await w.outCheck;
    w.timings?.lap('the out/ thread answered');
    const reuse = new Reusable(prev);
    let files = await keepIssued(io, plan.root, w.model, built.files, staging, reuse);
    if (w.selected) {
      const fresh = new Set(files.map((f) => f.path));
      files = [...files, ...keptFromPrevious(io, plan.out, cache, w.selected, w.ids).filter((f) => !fresh.has(f.path))];
    }
    // (the entries are the build's own, unless --only took some from the previous manifest file)
    const manifest = manifestOf(files, w.generator, plan.shard, { made: !w.selected });
    const carried = carryOver(staging, manifest, plan.out, prev, reuse);
    stageTheRest(staging, manifest, plan.out, cache, reuse, carried.oldIndex);
    // the entries of the carried folders are copied from the previous manifest.json, when a build of this compiler wrote it
    const previous = await prev?.manifest;
    const text = manifestBytes(manifest, carried.oldIndex, previous?.fingerprint === w.fingerprint ? previous.manifest : undefined);
    // the previous out/ goes on other threads while this one records the new out/'s stamps
    const { removed } = staging.commit(manifest, text, { background: true });
    w.timings?.lap(`write out/ (${manifest.files.length} files, ${carried.folders} folders carried over whole)`);
    return { built, manifest, oldIndex: carried.oldIndex, carriedTops: carried.tops, removed, prev };
  } catch (e) {
    staging.abort();
    throw e;
  }
}

/**
 * Issued invoices stay as issued: an invoice of the register whose re-render differs from the bytes it was
 * issued with (the compiler, a template or the font changed; a registration field changed, K005; the month
 * was corrected) is put into out/ as the archive's copy, checked against the register's sha256 — or, when the
 * previous out/ holds those bytes untouched, linked from there. No intact copy: CliError, nothing written.
 * K001 has already refused every change of figures that no correction declares. The issued corrections
 * (修正適格請求書, 適格返還請求書) of the customers built go beside them as `invoice-YYYY-MM-c<n>.pdf`, archived
 * copies too.
 */
async function keepIssued(io: CliIO, root: string, model: Model, files: readonly CachedFile[], staging: Staging, reuse: Reusable): Promise<CachedFile[]> {
  if (!model.records?.length) return [...files];
  const { archivedCopy, archivedCorrection, issuedCorrections, issuedOriginals, whyDifferent } = await import('../records.js');
  const originals = issuedOriginals(model);
  const kept: string[] = [];
  const out = files.map((f) => {
    const o = originals.get(f.path);
    if (!o || f.sha256 === o.doc.sha256) return f;
    let size: number;
    if (!staging.has(f.path) && reuse.get(f.path) === o.doc.sha256) {
      size = statSync(inFolder(staging.target, f.path)).size; // the previous out/ holds the issued bytes: stageTheRest links them
    } else {
      const bytes = archivedCopy(root, model, o, f.sha256);
      staging.put(f.path, bytes);
      size = bytes.length;
    }
    kept.push(`${o.doc.number} (${whyDifferent(model, o)})`);
    return { ...f, sha256: o.doc.sha256, bytes: size };
  });
  // the issued corrections of the customers built, beside the invoices they correct (archived copies: never re-rendered)
  const built = new Set(files.flatMap((f) => (f.customer ? [f.customer] : [])));
  for (const [path, { customer, doc }] of issuedCorrections(model, built)) {
    let size: number;
    if (reuse.get(path) === doc.sha256) size = statSync(inFolder(staging.target, path)).size;
    else {
      const bytes = archivedCorrection(root, model, doc);
      staging.put(path, bytes);
      size = bytes.length;
    }
    out.push({ path, sha256: doc.sha256, bytes: size, kind: 'documents/correction', customer });
  }
  if (kept.length)
    io.stderr(
      `vmsc: note: ${kept.length} issued ${kept.length === 1 ? 'invoice renders' : 'invoices render'} differently now; out/ holds ${kept.length === 1 ? 'its archived copy' : 'their archived copies'}, as issued: ${kept.slice(0, 5).join(', ')}${kept.length > 5 ? ', …' : ''}\n`,
    );
  return out;
}

/**
 * The top-level folders of the previous out/ that the new one holds unchanged — the same files with the same
 * sha256, none emitted now, each untouched since the last build wrote it (size and mtime as recorded), and no
 * other file in the folder — are carried over whole (moved at commit: one rename instead of a link per file;
 * after changing one customer of 1,000 most of out/ is such folders). Returns how many, which, and for each
 * file of the new manifest its index in the last build's record when its folder was carried (else -1: a
 * rename keeps a file's stamps, so the recorded ones stand).
 *
 * Both manifests are sorted by path, so a top folder's files are one run in each: the folders are compared by
 * walking the two lists side by side (no map of 50,000 paths).
 */
function carryOver(
  staging: Staging,
  manifest: Manifest,
  out: string,
  prev: PreviousOut | undefined,
  reuse: Reusable,
): { folders: number; oldIndex: Int32Array; tops: Set<string> } {
  const files = manifest.files;
  const oldIndex = new Int32Array(files.length).fill(-1);
  const tops = new Set<string>();
  if (!prev || reuse.size === 0) return { folders: 0, oldIndex, tops };
  // the top folders some recorded folder of which is not as the last build left it (an entry added or removed)
  let changedTops: Set<string> | undefined;
  if (prev.dirs) {
    changedTops = new Set();
    prev.dirs.forEach(([d], k) => {
      if (prev.dirsIntact[k] !== 1) changedTops!.add(topFolder(`${d}/`));
    });
  }
  const old = prev.paths;
  let o = 0;
  let folders = 0;
  for (let i = 0; i < files.length; ) {
    const d = topFolder(files[i]!.path);
    let end = i + 1;
    if (!d) {
      i = end;
      continue;
    }
    const prefix = `${d}/`;
    while (end < files.length && files[end]!.path.startsWith(prefix)) end++;
    // the same run in the last build's paths
    while (o < old.length && old[o]! < prefix) o++;
    let oend = o;
    while (oend < old.length && old[oend]!.startsWith(prefix)) oend++;
    // (a folder a file was put into now is not carried: no lookup per file)
    let ok = oend - o === end - i && !staging.holds(d);
    for (let k = 0; ok && k < end - i; k++) {
      const f = files[i + k]!;
      ok = old[o + k] === f.path && reuse.is(o + k, f.sha256);
    }
    if (ok) ok = folderAsLeft(out, d, end - i, changedTops);
    if (ok) {
      staging.carry(
        d,
        files.slice(i, end).map((f) => f.path),
      );
      for (let k = 0; k < end - i; k++) oldIndex[i + k] = o + k;
      tops.add(d);
      folders++;
    }
    i = end;
    o = oend;
  }
  return { folders, oldIndex, tops };
}

/** the top folder d of out/ holds no entry the last build did not leave there (its files are those of `files`) */
function folderAsLeft(out: string, d: string, count: number, changedTops: ReadonlySet<string> | undefined): boolean {
  // the out/ thread's answer
  if (changedTops) return !changedTops.has(d);
  // a record without folder times (an older build): count the files on disk
  try {
    const entries = readdirSync(join(out, d), { recursive: true, withFileTypes: true });
    if (entries.some((e) => !e.isFile() && !e.isDirectory())) return false;
    return entries.filter((e) => e.isFile()).length === count; // a stray file: the folder is not what a build would write
  } catch {
    return false; // gone: stage it file by file
  }
}

/**
 * The files of the manifest that were not emitted now: a file of the previous out/ with the same bytes,
 * untouched since that build wrote it, is linked into the new out/ (no copy; the previous out/ stays whole
 * until the swap); else it is copied from the cache.
 */
function stageTheRest(staging: Staging, manifest: Manifest, out: string, cache: ArtifactCache, reuse: Reusable, carried: Int32Array): void {
  for (let i = 0; i < manifest.files.length; i++) {
    const f = manifest.files[i]!;
    // (a file of a carried folder is staged: no lookup for the 50,000 of them)
    if (carried[i]! >= 0 || staging.has(f.path)) continue;
    staging.putWith(f.path, (dest) => {
      if (reuse.get(f.path) === f.sha256) {
        try {
          linkSync(inFolder(out, f.path), dest);
          return;
        } catch {
          // another file system, or the file just went: copy
        }
      }
      cache.copyBlob(f.sha256, dest, f.customer ?? '');
    });
  }
}

export async function runBuild(io: CliIO, opts: BuildCommandOptions): Promise<BuildRunResult> {
  const plan = parseBuildOptions(io, opts);
  const { root, out, today, shard, only } = plan;
  const { cache, note } = openCache(plan.stateDir);
  if (note) io.stderr(`vmsc: note: ${note}\n`);
  // blobs are looked at when copied into out/ (a missing one: CacheDamagedError, then every blob is checked)
  if (cache instanceof DiskCache) cache.checkBlobsOnCopy = true;

  // VMSC_TIMINGS=1: stage timings (wall time, process CPU, memory) on stderr
  const timings = io.env['VMSC_TIMINGS'] ? new StageClock((line) => io.stderr(line)) : undefined;
  // the driver reads nothing until asked; its host's assets and fingerprint key the no-change record
  const sources = readRoot(root);
  // the driver checks the very files read here (those that key the run), not a second read of them
  // (with VMSC_TIMINGS, the check's own stages too)
  const checkTimings = timings ? new Map<string, number>() : undefined;
  const driver = openDriver(io, root, { today, stateDir: plan.stateDir, sources, ...(checkTimings ? { timings: checkTimings } : {}) });
  timings?.lap('read inputs');
  const assets = driver.host.readAssets();
  const fingerprint = driver.host.fingerprint();
  const hashes = hashSources(sources);
  const generator = `vmsc ${packageVersion()}`;
  const emitterNames = (opts.emitters ?? []).map((e) => e.name);
  const assetsKey = assetsHash(assets);
  const runKey = sha256hex(
    JSON.stringify(['vmsc-build-v1', fingerprint, emitterNames, assetsKey, hashes.all, today, only ?? null, shard ?? null, out, generator]),
  );
  const recordName = sha256hex(`out\0${out}`);
  timings?.lap('assets, fingerprint, hashes');

  // the whole record (9 MB at 1,000 customers) is read here only when its key is this run's: else the out/ thread
  // reads it (see recordedKey)
  const head = cache.getRecordHead(recordName, 80);
  const lastBytes = head !== undefined && recordedKey(head) === runKey ? cache.getRecordBytes(recordName) : undefined;
  const last: LastBuild | undefined = lastBytes && decodeRecord(lastBytes); // (a torn record: build)
  if (upToDate(out, last, runKey, timings)) {
    io.stdout(
      `up to date: ${last!.head.files} files for ${last!.head.customers} customers in ${out} (nothing changed since the last build)${last!.head.warnings ? ` (${last!.head.warnings} warnings: run vmsc check)` : ''}\n`,
    );
    return { upToDate: true };
  }

  // the previous out/ against its record, on another core while this thread checks, resolves and emits
  // (the thread reads the record itself, unless it was read here)
  const record = recordSource(cache, recordName, head, lastBytes);
  const outCheck = record ? checkOutOnThread(out, record) : undefined;
  // the emitters (PDF, mail, YAML libraries) load only now: an up-to-date build never pays for them
  const { inShard } = await import('../../build/build.js');
  timings?.lap('load the emitters');
  // check with `vmsc check`'s own cache (and workers) in the same state folder; the sources it read are the ones built
  try {
    const { model, warnings, ids } = await checkedModel(io, driver, plan, sources, hashes.all);
    if (checkTimings) for (const [k, v] of checkTimings) if (v >= 1 && !k.startsWith('rule ')) io.stderr(`vmsc: timing:   check: ${k}: ${v.toFixed(0)} ms\n`);
    timings?.lap('check + resolve');
    const selected = only ? new Set(only) : undefined;
    const selectCustomer = selected ? (id: string) => selected.has(id) : shard ? (id: string) => inShard(id, shard.index, shard.count) : undefined;
    const w: EmitWrite = {
      ...{ io, driver, plan, opts, model, ids, sources, cache, generator, selected, selectCustomer, timings, outCheck },
      hashes: { sources: hashes, assets: assetsKey },
      fingerprint,
    };
    let done: Awaited<ReturnType<typeof emitAndWrite>>;
    try {
      done = await emitAndWrite(w);
    } catch (e) {
      if (!(e instanceof CacheDamagedError)) throw e;
      // a blob was damaged on disk (out/ is untouched): check every blob this time, emit what is damaged, write again
      io.stderr(`vmsc: note: ${e.message.replace(/: run the build again$/, '')}; checking every cached file and building again\n`);
      cache.verifyAll = true;
      done = await emitAndWrite(w);
    }
    const { built, manifest } = done;
    const customers = selected ? selected.size : selectCustomer ? model.customers.filter((c) => selectCustomer(c.id)).length : model.customers.length;
    cache.putRecordBytes(
      recordName,
      encodeRecord(
        { key: runKey, ...manifestField(out), fingerprint, files: manifest.files.length, customers, warnings },
        {
          paths: manifest.files.map((f) => f.path).join('\0'),
          shas: manifest.files.map((f) => f.sha256).join(''),
          stamps: stampsOf(out, manifest, done.oldIndex, done.prev) ?? [],
          ...dirsField(dirStamps(out, manifest, done.carriedTops, done.prev)),
        },
      ),
    );
    await done.removed;
    timings?.lap('record the new out/');
    const s = built.stats;
    const what = only
      ? ` (--only ${only.join(',')}: other customers' files kept from the previous out/)`
      : shard
        ? ` (shard ${shard.index}/${shard.count})`
        : '';
    io.stdout(
      `built ${manifest.files.length} files for ${customers} customers into ${out}${what}: ${s.groups} artifact groups, ${s.emitted} emitted, ${s.cached} from cache${warnings ? ` (${warnings} warnings: run vmsc check)` : ''}\n`,
    );
    return { manifest, stats: built.stats, upToDate: false };
  } finally {
    await driver.close();
    timings?.lap('end the worker threads');
    if (timings) {
      const render = renderScript();
      io.stderr(`vmsc: timing: render bundle: ${render ? `code cache ${render.cache}` : 'not loaded on this thread'}\n`);
    }
  }
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('check, then produce every artifact into out/ atomically, with out/manifest.json (sha256 of each file); incremental and parallel')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--out <dir>', 'output folder, relative to the root (replaced whole, atomically)', 'out')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes outputs')
    .option('--state <dir>', 'state folder for the build cache (default <root>/.vmsc-state; safe to delete)')
    .option('--no-cache', 'build everything from scratch and keep no cache')
    .option('--only <customer>', "build only this customer (repeatable or comma-separated); other customers' files are kept from the previous out/", collect)
    .option('--shard <K/N>', 'build shard K of N: a stable 1/N of the customers (by hash of the id); shard 1 also builds the global files')
    .option('--jobs <n>', 'worker threads for rendering (default: one per core when there is enough to do; 0 = none)')
    .option('--progress <mode>', 'bar | lines | none (default: bar on a terminal, lines in CI or when piped)')
    .action(async (opts: BuildCommandOptions) => {
      await runBuild(io, opts);
      setExit(0);
    });
}
