/**
 * A prospect never reaches agents, routing, invoices or notices: building the example with two prospects writes
 * exactly the same files, byte for byte, as building it without them, and no artifact names a prospect.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRoot, vmsc } from '../helpers.js';
import { tmp } from '../build/util.js';
import { KAZE, KAZE_TEXT, MINAMI, MINAMI_TEXT, PROVIDER, SALES_BLOCK } from './fixtures.js';

interface Manifest {
  files: Array<{ path: string; sha256: string }>;
}

async function build(root: string): Promise<Manifest> {
  const out = join(tmp('vmsc-sales-build-'), 'out');
  const r = await vmsc(['build', '--root', root, '--out', out, '--no-cache', '--jobs', '0', '--progress', 'none', '--today', '2026-11-27']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
}

describe('prospects stay out of every artifact', () => {
  it('the build with prospects equals the build without them', async () => {
    const plain = copyRoot();
    writeFileSync(join(plain, PROVIDER), readFileSync(join(plain, PROVIDER), 'utf8') + SALES_BLOCK);
    const before = await build(plain);
    mkdirSync(join(plain, 'prospects'));
    writeFileSync(join(plain, MINAMI), MINAMI_TEXT);
    writeFileSync(join(plain, KAZE), KAZE_TEXT);
    const after = await build(plain);
    expect(after.files).toEqual(before.files);
    const names = after.files.map((f) => f.path).join('\n');
    expect(names).not.toMatch(/minami|kaze/);
    // invoices, notices, routing and agents are all there (the build is not empty)
    expect(names).toMatch(/invoice-2026-10\.pdf/);
    expect(names).toMatch(/^notices\//m);
    expect(names).toMatch(/^routing\/alertmanager\.yml$/m);
    expect(names).toMatch(/\/agents\//);
  });
});
