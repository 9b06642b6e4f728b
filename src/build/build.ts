/**
 * The incremental, parallel build: the model -> the list of files of out/ (bytes in the cache).
 *
 * Artifacts come in groups: one per (customer-scoped emitter × customer) and one per global emitter. A group's
 * key hashes everything it can read:
 *   customer group: compiler fingerprint, emitter name, templates + fonts, every policy file, the customer file;
 *   global group:   compiler fingerprint, emitter name, templates + fonts, and what the emitter read of the model
 *                   when it last ran (build/track.ts: a changed field it never reads does not re-run it).
 * A group whose key is in the cache (with all its blobs) is not emitted again. Emitted bytes go to the cache
 * (content-addressed), and the write step rebuilds out/ whole from it. Same inputs -> same files, whatever
 * the cache holds, the number of workers or the order in which groups finish.
 */
import type { SourceFile } from '../load/yaml.js';
import type { Model, ResolvedCustomer } from '../model/model.js';
import type { Artifact, Assets, CustomerEmitter, EmitContext, Emitter, GlobalEmitter } from '../emit/types.js';
import { EMITTERS } from '../emit/registry.js';
import { emitCustomer } from '../emit/run.js';
import type { ArtifactCache, CachedFile } from '../write/cache.js';
import { toBytes } from '../write/manifest.js';
import { assetsHash, hashSources } from './hashes.js';
import { sha256hex } from '../util/sha256.js';
import type { SourceHashes } from './hashes.js';
import type { HashedArtifact, Workers } from '../driver/host.js';
import { trackReads, unchanged } from './track.js';
import type { ReadTree } from './track.js';

export interface BuildProgress {
  done: number;
  total: number;
  cached: number;
}

export interface BuildInput {
  model: Model;
  sources: readonly SourceFile[];
  assets: Assets;
  /** the compiler fingerprint (the host's: cli/fingerprint.ts) */
  fingerprint: string;
  /** hashSources(sources) and assetsHash(assets), when the caller has them already (vmsc build keys its run with them) */
  hashes?: { sources: SourceHashes; assets: string };
  cache: ArtifactCache;
  /** default: the registry */
  emitters?: readonly Emitter[];
  /** which customers' groups to build (`--only`, `--shard`); default: all */
  selectCustomer?: (id: string) => boolean;
  /** build the global emitters' groups (default true; a shard other than 1 does not) */
  globals?: boolean;
  /** worker threads for customer groups: undefined = one per core when worth it, 0 = in-process */
  workers?: number;
  /** `n` worker threads holding this model (the driver's); none given or undefined returned = in-process */
  pool?: (n: number) => Workers | undefined;
  /** cores, for the default number of workers */
  parallelism?: number;
  onProgress?: (p: BuildProgress) => void;
  /** called with each emitted file and its bytes, as soon as it is emitted (the build writes it to staging) */
  onEmitted?: (file: CachedFile, bytes: Uint8Array) => void;
}

export interface BuildStats {
  /** artifact groups in this build */
  groups: number;
  /** groups taken from the cache */
  cached: number;
  /** groups emitted now */
  emitted: number;
  /** ids of the emitted groups, sorted: `<emitter>` or `<emitter>@<customer>` */
  emittedGroups: string[];
  /** worker threads used (0 = in-process) */
  workers: number;
}

export interface BuildOutput {
  /** sorted by path; bytes in the cache */
  files: CachedFile[];
  stats: BuildStats;
}

interface Group {
  id: string;
  /** for a global group: found from its reads record (or set when it has been emitted) */
  key: string;
  emitter: Emitter;
  customer?: ResolvedCustomer;
  /** global group: the name of its reads record (fingerprint, emitter, assets) */
  reads?: string;
}

/** what a global emitter read when it ran, and the key its files were stored under; the last few runs */
interface ReadsRecord {
  runs: ReadsRun[];
}

/**
 * One run of a global emitter: its read tree, and the key of its files. The reads of each customer
 * (`model.customers[i]`) are split out of the tree: `split.items[i]` holds the inputs the customer was resolved from
 * (its file's path and sha256) and its subtree as JSON text, parsed only when those inputs changed. A resolved customer
 * is a function of the policies and its own file — what the customer groups' keys already rest on — so with the same
 * policies (`split.policies`) and the same file at index i, the subtree's reads give the same answers. After one
 * customer of 1,000 changed, one subtree is parsed and walked instead of 1,000 (1.6 MB of read trees at 1,000).
 */
interface ReadsRun {
  tree: ReadTree;
  key: string;
  split?: { policies: string; items: Record<string, [inputs: string, tree: string]> };
}

/** what a resolved customer is made of besides the policies: its file and that file's bytes */
const customerInputs = (c: ResolvedCustomer, hashes: SourceHashes): string => `${c.file}\0${hashes.files.get(c.file) ?? ''}`;

