/**
 * Which files and folders of the previous out/ are still as the last build left them — a file with the size
 * and mtime recorded when it was written, a folder with its recorded mtime (an entry added to or removed from
 * a folder changes it) — compared on a worker thread of its own, started before the check, so that the
 * ~50,000 file and ~30,000 folder stats of a 1,000-customer out/ run on the other core while this thread
 * checks, resolves and plans the build. The answer is the same as stat-ing them here, only earlier: a file
 * that changes after its stat is missed as it was before (the stats were always taken before the links and
 * renames), no more.
 *
 * The thread also reads and parses the record (9 MB at 1,000 customers, 90 MB at 10,000: the thread's time and
 * memory, not the main thread's), which holds each file's sha256 as the build wrote it into the manifest. Then, in
 * a second message, it sends the previous out/manifest.json (when it is as written) with the place of each entry:
 * the new manifest copies the entries of the folders carried over from it (manifestBytes). The thread runs a few
 * lines of plain JavaScript (no module of ours, so it starts in ~50 ms); when it cannot start or fails, nothing
 * counts as intact and the build stages every file from the cache, and writes every entry (slower, same result).
 */
import type { Worker } from 'node:worker_threads';
import { endianness } from 'node:os';
import { sep } from 'node:path';
import { toBytes } from '../write/manifest.js';
import type { OldManifest } from '../write/manifest.js';
import { startThread } from './pool.js';

/**
 * The last build's record of an out/ folder, as the out/ thread read it, with what of out/ is still as that build
 * left it. The main thread never parses the record itself: the thread sends its few arrays over, packed.
 */
export interface PreviousOut {
  /** the recorded files of out/, in the previous manifest's (sorted) order */
  paths: string[];
  /** [size, mtime ms] of each as written: at 2i, 2i + 1 */
  stamps: Float64Array;
  /** the sha256 of each as the manifest listed it: 64 lower-case hex digits at 64i */
  shas: string;
  /** 1 when the file is still as recorded */
  files: Uint8Array;
  /** the recorded folders and their mtimes; undefined in a record of an older build (then none are known) */
  dirs: [string, number][] | undefined;
  /** 1 when the folder still has its recorded mtime */
  dirsIntact: Uint8Array;
  /**
   * the previous out/manifest.json, when it is as that build wrote it (size and mtime) and that build recorded its
   * compiler fingerprint: its bytes and where each entry of `paths` is in them (see manifestBytes), with that
   * fingerprint. The thread sends it after the rest: it settles later (undefined when there is none).
   */
  manifest: Promise<PreviousManifest | undefined>;
}

export interface PreviousManifest {
  manifest: OldManifest;
  /** the compiler fingerprint of the build that wrote it */
  fingerprint: string;
}

/**
 * The record of the last build into an out/ folder (build.ts's LastBuild) as it is stored: one line of JSON (its
 * key first, the counts, and the byte length of each part), then the parts as bytes — the manifest's paths
 * joined with NUL (which no path holds) in UTF-8, their sha256s (64 hex digits each), their sizes and mtimes
 * (float64, little-endian, at 2i and 2i + 1), then, when known, the folders (NUL-joined) and their mtimes. At
 * 10,000 customers that is 530,000 paths, a million numbers and 330,000 folders: as JSON arrays they took ~1 s to
 * write and as long to parse, and as NUL-joined JSON strings longer still (JSON escapes every NUL).
 */
export interface RecordHead {
  key: string;
  /** size and mtime (ms) of out/manifest.json as written */
  manifest?: [number, number];
  /** the compiler fingerprint of the build (its manifest's entries may be copied by a build of the same compiler only) */
  fingerprint?: string;
  files: number;
  customers: number;
  warnings: number;
}

export interface RecordBody {
  /** NUL-joined */
  paths: string;
  shas: string;
  stamps: ArrayLike<number>;
  /** NUL-joined; with dirTimes, or neither */
  dirs?: string;
  dirTimes?: ArrayLike<number>;
}

