/**
 * The build cache: artifacts' bytes, content-addressed, and for each artifact group (one emitter × one
 * customer, or one global emitter) the list of files it produced, keyed by the hash of everything the group
 * reads. It lives under `<root>/.vmsc-state/build/` (or `--state DIR`/build), is safe to delete at any time,
 * and never changes a result: a group is reused only when its key matches and every blob it names is present
 * with its size; a blob's name is the sha256 of its bytes.
 *
 * Layout (v1):  v1/blobs/ab/<sha256>   v1/groups/<key>.json   v1/records/<name>.json
 *               v1/groups-index.json   (the groups of the last builds, in one file: one read instead of one per group)
 *               v1/groups-index-delta.json   (the groups added since that file was written: see groupIndex)
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface CachedFile {
  path: string;
  sha256: string;
  bytes: number;
  kind: string;
  customer?: string;
}

/** What the build needs from a cache; `memoryCache()` and `DiskCache` implement it. */
export interface ArtifactCache {
  /** the files of a group built before with this key, when all their blobs are still there */
  getGroup(key: string): CachedFile[] | undefined;
  /** when set, getGroup reads and hashes every blob (a damaged one is removed and its group is a miss) */
  verifyAll?: boolean;
  putGroup(key: string, files: readonly CachedFile[]): void;
  /** the groups of this build (their keys), so that the next build finds them with one read */
  saveIndex?(keys: readonly string[]): void;
  hasBlob(sha: string, size: number): boolean;
  putBlob(sha: string, bytes: Uint8Array): void;
  readBlob(sha: string): Uint8Array;
  /** puts the blob's bytes at dest (a new file) */
  copyBlob(sha: string, dest: string): void;
  getRecord<T>(name: string): T | undefined;
  /** a record's JSON text, as getRecord parses it */
  getRecordText(name: string): string | undefined;
  putRecord(name: string, value: unknown): void;
}

const LAYOUT = 'v1';
const INDEX_NAME = 'groups-index.json';
const DELTA_NAME = 'groups-index-delta.json';
/** the delta is rewritten while it holds at most this many groups, or this share of the build's groups */
const DELTA_MIN = 64;
const DELTA_SHARE = 0.1;

export class CacheDamagedError extends Error {}

function isKey(s: string): boolean {
  return /^[0-9a-f]{16,64}$/.test(s);
}

export class DiskCache implements ArtifactCache {
  readonly dir: string;
  verifyAll = false;
  /**
   * When set (vmsc build), getGroup does not stat each blob of a group: a blob is needed only when its file is
   * not taken from the previous out/, and copyBlob then finds it missing or damaged and throws
   * CacheDamagedError, on which the build checks every blob (verifyAll) and emits those groups again. The
   * result is the same; a no-op-like build skips ~50,000 stats. Left off for readers of blobs (vmsc plan).
   */
  checkBlobsOnCopy = false;
  private tmpSeq = 0;
  private readonly made = new Set<string>();
  private index: Map<string, CachedFile[]> | undefined;
  /** the index base file read (its id and keys), for the delta */
  private base: { id: string; keys: Set<string> } | undefined;

  /** dir: the build cache folder, e.g. `<root>/.vmsc-state/build` */
  constructor(dir: string) {
    this.dir = join(dir, LAYOUT);
  }

  /**
   * The index of the last builds' groups (key -> files); empty when absent or unreadable. It is a base file
   * (groups-index.json, with an id) plus a small delta (groups-index-delta.json: the groups added since, for
   * that base id): after a one-customer change the build writes a few groups, not the whole index again.
   */
  private groupIndex(): Map<string, CachedFile[]> {
    if (this.index) return this.index;
    this.index = new Map();
    this.base = undefined;
    try {
      const v = JSON.parse(readFileSync(join(this.dir, INDEX_NAME), 'utf8')) as { id?: unknown; groups?: Record<string, unknown> };
      for (const [key, files] of Object.entries(v.groups ?? {})) if (Array.isArray(files)) this.index.set(key, files as CachedFile[]);
      if (typeof v.id === 'string') this.base = { id: v.id, keys: new Set(this.index.keys()) };
    } catch {
      // no index (or a torn or foreign one): the per-group files are read instead
    }
    if (this.base) {
      try {
        const d = JSON.parse(readFileSync(join(this.dir, DELTA_NAME), 'utf8')) as { base?: unknown; groups?: Record<string, unknown> };
        if (d.base === this.base.id) {
          for (const [key, files] of Object.entries(d.groups ?? {})) if (Array.isArray(files)) this.index.set(key, files as CachedFile[]);
        }
      } catch {
        // no delta: the base alone
      }
    }
    return this.index;
  }

  saveIndex(keys: readonly string[]): void {
    const index = this.groupIndex();
    const groups = new Map<string, CachedFile[]>();
    for (const k of keys) {
      const files = index.get(k) ?? this.readGroupFile(k);
      if (files) groups.set(k, files);
    }
    try {
      const base = this.base;
      const added = base ? [...groups.keys()].filter((k) => !base.keys.has(k)) : [];
      if (base && added.length <= Math.max(DELTA_MIN, groups.size * DELTA_SHARE)) {
        // the base still holds most groups: only the groups it lacks go into the delta (a superset is harmless:
        // a lookup still checks the blobs)
        const delta: Record<string, CachedFile[]> = {};
        for (const k of added.sort()) delta[k] = groups.get(k)!;
        this.atomicWrite(join(this.dir, DELTA_NAME), this.dir, JSON.stringify({ base: base.id, groups: delta }));
        return;
      }
      const id = randomBytes(8).toString('hex');
      this.atomicWrite(join(this.dir, INDEX_NAME), this.dir, JSON.stringify({ id, groups: Object.fromEntries(groups) }));
      rmSync(join(this.dir, DELTA_NAME), { force: true });
      this.base = { id, keys: new Set(groups.keys()) };
    } catch {
      // only a speed-up: the per-group files hold the same
    }
  }

