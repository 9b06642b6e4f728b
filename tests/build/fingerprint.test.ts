import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync } from 'node:fs';
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
    appendFileSync(join(pkg, 'dist', 'bundle', 'worker.js'), '\n// changed\n');
    expect(await fingerprint('c')).not.toBe(before);
  });
});