/** float64s, little-endian (a Float64Array's bytes as they are, swapped on a big-endian machine: no call per number) */
const float64s = (xs: ArrayLike<number>): Buffer => {
  const big = endianness() === 'BE';
  const a = xs instanceof Float64Array && !big ? xs : Float64Array.from(xs);
  const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return big ? b.swap64() : b;
};

/** the record's bytes, in parts (written one after the other) */
export function encodeRecord(head: RecordHead, body: RecordBody): Uint8Array[] {
  const parts = [toBytes(body.paths), Buffer.from(body.shas, 'latin1'), float64s(body.stamps)];
  if (body.dirs !== undefined && body.dirTimes) parts.push(toBytes(body.dirs), float64s(body.dirTimes));
  const line = Buffer.from(`${JSON.stringify({ ...head, parts: parts.map((p) => p.byteLength) })}\n`, 'utf8');
  return [line, ...parts];
}

// decodeRecord in plain JavaScript: the out/ thread evaluates this text, and the main thread makes its function
// (given the machine's byte order)
const DECODE = `(endian) => (bytes) => {
  const nl = bytes.indexOf(10);
  if (nl < 0) return undefined;
  let head;
  try {
    head = JSON.parse(bytes.toString('utf8', 0, nl));
  } catch {
    return undefined;
  }
  const lens = head && Array.isArray(head.parts) ? head.parts : [];
  if ((lens.length !== 3 && lens.length !== 5) || !lens.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
  if (nl + 1 + lens.reduce((a, n) => a + n, 0) !== bytes.length) return undefined;
  const parts = [];
  let at = nl + 1;
  for (const n of lens) {
    parts.push(bytes.subarray(at, at + n));
    at += n;
  }
  const list = (text) => (text === '' ? [] : text.split('\\0'));
  const numbers = (b) => {
    if (b.length % 8 !== 0) return undefined;
    const xs = new Float64Array(b.length / 8);
    const view = Buffer.from(xs.buffer);
    b.copy(view);
    if (endian === 'BE') view.swap64();
    return xs;
  };
  const pathText = parts[0].toString('utf8');
  const paths = list(pathText);
  const shas = parts[1].toString('latin1');
  const stamps = numbers(parts[2]);
  if (!stamps || stamps.length !== 2 * paths.length || shas.length !== 64 * paths.length || !/^[0-9a-f]*$/.test(shas)) return undefined;
  const dirText = parts.length === 5 ? parts[3].toString('utf8') : undefined;
  const dirs = dirText === undefined ? undefined : list(dirText);
  const dirTimes = parts.length === 5 ? numbers(parts[4]) : undefined;
  const dirsKnown = dirs !== undefined && dirTimes !== undefined && dirTimes.length === dirs.length;
  return { head, paths, pathText, shas, stamps, dirs: dirsKnown ? dirs : undefined, dirText: dirsKnown ? dirText : undefined, dirTimes: dirsKnown ? dirTimes : undefined };
}`;

/** a stored record read back; undefined when it is not one (torn, of an older build, damaged) */
export interface DecodedRecord {
  head: RecordHead;
  paths: string[];
  /** the paths as stored, NUL-joined (what the out/ thread posts: no join of 530,000 strings there) */
  pathText: string;
  shas: string;
  stamps: Float64Array;
  dirs: string[] | undefined;
  dirText: string | undefined;
  dirTimes: Float64Array | undefined;
}

export const decodeRecord = (new Function(`return ${DECODE}`)() as (endian: string) => (bytes: Buffer) => DecodedRecord | undefined)(endianness());

/**
 * Where each entry of a manifest.json text (as manifestText writes it) is: [start, end) of entry i at 2i, 2i + 1
 * (the entry's "    {" to its "    }"), each checked to hold the path paths[i]; undefined when the text is not laid
 * out so. Plain JavaScript, evaluated in the out/ thread (and here for the tests).
 */
