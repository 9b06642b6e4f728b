/**
 * The contract with pdfkit's internals (src/emit/documents/pdfkit-internals.ts): the shapes that module relies
 * on exist on a real pdfkit document. When a pdfkit upgrade breaks one, this test names it; fix
 * pdfkit-internals.ts (nothing else touches pdfkit's internals).
 */
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { documentFonts } from '../../src/emit/documents/fonts.js';
import { FastSubset } from '../../src/emit/documents/subset.js';
import {
  addContent,
  createDocument,
  currentFont,
  includeGlyph,
  registerFontkitFont,
  tuneEmbeddedFont,
  usePageFont,
} from '../../src/emit/documents/pdfkit-internals.js';
import { ASSETS } from './pdf.js';

const fonts = documentFonts(ASSETS);

function newDoc(): PDFKit.PDFDocument {
  const doc = createDocument({ size: 'A4', margin: 0, bufferPages: true, compress: false });
  registerFontkitFont(doc, 'regular', fonts.regular);
  registerFontkitFont(doc, 'bold', fonts.bold);
  return doc;
}

function bytesOf(doc: PDFKit.PDFDocument): Buffer {
  doc.end();
  const chunks: Buffer[] = [];
  let c: Buffer | null;
  while ((c = doc.read() as Buffer | null) !== null) chunks.push(c);
  return Buffer.concat(chunks);
}

/** what pdfkit keeps of a document and a font, read without the module's typed surface */
const raw = (o: object): Record<string, unknown> => o as Record<string, unknown>;

describe('pdfkit internals that vmsc relies on (pdfkit 0.20)', () => {
  it('createDocument({font: null}) selects no default font (no Helvetica parsed)', () => {
    const doc = createDocument({ size: 'A4' });
    expect(raw(doc)['_font'], 'pdfkit: doc._font should be null when options.font is null').toBeNull();
    expect(() => currentFont(doc)).toThrow(/no pdfkit font is selected/);
  });

  it('a parsed fontkit Font is a font source, and doc._font is the EmbeddedFont with the members used', () => {
    const doc = newDoc();
    doc.font('regular');
    const font = currentFont(doc);
    expect(typeof font.id, 'pdfkit: EmbeddedFont.id (the page resource name)').toBe('string');
    expect(typeof font.ascender, 'pdfkit: EmbeddedFont.ascender (1000 units/em)').toBe('number');
    expect(font.ascender).toBeGreaterThan(500);
    expect(Array.isArray(font.widths), 'pdfkit: EmbeddedFont.widths[] by subset glyph id').toBe(true);
    expect(Array.isArray(font.unicode), 'pdfkit: EmbeddedFont.unicode[][] by subset glyph id').toBe(true);
    expect(typeof font.ref, 'pdfkit: EmbeddedFont.ref()').toBe('function');
    expect(typeof font.embed, 'pdfkit: EmbeddedFont.embed()').toBe('function');
    doc.font('bold');
    expect(currentFont(doc), 'pdfkit: doc.font(name) switches doc._font').not.toBe(font);
  });

  it('pdfkit takes the subset from font.createSubset() (useSubsetter): our FastSubset', () => {
    const doc = newDoc();
    doc.font('regular');
    const font = currentFont(doc);
    expect(font.subset, 'pdfkit: EmbeddedFont.subset should come from font.createSubset()').toBeInstanceOf(FastSubset);
    expect(typeof font.subset.includeGlyph).toBe('function');
  });

  it('doc.ref() gives a reference with compress and data; doc.page.fonts holds the page fonts', () => {
    const doc = newDoc();
    const ref = raw((doc as unknown as { ref(): object }).ref());
    expect(typeof ref['compress'], 'pdfkit: PDFReference.compress').toBe('boolean');
    expect(typeof ref['data'], 'pdfkit: PDFReference.data (the stream dictionary)').toBe('object');
    const page = raw(raw(doc)['page'] as object);
    expect(typeof page['fonts'], 'pdfkit: doc.page.fonts (the /Font resources)').toBe('object');
    doc.font('regular');
    const font = currentFont(doc);
    usePageFont(doc, font);
    expect(Object.keys(page['fonts'] as object)).toContain(font.id);
  });

  it('addContent() writes raw operators into the page content; includeGlyph records widths and code points', () => {
    const doc = newDoc();
    doc.font('regular');
    const font = currentFont(doc);
    const g = fonts.regular.glyphForCodePoint(0x3042); // あ
    const sid = includeGlyph(font, g.id, 1000, [0x3042]);
    expect(font.widths[sid]).toBe(1000);
    expect(font.unicode[sid]).toEqual([0x3042]);
    usePageFont(doc, font);
    addContent(doc, `BT\n/${font.id} 12 Tf\n<${sid.toString(16).padStart(4, '0')}> Tj\nET`);
    addContent(doc, 'q\n0 0 1 RG\n1 2 m\n3 4 l\nS\nQ');
    const pdf = bytesOf(doc).toString('latin1');
    expect(pdf, 'pdfkit: doc.addContent(ops) appends to the page content stream').toContain('q\n0 0 1 RG\n1 2 m\n3 4 l\nS\nQ');
    expect(pdf).toContain(`/${font.id} 12 Tf`);
  });

  it('embed() fills the first doc.ref() with subset.encode(): tuneEmbeddedFont gives one FlateDecode font file of the subset', () => {
    const doc = newDoc();
    doc.font('regular');
    const font = currentFont(doc);
    tuneEmbeddedFont(doc, font);
    const g = fonts.regular.glyphForCodePoint(0x3042);
    const sid = includeGlyph(font, g.id, 1000, [0x3042]);
    usePageFont(doc, font);
    addContent(doc, `BT\n/${font.id} 12 Tf\n<${sid.toString(16).padStart(4, '0')}> Tj\nET`);
    const expected = Buffer.from(font.subset.encode());
    const pdf = bytesOf(doc);
    const text = pdf.toString('latin1');
    const m = /\/FontFile2 (\d+) 0 R/.exec(text);
    expect(m, 'pdfkit: the font descriptor should name its /FontFile2').not.toBeNull();
    const objAt = text.indexOf(`\n${m![1]} 0 obj`);
    const dict = text.slice(objAt, text.indexOf('stream\n', objAt));
    expect(dict, 'the font file (the first ref embed() creates) should be marked FlateDecode once').toMatch(/\/Filter \/FlateDecode/);
    expect(dict.match(/FlateDecode/g)).toHaveLength(1);
    const start = text.indexOf('stream\n', objAt) + 'stream\n'.length;
    const end = text.indexOf('\nendstream', start);
    expect(inflateSync(pdf.subarray(start, end)).equals(expected), 'the font file should inflate to subset.encode()').toBe(true);
  });
});
