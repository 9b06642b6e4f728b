import { constants as zlibConstants, deflateRawSync, deflateSync } from 'node:zlib';
import type { PdfkitSubset } from './pdfkit-internals.js';

/**
 * A TrueType subsetter for pdfkit that copies bytes instead of decoding and re-encoding tables.
 *
 * pdfkit embeds, per document and per font, a subset made by fontkit's TTFSubset, which decodes every
 * included glyph and re-encodes head/hhea/maxp/loca/hmtx/cvt/prep/fpgm through `restructure` — a third
 * of the time of a whole invoice. This subset writes the same tables (the ones PDF needs: head, hhea,
 * loca, maxp, cvt, prep, glyf, hmtx, fpgm) straight from the font file's bytes: glyph records are copied
 * (a composite glyph's component ids are rewritten to subset ids, pulling the components in), metrics are
 * read from the raw hmtx. Same interface as fontkit's Subset: `includeGlyph(gid) -> subset gid`, `encode()`.
 */

/** the answers of a font's table made at install (font-table.ts), as the renderer asks them */
export interface FontTable {
  /** fontkit's glyph id for the code point (0, .notdef, when the cmap has none) */
  glyphId(codePoint: number): number;
  /** fontkit's advance width of the glyph, in font units */
  advanceWidth(gid: number): number;
  /** the glyph record's deflated segment, Adler-32 and length (subset.ts); undefined: not in the table */
  deflated(gid: number): { segment: Uint8Array; adler: number; length: number } | undefined;
}

/** what the subsetter needs from a TrueType font file, parsed once per font */
export interface RawFont {
  bytes: Uint8Array;
  view: DataView;
  tables: Map<string, { offset: number; length: number }>;
  /** glyph record offsets (relative to glyf), numGlyphs + 1 entries */
  loca: Uint32Array;
  numberOfHMetrics: number;
  /** each glyph record compressed on its own, with its Adler-32 and length (see encodeDeflated), memoised */
  deflatedGlyphs: Map<number, { segment: Uint8Array; adler: number; length: number }>;
  /** the same for the tables that never change between subsets (cvt + fpgm, prep), by their bytes' place */
  deflatedStatic: Map<string, Uint8Array>;
  /** the font's table made at install (font-table.ts): the glyphs' segments without deflating them here */
  table?: FontTable;
}

export function rawFont(input: Uint8Array, prepared?: FontTable): RawFont {
  // a plain Uint8Array view: its slice() copies (a Node Buffer's slice() would alias the font's bytes)
  const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = view.getUint16(4);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
    tables.set(tag, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`internal: the font has no ${tag} table`);
    return t;
  };
  const head = table('head');
  const maxp = table('maxp');
  const hhea = table('hhea');
  const locaT = table('loca');
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const loca = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) loca[i] = longLoca ? view.getUint32(locaT.offset + 4 * i) : view.getUint16(locaT.offset + 2 * i) * 2;
  return {
    bytes,
    view,
    tables,
    loca,
    numberOfHMetrics: view.getUint16(hhea.offset + 34),
    deflatedGlyphs: new Map(),
    deflatedStatic: new Map(),
    ...(prepared ? { table: prepared } : {}),
  };
}

