/** The small part of fontkit (a pdfkit dependency) that vmsc uses; fontkit ships no types. */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: { toSVG(): string };
  }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    numGlyphs: number;
    characterSet: number[];
    glyphForCodePoint(cp: number): Glyph;
    getGlyph(id: number, codePoints?: number[]): Glyph;
    createSubset(): { includeGlyph(glyph: number | { id: number }): number; encode(): Uint8Array };
    layout(text: string): { advanceWidth: number };
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
