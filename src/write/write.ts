/**
 * write: the only stage (with the CLI) that touches the disk. Writes every artifact into a staging folder
 * beside the output, then swaps it in with renames, so an interrupted build leaves the previous out/ whole.
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

function safeJoin(base: string, rel: string): string {
  if (rel.includes('\0') || rel.startsWith('/') || rel.split('/').some((s) => s === '..' || s === '')) {
    throw new Error(`internal: unsafe artifact path ${JSON.stringify(rel)}`);
  }
  const p = resolve(base, ...rel.split('/'));
  if (!p.startsWith(resolve(base) + sep)) throw new Error(`internal: artifact path escapes the output: ${rel}`);
  return p;
}

/** Writes all artifacts + manifest.json atomically to outDir. */
export function writeOutput(outDir: string, artifacts: readonly Artifact[], generator: string): WriteResult {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${basename(target)}.staging-${stamp}`);
  const old = join(parent, `.${basename(target)}.old-${stamp}`);
  const manifest = buildManifest(artifacts, generator);
  try {
    mkdirSync(staging, { recursive: true });
    for (const a of artifacts) {
      const p = safeJoin(staging, a.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, toBytes(a.data));
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

function basename(p: string): string {
  const parts = p.split(sep);
  return parts[parts.length - 1] ?? 'out';
}
