/**
 * Which characters the embedded document fonts can draw. Pure: reads the precomputed ranges in
 * glyphs.generated.ts (regenerate with `node scripts/gen-glyphs.mjs`), never the font itself.
 */
import { GLYPH_RANGES } from './glyphs.generated.js';

/** true when both BIZ UDPGothic Regular and Bold have a glyph for the code point */
export function canDraw(cp: number): boolean {
  let lo = 0;
  let hi = GLYPH_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = GLYPH_RANGES[2 * mid]!;
    const b = GLYPH_RANGES[2 * mid + 1]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

export interface MissingGlyph {
  /** the character (one code point) */
  char: string;
  codePoint: number;
  /** offset in UTF-16 code units within the text */
  index: number;
}

/** `U+1F600` */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Characters of `text` the fonts cannot draw, in order (each occurrence). Line ends are ignored. */
export function missingGlyphs(text: string): MissingGlyph[] {
  const out: MissingGlyph[] = [];
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp !== 0x0a && cp !== 0x0d && !canDraw(cp)) out.push({ char: ch, codePoint: cp, index });
    index += ch.length;
  }
  return out;
}
