/**
 * The compiler's fingerprint: the one hash that keys every cache (check results, build groups, the
 * whole-result and no-change records). Its inputs are derived, never listed by hand: every code file of the
 * running compiler (dist/ when installed, src/ under a TypeScript runner), the schemas and the validators
 * compiled from them (generated/), package.json and
 * package-lock.json (so the versions of every dependency), and the Node.js version. Any change to any of them
 * gives another fingerprint, so a cache can never hand back a result of other code. The check bundle's V8 code
 * cache (dist/bundle/check.cjs.cache, code-cache.ts) is not an input: it never changes what runs, and its bytes
 * depend on the V8 that made it.
 *
 * Installed (code in dist/), the hash is kept in `dist/fingerprint-stamp.json` next to the path, size and mtime
 * of every input: a later run stats the inputs instead of reading and hashing them all, and hashes again (and
 * rewrites the stamp) as soon as any input is added, removed, resized or touched — as make trusts mtimes. A
 * read-only install simply hashes every run. Under a TypeScript runner (code in src/) there is no stamp.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** the folder holding the running compiler's code: src/ under vitest, dist/ when installed */
export const CODE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_ROOT = join(CODE_ROOT, '..');

/**
 * the files under `dir` (recursively) whose name `keep` accepts, as paths relative to it with forward slashes, sorted
 * (also the templates of readAssets, and scripts/bundle.mjs's sources and templates)
 */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

let memo: string | undefined;

const STAMP_NAME = 'fingerprint-stamp.json';
const STAMP = join(CODE_ROOT, STAMP_NAME);
const STAMPED = CODE_ROOT.split(sep).pop() === 'dist';

/** the fingerprint's input files, in hashing order */
function inputs(): string[] {
  return [
    ...filesUnder(CODE_ROOT, (n) => n !== STAMP_NAME && /\.([cm]?js|ts|json)$/.test(n)).map((f) => join(CODE_ROOT, f)),
    ...filesUnder(join(PACKAGE_ROOT, 'schemas'), (n) => n.endsWith('.json')).map((f) => join(PACKAGE_ROOT, 'schemas', f)),
  ];
}

function hashOf(files: readonly string[]): string {
  const h = createHash('sha256').update(`vmsc-fingerprint/1\0node ${process.versions.node}\0`);
  for (const f of files) h.update(relative(PACKAGE_ROOT, f).split(sep).join('/')).update('\0').update(readFileSync(f)).update('\0');
  for (const name of ['package.json', 'package-lock.json']) {
    try {
      h.update(name)
        .update('\0')
        .update(readFileSync(join(PACKAGE_ROOT, name)))
        .update('\0');
    } catch (e) {
      // an installed copy may have no lock file; anything else is a real failure
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return h.digest('hex');
}

/** path, size and mtime of every input (package.json and the lock file included; absent ones as absent) */
function statsOf(files: readonly string[]): string[] {
  const all = [...files, join(PACKAGE_ROOT, 'package.json'), join(PACKAGE_ROOT, 'package-lock.json')];
  return all.map((f) => {
    try {
      const st = statSync(f, { bigint: true });
      return `${relative(PACKAGE_ROOT, f)}\0${st.size}\0${st.mtimeNs}`;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      return `${relative(PACKAGE_ROOT, f)}\0absent`;
    }
  });
}

interface Stamp {
  node: string;
  stats: string[];
  fingerprint: string;
}

function readStamp(): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as Stamp;
  } catch {
    return undefined; // none yet, or unreadable: hash
  }
}

export function compilerFingerprint(): string {
  if (memo) return memo;
  const files = inputs();
  if (!STAMPED) {
    memo = hashOf(files);
    return memo;
  }
  const stats = statsOf(files);
  const stamp = readStamp();
  if (stamp && stamp.node === process.versions.node && stamp.stats.length === stats.length && stamp.stats.every((s, i) => s === stats[i])) {
    memo = stamp.fingerprint;
    return memo;
  }
  memo = hashOf(files);
  const next: Stamp = { node: process.versions.node, stats, fingerprint: memo };
  try {
    const tmp = `${STAMP}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(next));
    renameSync(tmp, STAMP);
  } catch {
    // a read-only install: hash again next time
  }
  return memo;
}