/** a canonical array index ("0", "17"; not "01" or "length") */
const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** `tree` (a copy of the tracked reads) with the customers' subtrees split out (see ReadsRun) */
function splitRun(tree: ReadTree, key: string, model: Model, hashes: SourceHashes): ReadsRun {
  const subs = tree.c?.['customers']?.c;
  if (!subs) return { tree, key };
  const items: Record<string, [string, string]> = {};
  for (const i of Object.keys(subs)) {
    const c = INDEX.test(i) ? model.customers[Number(i)] : undefined;
    if (!c) continue;
    items[i] = [customerInputs(c, hashes), JSON.stringify(subs[i])];
    delete subs[i];
  }
  return { tree, key, split: { policies: hashes.policies, items } };
}

/** whether the model answers every read of the run as the model it ran on did (a run not of this shape: no) */
function runUnchanged(run: ReadsRun, model: Model, hashes: SourceHashes): boolean {
  if (typeof run !== 'object' || run === null || typeof run.tree !== 'object' || run.tree === null || !unchanged(run.tree, model)) return false;
  if (run.split === undefined) return true;
  if (typeof run.split !== 'object' || run.split === null || typeof run.split.items !== 'object' || run.split.items === null) return false;
  const samePolicies = run.split.policies === hashes.policies;
  for (const i in run.split.items) {
    const item = run.split.items[i];
    if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'string') return false;
    const c = model.customers[Number(i)];
    if (samePolicies && c && customerInputs(c, hashes) === item[0]) continue;
    let tree: ReadTree;
    try {
      tree = JSON.parse(item[1]) as ReadTree;
    } catch {
      return false;
    }
    if (!unchanged(tree, c)) return false;
  }
  return true;
}
/** runs kept per global emitter: a plan's two sides, and a branch switched back and forth */
const READS_KEPT = 4;

/** below this many customer groups to emit, workers cost more than they save */
export const WORKER_THRESHOLD = 24;

export function groupKeys(
  input: Pick<BuildInput, 'sources' | 'assets' | 'fingerprint' | 'hashes'>,
  hashes: SourceHashes = input.hashes?.sources ?? hashSources(input.sources),
) {
  const assets = input.hashes?.assets ?? assetsHash(input.assets);
  return {
    hashes,
    customer(e: CustomerEmitter, c: ResolvedCustomer): string {
      const file = hashes.files.get(c.file) ?? '';
      return sha256hex(`vmsc-group-v1\0${input.fingerprint}\0customer\0${e.name}\0${assets}\0${hashes.policies}\0${c.id}\0${c.file}\0${file}`);
    },
    /** the key of a global group whose reads could not be tracked (an emitter that writes into the model) */
    global(e: GlobalEmitter): string {
      return sha256hex(`vmsc-group-v1\0${input.fingerprint}\0global\0${e.name}\0${assets}\0${hashes.all}`);
    },
    /** the name of a global group's reads record: everything it depends on but the model */
    globalReads(e: GlobalEmitter): string {
      return sha256hex(`vmsc-group-v2\0${input.fingerprint}\0global-reads\0${e.name}\0${assets}`);
    },
  };
}

/** every artifact group of this build, with its key */
function planGroups(input: BuildInput, keys: ReturnType<typeof groupKeys>): Group[] {
  const select = input.selectCustomer ?? (() => true);
  const groups: Group[] = [];
  for (const e of input.emitters ?? EMITTERS) {
    if (e.scope === 'global') {
      if (input.globals !== false) {
        const reads = keys.globalReads(e);
        const run = input.cache.getRecord<ReadsRecord>(reads)?.runs?.find((r) => runUnchanged(r, input.model, keys.hashes));
        groups.push({ id: e.name, key: run?.key ?? keys.global(e), emitter: e, reads });
      }
    } else {
      for (const c of input.model.customers) {
        if (select(c.id)) groups.push({ id: `${e.name}@${c.id}`, key: keys.customer(e, c), emitter: e, customer: c });
      }
    }
  }
  return groups;
}

/**
 * Emits the groups that missed the cache: customer groups on the pool's threads when there are enough of
 * them (one task per customer, so a worker keeps a customer's documents together), global groups here
 * meanwhile; or everything in process. Returns the number of worker threads used.
 */
