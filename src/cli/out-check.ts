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
 * memory, not the main thread's), which holds each file's sha256 as the build wrote it into the manifest: the
 * previous out/manifest.json is not read at all. The thread runs a few lines of plain JavaScript (no module of
 * ours, so it starts in ~50 ms); when it cannot start or fails, nothing counts as intact and the build stages
 * every file from the cache (slower, same result).
 */
import type { Worker } from 'node:worker_threads';
import { sep } from 'node:path';
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
}

/**
 * Numbers as the bytes of their float64s, in base64: a record's stamps (a million at 10,000 customers) are one
 * string for JSON, not a million numbers to write and parse. Little-endian, whatever the machine (a state folder
 * may be shared).
 */
export function packNumbers(xs: ArrayLike<number>): string {
  const b = Buffer.alloc(8 * xs.length);
  for (let i = 0; i < xs.length; i++) b.writeDoubleLE(xs[i]!, 8 * i);
  return b.toString('base64');
}

/** packNumbers' numbers; undefined when the text is not a whole number of them */
export function unpackNumbers(text: string): Float64Array | undefined {
  const b = Buffer.from(text, 'base64');
  if (b.byteLength % 8 !== 0 || b.toString('base64') !== text) return undefined;
  const xs = new Float64Array(b.byteLength / 8);
  for (let i = 0; i < xs.length; i++) xs[i] = b.readDoubleLE(8 * i);
  return xs;
}

/** paths joined with NUL (which no path holds) back as a list */
export const splitPaths = (joined: string): string[] => (joined === '' ? [] : joined.split('\0'));

/** the record as the thread gets it: its file (read there) or its text (a cache in memory) */
export type RecordSource = { file: string } | { text: string };

// plain CommonJS, evaluated in the thread: keep it free of anything but node: modules. It is given the record's
// file or its JSON text
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
// (packNumbers and splitPaths, as plain JavaScript)
const numbers = (t) => {
  if (typeof t !== 'string') return undefined;
  const b = Buffer.from(t, 'base64');
  if (b.byteLength % 8 !== 0 || b.toString('base64') !== t) return undefined;
  const xs = new Float64Array(b.byteLength / 8);
  for (let i = 0; i < xs.length; i++) xs[i] = b.readDoubleLE(8 * i);
  return xs;
};
const list = (t) => (t === '' ? [] : t.split('\\0'));
let r;
try {
  r = JSON.parse(d.text ?? readFileSync(d.file, 'utf8'));
} catch {
  r = undefined;
}
const paths = r && typeof r.paths === 'string' ? list(r.paths) : undefined;
const stamps = r && numbers(r.stamps);
if (!paths || !stamps || stamps.length !== 2 * paths.length || typeof r.shas !== 'string' || r.shas.length !== 64 * paths.length || !/^[0-9a-f]*$/.test(r.shas)) {
  parentPort.postMessage(undefined);
} else {
  const files = new Uint8Array(paths.length);
  for (let i = 0; i < paths.length; i++) {
    if (same(d.base + paths[i], stamps[2 * i], stamps[2 * i + 1], true)) files[i] = 1;
  }
  const dirList = typeof r.dirs === 'string' ? list(r.dirs) : undefined;
  const times = dirList && numbers(r.dirTimes);
  const dirsValid = times !== undefined && times.length === dirList.length;
  const dirTimes = dirsValid ? times : new Float64Array(0);
  const dirsIntact = new Uint8Array(dirTimes.length);
  for (let i = 0; i < dirTimes.length; i++) {
    if (same(d.base + dirList[i], 0, dirTimes[i], false)) dirsIntact[i] = 1;
  }
  parentPort.postMessage(
    { paths: r.paths, stamps, shas: r.shas, files, dirs: dirsValid ? r.dirs : undefined, dirTimes, dirsIntact },
    [stamps.buffer, files.buffer, dirTimes.buffer, dirsIntact.buffer],
  );
}
`;

/** the thread's message (see SOURCE) */
interface Packed {
  paths: string;
  stamps: Float64Array;
  shas: string;
  files: Uint8Array;
  dirs: string | undefined;
  dirTimes: Float64Array;
  dirsIntact: Uint8Array;
}

function unpack(m: Packed | undefined): PreviousOut | undefined {
  if (!m || typeof m.paths !== 'string' || typeof m.shas !== 'string') return undefined;
  const n = m.files.length;
  const paths = splitPaths(m.paths);
  const dirNames = m.dirs === undefined ? undefined : splitPaths(m.dirs);
  if (paths.length !== n || m.stamps.length !== 2 * n || m.shas.length !== 64 * n || (dirNames && dirNames.length !== m.dirTimes.length)) return undefined;
  return {
    paths,
    stamps: m.stamps,
    shas: m.shas,
    files: m.files,
    dirs: dirNames?.map((d, i) => [d, m.dirTimes[i]!]),
    dirsIntact: m.dirsIntact,
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
    w.once('message', (m: Packed | undefined) => done(unpack(m)));
    w.once('error', () => done(undefined));
    w.once('exit', () => done(undefined)); // after a message this is a no-op: a promise settles once
    // (not unref'd: while the build awaits the answer, the thread is what keeps the process alive — an unref'd
    // thread let Node.js exit in the middle of a build whose check had been quicker than the stats)
  });
}