const ENTRIES_OF = `(buf, paths) => {
  // one latin1 string of the bytes (a character per byte: its offsets are the bytes'), searched with the string
  // built-ins: no call into Buffer's C++ per entry (four per entry were ~45 ms at 53,005 entries)
  const text = buf.toString('latin1');
  const OPEN = '    {\\n      "path": ';
  const CLOSE = '\\n    }';
  const PLAIN = /^[ !#-\\[\\]-~]*$/;
  let at = text.indexOf('"files": [\\n');
  if (at < 0 || paths.length === 0) return undefined;
  at += 11;
  const spans = new Float64Array(2 * paths.length);
  for (let i = 0; i < paths.length; i++) {
    if (i > 0) {
      if (text.charCodeAt(at) !== 44 || text.charCodeAt(at + 1) !== 10) return undefined;
      at += 2;
    }
    if (!text.startsWith(OPEN, at)) return undefined;
    const from = at + OPEN.length;
    const p = paths[i];
    // the path as the manifest writes it (JSON), as latin1 characters of its UTF-8 bytes
    const q = PLAIN.test(p) ? '"' + p + '",' : Buffer.from(JSON.stringify(p) + ',', 'utf8').toString('latin1');
    if (!text.startsWith(q, from)) return undefined;
    const end = text.indexOf(CLOSE, from + q.length);
    if (end < 0) return undefined;
    spans[2 * i] = at;
    spans[2 * i + 1] = end + CLOSE.length;
    at = end + CLOSE.length;
  }
  if (at + 7 !== text.length || !text.endsWith('\\n  ]\\n}\\n')) return undefined;
  // its own buffer, to be moved to the main thread (a small file's may be a slice of a shared pool)
  const bytes = buf.byteOffset === 0 && buf.buffer.byteLength === buf.length ? buf : Buffer.from(buf);
  return { bytes, spans };
}`;

/** ENTRIES_OF as a function of this thread (for the tests) */
export const entriesOf = new Function(`return ${ENTRIES_OF}`)() as (buf: Buffer, paths: readonly string[]) => OldManifest | undefined;

/** the record as the thread gets it: its file (read there) or its bytes (a cache in memory, or read already) */
export type RecordSource = { file: string } | { bytes: Uint8Array };

// plain CommonJS, evaluated in the thread: keep it free of anything but node: modules. It is given the record's
// file or its bytes
const SOURCE = `
const { workerData: d, parentPort } = require('node:worker_threads');
const { readFileSync, statSync } = require('node:fs');
const same = (p, size, mtime, file) => {
  try {
    const s = statSync(p, { throwIfNoEntry: false });
    return s !== undefined && (file ? s.isFile() && s.size === size : s.isDirectory()) && Math.floor(s.mtimeMs) === mtime;
  } catch {
    return false;
  }
};
const decode = (${DECODE})(require('node:os').endianness());
const entriesOf = ${ENTRIES_OF};
let r;
try {
  r = decode(d.bytes ? Buffer.from(d.bytes.buffer, d.bytes.byteOffset, d.bytes.byteLength) : readFileSync(d.file));
} catch {
  r = undefined;
}
if (!r) {
  parentPort.postMessage(undefined);
} else {
  const { paths, stamps } = r;
  const files = new Uint8Array(paths.length);
  for (let i = 0; i < paths.length; i++) {
    if (same(d.base + paths[i], stamps[2 * i], stamps[2 * i + 1], true)) files[i] = 1;
  }
  const dirTimes = r.dirTimes ?? new Float64Array(0);
  const dirsIntact = new Uint8Array(dirTimes.length);
  for (let i = 0; i < dirTimes.length; i++) {
    if (same(d.base + r.dirs[i], 0, dirTimes[i], false)) dirsIntact[i] = 1;
  }
  parentPort.postMessage(
    { paths: r.pathText, stamps, shas: r.shas, files, dirs: r.dirText, dirTimes, dirsIntact },
    [stamps.buffer, files.buffer, dirTimes.buffer, dirsIntact.buffer],
  );
  // then the previous manifest.json, as written, with the place of each entry (see entriesOf): a second message,
  // which the build awaits only when it writes the new manifest (after carrying the folders over)
  const h = r.head;
  let manifest;
  if (typeof h.fingerprint === 'string' && Array.isArray(h.manifest) && same(d.base + 'manifest.json', h.manifest[0], h.manifest[1], true)) {
    try {
      manifest = entriesOf(readFileSync(d.base + 'manifest.json'), paths);
    } catch {
      manifest = undefined;
    }
  }
  parentPort.postMessage({ manifest, fingerprint: h.fingerprint }, manifest ? [manifest.bytes.buffer, manifest.spans.buffer] : []);
}
`;