// composite glyph flags
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** TrueType checksum: the sum of the big-endian uint32 words of `b`, zero-padded to a multiple of 4 */
function checksum(b: Uint8Array): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const whole = b.length & ~3;
  let sum = 0;
  for (let i = 0; i < whole; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (whole < b.length) {
    let last = 0;
    for (let k = 0; k < 4; k++) last = (last << 8) | (whole + k < b.length ? b[whole + k]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** zlib header: deflate, 32K window, no preset dictionary (0x7801 is a multiple of 31) */
const ZLIB_HEADER = new Uint8Array([0x78, 0x01]);
/** a final, empty block with fixed Huffman codes: ends the deflate stream */
const FINAL_EMPTY_BLOCK = new Uint8Array([0x03, 0x00]);

/** raw deflate of `b` on its own, ending on a byte boundary without the final bit (so segments concatenate) */
export function segment(b: Uint8Array, level = 6): Uint8Array {
  return deflateRawSync(b, { level, finishFlush: zlibConstants.Z_SYNC_FLUSH });
}

const ADLER_BASE = 65521;

/** Adler-32 of A‖B from Adler-32 of A, of B and the length of B (zlib's adler32_combine) */
function adler32Combine(a1: number, a2: number, len2: number): number {
  const rem = len2 % ADLER_BASE;
  let sum1 = a1 & 0xffff;
  let sum2 = (rem * sum1) % ADLER_BASE;
  sum1 += (a2 & 0xffff) + ADLER_BASE - 1;
  sum2 += ((a1 >>> 16) & 0xffff) + ((a2 >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= ADLER_BASE * 2) sum2 -= ADLER_BASE * 2;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return (sum1 | (sum2 << 16)) >>> 0;
}

export function adler32(b: Uint8Array): number {
  let a = 1;
  let s = 0;
  const n = b.length;
  for (let i = 0; i < n; ) {
    const end = Math.min(n, i + 5552); // the most bytes before the sums can overflow 2^32
    for (; i < end; i++) {
      a += b[i]!;
      s += a;
    }
    a %= 65521;
    s %= 65521;
  }
  return ((s << 16) | a) >>> 0;
}

export class FastSubset implements PdfkitSubset {
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly font: RawFont) {
    this.includeGlyph(0); // .notdef first, as fontkit does
  }

  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === 'object' ? glyph.id : glyph;
    let id = this.mapping.get(gid);
    if (id === undefined) {
      id = this.glyphs.length;
      this.glyphs.push(gid);
      this.mapping.set(gid, id);
    }
    return id;
  }

  /** the subset as a TrueType file */
  encode(): Uint8Array {
    const { file } = this.build();
    return file;
  }

  /**
   * The subset as a zlib stream (what a PDF FlateDecode font stream holds), without compressing the glyph
   * outlines again for every document: each glyph record is deflated once per process, on its own and
   * ending on a byte boundary (sync flush, no final bit), and the stream is the concatenation of
   * [zlib header][deflated tables before glyf][the glyphs' segments][deflated tables after glyf][final
   * empty block][Adler-32 of the whole file]. Inflating it gives exactly `encode()`'s bytes.
   */
  encodeDeflated(): Uint8Array {
    const { file, dirEnd, glyfStart, glyfEnd, prepStart } = this.build();
    // the tables between the directory and glyf (cvt, fpgm) and prep at the end are the font's own bytes
    const fixed = (from: number, to: number) => {
      const key = from === dirEnd ? 'cvt+fpgm' : 'prep';
      let seg = this.font.deflatedStatic.get(key);
      if (!seg) {
        seg = segment(file.subarray(from, to));
        this.font.deflatedStatic.set(key, seg);
      }
      return seg;
    };
    const parts: Uint8Array[] = [ZLIB_HEADER, segment(file.subarray(0, dirEnd), 1), fixed(dirEnd, glyfStart)];
    let adler = adler32(file.subarray(0, glyfStart));
    for (const gid of this.glyphs) {
      let g = this.font.deflatedGlyphs.get(gid) ?? this.font.table?.deflated(gid);
      if (!g) {
        const start = this.font.tables.get('glyf')!.offset + this.font.loca[gid]!;
        const rec = this.font.bytes.subarray(start, this.font.tables.get('glyf')!.offset + this.font.loca[gid + 1]!);
        // composite glyphs are rewritten per subset: never cached (BIZ UDPGothic has none)
        if (rec.length >= 10 && this.font.view.getInt16(start) < 0) return deflateSync(file, { level: 1 });
        g = { segment: segment(rec), adler: adler32(rec), length: rec.length };
        this.font.deflatedGlyphs.set(gid, g);
      }
      parts.push(g.segment);
      adler = adler32Combine(adler, g.adler, g.length);
    }
    adler = adler32Combine(adler, adler32(file.subarray(glyfEnd)), file.length - glyfEnd);
    if (prepStart > glyfEnd) parts.push(segment(file.subarray(glyfEnd, prepStart), 1), fixed(prepStart, file.length));
    else parts.push(segment(file.subarray(glyfEnd), 1));
    parts.push(FINAL_EMPTY_BLOCK);
    const trailer = new Uint8Array(4);
    new DataView(trailer.buffer).setUint32(0, adler);
    parts.push(trailer);
    let n = 0;
    for (const p of parts) n += p.length;
    const out = new Uint8Array(n);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  private build(): { file: Uint8Array; dirEnd: number; glyfStart: number; glyfEnd: number; prepStart: number } {
    const f = this.font;
    const records = this.glyphRecords();
    const n = this.glyphs.length;
    const { glyf, loca } = glyfAndLoca(records);
    const copy = (tag: string) => {
      const t = f.tables.get(tag);
      return t ? f.bytes.slice(t.offset, t.offset + t.length) : undefined;
    };
    const head = copy('head')!;
    const hdv = new DataView(head.buffer);
    hdv.setUint32(8, 0); // checkSumAdjustment
    hdv.setInt16(50, 1); // indexToLocFormat: long
    const hhea = copy('hhea')!;
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = copy('maxp')!;
    new DataView(maxp.buffer).setUint16(4, n);
    const candidates: Array<[string, Uint8Array | undefined]> = [
      ['cvt ', copy('cvt ')],
      ['fpgm', copy('fpgm')],
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', this.hmtx()],
      ['loca', loca],
      ['maxp', maxp],
      ['prep', copy('prep')],
    ];
    const tables = candidates.filter((t): t is [string, Uint8Array] => t[1] !== undefined);
    const { file, dirEnd, offsetOf } = sfnt(tables);
    const glyfStart = offsetOf('glyf');
    const prep = offsetOf('prep');
    // tables are sorted by tag: cvt and fpgm come before glyf, prep is the last one
    return { file, dirEnd, glyfStart, glyfEnd: glyfStart + glyf.length, prepStart: prep };
  }

  /** the glyf record of each subset glyph; a composite's components are added to the subset and renumbered */
  private glyphRecords(): Uint8Array[] {
    const f = this.font;
    const glyfBase = f.tables.get('glyf')!.offset;
    const records: Uint8Array[] = [];
    // the list grows while composites pull in their components
    for (let i = 0; i < this.glyphs.length; i++) {
      const gid = this.glyphs[i]!;
      const start = glyfBase + f.loca[gid]!;
      const end = glyfBase + f.loca[gid + 1]!;
      let rec = f.bytes.subarray(start, end);
      if (rec.length >= 10 && f.view.getInt16(start) < 0) {
        rec = rec.slice();
        const v = new DataView(rec.buffer, rec.byteOffset, rec.byteLength);
        let p = 10;
        for (;;) {
          const flags = v.getUint16(p);
          v.setUint16(p + 2, this.includeGlyph(v.getUint16(p + 2)));
          p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
          if (flags & WE_HAVE_A_SCALE) p += 2;
          else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
          else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
          if (!(flags & MORE_COMPONENTS)) break;
        }
      }
      records.push(rec);
    }
    return records;
  }

  /** hmtx: advance and left side bearing of each subset glyph, read from the font's hmtx */
  private hmtx(): Uint8Array {
    const f = this.font;
    const hm = f.tables.get('hmtx')!.offset;
    const nh = f.numberOfHMetrics;
    const hmtx = new Uint8Array(4 * this.glyphs.length);
    const hv = new DataView(hmtx.buffer);
    this.glyphs.forEach((gid, i) => {
      const adv = f.view.getUint16(hm + 4 * (gid < nh ? gid : nh - 1));
      const lsb = gid < nh ? f.view.getInt16(hm + 4 * gid + 2) : f.view.getInt16(hm + 4 * nh + 2 * (gid - nh));
      hv.setUint16(4 * i, adv);
      hv.setInt16(4 * i + 2, lsb);
    });
    return hmtx;
  }
}

/** glyf (the records one after the other) and loca (long offsets) */
function glyfAndLoca(records: readonly Uint8Array[]): { glyf: Uint8Array; loca: Uint8Array } {
  const n = records.length;
  let glyfLen = 0;
  for (const r of records) glyfLen += r.length;
  const glyf = new Uint8Array(glyfLen);
  const loca = new Uint8Array(4 * (n + 1));
  const lv = new DataView(loca.buffer);
  let at = 0;
  records.forEach((r, i) => {
    lv.setUint32(4 * i, at);
    glyf.set(r, at);
    at += r.length;
  });
  lv.setUint32(4 * n, at);
  return { glyf, loca };
}

/**
 * The sfnt file of `tables` (sorted by tag): offset table, table records, tables padded to 4 bytes, and
 * head.checkSumAdjustment; with the offset of each table in the file (-1 when absent).
 */
function sfnt(tables: ReadonlyArray<[string, Uint8Array]>): { file: Uint8Array; dirEnd: number; offsetOf(tag: string): number } {
  const numTables = tables.length;
  const dirLen = 12 + 16 * numTables;
  let total = dirLen;
  for (const [, b] of tables) total += (b.length + 3) & ~3;
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  const pow = 2 ** Math.floor(Math.log2(numTables));
  ov.setUint32(0, 0x00010000);
  ov.setUint16(4, numTables);
  ov.setUint16(6, pow * 16);
  ov.setUint16(8, Math.log2(pow));
  ov.setUint16(10, numTables * 16 - pow * 16);
  let off = dirLen;
  tables.forEach(([tag, b], i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    out.set(b, off);
    ov.setUint32(rec + 4, checksum(out.subarray(off, off + ((b.length + 3) & ~3))));
    ov.setUint32(rec + 8, off);
    ov.setUint32(rec + 12, b.length);
    off += (b.length + 3) & ~3;
  });
  // head.checkSumAdjustment = 0xB1B0AFBA - checksum of the whole font
  const headOff = ov.getUint32(12 + 16 * tables.findIndex(([t]) => t === 'head') + 8);
  ov.setUint32(headOff + 8, (0xb1b0afba - checksum(out)) >>> 0);
  const offsetOf = (tag: string) => {
    const i = tables.findIndex(([t]) => t === tag);
    return i < 0 ? -1 : ov.getUint32(12 + 16 * i + 8);
  };
  return { file: out, dirEnd: dirLen, offsetOf };
}
