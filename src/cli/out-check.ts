/**
 * Which files and folders of the previous out/ are still as the last build left them — a file with the size
 * and mtime recorded when it was written, a folder with its recorded mtime (an entry added to or removed from
 * a folder changes it) — compared on a worker thread of its own, started before the check, so that the
 * ~50,000 file and ~30,000 folder stats of a 1,000-customer out/ run on the other core while this thread
 * checks, resolves and plans the build. The answer is the same as stat-ing them here, only earlier: a file
 * that changes after its stat is missed as it was before (the stats were always taken before the links and
 * renames), no more.
 *
 * It also parses the record (6 MB at 1,000 customers: the thread's time, not the main thread's). The thread runs a few lines of plain JavaScript (no module of ours,
 * so it starts in ~50 ms); when it cannot start or fails, nothing counts as intact and the build stages every file
 * from the cache (slower, same result).
 */
import { readFileSync, statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { join, sep } from 'node:path';
import { startThread } from './pool.js';

/**
 * The last build's record of an out/ folder, as the out/ thread read it, with what of out/ is still as that build
 * left it. The main thread never parses the record (6 MB at 1,000 customers) nor the previous manifest (14 MB)
 * itself: the thread sends their few arrays over, packed.
 */
export interface PreviousOut {
  /** the recorded files of out/, in the previous manifest's (sorted) order */
  paths: string[];
  /** [size, mtime ms] of each as written: at 2i, 2i + 1 */
  stamps: Float64Array;
  /** 1 when the file is still as recorded */
  files: Uint8Array;
  /** the recorded folders and their mtimes; undefined in a record of an older build (then none are known) */
  dirs: [string, number][] | undefined;
  /** 1 when the folder still has its recorded mtime */
  dirsIntact: Uint8Array;
  /** [size, mtime ms] of out/manifest.json as written, if recorded */
  manifest: [number, number] | undefined;
}

// plain CommonJS, evaluated in the thread: keep it free of anything but node: modules. It is given the JSON text
// of the record
const SOURCE = `
const { workerData: d, parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
const same = (p, size, mtime, file) => {
  try {
    const s = statSync(p, { throwIfNoEntry: false });
    return s !== undefined && (file ? s.isFile() && s.size === size : s.isDirectory()) && Math.floor(s.mtimeMs) === mtime;
  } catch {
    return false;
  }
};
const num = (x) => typeof x === 'number' && Number.isFinite(x);
let r;
try {
  r = JSON.parse(d.text);
} catch {
  r = undefined;
}
const valid =
  r && Array.isArray(r.paths) && Array.isArray(r.stamps) && r.stamps.length === r.paths.length &&
  r.paths.every((p) => typeof p === 'string' && !p.includes('\\0')) && r.stamps.every((st) => Array.isArray(st) && num(st[0]) && num(st[1]));
if (!valid) {
  parentPort.postMessage(undefined);
} else {
  const n = r.paths.length;
  const stamps = new Float64Array(2 * n);
  const files = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const st = r.stamps[i];
    stamps[2 * i] = st[0];
    stamps[2 * i + 1] = st[1];
    if (same(d.base + r.paths[i], st[0], st[1], true)) files[i] = 1;
  }
  const dirsValid = Array.isArray(r.dirs) && r.dirs.every((e) => Array.isArray(e) && typeof e[0] === 'string' && !e[0].includes('\\0') && num(e[1]));
  const dirList = dirsValid ? r.dirs : [];
  const dirTimes = new Float64Array(dirList.length);
  const dirsIntact = new Uint8Array(dirList.length);
  for (let i = 0; i < dirList.length; i++) {
    dirTimes[i] = dirList[i][1];
    if (same(d.base + dirList[i][0], 0, dirList[i][1], false)) dirsIntact[i] = 1;
  }
  const manifest = Array.isArray(r.manifest) && num(r.manifest[0]) && num(r.manifest[1]) ? [r.manifest[0], r.manifest[1]] : undefined;
  parentPort.postMessage(
    { paths: r.paths.join('\\0'), stamps, files, dirs: dirsValid ? dirList.map((e) => e[0]).join('\\0') : undefined, dirTimes, dirsIntact, manifest },
    [stamps.buffer, files.buffer, dirTimes.buffer, dirsIntact.buffer],
  );
}
`;

/** the thread's message (see SOURCE) */
interface Packed {
  paths: string;
  stamps: Float64Array;
  files: Uint8Array;
  dirs: string | undefined;
  dirTimes: Float64Array;
  dirsIntact: Uint8Array;
  manifest: [number, number] | undefined;
}

const split = (joined: string, n: number): string[] => (n === 0 ? [] : joined.split('\0'));

function unpack(m: Packed | undefined): PreviousOut | undefined {
  if (!m || typeof m.paths !== 'string') return undefined;
  const n = m.files.length;
  const paths = split(m.paths, n);
  const dirNames = m.dirs === undefined ? undefined : split(m.dirs, m.dirTimes.length);
  if (paths.length !== n || m.stamps.length !== 2 * n || (dirNames && dirNames.length !== m.dirTimes.length)) return undefined;
  return {
    paths,
    stamps: m.stamps,
    files: m.files,
    dirs: dirNames?.map((d, i) => [d, m.dirTimes[i]!]),
    dirsIntact: m.dirsIntact,
    manifest: m.manifest,
  };
}

/**
 * starts reading the record whose JSON text is `text` and comparing out/ (an absolute folder) with it; resolves
 * with the record as read and the answer, or undefined when the record cannot be read or the thread fails
 * (then nothing of the previous out/ is reused: every file is staged from the cache)
 */
export function checkOutOnThread(out: string, text: string): Promise<PreviousOut | undefined> {
  return new Promise((done) => {
    let w: Worker;
    try {
      // (the source is CommonJS: not evaluated as a module even when this process was started with --input-type=module)
      w = startThread(SOURCE, { eval: true, workerData: { base: out + sep, text } });
    } catch {
      done(undefined);
      return;
    }
    w.once('message', (m: Packed | undefined) => done(unpack(m)));
    w.once('error', () => done(undefined));
    w.once('exit', () => done(undefined)); // after a message this is a no-op: a promise settles once
    // (not unref'd: while the build awaits the answer, the thread is what keeps the process alive — an unref'd
    // thread let Node.js exit in the middle of a build whose check had been quicker than the stats)
  });
}

/** out/manifest.json of the previous build as read (before the out/ thread answered), scanned for its entries */
export interface PreviousManifest {
  size: number;
  mtime: number;
  text: string;
  /** entries found */
  count: number;
  /**
   * per entry: where its path's JSON string starts, where its sha256 line starts (its 64 digits follow that
   * line's start), its bytes — numbers in typed arrays (530,000 entries at 10,000 customers: no string or array
   * slot for the garbage collector to trace per entry)
   */
  pathAt: Int32Array;
  shaAt: Int32Array;
  bytes: Float64Array;
}

const PATH = '\n    {\n      "path": ';
const SHA = ',\n      "sha256": "';
const BYTES = '",\n      "bytes": ';
/** a string that JSON.stringify writes as it is, in quotes (no quote, backslash, control character or lone surrogate) */
const JSON_AS_IS = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
/** lower-case hex digits only (the sha256s end to end: one test of the joined text, not one per entry) */
const HEX_ONLY = /^[0-9a-f]*$/;

/**
 * Reads out/manifest.json and finds its entries in the text the build wrote (manifestText: JSON.stringify(m, null,
 * 2), each entry's path, sha256 and bytes first) — not a JSON parse (14 MB at 1,000 customers). Undefined when it is
 * missing or not such a text: then nothing of the previous out/ is reused (slower, the same result).
 */
export function readPreviousManifest(out: string): PreviousManifest | undefined {
  let text: string;
  let st: { size: number; mtimeMs: number } | undefined;
  try {
    const p = join(out, 'manifest.json');
    st = statSync(p, { throwIfNoEntry: false });
    if (!st) return undefined;
    text = readFileSync(p, 'utf8');
  } catch {
    return undefined; // unreadable: nothing reusable
  }
  if (text.length >= 2 ** 31) return undefined; // positions are Int32: such a manifest is not reused (never the case)
  let at = text.indexOf('\n  "files": [');
  if (at < 0) return undefined;
  // room for as many entries as the text can hold (grown when it holds more)
  let cap = 1024;
  let pathAt = new Int32Array(cap);
  let shaAt = new Int32Array(cap);
  let bytes = new Float64Array(cap);
  let n = 0;
  for (;;) {
    at = text.indexOf(PATH, at);
    if (at < 0) return { size: st.size, mtime: Math.floor(st.mtimeMs), text, count: n, pathAt, shaAt, bytes };
    const p = at + PATH.length;
    const s = text.indexOf(SHA, p);
    if (s < 0) return undefined;
    at = s + SHA.length + 64;
    if (!text.startsWith(BYTES, at)) return undefined;
    at += BYTES.length;
    let end = at;
    let b = 0;
    for (let c = text.charCodeAt(end); c >= 48 && c <= 57; c = text.charCodeAt(++end)) b = b * 10 + (c - 48);
    if (end === at || (text[end] !== ',' && text[end] !== '\n')) return undefined;
    if (n === cap) {
      cap *= 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (k: number) => T): T => {
        const g = make(cap);
        g.set(a);
        return g;
      };
      pathAt = grow(pathAt, (k) => new Int32Array(k));
      shaAt = grow(shaAt, (k) => new Int32Array(k));
      bytes = grow(bytes, (k) => new Float64Array(k));
    }
    pathAt[n] = p;
    shaAt[n] = s;
    bytes[n] = b;
    n++;
    at = end;
  }
}

