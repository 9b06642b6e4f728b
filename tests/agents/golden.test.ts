/**
 * Golden files: the agent bundles of the example root (tests/fixtures/example), byte for byte.
 * Regenerate with npm run test:update (tests/golden.ts) and review the diff by eye.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLE } from '../helpers.js';
import { expectGolden, expectGoldenSet } from '../golden.js';
import { agentArtifacts, model, text } from './util.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');
describe('agent bundles of the example root (golden files)', async () => {
  const artifacts = await agentArtifacts(model(EXAMPLE));

  it('produces exactly the golden set of files', () => {
    expectGoldenSet(
      GOLDEN,
      artifacts.map((a) => a.path),
    );
  });

  it.each(artifacts.map((a) => [a.path, a] as const))('%s matches its golden file', (path, a) => {
    expectGolden(join(GOLDEN, ...path.split('/')), a.data);
  });

  it('one bundle per server of every customer, each with its manifest', () => {
    const m = model(EXAMPLE);
    const expected = m.customers.flatMap((c) => c.servers.map((s) => `${c.id}/agents/${s.id}/manifest.json`));
    expect(artifacts.filter((a) => a.path.endsWith('/manifest.json')).map((a) => a.path)).toEqual(expected.sort());
  });

  it('each manifest lists every other file of its bundle with the right sha256 and size', () => {
    for (const man of artifacts.filter((a) => a.path.endsWith('/manifest.json'))) {
      const dir = man.path.slice(0, -'manifest.json'.length);
      const listed = (JSON.parse(text(man)) as { files: Array<{ path: string; sha256: string; bytes: number }> }).files;
      const actual = artifacts.filter((a) => a.path.startsWith(dir) && a !== man);
      expect(listed.map((f) => dir + f.path)).toEqual(actual.map((a) => a.path));
      for (const f of listed) {
        const a = actual.find((x) => x.path === dir + f.path)!;
        const bytes = Buffer.from(text(a), 'utf8');
        expect(f.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
        expect(f.bytes).toBe(bytes.byteLength);
      }
    }
  });

  it('is byte-for-byte reproducible (a second run gives the same bytes)', async () => {
    const again = await agentArtifacts(model(EXAMPLE));
    expect(again.map((a) => [a.path, text(a)])).toEqual(artifacts.map((a) => [a.path, text(a)]));
  });
});
