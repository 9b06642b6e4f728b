/**
 * The build cache: for each artifact group (one emitter × one customer, or one global emitter) the files it
 * produced, keyed by the hash of everything the group reads. It lives under `<root>/.vmsc-state/build/` (or
 * `--state DIR`/build), is safe to delete at any time, and never changes a result: a group is reused only when
 * its key matches and its files are there with their sha256.
 *
 * Layout (v2):  v2/packs/ab/<key>.pack   one file per group: its files' bytes, one after the other in the
 *                                        group's (path) order, then the group's JSON (its file list), then a
 *                                        16-byte trailer: `VMSCPK2 ` and the JSON's length as 8 hex digits
 *               v2/blobs/ab/<sha256>     a loose file (`--only` keeps other customers' files of out/ this way)
 *               v2/records/<name>.json   (a global emitter's reads)
 *               v2/records/<name>.rec    (the last build into an out/ folder: a JSON line, then bytes; see out-check.ts)
 *               v2/groups-index.bin      (the groups of the last builds, in one file: one read instead of one per
 *                                        group; its layout: group-index.ts)
 *               v2/groups-index-delta.json   (the groups added since that file was written: see groupIndex)
 * (v1 kept each file as a blob of its own: a cold build of 1,000 customers created 53,000 blobs beside the
 * 53,000 files of out/, most of its time; a pack is one file per group.)
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
  writevSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { toBytes } from './manifest.js';
import { sha256hex } from '../util/sha256.js';
import { decodeIndex, encodeIndex } from './group-index.js';
import type { CachedFile, IndexEntry } from './group-index.js';

export type { CachedFile } from './group-index.js';

/** What the build needs from a cache; `memoryCache()` and `DiskCache` implement it. */
export interface ArtifactCache {
  /** the files of a group built before with this key, when all their bytes are still there */
  getGroup(key: string): CachedFile[] | undefined;
  /** when set, getGroup reads and hashes every file of the group (a damaged group is removed and is a miss) */
  verifyAll?: boolean;
  /** stores a group: its files (sorted by path) and, in the same order, their bytes */
  putGroup(key: string, files: readonly CachedFile[], data: readonly Uint8Array[]): void;
  /** the groups of this build (their keys), so that the next build finds them with one read */
  saveIndex?(keys: readonly string[]): void;
  /** the bytes of a file with this sha256 and size are in the cache (a stored group's or a loose one) */
  hasBlob(sha: string, size: number): boolean;
  /** stores a loose file (not of a group: `--only` keeps other customers' files of the previous out/) */
  putBlob(sha: string, bytes: Uint8Array): void;
  /**
   * the bytes of a file with this sha256 (checked); CacheDamagedError when they are gone or damaged. `customer`:
   * the customer of the file looked for, when known (its groups are looked at first)
   */
  readBlob(sha: string, customer?: string): Uint8Array;
  /** puts the bytes of a file with this sha256 at dest (a new file); CacheDamagedError when gone or damaged */
  copyBlob(sha: string, dest: string, customer?: string): void;
  getRecord<T>(name: string): T | undefined;
  /** a record's JSON text, as getRecord parses it */
  getRecordText(name: string): string | undefined;
  /** the first `chars` characters of a byte record (of ASCII) without reading the rest (a large record's key) */
  getRecordHead(name: string, chars: number): string | undefined;
  /** the file a record is in, when the cache is on disk (so that another thread can read it there) */
  recordFile?(name: string): string | undefined;
  putRecord(name: string, value: unknown): void;
  /** a record that is not JSON (the last build's: see out-check.ts), as bytes */
  getRecordBytes(name: string): Buffer | undefined;
  putRecordBytes(name: string, parts: Uint8Array[]): void;
}

const LAYOUT = 'v2';
const INDEX_NAME = 'groups-index.bin';
/** the index as JSON, as vmsc wrote it up to the tenth round: no longer read, removed when the index is written */
const OLD_INDEX_NAME = 'groups-index.json';
const DELTA_NAME = 'groups-index-delta.json';
/** the delta is rewritten while it holds at most this many groups, or this share of the build's groups */
const DELTA_MIN = 64;
const DELTA_SHARE = 0.1;
const PACK_MAGIC = 'VMSCPK2 ';
const TRAILER = 16;
/** packs kept in memory while files are copied out of them (a folder of out/ takes files from a few groups) */
const PACKS_KEPT = 32;

