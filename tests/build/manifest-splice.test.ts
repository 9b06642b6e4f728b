/**
 * manifestBytes (write/manifest.ts) copies the runs of entries that a rebuild carries over from the previous
 * manifest.json's bytes, located there by entriesOf (cli/out-check.ts, run in the out/ thread); the result must be
 * manifestText's bytes exactly. And in a real build: a previous manifest.json is copied from only when it is as
 * written and a build of the same compiler wrote it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestBytes, manifestText, toBytes } from '../../src/write/manifest.js';
import type { Manifest, ManifestEntry } from '../../src/write/manifest.js';
import { entriesOf } from '../../src/cli/out-check.js';
import { runBuild } from '../../src/cli/commands/build.js';
import { copyExample, testIO, TEST_EMITTERS } from './util.js';

const entry = (path: string, sha: string, customer?: string, kind = 'agents/zabbix'): ManifestEntry => {
  const e: ManifestEntry = { path, sha256: sha.repeat(64).slice(0, 64), bytes: path.length * 7, kind };
  if (customer) e.customer = customer;
  return e;
};
const manifest = (files: ManifestEntry[], shard?: { index: number; count: number }): Manifest =>
  shard ? { version: 1, generator: 'vmsc test', shard, files } : { version: 1, generator: 'vmsc test', files };

/** what the build's carry gives: entry i's index in the old manifest when the same entry is there, else -1 */
function carriedFrom(old: Manifest, next: Manifest): Int32Array {
  const at = new Map(old.files.map((f, i) => [JSON.stringify(f), i]));
  return Int32Array.from(next.files, (f) => at.get(JSON.stringify(f)) ?? -1);
}

const OLD = manifest([
  entry('README.txt', 'a'),
  entry('a-customer/agents/fs01.yaml', 'b', 'a-customer'),
  entry('a-customer/documents/契約書.pdf', 'c', 'a-customer', 'documents/contract'),
  entry('b-customer/agents/fs01.yaml', 'd', 'b-customer'),
  entry('b-customer/agents/"quoted"\\.yaml', 'e', 'b-customer'),
  entry('c-customer/agents/fs01.yaml', 'f', 'c-customer'),
  entry('routing/alertmanager.yml', '1'),
]);

const CASES: Array<[string, Manifest]> = [
  ['nothing changed', OLD],
  ['one customer changed (the middle)', manifest(OLD.files.map((f) => (f.customer === 'b-customer' ? { ...f, sha256: '9'.repeat(64) } : f)))],
  ['the first and the last entry changed', manifest(OLD.files.map((f, i) => (i === 0 || i === OLD.files.length - 1 ? { ...f, bytes: f.bytes + 1 } : f)))],
  [
    'a customer added',
    manifest([...OLD.files.slice(0, 3), entry('aa-customer/x.yaml', '7', 'aa-customer'), ...OLD.files.slice(3)].sort((x, y) => (x.path < y.path ? -1 : 1))),
  ],
  ['a customer removed', manifest(OLD.files.filter((f) => f.customer !== 'b-customer'))],
  ['every entry new', manifest(OLD.files.map((f) => ({ ...f, sha256: '8'.repeat(64) })))],
  ['one entry left', manifest([OLD.files[3]!])],
  ['a shard manifest', manifest(OLD.files, { index: 2, count: 3 })],
];

describe('manifestBytes: the carried runs copied from the previous manifest.json', () => {
  const oldText = manifestText(OLD);
  const old = entriesOf(
    Buffer.from(oldText, 'utf8'),
    OLD.files.map((f) => f.path),
  );

  it('entriesOf finds every entry of a manifest as manifestText writes it', () => {
    expect(old).toBeDefined();
    const spans = [...old!.spans];
    expect(spans).toHaveLength(2 * OLD.files.length);
    const bytes = Buffer.from(old!.bytes);
    OLD.files.forEach((f, i) => {
      const text = bytes.toString('utf8', spans[2 * i], spans[2 * i + 1]);
      expect(JSON.parse(text)).toEqual(f);
      expect(text.startsWith('    {\n')).toBe(true);
    });
  });

  it.each(CASES)('%s: exactly manifestText’s bytes', (_, next) => {
    const from = carriedFrom(OLD, next);
    expect(Buffer.from(manifestBytes(next, from, old)).equals(Buffer.from(toBytes(manifestText(next))))).toBe(true);
  });

  it('without the previous manifest or its places: manifestText’s bytes', () => {
    const next = CASES[1]![1];
    expect(Buffer.from(manifestBytes(next)).toString('utf8')).toBe(manifestText(next));
    expect(Buffer.from(manifestBytes(next, carriedFrom(OLD, next))).toString('utf8')).toBe(manifestText(next));
  });

  it('copies, and does not write again: an entry said to be the same comes from the old bytes', () => {
    // (the caller's promise, broken on purpose: the copied entry shows the old sha256, so the copy is real)
    const next = manifest(OLD.files.map((f, i) => (i === 1 ? { ...f, sha256: '0'.repeat(64) } : f)));
    const from = Int32Array.from(next.files, (_, i) => i);
    const text = Buffer.from(manifestBytes(next, from, old)).toString('utf8');
    expect(text).toBe(oldText);
  });

  it.each([
    ['another path list', (t: string) => t, OLD.files.slice(1).map((f) => f.path)],
    ['a path changed in the text', (t: string) => t.replace('b-customer/agents/fs01.yaml', 'b-customer/agents/fs02.yaml'), undefined],
    ['indented otherwise', (t: string) => `${JSON.stringify(JSON.parse(t), null, 4)}\n`, undefined],
    ['minified', (t: string) => `${JSON.stringify(JSON.parse(t))}\n`, undefined],
    ['cut short', (t: string) => t.slice(0, -3), undefined],
    ['something after it', (t: string) => `${t}\n`, undefined],
    ['no files', () => manifestText(manifest([])), undefined],
  ])('entriesOf: %s → not used', (_, change, paths) => {
    expect(entriesOf(Buffer.from(change(oldText), 'utf8'), paths ?? OLD.files.map((f) => f.path))).toBeUndefined();
  });
});

