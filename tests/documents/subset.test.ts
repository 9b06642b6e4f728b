/** The byte-copying TrueType subsetter gives fonts with the same glyphs and metrics as the original. */
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { inflateSync } from 'node:zlib';
import { FastSubset, rawFont } from '../../src/emit/documents/subset.js';
import { FONT_BOLD, FONT_REGULAR } from '../../src/emit/documents/fonts.js';
import { ASSETS } from './pdf.js';

describe('FastSubset', () => {
  for (const name of [FONT_REGULAR, FONT_BOLD]) {
    it(`${name}: included glyphs keep their outline and advance (BIZ UDPGothic has no composite glyphs, so that branch is not exercised here)`, () => {
      const bytes = ASSETS.fonts.get(name)!;
      const before = Buffer.from(bytes);
      const font = fontkit.create(bytes);
      const subset = new FastSubset(rawFont(bytes));
      const text = '請求書（適格請求書）¥1,234,567 2026年1月30日 ÀÉÎõü ガギグゲゴ ①②';
      const gids = Array.from(text).map((ch) => font.glyphForCodePoint(ch.codePointAt(0)!).id);
      const sids = gids.map((g) => subset.includeGlyph(g));
      const out = fontkit.create(subset.encode());
      expect(out.numGlyphs).toBe(subset.glyphs.length);
      gids.forEach((g, i) => {
        const a = font.getGlyph(g);
        const b = out.getGlyph(sids[i]!);
        expect(b.advanceWidth).toBe(a.advanceWidth);
        expect(b.path.toSVG()).toBe(a.path.toSVG());
      });
      // the font's own bytes are never written to
      expect(Buffer.from(bytes).equals(before)).toBe(true);
      // the zlib stream assembled from per-glyph segments inflates to exactly the subset file (zlib checks the Adler-32)
      expect(Buffer.from(inflateSync(subset.encodeDeflated())).equals(Buffer.from(subset.encode()))).toBe(true);
      expect(Buffer.from(inflateSync(subset.encodeDeflated())).equals(Buffer.from(subset.encode()))).toBe(true); // from the segment cache
      // the same subset encodes to the same bytes (reproducible documents)
      expect(Buffer.from(subset.encode()).equals(Buffer.from(subset.encode()))).toBe(true);
    });
  }
});
