/**
 * What the driver needs from the outside world, and nothing more: the files of a root, the clock, worker
 * threads, a state folder for caches and the compiler's own fingerprint. The CLI gives a host on the real
 * disk (cli/host.ts `nodeHost`); tests, `vmsc plan`'s base side and the language server give one on
 * in-memory sources (`memoryHost`). The driver itself never touches the disk, the clock or threads.
 */
import type { SourceFile } from '../load/yaml.js';
import type { Artifact, Assets } from '../emit/types.js';
import type { Model } from '../model/model.js';
import type { SchemaFolders } from '../validate/rule.js';

/** A small store of named state files (the check cache), written atomically; safe to lose at any time. */
export interface StateStore {
  /** a state file's text, or undefined when there is none (or it cannot be read) */
  read(name: string, encoding: 'utf8' | 'latin1'): string | undefined;
  /** writes a state file atomically from text chunks (streamed); false when it cannot (a read-only root) */
  write(name: string, chunks: Iterable<string>): boolean;
}

/** one (customer-scoped emitter, customer) job of the build */
export interface EmitJob {
  emitter: string;
  customer: string;
}

/** an artifact with its bytes and their sha256 (computed on the thread that rendered it) */
export interface HashedArtifact extends Artifact {
  data: Uint8Array;
  sha256: string;
}

/** Worker threads, started by the host; the same threads serve check (load + schema) and build (emit). */
export interface Workers {
  readonly size: number;
  /** load + schema of each file on some worker: the JSON text of each FileResult, in order */
  load(files: readonly SourceFile[]): Promise<string[]>;
  /** gives every worker the model and assets that `emit` tasks render (posted once to each) */
  setModel(model: Model, assets: Assets): void;
  /** runs the jobs on one worker, in order: the artifacts of each job (with the sha256 of their bytes, hashed there) */
  emit(jobs: readonly EmitJob[]): Promise<HashedArtifact[][]>;
  close(): Promise<void>;
}

export interface Host {
  /** the input files of the root (policies/ and customers/), sorted by path */
  readSources(): SourceFile[];
  /**
   * the same files, each read only when its bytes are first asked for, with a stamp per file (size, mtime…)
   * taken before: a file whose stamp is unchanged is taken to be unchanged (vmsc check's no-change path);
   * absent = no stamps (in memory)
   */
  stampSources?(): { sources: SourceFile[]; stamps: string[] };
  /** the root's schemas/ folder and the compiler's schemas (rule P003); absent = not known (in memory) */
  readSchemas?(): SchemaFolders;
  /** epoch milliseconds of now (only for defaults such as --today; never for outputs) */
  now(): number;
  /** cores worth using for worker threads */
  parallelism(): number;
  /** starts `n` worker threads; undefined when this host has none (then everything runs in process) */
  startWorkers?(n: number): Workers | undefined;
  /** where the check cache lives; undefined = no cache */
  checkState?: StateStore;
  /** templates and fonts, for the emitters */
  readAssets(): Assets;
  /** hash of the running compiler's code, schemas and dependency versions (cache keys) */
  fingerprint(): string;
}

/** A host over sources already in memory: no disk, no threads, no cache. */
export function memoryHost(sources: readonly SourceFile[], opts: { now?: () => number; assets?: () => Assets; fingerprint?: () => string } = {}): Host {
  const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    readSources: () => sorted,
    now: opts.now ?? (() => Date.now()),
    parallelism: () => 1,
    readAssets: opts.assets ?? (() => ({ templates: new Map(), fonts: new Map() })),
    fingerprint: opts.fingerprint ?? (() => 'memory'),
  };
}