describe('a rebuild copies from the previous manifest.json only when a build of this compiler wrote it, as written', () => {
  const TODAY = '2026-11-27';
  /** the head of the record of the last build into out/, changed */
  function changeRecordHead(root: string, change: (head: { fingerprint?: string; manifest?: [number, number] }) => void): void {
    const dir = join(root, '.vmsc-state', 'build', 'v2', 'records');
    const rec = join(dir, readdirSync(dir).find((f) => f.endsWith('.rec'))!);
    const bytes = readFileSync(rec);
    const nl = bytes.indexOf(10);
    const head = JSON.parse(bytes.toString('utf8', 0, nl)) as { fingerprint?: string; manifest?: [number, number] };
    expect(head.fingerprint).toMatch(/^[0-9a-f]{16,}$/);
    change(head);
    writeFileSync(rec, Buffer.concat([Buffer.from(JSON.stringify(head), 'utf8'), bytes.subarray(nl)]));
  }
  /**
   * out/manifest.json with the kind of kitanihon-seiki's entries changed, and the record made to say that the last
   * build wrote it so (its size and mtime): what a build cannot tell from a manifest.json as written
   */
  function tamper(root: string): void {
    const mp = join(root, 'out', 'manifest.json');
    const t = readFileSync(mp, 'utf8');
    const changed = t.replace(/("path": "kitanihon-seiki\/[^"]*",\n {6}"sha256": "[0-9a-f]{64}",\n {6}"bytes": \d+,\n {6}"kind": ")test\//g, '$1TEST/');
    expect(changed).not.toBe(t);
    writeFileSync(mp, changed);
    const at = new Date('2030-01-01T00:00:00Z');
    utimesSync(mp, at, at);
    changeRecordHead(root, (h) => {
      h.manifest = [statSync(mp).size, at.getTime()];
    });
  }
  /** the record of the last build into out/, with another compiler's fingerprint in its head */
  const otherCompiler = (root: string) =>
    changeRecordHead(root, (h) => {
      h.fingerprint = '0'.repeat(h.fingerprint!.length);
    });
  const editMinato = (root: string, name: string) => {
    const p = join(root, 'customers', 'minato-clinic.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^legalName: .*$/m, `legalName: ${name}`));
  };

  it('same compiler, manifest.json as written: the carried entries are copied (what it says is taken, as for every file of out/ whose size and mtime are as recorded)', async () => {
    const root = copyExample();
    await runBuild(testIO(), { root, today: TODAY, emitters: TEST_EMITTERS });
    tamper(root);
    editMinato(root, '医療法人社団みなと会（新）');
    await runBuild(testIO(), { root, today: TODAY, emitters: TEST_EMITTERS });
    expect(readFileSync(join(root, 'out', 'manifest.json'), 'utf8')).toContain('"kind": "TEST/');
  });

  it('another compiler wrote it: every entry is written anew', async () => {
    const root = copyExample();
    await runBuild(testIO(), { root, today: TODAY, emitters: TEST_EMITTERS });
    const cold = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    tamper(root);
    otherCompiler(root);
    editMinato(root, '医療法人社団みなと会（新）');
    await runBuild(testIO(), { root, today: TODAY, emitters: TEST_EMITTERS });
    const text = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    expect(text).not.toContain('"kind": "TEST/');
    // (and only minato-clinic's entries differ from the cold build's)
    const changed = (JSON.parse(text) as Manifest).files.filter((f, i) => JSON.stringify(f) !== JSON.stringify((JSON.parse(cold) as Manifest).files[i]));
    expect(new Set(changed.map((f) => f.customer))).toEqual(new Set(['minato-clinic']));
  });
});
