import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers.js';
import { tmp } from './util.js';

describe('the compiler fingerprint of an installed copy', () => {
  it('covers the esbuild bundle that bin/vmsc.js runs (dist/bundle): a change to it gives another fingerprint', async () => {
    // the test set-up builds dist/ and its bundle when stale
    expect(existsSync(join(REPO, 'dist', 'bundle', 'vmsc.js'))).toBe(true);
    const pkg = tmp('vmsc-fingerprint-');
    for (const d of ['dist', 'schemas']) cpSync(join(REPO, d), join(pkg, d), { recursive: true });
    const fingerprint = async (tag: string): Promise<string> => {
      // a fresh module instance each time (the fingerprint is memoised per process)
      const m = (await import(`${pathToFileURL(join(pkg, 'dist', 'cli', 'fingerprint.js')).href}?${tag}`)) as { compilerFingerprint: () => string };
      return m.compilerFingerprint();
    };
    const before = await fingerprint('a');
    expect(await fingerprint('b')).toBe(before);
    // the V8 code cache of the check bundle is no input (it never changes what runs)
    expect(existsSync(join(pkg, 'dist', 'bundle', 'check.cjs.cache'))).toBe(true);
    appendFileSync(join(pkg, 'dist', 'bundle', 'check.cjs.cache'), 'other bytes');
    expect(await fingerprint('b2')).toBe(before);
    // the check bundle (CommonJS) is
    appendFileSync(join(pkg, 'dist', 'bundle', 'check.cjs'), '\n// changed\n');
    const checkChanged = await fingerprint('b3');
    expect(checkChanged).not.toBe(before);
    appendFileSync(join(pkg, 'dist', 'bundle', 'worker.js'), '\n// changed\n');
    expect(await fingerprint('c')).not.toBe(checkChanged);
  });

  it('is kept in dist/fingerprint-stamp.json: trusted while no input changes size or mtime, hashed again when one does', async () => {
    const pkg = tmp('vmsc-fingerprint-stamp-');
    for (const d of ['dist', 'schemas']) cpSync(join(REPO, d), join(pkg, d), { recursive: true });
    const stampFile = join(pkg, 'dist', 'fingerprint-stamp.json');
    const fingerprint = async (tag: string): Promise<string> => {
      const m = (await import(`${pathToFileURL(join(pkg, 'dist', 'cli', 'fingerprint.js')).href}?${tag}`)) as { compilerFingerprint: () => string };
      return m.compilerFingerprint();
    };
    const first = await fingerprint('s1');
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { fingerprint: string };
    expect(stamp.fingerprint).toBe(first);
    // the next run reads the stamp instead of hashing: a planted value comes back while the inputs are untouched
    writeFileSync(stampFile, JSON.stringify({ ...stamp, fingerprint: 'planted' }));
    expect(await fingerprint('s2')).toBe('planted');
    // any change of an input (here a schema) makes it hash again, giving the real, new fingerprint
    appendFileSync(join(pkg, 'schemas', 'customer.schema.json'), '\n');
    const changed = await fingerprint('s3');
    expect(changed).not.toBe('planted');
    expect(changed).not.toBe(first);
    expect((JSON.parse(readFileSync(stampFile, 'utf8')) as { fingerprint: string }).fingerprint).toBe(changed);
  });
});
