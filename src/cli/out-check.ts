/**
 * Which files and folders of the previous out/ are still as the last build left them — a file with the size
 * and mtime recorded when it was written, a folder with its recorded mtime (an entry added to or removed from
 * a folder changes it) — compared on a worker thread of its own, started before the check, so that the
 * ~50,000 file and ~30,000 folder stats of a 1,000-customer out/ run on the other core while this thread
 * checks, resolves and plans the build. The answer is the same as stat-ing them here, only earlier: a file
 * that changes after its stat is caught as before (a link or rename of a changed file still gives its new
 * bytes to nobody: reuse also needs the recorded sha256 of the manifest, and the result is verified by size).
 *
 * The thread runs a few lines of plain JavaScript (no module of ours, so it starts in ~50 ms); when it cannot
 * start or fails, nothing counts as intact and the build stages every file from the cache (slower, same result).
 */
import { Worker } from 'node:worker_threads';
import { sep } from 'node:path';

/** for each recorded file, and each recorded folder, in record order: 1 when it is as recorded */
export interface OutCheck {
  files: Uint8Array;
  dirs: Uint8Array;
}

/** the recorded state of out/ (LastBuild of src/cli/commands/build.ts) */
export interface RecordedOut {
  /** manifest paths ('/'-separated), with [size, mtime ms] of each */
  paths: readonly string[];
  stamps: readonly (readonly [number, number])[];
  /** folders with files and their mtime (ms) */
  dirs: readonly (readonly [string, number])[];
}

// plain CommonJS, evaluated in the thread: keep it free of anything but node: modules
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
const paths = d.paths.length ? d.paths.split('\\n') : [];
const files = new Uint8Array(paths.length);
for (let i = 0; i < paths.length; i++) if (same(d.base + paths[i], d.sizes[i], d.mtimes[i], true)) files[i] = 1;
const dirPaths = d.dirPaths.length ? d.dirPaths.split('\\n') : [];
const dirs = new Uint8Array(dirPaths.length);
for (let i = 0; i < dirPaths.length; i++) if (same(d.base + dirPaths[i], 0, d.dirTimes[i], false)) dirs[i] = 1;
parentPort.postMessage({ files, dirs }, [files.buffer, dirs.buffer]);
`;

const joined = (xs: readonly string[]): string | undefined => (xs.some((x) => x.includes('\n')) ? undefined : xs.join('\n'));

/** nothing intact: every file is staged from the cache */
function none(r: RecordedOut): OutCheck {
  return { files: new Uint8Array(r.paths.length), dirs: new Uint8Array(r.dirs.length) };
}

/** starts the comparison of out/ (an absolute folder) with what was recorded; resolves with its answer */
export function checkOutOnThread(out: string, r: RecordedOut): Promise<OutCheck> {
  const paths = joined(r.paths);
  const dirPaths = joined(r.dirs.map((d) => d[0]));
  if (paths === undefined || dirPaths === undefined || r.stamps.length !== r.paths.length) return Promise.resolve(none(r));
  const sizes = Float64Array.from(r.stamps, (s) => s[0]);
  const mtimes = Float64Array.from(r.stamps, (s) => s[1]);
  const dirTimes = Float64Array.from(r.dirs, (d) => d[1]);
  return new Promise((done) => {
    let w: Worker;
    try {
      w = new Worker(SOURCE, { eval: true, workerData: { base: out + sep, paths, sizes, mtimes, dirPaths, dirTimes } });
    } catch {
      done(none(r));
      return;
    }
    w.once('message', (m: OutCheck) => done(m.files.length === r.paths.length && m.dirs.length === r.dirs.length ? m : none(r)));
    w.once('error', () => done(none(r)));
    w.once('exit', () => done(none(r))); // after a message this is a no-op: a promise settles once
    w.unref();
  });
}