  private readGroupFile(key: string): CachedFile[] | undefined {
    try {
      const v = JSON.parse(readFileSync(join(this.dir, 'groups', key.slice(0, 2), `${key}.json`), 'utf8')) as { files?: CachedFile[] };
      return Array.isArray(v.files) ? v.files : undefined;
    } catch {
      return undefined;
    }
  }

  private blobPath(sha: string): string {
    if (!isKey(sha)) throw new Error(`internal: bad blob name ${sha}`);
    return join(this.dir, 'blobs', sha.slice(0, 2), sha);
  }

  private ensureDir(d: string): void {
    if (this.made.has(d)) return;
    mkdirSync(d, { recursive: true });
    this.made.add(d);
  }

  /** write-then-rename, so that a reader never sees half a file (two builds may share a cache) */
  private atomicWrite(path: string, dir: string, data: Uint8Array | string): void {
    this.ensureDir(dir);
    const tmp = `${path}.tmp-${process.pid}-${this.tmpSeq++}`;
    try {
      writeFileSync(tmp, data);
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }

  getGroup(key: string): CachedFile[] | undefined {
    if (!isKey(key)) return undefined;
    const files = this.groupIndex().get(key) ?? this.readGroupFile(key);
    if (!files) return undefined;
    if (this.checkBlobsOnCopy && !this.verifyAll) return files;
    let ok = true;
    for (const f of files) {
      if (!this.hasBlob(f.sha256, f.bytes)) ok = false;
      else if (this.verifyAll && !this.blobIsSound(f.sha256)) ok = false; // removed: checks every blob of the group
      if (!ok && !this.verifyAll) return undefined;
    }
    return ok ? files : undefined;
  }

  /** the blob's bytes hash to its name; a damaged blob is removed */
  private blobIsSound(sha: string): boolean {
    const p = this.blobPath(sha);
    try {
      if (createHash('sha256').update(readFileSync(p)).digest('hex') === sha) return true;
    } catch {
      return false;
    }
    rmSync(p, { force: true });
    return false;
  }

  putGroup(key: string, files: readonly CachedFile[]): void {
    const d = join(this.dir, 'groups', key.slice(0, 2));
    this.atomicWrite(join(d, `${key}.json`), d, JSON.stringify({ files }));
    this.groupIndex().set(key, [...files]);
  }

  hasBlob(sha: string, size: number): boolean {
    try {
      return statSync(this.blobPath(sha)).size === size;
    } catch {
      return false;
    }
  }

  putBlob(sha: string, bytes: Uint8Array): void {
    const p = this.blobPath(sha);
    if (this.hasBlob(sha, bytes.byteLength) && !this.verifyAll) return;
    this.atomicWrite(p, join(this.dir, 'blobs', sha.slice(0, 2)), bytes);
  }

  readBlob(sha: string): Uint8Array {
    return readFileSync(this.blobPath(sha));
  }

  copyBlob(sha: string, dest: string): void {
    // read, verify, write: out/ files never share an inode with the cache (editing out/ cannot corrupt it), and
    // a blob damaged on disk is never copied into out/: it is removed, and the build fails with a clear message
    // (the previous out/ stays whole; the next build emits that group again)
    const p = this.blobPath(sha);
    let bytes: Buffer;
    try {
      bytes = readFileSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CacheDamagedError(`the build cache lacked a file (${p})`);
      throw e;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sha) {
      rmSync(p, { force: true });
      throw new CacheDamagedError(`the build cache held a damaged file (${p}); it was removed`);
    }
    writeFileSync(dest, bytes);
  }

  getRecord<T>(name: string): T | undefined {
    const text = this.getRecordText(name);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }

  getRecordText(name: string): string | undefined {
    const p = join(this.dir, 'records', `${name}.json`);
    if (!isKey(name) || !existsSync(p)) return undefined;
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  }

  putRecord(name: string, value: unknown): void {
    if (!isKey(name)) throw new Error(`internal: bad record name ${name}`);
    const d = join(this.dir, 'records');
    this.atomicWrite(join(d, `${name}.json`), d, JSON.stringify(value));
  }
}

/** A cache in memory (no state folder): `--no-cache`, `vmsc plan` without a state folder, tests. */
export function memoryCache(): ArtifactCache {
  const blobs = new Map<string, Uint8Array>();
  const groups = new Map<string, CachedFile[]>();
  const records = new Map<string, string>();
  return {
    getGroup: (key) => {
      const g = groups.get(key);
      return g?.every((f) => blobs.has(f.sha256)) ? g : undefined;
    },
    putGroup: (key, files) => void groups.set(key, [...files]),
    hasBlob: (sha, size) => blobs.get(sha)?.byteLength === size,
    putBlob: (sha, bytes) => void blobs.set(sha, bytes),
    readBlob: (sha) => {
      const b = blobs.get(sha);
      if (!b) throw new Error(`internal: blob ${sha} not in the memory cache`);
      return b;
    },
    copyBlob: (sha, dest) => {
      const b = blobs.get(sha);
      if (!b) throw new Error(`internal: blob ${sha} not in the memory cache`);
      writeFileSync(dest, b);
    },
    getRecord: <T>(name: string) => {
      const r = records.get(name);
      return r === undefined ? undefined : (JSON.parse(r) as T);
    },
    getRecordText: (name) => records.get(name),
    putRecord: (name, value) => void records.set(name, JSON.stringify(value)),
  };
}
