/**
 * The build cache's group index as bytes (`v2/groups-index.bin`): the groups of the last builds, each with its
 * pack's size and its files, in one file that a build reads once instead of one pack per group.
 *
 * Layout: the magic line `VMSCGI01`, then one line of JSON (the index id, the counts, the strings of the kind and
 * customer columns, and the byte length of each part), then the parts, one after the other:
 *   keys       the group keys, NUL-joined (ASCII)
 *   sizes      each group's pack size (float64, little-endian)
 *   counts     each group's number of files (uint32, little-endian)
 *   paths      every file's path, group after group, NUL-joined (UTF-8; no path holds a NUL)
 *   shas       their sha256s, 64 hex digits each
 *   bytes      their sizes (float64, little-endian)
 *   kinds      each file's kind, as an index into the head's strings (uint32, little-endian)
 *   customers  each file's customer, the same way ('' = none)
 * As JSON (`groups-index.json`, up to the tenth round) the index of 1,000 customers was 7.4 MB that took ~100 ms to
 * read, parse and turn into files, the largest single step of a one-customer rebuild; at 10,000 it was 74 MB of
 * text and a parsed tree several times that, at the peak of the build's memory. As parts it is one read, two string
 * decodes and a loop.
 *
 * A file that is not such an index in every respect (torn, foreign, of another layout) decodes to undefined: the
 * build then reads each group's own pack instead, with the same result.
 */

import { endianness } from 'node:os';

/** a file of a group, as the cache lists it */
export interface CachedFile {
  path: string;
  sha256: string;
  bytes: number;
  kind: string;
  customer?: string;
}

/** a group in the index: its pack's size in bytes, and its files */
export type IndexEntry = [size: number, files: CachedFile[]];

const MAGIC = 'VMSCGI01\n';
const PARTS = 8;

interface Head {
  id: string;
  groups: number;
  files: number;
  strings: string[];
  lengths: number[];
}

/** the index's bytes, in parts (written with one writev) */
export function encodeIndex(id: string, groups: Iterable<readonly [string, IndexEntry]>): Uint8Array[] {
  const strings = new Map<string, number>();
  const str = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const keys: string[] = [];
  const sizes: number[] = [];
  const counts: number[] = [];
  const paths: string[] = [];
  const shas: string[] = [];
  const bytes: number[] = [];
  const kinds: number[] = [];
  const customers: number[] = [];
  for (const [key, [size, files]] of groups) {
    keys.push(key);
    sizes.push(size);
    counts.push(files.length);
    for (const f of files) {
      paths.push(f.path);
      shas.push(f.sha256);
      bytes.push(f.bytes);
      kinds.push(str(f.kind));
      customers.push(str(f.customer ?? ''));
    }
  }
  const parts: Uint8Array[] = [
    Buffer.from(keys.join('\0'), 'latin1'),
    float64s(sizes),
    uint32s(counts),
    Buffer.from(paths.join('\0'), 'utf8'),
    Buffer.from(shas.join(''), 'latin1'),
    float64s(bytes),
    uint32s(kinds),
    uint32s(customers),
  ];
  const head: Head = { id, groups: keys.length, files: paths.length, strings: [...strings.keys()], lengths: parts.map((p) => p.byteLength) };
  return [Buffer.from(`${MAGIC}${JSON.stringify(head)}\n`, 'utf8'), ...parts];
}

/** numbers as little-endian float64 (8) or uint32 (4) bytes */
function numberBytes(values: readonly number[], size: 8 | 4): Buffer {
  const typed = size === 8 ? new Float64Array(values) : new Uint32Array(values);
  if (endianness() === 'LE') return Buffer.from(typed.buffer, typed.byteOffset, typed.byteLength);
  const b = Buffer.allocUnsafe(values.length * size);
  for (let i = 0; i < values.length; i++) {
    if (size === 8) b.writeDoubleLE(values[i]!, i * 8);
    else b.writeUInt32LE(values[i]!, i * 4);
  }
  return b;
}
const float64s = (values: readonly number[]): Buffer => numberBytes(values, 8);
const uint32s = (values: readonly number[]): Buffer => numberBytes(values, 4);