/**
 * The sha256 of each recorded file (64 hex digits at 64i), from the previous manifest when it still has the size and
 * mtime recorded (it is trusted by its stamp, like every file of out/) and lists exactly the recorded files, in
 * order, with their recorded sizes; undefined otherwise (then nothing is reusable).
 */
export function recordedShas(m: PreviousManifest | undefined, prev: PreviousOut): string | undefined {
  const n = prev.paths.length;
  if (!m || !prev.manifest || m.size !== prev.manifest[0] || m.mtime !== prev.manifest[1] || m.count !== n) return undefined;
  for (let i = 0; i < n; i++) {
    const p = prev.paths[i]!;
    const at = m.pathAt[i]!;
    if (m.bytes[i] !== prev.stamps[2 * i]) return undefined;
    if (JSON_AS_IS.test(p)) {
      // JSON.stringify(p) is p in quotes: compared in place, without making that string
      if (at + p.length + 2 !== m.shaAt[i] || m.text.charCodeAt(at) !== 34 || m.text.charCodeAt(at + p.length + 1) !== 34 || !m.text.startsWith(p, at + 1))
        return undefined;
    } else {
      const lit = JSON.stringify(p);
      if (at + lit.length !== m.shaAt[i] || !m.text.startsWith(lit, at)) return undefined;
    }
    if (i > 0 && !(prev.paths[i - 1]! < p)) return undefined;
  }
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = m.text.slice(m.shaAt[i]! + SHA.length, m.shaAt[i]! + SHA.length + 64);
  const shas = parts.join('');
  return HEX_ONLY.test(shas) ? shas : undefined;
}