export class CacheDamagedError extends Error {}

function isKey(s: string): boolean {
  return /^[0-9a-f]{16,64}$/.test(s);
}

/**
 * a group as the delta file holds it, by column: its pack's size, the files' kind and customer ('' = none; one
 * string when all files share it, else one per file), paths, sha256s (concatenated) and sizes
 */
type StoredEntry = [size: number, kind: string | string[], customer: string | string[], paths: string[], shas: string, bytes: number[]];

function column(values: readonly string[]): string | string[] {
  return values.every((v) => v === values[0]) && values.length > 0 ? values[0]! : [...values];
}

function stored([size, files]: IndexEntry): StoredEntry {
  return [
    size,
    column(files.map((f) => f.kind)),
    column(files.map((f) => f.customer ?? '')),
    files.map((f) => f.path),
    files.map((f) => f.sha256).join(''),
    files.map((f) => f.bytes),
  ];
}

/** a stored group back as files; undefined when it is not one (a torn or foreign index) */
function entryOf(v: unknown): IndexEntry | undefined {
  if (!Array.isArray(v) || v.length !== 6) return undefined;
  const [size, kind, customer, paths, shas, bytes] = v as unknown[];
  if (typeof size !== 'number' || !Array.isArray(paths) || typeof shas !== 'string' || !Array.isArray(bytes)) return undefined;
  const n = paths.length;
  const at = (c: unknown, i: number): unknown => (typeof c === 'string' ? c : Array.isArray(c) && c.length === n ? c[i] : undefined);
  if (shas.length !== n * 64 || bytes.length !== n) return undefined;
  const files: CachedFile[] = [];
  for (let i = 0; i < n; i++) {
    const path = paths[i];
    const k = at(kind, i);
    const c = at(customer, i);
    const b = bytes[i];
    if (typeof path !== 'string' || typeof k !== 'string' || typeof c !== 'string' || typeof b !== 'number') return undefined;
    const f: CachedFile = { path, sha256: shas.slice(i * 64, i * 64 + 64), bytes: b, kind: k };
    if (c) f.customer = c;
    files.push(f);
  }
  return [size, files];
}

/** the stored groups that are sound, into the index */
function addStored(index: Map<string, IndexEntry>, groups: Record<string, unknown> | undefined): void {
  for (const [key, s] of Object.entries(groups ?? {})) {
    const e = entryOf(s);
    if (e) index.set(key, e);
  }
}

function storedGroups(groups: Iterable<[string, IndexEntry]>): Record<string, StoredEntry> {
  const out: Record<string, StoredEntry> = {};
  for (const [k, e] of groups) out[k] = stored(e);
  return out;
}

/** where the bytes of a file are: in the pack of group `key` at `offset`, or a loose blob (key undefined) */
interface Location {
  key: string | undefined;
  offset: number;
  bytes: number;
}

/** a group's pack, in parts: the files' bytes in order, their list as JSON, the trailer */
function packParts(files: readonly CachedFile[], data: readonly Uint8Array[]): Uint8Array[] {
  const header = Buffer.from(JSON.stringify({ files }), 'utf8');
  const trailer = Buffer.from(`${PACK_MAGIC}${header.byteLength.toString(16).padStart(8, '0')}`, 'latin1');
  return [...data, header, trailer];
}

/** a pack's trailer: the length of its JSON, or undefined when it is not a pack's */
function headerLength(tail: Uint8Array): number | undefined {
  if (tail.byteLength !== TRAILER) return undefined;
  const t = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength).toString('latin1');
  if (!t.startsWith(PACK_MAGIC) || !/^[0-9a-f]{8}$/.test(t.slice(PACK_MAGIC.length))) return undefined;
  return parseInt(t.slice(PACK_MAGIC.length), 16);
}

/** the files' bytes add up to where the pack's JSON starts */
function fits(files: readonly CachedFile[], dataBytes: number): boolean {
  let sum = 0;
  for (const f of files) {
    if (!Number.isSafeInteger(f.bytes) || f.bytes < 0 || typeof f.sha256 !== 'string') return false;
    sum += f.bytes;
  }
  return sum === dataBytes;
}

