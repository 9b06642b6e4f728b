/**
 * Which files and folders of the previous out/ are still as the last build left them — a file with the size
 * and mtime recorded when it was written, a folder with its recorded mtime (an entry added to or removed from
 * a folder changes it) — compared on a worker thread of its own, started before the check, so that the
 * ~50,000 file and ~30,000 folder stats of a 1,000-customer out/ run on the other core while this thread
 * checks, resolves and plans the build. The answer is the same as stat-ing them here, only earlier: a file
 * that changes after its stat is missed as it was before (the stats were always taken before the links and
 * renames), no more.
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

// plain CommonJS, evaluated in the thread: keep it free of anything but node: modules. It is given the JSON text
// of the record (the main thread parsed the same text): parsing it here again costs this thread, not the main one
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
let r;
try {
  r = JSON.parse(d.text);
} catch {
  r = undefined;
}
const paths = r && Array.isArray(r.paths) && Array.isArray(r.stamps) && r.stamps.length === r.paths.length ? r.paths : [];
const dirPaths = r && Array.isArray(r.dirs) ? r.dirs : [];
const files = new Uint8Array(paths.length);
for (let i = 0; i < paths.length; i++) {
  const st = r.stamps[i];
  if (typeof paths[i] === 'string' && Array.isArray(st) && same(d.base + paths[i], st[0], st[1], true)) files[i] = 1;
}
const dirs = new Uint8Array(dirPaths.length);
for (let i = 0; i < dirPaths.length; i++) {
  const e = dirPaths[i];
  if (Array.isArray(e) && typeof e[0] === 'string' && same(d.base + e[0], 0, e[1], false)) dirs[i] = 1;
}
parentPort.postMessage({ files, dirs }, [files.buffer, dirs.buffer]);
`;

/** the counts of the record's files and folders (as parsed by the main thread, from the same text) */
export interface RecordedCounts {
  files: number;
  dirs: number;
}

/** nothing intact: every file is staged from the cache */
function none(r: RecordedCounts): OutCheck {
  return { files: new Uint8Array(r.files), dirs: new Uint8Array(r.dirs) };
}

/**
 * starts the comparison of out/ (an absolute folder) with the record whose JSON text is `text` (the one the
 * caller parsed into `counts`); resolves with its answer
 */
export function checkOutOnThread(out: string, text: string, counts: RecordedCounts): Promise<OutCheck> {
  return new Promise((done) => {
    let w: Worker;
    try {
      w = new Worker(SOURCE, { eval: true, workerData: { base: out + sep, text } });
    } catch {
      done(none(counts));
      return;
    }
    w.once('message', (m: OutCheck) => done(m.files.length === counts.files && m.dirs.length === counts.dirs ? m : none(counts)));
    w.once('error', () => done(none(counts)));
    w.once('exit', () => done(none(counts))); // after a message this is a no-op: a promise settles once
    // (not unref'd: while the build awaits the answer, the thread is what keeps the process alive — an unref'd
    // thread let Node.js exit in the middle of a build whose check had been quicker than the stats)
  });
}
