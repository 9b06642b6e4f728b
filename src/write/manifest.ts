import { createHash } from 'node:crypto';
import type { Artifact } from '../emit/types.js';

export interface ManifestEntry {
  path: string;
  sha256: string;
  bytes: number;
  kind: string;
  customer?: string;
}

export interface Manifest {
  version: 1;
  generator: string;
  files: ManifestEntry[];
}

export function toBytes(data: string | Uint8Array): Uint8Array {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(toBytes(data)).digest('hex');
}

export function buildManifest(artifacts: readonly Artifact[], generator: string): Manifest {
  const files = artifacts
    .map((a) => {
      const b = toBytes(a.data);
      const e: ManifestEntry = { path: a.path, sha256: sha256(b), bytes: b.byteLength, kind: a.kind };
      if (a.customer) e.customer = a.customer;
      return e;
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { version: 1, generator, files };
}

export function manifestText(m: Manifest): string {
  return JSON.stringify(m, null, 2) + '\n';
}
