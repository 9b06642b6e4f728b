/**
 * Hashes that key the build cache. Reads only the compiler's own code (like cli/host.ts reads its assets):
 * the compiler's "version" in a cache key is the hash of its code files, package.json and package-lock.json,
 * so that a changed emitter (even at the same package version, during development) never reuses stale bytes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../load/yaml.js';
import type { Assets } from '../emit/types.js';

export function sha256hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** the folder holding the running compiler's code: src/ under vitest, dist/ when installed */
export const CODE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

let memo: string | undefined;

/** sha256 over the compiler's code files (src/ or dist/), package.json and package-lock.json */
export function compilerFingerprint(): string {
  if (memo) return memo;
  const h = createHash('sha256');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.(m?js|ts|json)$/.test(e.name)) files.push(p);
    }
  };
  walk(CODE_ROOT);
  for (const f of files.sort()) {
    h.update(relative(CODE_ROOT, f).split(sep).join('/')).update('\0').update(readFileSync(f)).update('\0');
  }
  for (const name of ['package.json', 'package-lock.json']) {
    try {
      h.update(name).update('\0').update(readFileSync(join(CODE_ROOT, '..', name))).update('\0');
    } catch {
      // an installed copy may have no lock file
    }
  }
  memo = h.digest('hex');
  return memo;
}

/** sha256 over templates and fonts (names and bytes, in name order) */
export function assetsHash(assets: Assets): string {
  const h = createHash('sha256');
  for (const [name, text] of [...assets.templates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) h.update(`t\0${name}\0`).update(text).update('\0');
  for (const [name, bytes] of [...assets.fonts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) h.update(`f\0${name}\0`).update(bytes).update('\0');
  return h.digest('hex');
}

export interface SourceHashes {
  /** sha256 of each source file's bytes, by path */
  files: Map<string, string>;
  /** over every file that is not under customers/ (policies) */
  policies: string;
  /** over every file */
  all: string;
}

export function hashSources(sources: readonly SourceFile[]): SourceHashes {
  const files = new Map<string, string>();
  const sorted = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pol = createHash('sha256');
  const all = createHash('sha256');
  for (const s of sorted) {
    const sha = sha256hex(s.bytes);
    files.set(s.path, sha);
    const line = `${s.path}\0${sha}\n`;
    all.update(line);
    if (!s.path.startsWith('customers/')) pol.update(line);
  }
  return { files, policies: pol.digest('hex'), all: all.digest('hex') };
}