export class DiskCache implements ArtifactCache {
  readonly dir: string;
  verifyAll = false;
  /**
   * When set (vmsc build, vmsc plan), getGroup trusts the index and does not look at the pack: a file's bytes
   * are needed only when it is not taken from the previous out/ (or, for plan, when the review reads it), and
   * copyBlob/readBlob then find the pack missing or damaged and throw CacheDamagedError, on which the caller
   * goes again with every group looked at (verifyAll, or this flag off). The result is the same.
   */
  checkBlobsOnCopy = false;
  private tmpSeq = 0;
  private readonly made = new Set<string>();
  private index: Map<string, IndexEntry> | undefined;
  /** the index base file read (its id and keys), for the delta */
  private base: { id: string; keys: Set<string> } | undefined;
  /** sha256 -> where its bytes are (built on the first read of a file by its sha256) */
  private locations: Map<string, Location> | undefined;
  /** the groups whose files are in locations, or all of them; this build's groups by customer ('*': several) */
  private locatedKeys: Set<string> | undefined;
  private locatedAll = false;
  private byCustomer: Map<string, string[]> | undefined;
  /** the packs read last (key -> bytes), most recent last */
  private readonly packs = new Map<string, Buffer>();
  /** the groups this build took or stored: their files are located first */
  private readonly used = new Set<string>();

  /** dir: the build cache folder, e.g. `<root>/.vmsc-state/build` */
  constructor(dir: string) {
    this.dir = join(dir, LAYOUT);
  }