/**
 * a part's numbers as a typed array of their own (a copy: the part may start at any byte), read as little-endian;
 * on a big-endian machine (none that Node.js ships for today) each number is read on its own
 */
function numbers<T extends Float64Array | Uint32Array>(part: Buffer, make: new (n: number) => T, size: 8 | 4): T {
  const out = new make(part.byteLength / size);
  if (endianness() === 'LE') new Uint8Array(out.buffer).set(part);
  else for (let i = 0; i < out.length; i++) out[i] = size === 8 ? part.readDoubleLE(i * 8) : part.readUInt32LE(i * 4);
  return out;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

function headOf(buf: Buffer): { head: Head; at: number } | undefined {
  if (buf.byteLength < MAGIC.length || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const nl = buf.indexOf(10, MAGIC.length);
  if (nl < 0) return undefined;
  let v: Partial<Record<keyof Head, unknown>>;
  try {
    v = JSON.parse(buf.toString('utf8', MAGIC.length, nl)) as typeof v;
  } catch {
    return undefined;
  }
  const { id, groups, files, strings, lengths } = v;
  if (typeof id !== 'string' || !isCount(groups) || !isCount(files)) return undefined;
  if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) return undefined;
  if (!Array.isArray(lengths) || lengths.length !== PARTS || !lengths.every(isCount)) return undefined;
  if (nl + 1 + lengths.reduce((a: number, b: number) => a + b, 0) !== buf.byteLength) return undefined;
  return { head: { id, groups, files, strings: strings as string[], lengths: lengths as number[] }, at: nl + 1 };
}

/** the index's id and groups; undefined when the bytes are not such an index (see the module's comment) */
export function decodeIndex(buf: Buffer): { id: string; groups: Map<string, IndexEntry> } | undefined {
  const h = headOf(buf);
  if (!h) return undefined;
  const { head } = h;
  let at = h.at;
  const part = (i: number): Buffer => {
    const from = at;
    at += head.lengths[i]!;
    return buf.subarray(from, at);
  };
  const keysPart = part(0);
  const sizesPart = part(1);
  const countsPart = part(2);
  const pathsPart = part(3);
  const shas = part(4).toString('latin1');
  const bytesPart = part(5);
  const kindsPart = part(6);
  const customersPart = part(7);
  const n = head.files;
  const g = head.groups;
  if (sizesPart.byteLength !== g * 8 || countsPart.byteLength !== g * 4) return undefined;
  if (shas.length !== n * 64 || bytesPart.byteLength !== n * 8 || kindsPart.byteLength !== n * 4 || customersPart.byteLength !== n * 4) return undefined;
  const keys = g === 0 ? [] : keysPart.toString('latin1').split('\0');
  const paths = n === 0 ? [] : pathsPart.toString('utf8').split('\0');
  if (keys.length !== g || paths.length !== n) return undefined;
  const sizes = numbers(sizesPart, Float64Array, 8);
  const counts = numbers(countsPart, Uint32Array, 4);
  const bytes = numbers(bytesPart, Float64Array, 8);
  const kinds = numbers(kindsPart, Uint32Array, 4);
  const customers = numbers(customersPart, Uint32Array, 4);
  const strings = head.strings;
  const groups = new Map<string, IndexEntry>();
  let fi = 0;
  for (let gi = 0; gi < g; gi++) {
    const size = sizes[gi];
    const count = counts[gi]!;
    if (!isCount(size) || fi + count > n) return undefined;
    const files: CachedFile[] = [];
    for (const end = fi + count; fi < end; fi++) {
      const b = bytes[fi];
      const kind = strings[kinds[fi]!];
      const customer = strings[customers[fi]!];
      if (!isCount(b) || kind === undefined || customer === undefined) return undefined;
      const f: CachedFile = { path: paths[fi]!, sha256: shas.slice(fi * 64, fi * 64 + 64), bytes: b, kind };
      if (customer) f.customer = customer;
      files.push(f);
    }
    groups.set(keys[gi]!, [size, files]);
  }
  if (fi !== n) return undefined;
  return { id: head.id, groups };
}
