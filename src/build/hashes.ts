/**
 * Hashes that key the build cache: of the sources, of templates and fonts. (The compiler's own fingerprint
 * comes from the host: cli/fingerprint.ts.)
 */
import { createHash } from 'node:crypto';
import type { SourceFile } from '../load/yaml.js';
import type { Assets } from '../emit/types.js';
import { sha256hex } from '../util/sha256.js';

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
  /** over every file that is not under customers/ or prospects/ (policies) */
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
    // prospects reach no artifact: a new quote must not rebuild every customer
    if (!s.path.startsWith('customers/') && !s.path.startsWith('prospects/')) pol.update(line);
  }
  return { files, policies: pol.digest('hex'), all: all.digest('hex') };
}
