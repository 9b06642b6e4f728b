/**
 * The group index as bytes (src/write/group-index.ts): what is encoded decodes to the same groups, and bytes that
 * are not such an index in every respect decode to nothing (the build then reads the packs: same result).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeIndex, encodeIndex } from '../../src/write/group-index.js';
import type { IndexEntry } from '../../src/write/group-index.js';
import { DiskCache } from '../../src/write/cache.js';
import { tmp } from './util.js';

const sha = (n: number) => n.toString(16).padStart(64, '0');
const key = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

const GROUPS: [string, IndexEntry][] = [
  // one customer's files, with a non-ASCII path
  [
    key(1),
    [
      1234,
      [
        { path: 'c1/documents/契約書.pdf', sha256: sha(1), bytes: 1000, kind: 'documents/contract', customer: 'c1' },
        { path: 'c1/documents/invoice-2026-10.pdf', sha256: sha(2), bytes: 0, kind: 'documents/invoice', customer: 'c1' },
      ],
    ],
  ],
  // a global group: no customer, kinds mixed
  [
    key(2),
    [
      2 ** 40,
      [
        { path: 'routing/alertmanager.yml', sha256: sha(3), bytes: 2 ** 33, kind: 'routing/alertmanager' },
        { path: 'routing/receivers.json', sha256: sha(4), bytes: 7, kind: 'routing/receivers' },
      ],
    ],
  ],
  // a group without files
  [key(3), [16, []]],
];

const bytesOf = (parts: Uint8Array[]) => Buffer.concat(parts);

describe('the group index as bytes', () => {
  it('decodes to the groups encoded, in their order, with the id', () => {
    const d = decodeIndex(bytesOf(encodeIndex('0123456789abcdef', GROUPS)));
    expect(d?.id).toBe('0123456789abcdef');
    expect([...d!.groups]).toEqual(GROUPS);
  });

  it('an empty index decodes to no groups', () => {
    const d = decodeIndex(bytesOf(encodeIndex('ffffffffffffffff', [])));
    expect(d?.groups.size).toBe(0);
  });

  const good = bytesOf(encodeIndex('0123456789abcdef', GROUPS));
  const headEnd = good.indexOf(10, 9);
  const head = JSON.parse(good.toString('utf8', 9, headEnd)) as { strings: string[]; lengths: number[]; files: number };
  const withHead = (change: (h: typeof head) => void): Buffer => {
    const h = structuredClone(head);
    change(h);
    return Buffer.concat([Buffer.from(`VMSCGI01\n${JSON.stringify(h)}\n`), good.subarray(headEnd + 1)]);
  };
  const cases: Array<[string, Buffer]> = [
    ['nothing', Buffer.alloc(0)],
    ['the JSON index of an older vmsc', Buffer.from(JSON.stringify({ id: 'x', groups: {} }))],
    ['another magic', Buffer.concat([Buffer.from('VMSCGI02'), good.subarray(8)])],
    ['cut short', good.subarray(0, good.byteLength - 1)],
    ['a byte more', Buffer.concat([good, Buffer.from([0])])],
    ['a head that is not JSON', Buffer.concat([Buffer.from('VMSCGI01\n{"id":\n'), good.subarray(headEnd + 1)])],
    ['no end of the head', Buffer.from('VMSCGI01\n{"id":"x"')],
    ['a kind index past the strings', withHead((h) => (h.strings = h.strings.slice(0, 1)))],
    ['one file more than the parts hold', withHead((h) => (h.files += 1))],
    [
      'the parts cut differently',
      withHead((h) => {
        h.lengths[3] = h.lengths[3]! - 1;
        h.lengths[4] = h.lengths[4]! + 1;
      }),
    ],
    ['seven parts', withHead((h) => (h.lengths = h.lengths.slice(0, 7)))],
  ];
  it.each(cases)('%s: no index', (_, bytes) => {
    expect(decodeIndex(bytes)).toBeUndefined();
  });

  it('a damaged count (a group claiming the next group’s files) is no index', () => {
    const b = Buffer.from(good);
    const countsAt = headEnd + 1 + head.lengths[0]! + head.lengths[1]!;
    b.writeUInt32LE(3, countsAt); // group 1 says 3 files: group 2 would then lack one
    expect(decodeIndex(b)).toBeUndefined();
  });

  it('DiskCache writes it, reads it back, and removes the JSON index of an older vmsc', () => {
    const dir = tmp('vmsc-gi-');
    mkdirSync(join(dir, 'v2'), { recursive: true });
    writeFileSync(join(dir, 'v2', 'groups-index.json'), '{"id":"old","groups":{}}');
    const a = new DiskCache(dir);
    const data = [Buffer.from('one'), Buffer.from('two!')];
    const files = data.map((d, i) => ({ path: `c/f${i}`, sha256: sha(i + 10), bytes: d.byteLength, kind: 'k', customer: 'c' }));
    a.putGroup(key(9), files, data);
    a.saveIndex([key(9)]);
    const d = decodeIndex(readFileSync(join(dir, 'v2', 'groups-index.bin')));
    expect(d?.groups.get(key(9))?.[1]).toEqual(files);
    expect(() => readFileSync(join(dir, 'v2', 'groups-index.json'))).toThrow(/ENOENT/);
    const b = new DiskCache(dir);
    b.checkBlobsOnCopy = true;
    expect(b.getGroup(key(9))).toEqual(files);
  });
});