  /**
   * The index of the last builds' groups (key -> pack size, files); empty when absent or unreadable. It is a
   * base file (groups-index.bin, with an id: group-index.ts) plus a small delta (groups-index-delta.json: the groups added
   * since, for that base id): after a one-customer change the build writes a few groups, not the whole index.
   */
  private groupIndex(): Map<string, IndexEntry> {
    if (this.index) return this.index;
    this.index = new Map();
    this.base = undefined;
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(join(this.dir, INDEX_NAME));
    } catch {
      // no index: the packs are read instead
    }
    const base = bytes ? decodeIndex(bytes) : undefined; // a torn or foreign one: the packs too
    if (base) {
      this.index = base.groups;
      this.base = { id: base.id, keys: new Set(base.groups.keys()) };
    }
    if (this.base) {
      try {
        const d = JSON.parse(readFileSync(join(this.dir, DELTA_NAME), 'utf8')) as { base?: unknown; groups?: Record<string, unknown> };
        if (d.base === this.base.id) addStored(this.index, d.groups);
      } catch {
        // no delta: the base alone
      }
    }
    return this.index;
  }

  saveIndex(keys: readonly string[]): void {
    const index = this.groupIndex();
    const groups = new Map<string, IndexEntry>();
    for (const k of keys) {
      const e = index.get(k) ?? this.readPackEntry(k);
      if (e) groups.set(k, e);
    }
    try {
      const base = this.base;
      const added = base ? [...groups.keys()].filter((k) => !base.keys.has(k)) : [];
      if (base && added.length <= Math.max(DELTA_MIN, groups.size * DELTA_SHARE)) {
        // the base still holds most groups: only the groups it lacks go into the delta (a superset is harmless:
        // a lookup still checks the files' bytes when it copies them)
        const delta = storedGroups(added.sort().map((k) => [k, groups.get(k)!]));
        this.atomicWrite(join(this.dir, DELTA_NAME), this.dir, JSON.stringify({ base: base.id, groups: delta }));
        return;
      }
      const id = randomBytes(8).toString('hex');
      this.atomicWrite(join(this.dir, INDEX_NAME), this.dir, encodeIndex(id, groups));
      rmSync(join(this.dir, DELTA_NAME), { force: true });
      rmSync(join(this.dir, OLD_INDEX_NAME), { force: true });
      this.base = { id, keys: new Set(groups.keys()) };
    } catch {
      // only a speed-up: the packs hold the same
    }
  }

  private packPath(key: string): string {
    if (!isKey(key)) throw new Error(`internal: bad group key ${key}`);
    return join(this.dir, 'packs', key.slice(0, 2), `${key}.pack`);
  }

  /** a group's entry read from its pack's trailer and JSON (no index entry): undefined when absent or unsound */
  private readPackEntry(key: string): IndexEntry | undefined {
    let fd: number;
    try {
      fd = openSync(this.packPath(key), 'r');
    } catch {
      return undefined;
    }
    try {
      const size = fstatSync(fd).size;
      if (size < TRAILER) return undefined;
      const tail = Buffer.alloc(TRAILER);
      if (readSync(fd, tail, 0, TRAILER, size - TRAILER) !== TRAILER) return undefined;
      const n = headerLength(tail);
      if (n === undefined || n > size - TRAILER) return undefined;
      const header = Buffer.alloc(n);
      if (readSync(fd, header, 0, n, size - TRAILER - n) !== n) return undefined;
      const v = JSON.parse(header.toString('utf8')) as { files?: unknown };
      if (!Array.isArray(v.files) || !fits(v.files as CachedFile[], size - TRAILER - n)) return undefined;
      return [size, v.files as CachedFile[]];
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  private ensureDir(d: string): void {
    if (this.made.has(d)) return;
    mkdirSync(d, { recursive: true });
    this.made.add(d);
  }

  /**
   * write-then-rename, so that a reader never sees half a file (two builds may share a cache); parts (a pack's)
   * are written as they are with writev, without a copy into one buffer
   */
  private atomicWrite(path: string, dir: string, data: Uint8Array | string | Uint8Array[]): void {
    this.ensureDir(dir);
    const tmp = `${path}.tmp-${process.pid}-${this.tmpSeq++}`;
    try {
      if (Array.isArray(data)) writeParts(tmp, data);
      else writeFileSync(tmp, typeof data === 'string' ? toBytes(data) : data);
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }

  getGroup(key: string): CachedFile[] | undefined {
    if (!isKey(key)) return undefined;
    const index = this.groupIndex();
    let e = index.get(key);
    if (!e) {
      // not in the index (a build that did not get to write it, or a removed index): the pack's own list
      e = this.readPackEntry(key);
      if (!e) return undefined;
      index.set(key, e);
    }
    const [size, files] = e;
    if (this.verifyAll) {
      // every file's bytes hash to its sha256; a damaged pack is removed
      const pack = this.readPack(key);
      if (pack && pack.byteLength === size && this.soundFiles(pack, files)) return this.take(key, files);
      this.drop(key);
      return undefined;
    }
    if (!this.checkBlobsOnCopy && statSync(this.packPath(key), { throwIfNoEntry: false })?.size !== size) return undefined;
    return this.take(key, files);
  }

  /** a group of this build: its files are found in its pack first */
  private take(key: string, files: CachedFile[]): CachedFile[] {
    this.used.add(key);
    if (this.locations) this.locate(key, files, true);
    return files;
  }

  /** a group whose pack is gone or damaged: removed, and forgotten by the index and the locations */
  private drop(key: string): void {
    rmSync(this.packPath(key), { force: true });
    this.packs.delete(key);
    this.index?.delete(key);
    this.used.delete(key);
    this.locations = undefined;
    this.byCustomer = undefined;
  }

  private soundFiles(pack: Buffer, files: readonly CachedFile[]): boolean {
    let at = 0;
    for (const f of files) {
      if (at + f.bytes > pack.byteLength || sha256hex(pack.subarray(at, at + f.bytes)) !== f.sha256) return false;
      at += f.bytes;
    }
    return true;
  }

  putGroup(key: string, files: readonly CachedFile[], data: readonly Uint8Array[]): void {
    if (data.length !== files.length || files.some((f, i) => f.bytes !== data[i]!.byteLength))
      throw new Error('internal: a group put with bytes not matching its files');
    const parts = packParts(files, data);
    const size = parts.reduce((n, p) => n + p.byteLength, 0);
    this.atomicWrite(this.packPath(key), join(this.dir, 'packs', key.slice(0, 2)), parts);
    const list = [...files];
    this.groupIndex().set(key, [size, list]);
    this.packs.delete(key);
    this.take(key, list);
  }

  /** adds a group's files to the locations (a file in several groups: the first one found, unless `over`) */
  private locate(key: string, files: readonly CachedFile[], over = false): void {
    const m = this.locations!;
    let at = 0;
    for (const f of files) {
      if (over || !m.has(f.sha256)) m.set(f.sha256, { key, offset: at, bytes: f.bytes });
      at += f.bytes;
    }
  }

  /**
   * where a file's bytes are. With the customer the file belongs to, only the groups of this build of that
   * customer and those with files of several customers are looked at first (after a one-customer change the
   * files copied from the cache are that customer's: no map of every file of the index, 530,000 at 10,000
   * customers); then every group: this build's first, then the rest of the index.
   */
  private location(sha: string, customer?: string): Location | undefined {
    if (!this.locations) {
      this.locations = new Map();
      this.locatedKeys = new Set();
      this.locatedAll = false;
    }
    const near = this.locations.get(sha);
    if (near) return near;
    const index = this.groupIndex();
    if (customer !== undefined && !this.locatedAll) {
      if (!this.byCustomer) {
        this.byCustomer = new Map();
        for (const key of this.used) {
          const files = index.get(key)?.[1];
          if (!files?.length) continue;
          const c = files.every((f) => f.customer === files[0]!.customer) ? (files[0]!.customer ?? '') : '*';
          const list = this.byCustomer.get(c);
          if (list) list.push(key);
          else this.byCustomer.set(c, [key]);
        }
      }
      for (const key of [...(this.byCustomer.get(customer) ?? []), ...(this.byCustomer.get('*') ?? [])]) {
        if (this.locatedKeys!.has(key)) continue;
        const e = index.get(key);
        if (e) this.locate(key, e[1]);
        this.locatedKeys!.add(key);
      }
      const l = this.locations.get(sha);
      if (l) return l;
    }
    if (!this.locatedAll) {
      // the groups of this build first (looked at, or just written), then the rest of the index
      for (const key of this.used) {
        const e = index.get(key);
        if (e && !this.locatedKeys!.has(key)) this.locate(key, e[1]);
      }
      for (const [key, [, files]] of index) if (!this.used.has(key) && !this.locatedKeys!.has(key)) this.locate(key, files);
      this.locatedAll = true;
    }
    const l = this.locations.get(sha);
    if (l) return l;
    const st = statSync(this.blobPath(sha), { throwIfNoEntry: false });
    return st ? { key: undefined, offset: 0, bytes: st.size } : undefined;
  }

  /** a pack's bytes, from the few kept in memory or read now; undefined when it is gone */
  private readPack(key: string): Buffer | undefined {
    const kept = this.packs.get(key);
    if (kept) {
      this.packs.delete(key);
      this.packs.set(key, kept);
      return kept;
    }
    let pack: Buffer;
    try {
      pack = readFileSync(this.packPath(key));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    this.packs.set(key, pack);
    if (this.packs.size > PACKS_KEPT) this.packs.delete(this.packs.keys().next().value!);
    return pack;
  }

  private blobPath(sha: string): string {
    if (!isKey(sha)) throw new Error(`internal: bad blob name ${sha}`);
    return join(this.dir, 'blobs', sha.slice(0, 2), sha);
  }

  hasBlob(sha: string, size: number): boolean {
    const l = this.location(sha);
    return l !== undefined && l.bytes === size;
  }

  putBlob(sha: string, bytes: Uint8Array): void {
    if (this.hasBlob(sha, bytes.byteLength)) return;
    this.atomicWrite(this.blobPath(sha), join(this.dir, 'blobs', sha.slice(0, 2)), bytes);
  }

  readBlob(sha: string, customer?: string): Uint8Array {
    // checked: a file whose bytes are gone or damaged on disk is never handed on (never copied into out/); its
    // pack (or loose file) is removed, and the caller goes again with every group looked at
    const l = this.location(sha, customer);
    let bytes: Uint8Array | undefined;
    let where: string;
    if (l?.key !== undefined) {
      where = this.packPath(l.key);
      const pack = this.readPack(l.key);
      if (pack && l.offset + l.bytes <= pack.byteLength) bytes = pack.subarray(l.offset, l.offset + l.bytes);
      else if (!pack) {
        this.drop(l.key);
        throw new CacheDamagedError(`the build cache lacked a file (${where})`);
      }
    } else {
      where = this.blobPath(sha);
      try {
        bytes = readFileSync(where);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CacheDamagedError(`the build cache lacked a file (${where})`);
        throw e;
      }
    }
    if (bytes === undefined || sha256hex(bytes) !== sha) {
      if (l?.key !== undefined) this.drop(l.key);
      else rmSync(where, { force: true });
      throw new CacheDamagedError(`the build cache held a damaged file (${where}); it was removed`);
    }
    return bytes;
  }

  copyBlob(sha: string, dest: string, customer?: string): void {
    // out/ files never share an inode with the cache: editing out/ cannot corrupt it
    writeFileSync(dest, this.readBlob(sha, customer));
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
    const p = this.recordPath(name, 'json');
    if (p === undefined) return undefined;
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  }

  getRecordBytes(name: string): Buffer | undefined {
    const p = this.recordFile(name);
    if (p === undefined) return undefined;
    try {
      return readFileSync(p);
    } catch {
      return undefined;
    }
  }

  putRecordBytes(name: string, parts: Uint8Array[]): void {
    if (!isKey(name)) throw new Error(`internal: bad record name ${name}`);
    const d = join(this.dir, 'records');
    this.atomicWrite(join(d, `${name}.rec`), d, parts);
    // the same record as an older vmsc wrote it (JSON): no longer read, so not kept
    rmSync(join(d, `${name}.json`), { force: true });
  }

  getRecordHead(name: string, chars: number): string | undefined {
    const p = this.recordFile(name);
    if (p === undefined) return undefined;
    let fd: number;
    try {
      fd = openSync(p, 'r');
    } catch {
      return undefined;
    }
    try {
      const b = Buffer.alloc(chars);
      return b.toString('latin1', 0, readSync(fd, b, 0, chars, 0));
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }

  /** a byte record's file (putRecordBytes), when there is one */
  recordFile(name: string): string | undefined {
    return this.recordPath(name, 'rec');
  }

  private recordPath(name: string, ext: 'json' | 'rec'): string | undefined {
    const p = join(this.dir, 'records', `${name}.${ext}`);
    return isKey(name) && existsSync(p) ? p : undefined;
  }

  putRecord(name: string, value: unknown): void {
    if (!isKey(name)) throw new Error(`internal: bad record name ${name}`);
    const d = join(this.dir, 'records');
    this.atomicWrite(join(d, `${name}.json`), d, JSON.stringify(value));
  }
}

/** a new file of the parts' bytes, one after the other */
function writeParts(path: string, parts: Uint8Array[]): void {
  const fd = openSync(path, 'w');
  try {
    let left = parts.reduce((n, p) => n + p.byteLength, 0);
    let at = 0;
    while (left > 0) {
      const n = writevSync(fd, parts.slice(at));
      left -= n;
      at = resume(parts, at, n);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * after writevSync wrote `n` bytes of parts[at…]: the index of the first part not wholly written, whose
 * unwritten rest replaces it (a short write is rare: a signal, a full disk)
 */
function resume(parts: Uint8Array[], at: number, n: number): number {
  let i = at;
  let left = n;
  while (i < parts.length && left >= parts[i]!.byteLength) {
    left -= parts[i]!.byteLength;
    i++;
  }
  if (left > 0) parts[i] = parts[i]!.subarray(left);
  return i;
}

/** A cache in memory (no state folder): `--no-cache`, `vmsc plan` without a state folder, tests. */
export function memoryCache(): ArtifactCache {
  const blobs = new Map<string, Uint8Array>();
  const groups = new Map<string, CachedFile[]>();
  const records = new Map<string, string>();
  const raw = new Map<string, Buffer>();
  return {
    getGroup: (key) => {
      const g = groups.get(key);
      return g?.every((f) => blobs.has(f.sha256)) ? g : undefined;
    },
    putGroup: (key, files, data) => {
      files.forEach((f, i) => {
        blobs.set(f.sha256, data[i]!);
      });
      groups.set(key, [...files]);
    },
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
    getRecordHead: (name, chars) => raw.get(name)?.toString('latin1', 0, chars),
    getRecordBytes: (name) => raw.get(name),
    putRecordBytes: (name, parts) => void raw.set(name, Buffer.concat(parts)),
    putRecord: (name, value) => void records.set(name, JSON.stringify(value)),
  };
}
