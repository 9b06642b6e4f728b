/**
 * Every use of pdfkit's (0.20) and fontkit's undocumented internals, in one place. The rest of the
 * documents code calls the functions below and never casts a pdfkit object. What is relied on:
 *
 * - `new PDFDocument({ font: null })` creates no default font (Helvetica would be parsed and never used);
 * - `registerFont(name, font)` accepts a parsed fontkit `Font` (pdfkit tests `typeof src.layout === 'function'`);
 * - pdfkit's EmbeddedFont calls `font.createSubset()` once per document and font (the subsetter is ours:
 *   subset.ts), and keeps `_font` (the current font) with `id`, `ascender`, `widths[]`, `unicode[][]`,
 *   `subset`, `ref()` and `embed()`; `embed()` creates the font file stream with the first `doc.ref()` call
 *   and fills it with `subset.encode()`;
 * - a reference from `doc.ref()` has `compress` and `data` (the stream dictionary);
 * - `doc.page.fonts` maps a font id to its reference (the page's /Font resources);
 * - `doc.addContent(ops)` appends raw operators to the current page's content stream.
 *
 * tests/documents/pdfkit-internals.test.ts checks these shapes on a real pdfkit document: after a pdfkit
 * upgrade, that test says which assumption broke.
 */
import type PDFDocument from 'pdfkit';
import { lazyRequire } from '../../util/lazy.js';
import type { Font } from 'fontkit';
import { deflateSync } from 'node:zlib';

/** what pdfkit's EmbeddedFont needs of a font subset */
export interface PdfkitSubset {
  /** the subset's glyph id for a glyph of the font (adds it on first use) */
  includeGlyph(gid: number): number;
  /** the subset as a TrueType file */
  encode(): Uint8Array;
  /** the subset already as a zlib stream (FlateDecode), when the subsetter can do it faster than deflating encode() */
  encodeDeflated?: () => Uint8Array;
}

/** a PDF object reference of pdfkit (PDFReference) */
interface PdfkitRef {
  compress: boolean;
  data: Record<string, unknown>;
}

/** pdfkit's EmbeddedFont: the font a document draws with */
export interface PdfkitEmbeddedFont {
  /** the resource name on the page, e.g. F1 */
  id: string;
  /** in 1000 units/em */
  ascender: number;
  /** advance widths (1000 units/em) and code points of the subset's glyphs, by subset glyph id */
  widths: number[];
  unicode: number[][];
  ref(): unknown;
  subset: PdfkitSubset;
  embed(): void;
}

/** the members of a pdfkit document that are not in its typings */
interface PdfkitInternals {
  _font: PdfkitEmbeddedFont | null;
  page: { fonts: Record<string, unknown> };
  addContent(data: string): unknown;
  ref(data?: object): PdfkitRef;
}

/** pdfkit, loaded on the first document (its CommonJS build: the same code as its ES module build) */
const pdfkit = lazyRequire<typeof PDFDocument>('pdfkit');

function internals(doc: PDFKit.PDFDocument): PdfkitInternals {
  return doc as unknown as PdfkitInternals;
}

/** a document without pdfkit's default font (see above); the other options are pdfkit's public ones */
export function createDocument(options: Omit<PDFKit.PDFDocumentOptions, 'font'>): PDFKit.PDFDocument {
  const PDF = pdfkit();
  return new PDF({ ...options, font: null as unknown as string });
}

/** registers a parsed fontkit font under `name` (parsed once per process, see fonts.ts) */
export function registerFontkitFont(doc: PDFKit.PDFDocument, name: string, font: Font): void {
  doc.registerFont(name, font as unknown as string);
}

/** makes pdfkit take the font subsets of `font` from `create` (called once per document that uses the font) */
export function useSubsetter(font: Font, create: () => PdfkitSubset): void {
  font.createSubset = create;
}

/** the font set by the last `doc.font(name)` */
export function currentFont(doc: PDFKit.PDFDocument): PdfkitEmbeddedFont {
  const font = internals(doc)._font;
  if (!font) throw new Error('internal: no pdfkit font is selected');
  return font;
}

/** appends raw PDF operators to the current page's content stream */
export function addContent(doc: PDFKit.PDFDocument, ops: string): void {
  internals(doc).addContent(ops);
}

/**
 * The subset glyph id of a glyph of `font`, recording its advance width and code points the way pdfkit's
 * own text encoding does (for the font's /W widths and /ToUnicode map).
 */
export function includeGlyph(font: PdfkitEmbeddedFont, gid: number, advance: number, codePoints: number[]): number {
  const sid = font.subset.includeGlyph(gid);
  if (font.widths[sid] === undefined) font.widths[sid] = advance;
  if (font.unicode[sid] === undefined) font.unicode[sid] = codePoints;
  return sid;
}

/** lists `font` in the current page's /Font resources (once per page) */
export function usePageFont(doc: PDFKit.PDFDocument, font: PdfkitEmbeddedFont): void {
  const page = internals(doc).page;
  if (page.fonts[font.id] === undefined) page.fonts[font.id] = font.ref();
}

/**
 * A speed-up of pdfkit's embedded font that does not change what is drawn:
 * the font subset stream is compressed by the subsetter from glyph segments deflated once per process
 *   (subset.ts, encodeDeflated) instead of by pdfkit deflating the whole subset again in every document:
 *   the font stream is most of a document's bytes and was most of its compression time.
 */
export function tuneEmbeddedFont(pdf: PDFKit.PDFDocument, font: PdfkitEmbeddedFont): void {
  const doc = internals(pdf);
  const embed = font.embed.bind(font);
  font.embed = () => {
    const encode = font.subset.encode.bind(font.subset);
    const subset = font.subset;
    font.subset.encode = subset.encodeDeflated ? () => subset.encodeDeflated!() : () => deflateSync(encode(), { level: 1 });
    const ref = doc.ref;
    let first = true;
    // embed() creates the font file stream first: mark it as already compressed
    doc.ref = (data?: object) => {
      const r = ref.call(doc, data);
      if (first) {
        first = false;
        r.compress = false;
        r.data['Filter'] = 'FlateDecode';
      }
      return r;
    };
    try {
      embed();
    } finally {
      doc.ref = ref;
      font.subset.encode = encode;
    }
  };
}