async function emitMisses(
  input: BuildInput,
  misses: readonly Group[],
  hashes: SourceHashes,
  accept: (g: Group, arts: readonly (Artifact | HashedArtifact)[]) => void,
): Promise<number> {
  const ctx: EmitContext = { model: input.model, assets: input.assets };
  const customerMisses = misses.filter((g) => g.customer);
  const globalMisses = misses.filter((g) => !g.customer);
  const wanted = input.workers ?? (customerMisses.length >= WORKER_THRESHOLD ? Math.max(1, input.parallelism ?? 1) : 0);
  const pool = wanted > 0 ? input.pool?.(wanted) : undefined;
  // each global emitter sees the model through a view that records what it reads: its key is that record
  const runGlobals = async () => {
    for (const g of globalMisses) {
      const t = trackReads(input.model);
      const arts = await (g.emitter as GlobalEmitter).emit({ model: t.view, assets: input.assets });
      if (!t.impure && g.reads) {
        const text = JSON.stringify(t.tree);
        g.key = sha256hex(`${g.reads}\0${text}`);
        const run = splitRun(JSON.parse(text) as ReadTree, g.key, input.model, hashes);
        const prev = input.cache.getRecord<ReadsRecord>(g.reads)?.runs ?? [];
        input.cache.putRecord(g.reads, { runs: [run, ...prev.filter((r) => r.key !== g.key)].slice(0, READS_KEPT) } satisfies ReadsRecord);
      }
      accept(g, arts);
    }
  };
  // a customer's groups one after the other (in registry order): agents/bundle reuses the files agents/<target> rendered
  const byCustomer = new Map<string, Group[]>();
  for (const g of customerMisses) {
    const id = g.customer!.id;
    const list = byCustomer.get(id);
    if (list) list.push(g);
    else byCustomer.set(id, [g]);
  }
  if (!pool) {
    for (const gs of byCustomer.values()) for (const g of gs) accept(g, await emitCustomer(g.emitter as CustomerEmitter, ctx, g.customer!));
    await runGlobals();
    return 0;
  }
  const tasks = [...byCustomer.values()].map(async (gs) => {
    const res = await pool.emit(gs.map((g) => ({ emitter: g.emitter.name, customer: g.customer!.id })));
    gs.forEach((g, i) => {
      accept(g, res[i] ?? []);
    });
  });
  await Promise.all([...tasks, runGlobals()]);
  return pool.size;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export async function buildArtifacts(input: BuildInput): Promise<BuildOutput> {
  const { cache } = input;
  const keys = groupKeys(input);
  const groups = planGroups(input, keys);
  const results = new Map<Group, CachedFile[]>();
  const misses: Group[] = [];
  for (const g of groups) {
    const hit = cache.getGroup(g.key);
    if (hit) results.set(g, hit);
    else misses.push(g);
  }
  const cached = results.size;
  const progress = () => input.onProgress?.({ done: results.size, total: groups.length, cached });
  progress();

  // an emitted group's files go to onEmitted at once, and into the cache as one pack
  // (bytes from a worker come with their sha256, hashed there)
  const accept = (g: Group, arts: readonly (Artifact | HashedArtifact)[]) => {
    const emitted = arts
      .map((a) => {
        const bytes = toBytes(a.data);
        const sha = 'sha256' in a && typeof a.sha256 === 'string' ? a.sha256 : sha256hex(bytes);
        const f: CachedFile = { path: a.path, sha256: sha, bytes: bytes.byteLength, kind: a.kind };
        if (a.customer) f.customer = a.customer;
        input.onEmitted?.(f, bytes);
        return { f, bytes };
      })
      .sort((x, y) => byPath(x.f, y.f));
    const files = emitted.map((e) => e.f);
    cache.putGroup(
      g.key,
      files,
      emitted.map((e) => e.bytes),
    );
    results.set(g, files);
    progress();
  };
  const workers = await emitMisses(input, misses, keys.hashes, accept);

  cache.saveIndex?.(groups.map((g) => g.key));
  // each group's files are sorted: put the groups in the order of their first path, so that the sort of all
  // 50,000 files (TimSort) finds long sorted runs instead of sorting them from scratch
  const lists = groups.flatMap((g) => {
    const fs = results.get(g);
    return fs?.length ? [fs] : [];
  });
  lists.sort((x, y) => byPath(x[0]!, y[0]!));
  const files: CachedFile[] = [];
  for (const fs of lists) for (const f of fs) files.push(f);
  files.sort(byPath);
  // sorted: two artifacts with one path (a bug in an emitter) are neighbours
  for (let i = 1; i < files.length; i++) if (files[i]!.path === files[i - 1]!.path) throw new Error(`internal: two artifacts with the path ${files[i]!.path}`);
  return {
    files,
    stats: { groups: groups.length, cached, emitted: misses.length, emittedGroups: misses.map((g) => g.id).sort(), workers },
  };
}

/** `--shard K/N`: a stable 1/N of the customers, by the hash of the id (not by position: adding a customer moves no other) */
export function inShard(id: string, index: number, count: number): boolean {
  const h = sha256hex(id);
  return parseInt(h.slice(0, 8), 16) % count === index - 1;
}
