/**
 * write: the only stage (with the CLI) that touches the disk. Writes every artifact into a staging folder
 * beside the output, then swaps it in with renames, so an interrupted build leaves the previous out/ whole.
 *
 * Two entry points:
 * - `writeOutput(outDir, artifacts, generator)`: artifacts whose bytes are in memory;
 * - `writeFiles(outDir, files, manifest)`: files described by manifest entries, each with a function that
 *   puts its bytes at a path (copy from the build cache, from the previous out/, or write from memory).
 *   The build uses this one so that out/ is rebuilt whole from the cache plus fresh emits.
 */
import { indexInSorted } from '../util/strings.js';
import { mkdirSync, rmSync, writeFileSync, renameSync, existsSync, fsyncSync, openSync, closeSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Artifact } from '../emit/types.js';
import { buildManifest, manifestText, toBytes } from './manifest.js';
import type { Manifest } from './manifest.js';

export interface WriteResult {
  manifest: Manifest;
  outDir: string;
}

/** one file to put into the staging folder: `put(dest)` writes its bytes at the absolute path dest */
export interface FileToWrite {
  path: string;
  put(dest: string): void;
}

/** a segment that is empty, `.` or `..`, a backslash or a NUL: a path that could leave (or alias) its folder */
const UNSAFE_PATH = /(?:^|\/)\.{0,2}(?:\/|$)|[\\\0]/;
let lastBase: [string, string] | undefined;

/**
 * base + the artifact path rel (forward slashes, relative): rel must have no empty, `.` or `..` segment, no
 * backslash and no NUL, so it stays inside base (it is called for every file of out/: one regular expression,
 * no normalisation)
 */
export function safeJoin(base: string, rel: string): string {
  if (UNSAFE_PATH.test(rel)) throw new Error(`internal: unsafe artifact path ${JSON.stringify(rel)}`);
  if (lastBase?.[0] !== base) lastBase = [base, resolve(base)];
  return inFolder(lastBase[1], rel);
}

/**
 * `rel` (a relative path with forward slashes that the caller knows to be safe: a listed input file, a path of
 * the manifest or the record) under the folder `dir`: a concatenation, not path.join's split and normalisation
 * (3× the cost of the stat itself, 53,005 times in a no-change build at 1,000 customers)
 */
export function inFolder(dir: string, rel: string): string {
  return sep === '/' ? `${dir}/${rel}` : `${dir}${sep}${rel.split('/').join(sep)}`;
}

/** the top-level folder of an artifact path; '' for a file at the top of out/ */
export function topFolder(path: string): string {
  const slash = path.indexOf('/');
  return slash > 0 ? path.slice(0, slash) : '';
}

/**
 * A staging folder beside outDir: files are put into it (as soon as they are known: the build writes each
 * emitted file at once), then `commit(manifest)` swaps it in with renames; `abort()` removes it. Until the
 * commit, the previous outDir is untouched; if the swap fails half-way, the previous outDir is put back.
 */
export class Staging {
  readonly target: string;
  readonly dir: string;
  private readonly old: string;
  private readonly made = new Set<string>();
  private readonly staged = new Set<string>();
  /**
   * the top-level folders of the previous outDir moved whole into the new one at commit (in the order carried), with
   * their files, sorted (not one by one in `staged`: 50,000 of them at 1,000 customers)
   */
  private readonly carriedPaths = new Map<string, readonly string[]>();
  /** top-level folders that hold a file put into the staging folder */
  private readonly stagedTop = new Set<string>();
  private done = false;

