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
import { mkdirSync, rmSync, writeFileSync, renameSync, existsSync, fsyncSync, openSync, closeSync } from 'node:fs';
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

export function safeJoin(base: string, rel: string): string {
  if (rel.includes('\0') || rel.includes('\\') || rel.startsWith('/') || rel.split('/').some((s) => s === '..' || s === '.' || s === '')) {
    throw new Error(`internal: unsafe artifact path ${JSON.stringify(rel)}`);
  }
  const p = resolve(base, ...rel.split('/'));
  if (!p.startsWith(resolve(base) + sep)) throw new Error(`internal: artifact path escapes the output: ${rel}`);
  return p;
}

/**
 * Puts every file and manifest.json into a staging folder beside outDir, then swaps it in.
 * On any failure the staging folder is removed and the previous outDir is left (or put back) whole.
 */
export function writeFiles(outDir: string, files: readonly FileToWrite[], manifest: Manifest): WriteResult {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
  const staging = join(parent, `.${basename(target)}.staging-${stamp}`);
  const old = join(parent, `.${basename(target)}.old-${stamp}`);
  const made = new Set<string>();
  try {
    mkdirSync(staging, { recursive: true });
    for (const f of files) {
      const p = safeJoin(staging, f.path);
      const d = dirname(p);
      if (!made.has(d)) {
        mkdirSync(d, { recursive: true });
        made.add(d);
      }
      f.put(p);
    }
    writeFileSync(join(staging, 'manifest.json'), manifestText(manifest));
    const fd = openSync(staging, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (existsSync(target)) renameSync(target, old);
    renameSync(staging, target);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return { manifest, outDir: target };
}

/** Writes all artifacts (bytes in memory) + manifest.json atomically to outDir. */
export function writeOutput(outDir: string, artifacts: readonly Artifact[], generator: string): WriteResult {
  const manifest = buildManifest(artifacts, generator);
  const files = [...artifacts]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((a): FileToWrite => ({ path: a.path, put: (dest) => writeFileSync(dest, toBytes(a.data)) }));
  return writeFiles(outDir, files, manifest);
}

function basename(p: string): string {
  const parts = p.split(sep);
  return parts[parts.length - 1] ?? 'out';
}
