import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, loadYaml, MAX_ALIASES, MAX_FILE_BYTES } from '../../src/load/yaml.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (s: string | Uint8Array) => loadYaml({ path: 't.yaml', bytes: typeof s === 'string' ? enc(s) : s });
const codes = (s: string | Uint8Array) => load(s).diagnostics.map((d) => `${d.code}@${d.line}:${d.col}`);

describe('UTF-8 validation (linear scan)', () => {
  it.each([
    ['ascii', [0x61, 0x62], -1],
    ['Japanese', [...enc('田中')], -1],
    ['emoji (4 bytes)', [...enc('😀')], -1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a truncated sequence at the end', [0x61, 0xe7, 0x94], 1],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 0],
    ['an overlong 3-byte encoding', [0xe0, 0x80, 0xaf], 0],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['"a" then Shift_JIS 田中', [0x61, 0x93, 0x63, 0x92, 0x86], 1],
  ])('%s', (_n, bytes, at) => expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(at));

  it('agrees with TextDecoder(fatal) on random bytes', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 2000; k++) {
      const b = new Uint8Array(1 + Math.floor(rnd() * 6)).map(() => (rnd() < 0.5 ? 0x80 + Math.floor(rnd() * 0x80) : Math.floor(rnd() * 256)));
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(b);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(b) === -1, Array.from(b).join(',')).toBe(valid);
    }
  });
});

describe('loader limits', () => {
  it('exactly 1 MiB is accepted, one byte more is not', () => {
    const body = (n: number) => 'a: ' + 'x'.repeat(n - 4) + '\n';
    expect(enc(body(MAX_FILE_BYTES)).byteLength).toBe(MAX_FILE_BYTES);
    expect(codes(body(MAX_FILE_BYTES))).toEqual([]);
    expect(codes(body(MAX_FILE_BYTES + 1))).toEqual(['L001@1:1']);
  });
  it(`${MAX_ALIASES} aliases are accepted, ${MAX_ALIASES + 1} are not`, () => {
    const doc = (n: number) => `a: &a x\nb: [${Array.from({ length: n }, () => '*a').join(', ')}]\n`;
    expect(codes(doc(MAX_ALIASES))).toEqual([]);
    expect(codes(doc(MAX_ALIASES + 1))).toEqual([`L006@2:${5 + 4 * MAX_ALIASES}`]);
  });
  it('YAML 1.2 core: dates, yes/no and octal-looking numbers stay what they say', () => {
    expect(load('d: 2026-11-01\nb: yes\nn: 0o17\nz: 010\nt: true\n').file?.data).toEqual({ d: '2026-11-01', b: 'yes', n: 15, z: 10, t: true });
  });
  it('merge keys (<<) are not special', () => {
    expect(load('a: &a { x: 1 }\nb: { <<: *a }\n').file?.data).toEqual({ a: { x: 1 }, b: { '<<': { x: 1 } } });
  });
  it('a second document is reported at its --- separator', () => expect(codes('a: 1\n---\nb: 2\n')).toEqual(['L005@2:1']));
  it('a document end marker alone is fine', () => expect(codes('a: 1\n...\n')).toEqual([]));
});

describe('locate: value and key spans, CRLF and BOM', () => {
  const text = '\uFEFF# c\r\nid: x\r\nlist:\r\n  - { k: v, n: 10 }\r\n  - name: "田中 花子"\r\n';
  const f = load(text).file!;
  it('value of a flow mapping entry', () => expect(f.locate(['list', 0, 'n'])).toEqual({ line: 4, col: 16, endLine: 4, endCol: 18 }));
  it('key of a flow mapping entry', () => expect(f.locate(['list', 0, 'n'], 'key')).toEqual({ line: 4, col: 13, endLine: 4, endCol: 14 }));
  it('a quoted value with full-width text', () => expect(f.locate(['list', 1, 'name'])).toEqual({ line: 5, col: 11, endLine: 5, endCol: 18 }));
  it('a missing path falls back to the nearest parent', () => expect(f.locate(['list', 1, 'nope']).line).toBe(5));
  it('source lines without CR', () => expect(f.lineText(4)).toBe('  - { k: v, n: 10 }'));
  it('the tree is rebuilt after release()', () => {
    const r = load('a:\n  b: 1\n').file!;
    r.release();
    expect(r.locate(['a', 'b'])).toEqual({ line: 2, col: 6, endLine: 2, endCol: 7 });
  });
});

describe('hostile nesting', () => {
  it('runaway nesting is a located L003, not a crash', () => {
    const r = load('a: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n');
    expect(new Set(r.diagnostics.map((d) => d.code))).toEqual(new Set(['L003']));
    expect(r.diagnostics.some((d) => /nesting too deep/.test(d.message))).toBe(true);
  });
});
