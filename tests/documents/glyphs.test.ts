/**
 * Issue 6 §5: a character the embedded font lacks is a check error (D001) naming the field and its
 * line:col; the font's code points are precomputed in a committed module that must be up to date.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canDraw, missingGlyphs } from '../../src/domain/glyphs.js';
import { check } from '../../src/driver/index.js';
import { readRoot } from '../../src/cli/host.js';
import type { SourceFile } from '../../src/load/yaml.js';
import { EXAMPLE } from './pdf.js';
// @ts-expect-error: a plain .mjs script without types
import { generate } from '../../scripts/gen-glyphs.mjs';

const REPO = join(import.meta.dirname, '..', '..');

describe('glyph table', () => {
  it('src/domain/glyphs.generated.ts is what scripts/gen-glyphs.mjs generates from the installed fonts', () => {
    const committed = readFileSync(join(REPO, 'src', 'domain', 'glyphs.generated.ts'), 'utf8');
    expect(committed === (generate as () => string)(), 'run: node scripts/gen-glyphs.mjs').toBe(true);
  });

  it('knows what BIZ UDPGothic draws and what it does not', () => {
    for (const ch of 'あア亜漢字髙﨑①￥¥、。「」ー〜ABCabc123 　') expect(canDraw(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of ['😀', '𠮷', '\u{E0100}', '\u{1F1EF}']) expect(canDraw(ch.codePointAt(0)!), ch).toBe(false);
    expect(missingGlyphs('山田😀太郎')).toEqual([{ char: '😀', codePoint: 0x1f600, index: 2 }]);
  });

  it('every character of the document templates can be drawn', () => {
    for (const t of ['contract.hbs', 'invoice.hbs']) {
      const text = readFileSync(join(REPO, 'templates', 'documents', t), 'utf8');
      expect(missingGlyphs(text), t).toEqual([]);
    }
  });
});

describe('D001: a character the document font lacks', () => {
  const base = readRoot(EXAMPLE);
  const edit = (path: string, f: (s: string) => string): SourceFile[] =>
    base.map((s) => (s.path === path ? { path, bytes: Buffer.from(f(Buffer.from(s.bytes).toString('utf8'))) } : s));
  const d001 = (sources: SourceFile[]) => check(sources, { today: '2026-11-27' }).diagnostics.filter((d) => d.code === 'D001');

  it('the example root has none', () => {
    expect(d001(base)).toEqual([]);
  });

  /** where `char` is in the edited file: 1-based line and UTF-16 column */
  const posOf = (text: string, char: string) => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(char));
    return { line: line + 1, col: lines[line]!.indexOf(char) + 1 };
  };
  const cases: Array<[string, string, (s: string) => string, Array<{ field: string; char: string }>]> = [
    [
      'an emoji in the company name (法人名称)',
      'customers/acme-logistics.yaml',
      (s) => s.replace('legalName: 株式会社アクメ物流', 'legalName: 株式会社アクメ物流😀'),
      [{ field: 'legalName', char: '😀' }],
    ],
    [
      'a rare kanji (𠮷, outside the font) in the representative',
      'customers/acme-logistics.yaml',
      (s) => s.replace('representative: 山田 太郎', 'representative: 𠮷田 太郎'),
      [{ field: 'representative', char: '𠮷' }],
    ],
    [
      'a contact name and a work order',
      'customers/acme-logistics.yaml',
      (s) => s.replace('name: 鈴木 一郎', 'name: 鈴木 一郎🙂').replace('VVAULT バージョンアップ', 'VVAULT バージョンアップ✅'),
      [
        { field: 'contacts[1].name', char: '🙂' },
        { field: 'workOrders[1].description', char: '✅' },
      ],
    ],
    [
      'an ideographic variation selector in the billing recipient',
      'customers/minato-clinic.yaml',
      (s) => s.replace('recipient: 医療法人社団みなと会', 'recipient: 医療法人社団みなと\u{E0100}会'),
      [{ field: 'billing.recipient', char: '\u{E0100}' }],
    ],
    [
      'the provider name',
      'policies/provider.yaml',
      (s) => s.replace('name: 株式会社ソリトンシステムズ', 'name: 株式会社ソリトンシステムズ🚀'),
      [{ field: 'name', char: '🚀' }],
    ],
    [
      'a tariff option name',
      'policies/tariffs/2019-07-01.yaml',
      (s) => s.replace('name: 月次稼働レポート', 'name: 月次稼働レポート📈'),
      [{ field: 'options[0].name', char: '📈' }],
    ],
  ];
  for (const [name, file, f, want] of cases) {
    it(`issue 6 §5: ${name} → D001 at the character, naming the field`, () => {
      const sources = edit(file, f);
      const text = Buffer.from(sources.find((s) => s.path === file)!.bytes).toString('utf8');
      const ds = d001(sources);
      expect(ds.map((d) => ({ file: d.file, line: d.line, col: d.col, severity: d.severity }))).toEqual(
        want.map((w) => ({ file, ...posOf(text, w.char), severity: 'error' })),
      );
      ds.forEach((d, i) => {
        expect(d.message).toContain(`${want[i]!.field} contains`);
        expect(d.message).toContain(JSON.stringify(want[i]!.char));
        expect(d.hint.length).toBeGreaterThan(10);
      });
    });
  }
});
