/**
 * The embedded fonts, parsed once per process (or worker) and reused by every document.
 * pdfkit accepts a fontkit Font object as a font source; parsing the 5 MB TrueType file on every
 * document is what makes a naive pdfkit document with a Japanese font slow (~28 ms). Each document
 * still embeds its own subset (only the glyphs it uses).
 */
import * as fontkit from 'fontkit';
import type { Font, Glyph } from 'fontkit';
import type { Assets } from '../types.js';
import { FastSubset, rawFont } from './subset.js';

export const FONT_REGULAR = 'BIZUDPGothic-Regular.ttf';
export const FONT_BOLD = 'BIZUDPGothic-Bold.ttf';

export interface DocumentFonts {
  regular: Font;
  bold: Font;
  /** per-character advance widths at 1000 units/em, memoised per font */
  widths: { regular: Map<string, number>; bold: Map<string, number> };
  /** pdfkit's text-shaping cache, shared by the documents of this process (see layout.ts) */
  layoutCache: { regular: Record<string, unknown>; bold: Record<string, unknown> };
  /** documents made since the caches were last emptied (they are emptied now and then to bound memory) */
  uses: number;
}

const cache = new WeakMap<Uint8Array, Font>();
const fontsCache = new WeakMap<Assets['fonts'], DocumentFonts>();

const memoised = new WeakSet<Glyph>();

/**
 * fontkit keeps Glyph objects per font, but decodes a glyph's outline record again each time a subset
 * includes it (pdfkit builds one subset per document). The record never changes: decode it once.
 */
function memoiseGlyphDecoding(font: Font): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id: number, codePoints?: number[]) => {
    const g = getGlyph(id, codePoints);
    if (g && !memoised.has(g)) {
      memoised.add(g);
      const decode = g._decode.bind(g);
      let decoded: { value: unknown } | undefined;
      g._decode = () => (decoded ??= { value: decode() }).value;
    }
    return g;
  };
}

function parse(bytes: Uint8Array): Font {
  let f = cache.get(bytes);
  if (!f) {
    f = fontkit.create(bytes);
    memoiseGlyphDecoding(f);
    // pdfkit asks the font for a subset per document: give it the byte-copying one (subset.ts)
    const raw = rawFont(bytes);
    f.createSubset = () => new FastSubset(raw);
    cache.set(bytes, f);
  }
  return f;
}

/** The parsed fonts for a set of assets (memoised on the assets' font map). */
export function documentFonts(assets: Assets): DocumentFonts {
  let f = fontsCache.get(assets.fonts);
  if (f) {
    if (++f.uses > 500) {
      f.uses = 0;
      f.layoutCache = { regular: Object.create(null) as Record<string, unknown>, bold: Object.create(null) as Record<string, unknown> };
    }
    return f;
  }
  const r = assets.fonts.get(FONT_REGULAR);
  const b = assets.fonts.get(FONT_BOLD);
  if (!r || !b) throw new Error(`internal: the document fonts ${FONT_REGULAR} and ${FONT_BOLD} are not in the assets`);
  f = {
    regular: parse(r),
    bold: parse(b),
    widths: { regular: new Map(), bold: new Map() },
    layoutCache: { regular: Object.create(null) as Record<string, unknown>, bold: Object.create(null) as Record<string, unknown> },
    uses: 0,
  };
  fontsCache.set(assets.fonts, f);
  return f;
}
