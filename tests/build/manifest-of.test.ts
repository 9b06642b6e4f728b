/**
 * manifestOf (write/manifest.ts): the build's own entries, already sorted, are used as they are (`made`), and the
 * manifest written from them is byte for byte the one written from normalised copies; anything else is copied
 * and sorted as before.
 */
import { describe, expect, it } from 'vitest';
import { manifestOf, manifestText, toBytes } from '../../src/write/manifest.js';
import type { ManifestEntry } from '../../src/write/manifest.js';

/** an entry as the build makes one (cache index, emit): these fields in this order, customer only when set */
function made(path: string, customer?: string): ManifestEntry {
  const e: ManifestEntry = { path, sha256: 'ab'.repeat(32), bytes: path.length, kind: 'agents/zabbix' };
  if (customer) e.customer = customer;
  return e;
}

describe('manifestOf with the build’s own entries', () => {
  const sorted = [made('a/1.yaml', 'a'), made('a/2.yaml', 'a'), made('b/1.yaml', 'b'), made('routing/alertmanager.yml')];
  it('sorted: the same objects, the same text as copies give', () => {
    const m = manifestOf(sorted, 'vmsc test', undefined, { made: true });
    expect(m.files[0]).toBe(sorted[0]);
    expect(manifestText(m)).toBe(manifestText(manifestOf(sorted, 'vmsc test')));
    const shard = { index: 2, count: 3 };
    expect(manifestText(manifestOf(sorted, 'vmsc test', shard, { made: true }))).toBe(manifestText(manifestOf(sorted, 'vmsc test', shard)));
  });
  it('out of order or a path twice: sorted copies, as without `made`', () => {
    const shuffled = [sorted[2]!, sorted[0]!, sorted[3]!, sorted[1]!];
    const m = manifestOf(shuffled, 'vmsc test', undefined, { made: true });
    expect(m.files.map((f) => f.path)).toEqual(sorted.map((f) => f.path));
    expect(m.files[0]).not.toBe(sorted[0]);
    expect(manifestText(m)).toBe(manifestText(manifestOf(sorted, 'vmsc test')));
    const twice = manifestOf([sorted[0]!, sorted[0]!], 'vmsc test', undefined, { made: true });
    expect(twice.files[0]).not.toBe(sorted[0]);
  });
});

describe('toBytes: UTF-8 of a text (ASCII encoded as latin1, the same bytes)', () => {
  it.each([
    ['ASCII', 'version: 1\n  "path": "c00007/agents/zabbix.yaml"\n'],
    ['empty', ''],
    ['NUL and DEL', 'a\0b\x7f'],
    ['latin1 beyond ASCII (é, ÿ: one UTF-16 unit below 256, two UTF-8 bytes)', 'café ÿ'],
    ['Japanese', '株式会社 監視 ｶﾅ'],
    ['beyond the BMP (a surrogate pair)', 'ok 🐘 𠮷'],
    ['a lone surrogate (UTF-8 writes U+FFFD)', 'a\ud800b'],
    ['ASCII with one non-ASCII character at the end', `${'x'.repeat(10000)}é`],
  ])('%s', (_, text) => {
    expect(Buffer.from(toBytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });
});
