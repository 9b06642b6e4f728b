/**
 * A CommonJS script run with a V8 code cache: the bytecode of its functions, saved after a run, so that the next
 * process does not parse and compile them again (Node.js 20 has no module.enableCompileCache, and no code cache
 * for ES modules). bin/vmsc.js runs the check bundle (dist/bundle/check.cjs) so; scripts/bundle.mjs makes its cache
 * (dist/bundle/check.cjs.cache) by running `vmsc check` on the example root once at build time.
 *
 * The cache never changes what runs. V8 refuses a cache of another V8 version or other flags (then the script is
 * compiled as usual), but it recognises its source only by length, and checks no sum of the cache in a release
 * build: so the cache file starts with the sha256 of the script's bytes followed by the cache's, and a cache made
 * from other bytes (a rebuilt bundle, an edit) or damaged is not handed to V8 at all.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/**
 * The name the script's `import.meta.url` is replaced by when it is bundled (scripts/bundle.mjs, esbuild's
 * define): the runner passes the script's own file URL under it, beside CommonJS's five.
 */
export const IMPORT_META_URL = '__vmsc_import_meta_url';

/**
 * what became of the cache file: used; none; made from other bytes or damaged (not used); refused by V8 (made by
 * another V8 or with other flags): the last three compile the script as usual
 */
export type CacheUse = 'used' | 'absent' | 'stale' | 'rejected';

export interface CachedScript {
  /** module.exports of the script */
  exports: Record<string, unknown>;
  cache: CacheUse;
  /** writes the script's cache as it is now: with every function compiled so far (after a run: that run's) */
  save(cacheFile: string): void;
}

const DIGEST_BYTES = 32;

/** sha256 of the script's bytes, then of the cache's */
const digestOf = (script: Buffer, data: Buffer): Buffer => createHash('sha256').update(script).update(data).digest();

function readCache(cacheFile: string, script: Buffer): { data?: Buffer; use: CacheUse } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return { use: 'absent' }; // no cache (or an unreadable one): the script is compiled as usual
  }
  const data = bytes.subarray(DIGEST_BYTES);
  if (bytes.length <= DIGEST_BYTES || !bytes.subarray(0, DIGEST_BYTES).equals(digestOf(script, data))) return { use: 'stale' };
  return { data, use: 'used' };
}

/** runs the CommonJS script `file` (as Node.js's require would, once), with the code cache in `cacheFile` if valid */
export function runCached(file: string, cacheFile: string): CachedScript {
  const bytes = readFileSync(file);
  const { data, use } = readCache(cacheFile, bytes);
  const wrapper = `(function (exports, require, module, __filename, __dirname, ${IMPORT_META_URL}) {${bytes.toString('utf8')}\n})`;
  const script = new Script(wrapper, { filename: file, ...(data ? { cachedData: data } : {}) });
  const cache: CacheUse = data && script.cachedDataRejected ? 'rejected' : use;
  const module = { exports: {} as Record<string, unknown> };
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href);
  return {
    exports: module.exports,
    cache,
    save: (cacheFile) => {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      const made = script.createCachedData();
      writeFileSync(tmp, Buffer.concat([digestOf(bytes, made), made]));
      renameSync(tmp, cacheFile);
    },
  };
}
