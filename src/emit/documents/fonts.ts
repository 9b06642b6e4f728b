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
    const glyph = font.glyphForCodePoint(cp);
    g = { id: glyph.id, advance: (glyph.advanceWidth * 1000) / font.unitsPerEm, codePoints: [cp] };
    map.set(ch, g);
  }
  return g;
}

export interface DocumentFonts {
  regular: Font;
  bold: Font;
  /** glyph id, advance (1000 units/em) and code points of each character measured or drawn, per font */
  glyphs: { regular: Map<string, GlyphInfo>; bold: Map<string, GlyphInfo> };
}

/** fontkit, loaded on the first font parsed */
const fontkit = lazyRequire<typeof Fontkit>('fontkit');
const cache = new WeakMap<Uint8Array, Font>();
const fontsCache = new WeakMap<Assets['fonts'], DocumentFonts>();

function parse(bytes: Uint8Array): Font {
  let f = cache.get(bytes);
  if (!f) {
    f = fontkit().create(bytes);
    // pdfkit asks the font for a subset per document: give it the byte-copying one (subset.ts)
    const raw = rawFont(bytes);
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
  f = {
    regular: parse(r),
    bold: parse(b),
    glyphs: { regular: new Map(), bold: new Map() },
  };
  fontsCache.set(assets.fonts, f);
  return f;
}
