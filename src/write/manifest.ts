import type { Artifact } from '../emit/types.js';
import { sha256hex } from '../util/sha256.js';

export interface ManifestEntry {
  path: string;
  sha256: string;
  bytes: number;
  kind: string;
  customer?: string;
}

export interface Manifest {
  version: 1;
  generator: string;
  /** present only in the manifest of a `--shard K/N` build; `vmsc manifest merge` drops it */
  shard?: { index: number; count: number };
  files: ManifestEntry[];
}

/**
 * text as UTF-8 bytes. An ASCII text (its UTF-8 length is its length: every other character takes two bytes or
 * more) is encoded as latin1, the same bytes at a third of the cost: the manifest (14 MB at 1,000 customers, 140 MB
 * at 10,000) and most agent files are ASCII
 */
export function toBytes(data: string | Uint8Array): Uint8Array {
  if (typeof data !== 'string') return data;
  return Buffer.from(data, Buffer.byteLength(data, 'utf8') === data.length ? 'latin1' : 'utf8');
}

export function sha256(data: string | Uint8Array): string {
  return sha256hex(toBytes(data));
}

export function buildManifest(artifacts: readonly Artifact[], generator: string): Manifest {
  const files = artifacts
    .map((a) => {
      const b = toBytes(a.data);
      const e: ManifestEntry = { path: a.path, sha256: sha256(b), bytes: b.byteLength, kind: a.kind };
      if (a.customer) e.customer = a.customer;
      return e;
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { version: 1, generator, files };
}

export function manifestText(m: Manifest): string {
  return JSON.stringify(m, null, 2) + '\n';
}

/** a manifest.json as a build wrote it: its bytes, and [start, end) of its entry i at 2i, 2i + 1 (out-check.ts entriesOf) */
export interface OldManifest {
  bytes: Uint8Array;
  spans: Float64Array;
}

const FILES_OPEN = '"files": [\n';
const FILES_CLOSE = '\n  ]\n}\n';

/**
 * manifestText(m) as bytes, with the runs of entries that are the same as in the previous manifest.json copied from
 * its bytes instead of written again: `from[i]` is the index there of entry i when the entry is the same (same
 * path and sha256, from a build of the same compiler: the caller's carried folders), else -1. After a change to one
 * customer of 1,000, two copies and one customer's entries instead of 53,005 entries stringified and encoded (14 MB).
 * The bytes are exactly manifestText's (tests/build/manifest-splice.test.ts).
 */
export function manifestBytes(m: Manifest, from?: Int32Array, old?: OldManifest): Uint8Array {
  const files = m.files;
  if (!from || !old || files.length === 0 || from.length !== files.length) return toBytes(manifestText(m));
  const empty = manifestText({ ...m, files: [] });
  const parts: Uint8Array[] = [toBytes(`${empty.slice(0, empty.lastIndexOf('"files": []'))}${FILES_OPEN}`)];
  const sep = Buffer.from(',\n', 'latin1');
  for (let i = 0; i < files.length; ) {
    if (i > 0) parts.push(sep);
    let end = i + 1;
    const o = from[i]!;
    if (o >= 0 && 2 * o + 1 < old.spans.length) {
      // a run of entries that follow each other there too: one slice of the old bytes (their separators included)
      while (end < files.length && from[end] === from[end - 1]! + 1 && 2 * from[end]! + 1 < old.spans.length) end++;
      parts.push(old.bytes.subarray(old.spans[2 * o]!, old.spans[2 * from[end - 1]! + 1]!));
    } else {
      while (end < files.length && from[end]! < 0) end++;
      const t = JSON.stringify({ files: files.slice(i, end) }, null, 2);
      parts.push(toBytes(t.slice(`{\n  ${FILES_OPEN}`.length, t.length - '\n  ]\n}'.length)));
    }
    i = end;
  }
  parts.push(Buffer.from(FILES_CLOSE, 'latin1'));
  return Buffer.concat(parts);
}

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A manifest from its entries (sorted here): the one shape both writers and `manifest merge` use. `made`: the
 * entries were made by vmsc with exactly the fields of an entry, in its order (the build's: cache/emit results),
 * so when they are already sorted they are used as they are — not 530,000 objects copied at 10,000 customers.
 */
export function manifestOf(
  entries: readonly ManifestEntry[],
  generator: string,
  shard?: { index: number; count: number },
  opts: { made?: boolean } = {},
): Manifest {
  if (opts.made && sortedByPath(entries)) {
    const files = [...entries];
    return shard ? { version: 1, generator, shard, files } : { version: 1, generator, files };
  }
  const files = [...entries]
    .sort((a, b) => comparePaths(a.path, b.path))
    .map((e) => {
      const o: ManifestEntry = { path: e.path, sha256: e.sha256, bytes: e.bytes, kind: e.kind };
      if (e.customer) o.customer = e.customer;
      return o;
    });
  return shard ? { version: 1, generator, shard, files } : { version: 1, generator, files };
}

function sortedByPath(entries: readonly ManifestEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) if (!(entries[i - 1]!.path < entries[i]!.path)) return false;
  return true;
}

export class ManifestError extends Error {}

/** Reads a manifest.json text; throws ManifestError with a readable message when it is not one. */
export function parseManifest(text: string, name: string): Manifest {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new ManifestError(`${name}: not JSON (${(e as Error).message})`);
  }
  const o = v as Partial<Manifest> | null;
  if (!o || typeof o !== 'object' || o.version !== 1 || typeof o.generator !== 'string' || !Array.isArray(o.files)) {
    throw new ManifestError(`${name}: not a vmsc manifest (expected {"version":1,"generator":…,"files":[…]})`);
  }
  for (const f of o.files as unknown[]) {
    const e = f as Partial<ManifestEntry> | null;
    if (!e || typeof e.path !== 'string' || typeof e.sha256 !== 'string' || typeof e.bytes !== 'number' || typeof e.kind !== 'string') {
      throw new ManifestError(`${name}: a file entry lacks path, sha256, bytes or kind`);
    }
  }
  return o as Manifest;
}

/**
 * Joins the manifests of the shards of one build (`--shard 1/N` … `--shard N/N`) into exactly the manifest
 * a single build gives: every shard present once, same generator, no path twice.
 */
export function mergeManifests(parts: readonly { name: string; manifest: Manifest }[]): Manifest {
  if (parts.length === 0) throw new ManifestError('no manifest to merge');
  const generator = parts[0]!.manifest.generator;
  const counts = new Set<number>();
  const seenShard = new Map<number, string>();
  const byPath = new Map<string, { e: ManifestEntry; from: string }>();
  for (const { name, manifest } of parts) {
    if (manifest.generator !== generator) {
      throw new ManifestError(`${name} was made by ${manifest.generator}, ${parts[0]!.name} by ${generator}: build every shard with the same vmsc`);
    }
    if (manifest.shard) {
      counts.add(manifest.shard.count);
      const prev = seenShard.get(manifest.shard.index);
      if (prev) throw new ManifestError(`${name} and ${prev} are both shard ${manifest.shard.index}/${manifest.shard.count}`);
      seenShard.set(manifest.shard.index, name);
    } else if (parts.length > 1) {
      throw new ManifestError(`${name} is not a shard manifest (no "shard" field): merge the manifests of \`vmsc build --shard K/N\``);
    }
    for (const e of manifest.files) {
      const prev = byPath.get(e.path);
      if (prev) throw new ManifestError(`${e.path} is in both ${prev.from} and ${name}: were these shards of one build?`);
      byPath.set(e.path, { e, from: name });
    }
  }
  if (counts.size > 1) throw new ManifestError(`the shards disagree on N (${[...counts].sort().join(', ')}): merge shards of one --shard K/N build`);
  if (counts.size === 1) {
    const n = [...counts][0]!;
    const missing: number[] = [];
    for (let k = 1; k <= n; k++) if (!seenShard.has(k)) missing.push(k);
    if (missing.length)
      throw new ManifestError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${n}`).join(', ')} missing: pass the manifest of every shard`);
  }
  return manifestOf(
    [...byPath.values()].map((x) => x.e),
    generator,
  );
}