  constructor(outDir: string) {
    this.target = resolve(outDir);
    const parent = dirname(this.target);
    mkdirSync(parent, { recursive: true });
    recoverInterrupted(this.target);
    const stamp = `${process.pid}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
    this.dir = join(parent, `.${basename(this.target)}.staging-${stamp}`);
    this.old = join(parent, `.${basename(this.target)}.old-${stamp}`);
    mkdirSync(this.dir, { recursive: true });
  }

  /** the path is already in the staging folder (put, or in a carried folder) */
  has(path: string): boolean {
    if (this.staged.has(path)) return true;
    const list = this.carriedPaths.get(topFolder(path));
    return list !== undefined && indexInSorted(list, path) >= 0;
  }

  /** a file was put (or a folder carried) under the top-level folder `dir` */
  holds(dir: string): boolean {
    return this.stagedTop.has(dir);
  }

  /** puts a file: `put(dest)` writes its bytes at the absolute path dest */
  putWith(path: string, put: (dest: string) => void): void {
    const p = safeJoin(this.dir, path);
    const d = dirname(p);
    if (!this.made.has(d)) {
      mkdirSync(d, { recursive: true });
      this.made.add(d);
    }
    put(p);
    this.staged.add(path);
    const top = topFolder(path);
    if (top) this.stagedTop.add(top);
  }

  put(path: string, bytes: Uint8Array): void {
    this.putWith(path, (dest) => writeFileSync(dest, bytes));
  }

  /**
   * Takes the top-level folder `dir` of the previous outDir, with exactly the files `paths` (the caller has
   * checked that they are the ones of the new manifest, untouched since the last build wrote them), over
   * whole: at commit it is moved into the new outDir (one rename instead of a link per file).
   */
  carry(dir: string, paths: readonly string[]): void {
    const prefix = `${dir}/`;
    const sorted = paths.every((p, i) => p.startsWith(prefix) && (i === 0 || paths[i - 1]! < p));
    if (dir.includes('/') || !sorted || this.stagedTop.has(dir)) {
      throw new Error(`internal: cannot carry ${dir} over`);
    }
    this.stagedTop.add(dir);
    this.carriedPaths.set(dir, paths);
  }

  /**
   * every manifest file was put or is in a carried folder, and nothing else was: the files of a carried folder are
   * met in the manifest's order (both sorted), so each is checked by one comparison, not looked up
   */
  private checkComplete(manifest: Manifest): void {
    const next = new Map<string, number>();
    let carried = 0;
    // a top folder's files are one run of the (sorted) manifest: its carried list is looked up once per run
    let top: string | undefined;
    let prefix = '';
    let list: readonly string[] | undefined;
    let k = 0;
    for (const f of manifest.files) {
      const p = f.path;
      if (top === undefined || top === '' || !p.startsWith(prefix)) {
        if (top !== undefined) next.set(top, k);
        top = topFolder(p);
        prefix = `${top}/`;
        list = this.carriedPaths.get(top);
        k = next.get(top) ?? 0;
      }
      if (this.staged.has(p)) continue;
      if (list?.[k] !== p) throw new Error(`internal: ${p} is in the manifest but was not written`);
      k++;
      carried++;
    }
    let carriedFiles = 0;
    for (const paths of this.carriedPaths.values()) carriedFiles += paths.length;
    if (carried !== carriedFiles || this.staged.size + carried !== manifest.files.length) throw new Error('internal: a staged file is not in the manifest');
  }

  /**
   * Moves the carried folders from the previous outDir into the staging folder, after writing (and syncing) a
   * journal of them, so that a build killed in the middle gets them put back (recoverInterrupted).
   */
  private moveCarried(): void {
    const carried = [...this.carriedPaths.keys()];
    if (carried.length === 0) return;
    const journal = join(this.dir, CARRY_JOURNAL);
    writeFileSync(journal, JSON.stringify(carried));
    syncPath(journal);
    syncPath(this.dir);
    const moved: string[] = [];
    try {
      for (const d of carried) {
        renameSync(join(this.target, d), join(this.dir, d));
        moved.push(d);
      }
    } catch (e) {
      for (const d of moved.reverse()) renameSync(join(this.dir, d), join(this.target, d));
      throw e;
    }
  }

  /**
   * writes manifest.json (`text`: its text or bytes, when the caller has them already) and swaps the staging folder in;
   * every manifest file must have been put. The previous outDir, moved aside, is removed before this returns —
   * or, with `background`, on libuv's threads while the caller goes on: `removed` settles when it is gone (a
   * process killed meanwhile leaves it to the next build's recoverInterrupted, which removes it).
   */
  commit(
    manifest: Manifest,
    text: string | Uint8Array = manifestText(manifest),
    opts: { background?: boolean } = {},
  ): WriteResult & { removed: Promise<void> } {
    try {
      this.checkComplete(manifest);
      writeFileSync(join(this.dir, 'manifest.json'), toBytes(text));
      syncPath(this.dir);
      this.moveCarried();
      if (existsSync(this.target)) renameSync(this.target, this.old);
      renameSync(this.dir, this.target);
    } catch (e) {
      if (!existsSync(this.target) && existsSync(this.old)) renameSync(this.old, this.target);
      restoreCarried(this.dir, this.target);
      this.abort();
      throw e;
    }
    this.done = true;
    rmSync(join(this.target, CARRY_JOURNAL), { force: true });
    if (!opts.background) {
      rmSync(this.old, { recursive: true, force: true });
      return { manifest, outDir: this.target, removed: Promise.resolve() };
    }
    return { manifest, outDir: this.target, removed: rm(this.old, { recursive: true, force: true }) };
  }

  /** removes the staging folder (the previous outDir stays as it was) */
  abort(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Puts every file and manifest.json into a staging folder beside outDir, then swaps it in.
 * On any failure the staging folder is removed and the previous outDir is left (or put back) whole.
 */
export function writeFiles(outDir: string, files: readonly FileToWrite[], manifest: Manifest): WriteResult {
  const st = new Staging(outDir);
  try {
    for (const f of files) st.putWith(f.path, f.put);
  } catch (e) {
    st.abort();
    throw e;
  }
  return st.commit(manifest);
}

/** Writes all artifacts (bytes in memory) + manifest.json atomically to outDir. */
export function writeOutput(outDir: string, artifacts: readonly Artifact[], generator: string): WriteResult {
  const manifest = buildManifest(artifacts, generator);
  const files = [...artifacts]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((a): FileToWrite => ({ path: a.path, put: (dest) => writeFileSync(dest, toBytes(a.data)) }));
  return writeFiles(outDir, files, manifest);
}

/** in a staging folder: the top-level folders moved into it from the previous outDir (JSON list) */
const CARRY_JOURNAL = '.vmsc-carry.json';

function syncPath(p: string): void {
  const fd = openSync(p, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** puts the folders a staging folder's journal says were carried back into target (those not there already) */
function restoreCarried(staging: string, target: string): void {
  let carried: unknown;
  try {
    carried = JSON.parse(readFileSync(join(staging, CARRY_JOURNAL), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing was carried
    throw e;
  }
  if (!Array.isArray(carried) || !existsSync(target)) return;
  for (const d of carried) {
    if (typeof d !== 'string' || d.includes('/') || d.includes(sep)) continue;
    if (existsSync(join(staging, d)) && !existsSync(join(target, d))) renameSync(join(staging, d), join(target, d));
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Cleans up after a build that was killed (Ctrl-C, OOM): its staging folder is removed; if it died between
 * the two renames of the swap (out/ moved away, staging not yet in place), the previous out/ is put back, and
 * folders it had already carried over from the previous out/ into its staging folder are moved back too.
 * Folders of builds still running (their pid is alive) are left alone.
 */
export function recoverInterrupted(target: string): void {
  const parent = dirname(target);
  const name = basename(target);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  const re = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|old)-(\\d+)-`);
  for (const e of entries.sort()) {
    const m = re.exec(e);
    if (!m || alive(Number(m[2]))) continue;
    const p = join(parent, e);
    if (m[1] === 'old' && !existsSync(target)) renameSync(p, target);
    else {
      // (old folders sort before staging folders: target is back in place before carried folders return to it)
      if (m[1] === 'staging') restoreCarried(p, target);
      rmSync(p, { recursive: true, force: true });
    }
  }
  rmSync(join(target, CARRY_JOURNAL), { force: true });
}

function basename(p: string): string {
  const parts = p.split(sep);
  return parts[parts.length - 1] ?? 'out';
}
