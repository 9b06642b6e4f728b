import { describe, expect, it } from 'vitest';
import { computeReview } from '../../src/review/review.js';
import type { ReviewSide } from '../../src/review/review.js';
import type { Emitter } from '../../src/emit/types.js';
import { renderMarkdown } from '../../src/review/render.js';
import { sha256 } from '../../src/write/manifest.js';

/** a side without a model holding the given files (path -> [kind, bytes]), all of customer c1 unless global */
function side(label: string, files: Record<string, [string, Uint8Array | string]>): ReviewSide {
  const blobs = new Map<string, Uint8Array>();
  return {
    label,
    diagnostics: [],
    files: Object.entries(files).map(([path, [kind, data]]) => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      const sha = sha256(bytes);
      blobs.set(sha, bytes);
      return { path, sha256: sha, bytes: bytes.byteLength, kind, ...(path.startsWith('c1/') ? { customer: 'c1' } : {}) };
    }),
    read: (sha) => blobs.get(sha)!,
  };
}

/** a "binary" format: a NUL byte, then the text with every byte + 1 */
const encode = (s: string) => new Uint8Array([0, ...Buffer.from(s).map((b) => b + 1)]);
const decode = (b: Uint8Array) => Buffer.from(b.subarray(1).map((x) => x - 1)).toString('utf8');

/** a test-only kind that declares how its files read and which flag a removed file raises */
const SCRAMBLED: Emitter = {
  name: 'test/scrambled',
  scope: 'customer',
  emit: () => [],
  review: {
    text: (_f, s) => `decoded by the hook\n${decode(s.bytes())}`,
    flags: (c) =>
      c.change === 'removed'
        ? [{ kind: 'removed-route', message: `${c.path}: the hook says this matters`, ...(c.customer ? { customer: c.customer } : {}) }]
        : [],
  },
};

describe('review hooks: what an emitter declares is what `vmsc plan` shows', () => {
  const base = side('main (abc1234)', { 'c1/a.scr': ['test/scrambled', encode('threshold 95\n')], 'c1/b.scr': ['test/scrambled', encode('gone\n')] });
  const head = side('working tree', { 'c1/a.scr': ['test/scrambled', encode('threshold 90\n')] });

  it("a kind's `review.text` gives the text that is diffed; its `review.flags` raise risk flags", () => {
    const r = computeReview(base, head, [SCRAMBLED]);
    const a = r.customers[0]?.artifacts.find((x) => x.path === 'c1/a.scr');
    expect(a?.diff).toContain(' decoded by the hook\n-threshold 95\n+threshold 90');
    expect(r.flags).toEqual([{ code: 'U201', kind: 'removed-route', message: 'c1/b.scr: the hook says this matters', customer: 'c1' }]);
    expect(renderMarkdown(r)).toContain('+threshold 90');
  });

  it('the same files with an emitter list that does not declare the kind: binary, no flag', () => {
    const r = computeReview(base, head, []);
    const a = r.customers[0]?.artifacts.find((x) => x.path === 'c1/a.scr');
    expect(a?.diff).toBeUndefined();
    expect(a?.note).toMatch(/^binary: 14 bytes \([0-9a-f]{12}\) → 14 bytes/);
    expect(r.flags).toEqual([]);
  });

  it("the registry's hooks (default): a removed routing file is U201, a changed issued invoice U204", () => {
    const r = computeReview(
      side('main', {
        'routing/alertmanager.yml': ['routing/alertmanager', 'route: {}\n'],
        'c1/documents/invoice-2026-08.pdf': ['documents/invoice', encode('v1')],
      }),
      side('working tree', { 'c1/documents/invoice-2026-08.pdf': ['documents/invoice', encode('v2')] }),
    );
    expect(r.flags.map((f) => [f.code, f.customer, f.message])).toEqual([
      ['U201', undefined, 'routing/alertmanager.yml is removed'],
      ['U204', 'c1', 'c1/documents/invoice-2026-08.pdf changes (invoice of a closed month)'],
    ]);
  });
});