/** the thread's first message (see SOURCE) */
interface Packed {
  paths: string;
  stamps: Float64Array;
  shas: string;
  files: Uint8Array;
  dirs: string | undefined;
  dirTimes: Float64Array;
  dirsIntact: Uint8Array;
}

/** the thread's second message: the previous manifest.json and the fingerprint of the build that wrote it */
interface PackedManifest {
  manifest: OldManifest | undefined;
  fingerprint: unknown;
}

function unpackManifest(m: PackedManifest | undefined, n: number): PreviousManifest | undefined {
  if (!m?.manifest || m.manifest.spans.length !== 2 * n || typeof m.fingerprint !== 'string') return undefined;
  const b = m.manifest.bytes;
  return { manifest: { bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength), spans: m.manifest.spans }, fingerprint: m.fingerprint };
}

function unpack(m: Packed | undefined, manifest: Promise<PackedManifest | undefined>): PreviousOut | undefined {
  if (!m || typeof m.paths !== 'string' || typeof m.shas !== 'string') return undefined;
  const n = m.files.length;
  const paths = n === 0 ? [] : m.paths.split('\0');
  const dirNames = m.dirs === undefined ? undefined : m.dirTimes.length === 0 ? [] : m.dirs.split('\0');
  if (paths.length !== n || m.stamps.length !== 2 * n || m.shas.length !== 64 * n || (dirNames && dirNames.length !== m.dirTimes.length)) return undefined;
  return {
    paths,
    stamps: m.stamps,
    shas: m.shas,
    files: m.files,
    dirs: dirNames?.map((d, i) => [d, m.dirTimes[i]!]),
    dirsIntact: m.dirsIntact,
    manifest: manifest.then((x) => unpackManifest(x, n)),
  };
}

/**
 * starts reading the record and comparing out/ (an absolute folder) with it; resolves with the record as read
 * and the answer, or undefined when the record cannot be read or the thread fails (then nothing of the previous
 * out/ is reused: every file is staged from the cache)
 */
export function checkOutOnThread(out: string, record: RecordSource): Promise<PreviousOut | undefined> {
  return new Promise((done) => {
    let w: Worker;
    try {
      // (the source is CommonJS: not evaluated as a module even when this process was started with --input-type=module)
      w = startThread(SOURCE, { eval: true, workerData: { base: out + sep, ...record } });
    } catch {
      done(undefined);
      return;
    }
    let second: (m: PackedManifest | undefined) => void = () => {};
    const manifest = new Promise<PackedManifest | undefined>((r) => {
      second = r;
    });
    let first = true;
    w.on('message', (m: unknown) => {
      if (first) done(unpack(m as Packed | undefined, manifest));
      else second(m as PackedManifest | undefined);
      first = false;
    });
    // (after the messages these are no-ops: a promise settles once)
    const end = () => {
      done(undefined);
      second(undefined);
    };
    w.once('error', end);
    w.once('exit', end);
    // (not unref'd: while the build awaits the answer, the thread is what keeps the process alive — an unref'd
    // thread let Node.js exit in the middle of a build whose check had been quicker than the stats)
  });
}
