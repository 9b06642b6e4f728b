/**
 * The embedded fonts, parsed once per process (or worker) and reused by every document.
 * pdfkit accepts a fontkit Font object as a font source; parsing the 5 MB TrueType file on every
 * document is what makes a naive pdfkit document with a Japanese font slow (~28 ms). Each document
 * still embeds its own subset (only the glyphs it uses).
 */
import type * as Fontkit from 'fontkit';
import { lazyRequire } from '../../util/lazy.js';
import type { Font } from 'fontkit';
import type { Assets } from '../types.js';
import { FastSubset, rawFont } from './subset.js';
import { readFontTable } from './font-table.js';
import type { FontTable } from './subset.js';
import { useSubsetter } from './pdfkit-internals.js';

export const FONT_REGULAR = 'BIZUDPGothic-Regular.ttf';
export const FONT_BOLD = 'BIZUDPGothic-Bold.ttf';

export interface GlyphInfo {
  id: number;
  /** advance width in 1000 units/em */
  advance: number;
  codePoints: number[];
}

/** the glyph of one character (one code point): from the font's cmap, no shaping; memoised */
export function glyphOf(fonts: DocumentFonts, name: 'regular' | 'bold', ch: string): GlyphInfo {
  const map = fonts.glyphs[name];
  let g = map.get(ch);
  if (g === undefined) {
    const font = fonts[name];
    const cp = ch.codePointAt(0)!;
    // (the table made at install answers as fontkit does, without decoding the cmap and hmtx here)
    const table = fonts.tables[name];
    const id = table ? table.glyphId(cp) : font.glyphForCodePoint(cp).id;
    const width = table ? table.advanceWidth(id) : font.getGlyph(id).advanceWidth;
    g = { id, advance: (width * 1000) / font.unitsPerEm, codePoints: [cp] };
    map.set(ch, g);
  }
  return g;
}

export interface DocumentFonts {
  regular: Font;
  bold: Font;
  /** glyph id, advance (1000 units/em) and code points of each character measured or drawn, per font */
  glyphs: { regular: Map<string, GlyphInfo>; bold: Map<string, GlyphInfo> };
  /** each font's table made at install (font-table.ts), when the assets hold one made of these bytes */
  tables: { regular?: FontTable; bold?: FontTable };
}

/** fontkit, loaded on the first font parsed */
const fontkit = lazyRequire<typeof Fontkit>('fontkit');
const cache = new WeakMap<Uint8Array, Font>();
const fontsCache = new WeakMap<Assets['fonts'], DocumentFonts>();

function parse(bytes: Uint8Array, table: FontTable | undefined): Font {
  let f = cache.get(bytes);
  if (!f) {
    f = fontkit().create(bytes);
    // pdfkit asks the font for a subset per document: give it the byte-copying one (subset.ts)
    const raw = rawFont(bytes, table);
    useSubsetter(f, () => new FastSubset(raw));
    cache.set(bytes, f);
  }
  return f;
}

/** The parsed fonts for a set of assets (memoised on the assets' font map). */
export function documentFonts(assets: Assets): DocumentFonts {
  let f = fontsCache.get(assets.fonts);
  if (f) return f;
  const r = assets.fonts.get(FONT_REGULAR);
  const b = assets.fonts.get(FONT_BOLD);
  if (!r || !b) throw new Error(`internal: the document fonts ${FONT_REGULAR} and ${FONT_BOLD} are not in the assets`);
  const table = (name: string, bytes: Uint8Array) => {
    const t = assets.fontTables?.get(name);
    return t ? readFontTable(t, bytes) : undefined;
  };
  const tr = table(FONT_REGULAR, r);
  const tb = table(FONT_BOLD, b);
  f = {
    regular: parse(r, tr),
    bold: parse(b, tb),
    glyphs: { regular: new Map(), bold: new Map() },
    tables: { ...(tr ? { regular: tr } : {}), ...(tb ? { bold: tb } : {}) },
  };
  fontsCache.set(assets.fonts, f);
  return f;
}
