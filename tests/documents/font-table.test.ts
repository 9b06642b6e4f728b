/**
 * The fonts' tables made at install (emit/documents/font-table.ts) answer exactly what fontkit and zlib answer,
 * are refused when made of other bytes or with another zlib, and change no byte of a document.
 */
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { makeFontTable, readFontTable } from '../../src/emit/documents/font-table.js';
import { adler32, rawFont, segment } from '../../src/emit/documents/subset.js';
import { FONT_BOLD, FONT_REGULAR } from '../../src/emit/documents/fonts.js';
import { renderContract, renderInvoice } from '../../src/emit/documents/documents.js';
import { readAssets } from '../../src/cli/host.js';
import { billedMonths } from '../../src/billing/invoice.js';
import type { Assets } from '../../src/emit/types.js';
import { ASSETS, EXAMPLE, modelOf } from './pdf.js';

const FONTS = [FONT_REGULAR, FONT_BOLD] as const;
const made = new Map(
  FONTS.map((name) => {
    const bytes = ASSETS.fonts.get(name)!;
    return [name, makeFontTable(bytes, fontkit.create(bytes))] as const;
  }),
);

/** the table with one header field's value replaced by another of the same length (the offsets stay right) */
function withHeader(table: Uint8Array, from: string, to: string): Uint8Array {
  expect(to).toHaveLength(from.length);
  const text = Buffer.from(table).toString('latin1');
  const at = text.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  const out = Uint8Array.from(table);
  out.set(Buffer.from(to, 'latin1'), at);
  return out;
}

describe('font tables (font-table.ts)', () => {
  for (const name of FONTS) {
    it(`${name}: every code point of the cmap, and others, give fontkit's glyph; every glyph fontkit's advance and its own deflated segment`, () => {
      const bytes = ASSETS.fonts.get(name)!;
      const font = fontkit.create(bytes);
      const raw = rawFont(bytes);
      const t = readFontTable(made.get(name)!, bytes)!;
      expect(t).toBeDefined();
      const cps = new Set(font.characterSet);
      // (code points the font lacks too: control characters, private use, emoji, past the last plane)
      for (const cp of [0, 9, 0x7f, 0xe000, 0xf8ff, 0x1f600, 0x10ffff, ...Array.from({ length: 3000 }, (_, i) => i * 37)]) cps.add(cp);
      let missing = 0;
      for (const cp of cps) {
        const id = font.glyphForCodePoint(cp).id;
        if (id === 0) missing++;
        expect(t.glyphId(cp), `U+${cp.toString(16)}`).toBe(id);
      }
      expect(missing).toBeGreaterThan(5);
      const glyf = raw.tables.get('glyf')!.offset;
      for (let gid = 0; gid < font.numGlyphs; gid++) {
        expect(t.advanceWidth(gid)).toBe(font.getGlyph(gid).advanceWidth);
        const rec = raw.bytes.subarray(glyf + raw.loca[gid]!, glyf + raw.loca[gid + 1]!);
        const d = t.deflated(gid)!;
        expect(d.length).toBe(rec.length);
        expect(d.adler).toBe(adler32(rec));
        expect(Buffer.from(d.segment).equals(Buffer.from(segment(rec)))).toBe(true);
      }
      expect(t.deflated(font.numGlyphs)).toBeUndefined();
      expect(() => t.advanceWidth(font.numGlyphs)).toThrow(/no glyph/);
    });
  }

  it('a table is refused for other font bytes, another zlib, another layout or a truncated file', () => {
    const regular = ASSETS.fonts.get(FONT_REGULAR)!;
    const table = made.get(FONT_REGULAR)!;
    expect(readFontTable(table, regular)).toBeDefined();
    expect(readFontTable(made.get(FONT_BOLD)!, regular)).toBeUndefined();
    const edited = Uint8Array.from(regular);
    edited[edited.length - 1] ^= 1;
    expect(readFontTable(table, edited)).toBeUndefined();
    const zlib = process.versions.zlib;
    expect(readFontTable(withHeader(table, `"zlib":"${zlib}"`, `"zlib":"${'9'.repeat(zlib.length)}"`), regular)).toBeUndefined();
    expect(readFontTable(withHeader(table, 'VMSCFT01', 'VMSCFT00'), regular)).toBeUndefined();
    expect(readFontTable(table.subarray(0, 4000), regular)).toBeUndefined();
    expect(readFontTable(new Uint8Array(0), regular)).toBeUndefined();
  });

  it('the installed tables (dist/fonts/, made by npm ci) are read with the assets and accepted for the installed fonts', () => {
    const assets = readAssets();
    for (const name of FONTS) {
      const t = assets.fontTables?.get(name);
      expect(t, `dist/fonts/${name}.table: run npm run build:ts`).toBeDefined();
      expect(readFontTable(t!, assets.fonts.get(name)!)).toBeDefined();
    }
  });

  it('a contract and an invoice are byte for byte the same with and without the tables', () => {
    const model = modelOf(EXAMPLE);
    const c = model.customers[0]!;
    // new byte arrays for each side: fonts are parsed once per font bytes (fonts.ts)
    const copy = (withTables: boolean): Assets => ({
      templates: ASSETS.templates,
      fonts: new Map([...ASSETS.fonts].map(([k, v]) => [k, Uint8Array.from(v)])),
      ...(withTables ? { fontTables: made } : {}),
    });
    const a = copy(true);
    const b = copy(false);
    const month = billedMonths(model, c).at(-1)!;
    expect(Buffer.from(renderContract(a, model, c).bytes).equals(Buffer.from(renderContract(b, model, c).bytes))).toBe(true);
    expect(Buffer.from(renderInvoice(a, model, c, month).bytes).equals(Buffer.from(renderInvoice(b, model, c, month).bytes))).toBe(true);
    // and the tables are what was used: with every glyph segment zeroed, the document is another
    const zeroed = new Map(
      [...made].map(([name, t]) => {
        const v = new DataView(t.buffer, t.byteOffset, t.byteLength);
        const hlen = v.getUint32(8);
        const h = JSON.parse(Buffer.from(t.subarray(12, 12 + hlen)).toString()) as { glyphs: number; codePoints: number };
        const z = Uint8Array.from(t);
        z.fill(0, 12 + hlen + 8 * h.codePoints + 20 * h.glyphs);
        return [name, z] as const;
      }),
    );
    const broken: Assets = { ...copy(false), fontTables: zeroed };
    expect(Buffer.from(renderContract(broken, model, c).bytes).equals(Buffer.from(renderContract(b, model, c).bytes))).toBe(false);
  });
});
