/**
 * A font's table: what fontkit and zlib answer about each of its glyphs, computed once at install
 * (scripts/bundle.mjs writes `dist/fonts/<font name>.table` with `makeFontTable`) instead of in every process
 * that renders a document.
 *
 * The first document of a process asked fontkit for the glyph and advance of each character (its cmap and
 * hmtx, decoded table by table) and deflated each glyph record it drew on its own (subset.ts,
 * `encodeDeflated`): each deflate call sets up a whole zlib stream, ~70 µs, for some 600 glyphs of a contract.
 * A one-customer rebuild, `vmsc contract` and the desk's first quote paid all of that. The table holds the same
 * answers: for each code point of the font's cmap its glyph id, for each glyph fontkit's advance width, and each
 * glyph record's raw-deflate segment (level 6, sync flush), Adler-32 and length — made by the very functions
 * the renderer calls (`segment`, `adler32`), so a document is byte for byte the one rendered without it.
 *
 * A table is used only for the font it was made of (the sha256 of its bytes) and the zlib it was made with
 * (`process.versions.zlib`: another zlib may deflate to other bytes): `readFontTable` refuses any other, and
 * the renderer then computes as before. Composite glyphs (rewritten per subset) are not in it.
 *
 * Layout (big-endian): "VMSCFT01", uint32 length of a JSON header {font, zlib, glyphs, codePoints}, the header;
 * then `codePoints` × (code point, glyph id) sorted by code point; `glyphs` × advance width; `glyphs` ×
 * (segment offset or 0xffffffff for none, segment length, Adler-32, record length); the segments.
 */
import type { Font } from 'fontkit';
import { adler32, rawFont, segment } from './subset.js';
import type { FontTable } from './subset.js';
import { sha256hex } from '../../util/sha256.js';

const MAGIC = 'VMSCFT01';
const NONE = 0xffffffff;

interface Header {
  font: string;
  zlib: string;
  glyphs: number;
  codePoints: number;
}

/** the table of a TrueType font: `font` is fontkit's parse of `bytes` */
export function makeFontTable(bytes: Uint8Array, font: Font): Uint8Array {
  const raw = rawFont(bytes);
  const n = raw.loca.length - 1;
  const cps = [...new Set(font.characterSet)].sort((a, b) => a - b);
  const header = new TextEncoder().encode(
    JSON.stringify({ font: sha256hex(bytes), zlib: process.versions.zlib, glyphs: n, codePoints: cps.length } satisfies Header),
  );
  const fixed = 12 + header.length;
  const segs: Uint8Array[] = [];
  const index = new DataView(new ArrayBuffer(16 * n));
  const glyf = raw.tables.get('glyf')!.offset;
  let at = 0;
  for (let gid = 0; gid < n; gid++) {
    const start = glyf + raw.loca[gid]!;
    const rec = raw.bytes.subarray(start, glyf + raw.loca[gid + 1]!);
    if (rec.length >= 10 && raw.view.getInt16(start) < 0) {
      index.setUint32(16 * gid, NONE); // a composite: rewritten per subset
      continue;
    }
    const s = segment(rec);
    index.setUint32(16 * gid, at);
    index.setUint32(16 * gid + 4, s.length);
    index.setUint32(16 * gid + 8, adler32(rec));
    index.setUint32(16 * gid + 12, rec.length);
    segs.push(s);
    at += s.length;
  }
  const cmap = new DataView(new ArrayBuffer(8 * cps.length));
  cps.forEach((cp, i) => {
    cmap.setUint32(8 * i, cp);
    cmap.setUint32(8 * i + 4, font.glyphForCodePoint(cp).id);
  });
  const adv = new DataView(new ArrayBuffer(4 * n));
  for (let gid = 0; gid < n; gid++) {
    const w = font.getGlyph(gid).advanceWidth;
    if (!Number.isInteger(w) || w < 0 || w > NONE) throw new Error(`internal: glyph ${gid} has the advance width ${w}`);
    adv.setUint32(4 * gid, w);
  }
  const parts = [
    new TextEncoder().encode(MAGIC),
    new Uint8Array(4),
    header,
    new Uint8Array(cmap.buffer),
    new Uint8Array(adv.buffer),
    new Uint8Array(index.buffer),
    ...segs,
  ];
  new DataView(parts[1]!.buffer).setUint32(0, header.length);
  const out = new Uint8Array(fixed + cmap.byteLength + adv.byteLength + index.byteLength + at);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** the table's answers, when it was made of these font bytes with this zlib; else undefined (the renderer computes them) */
export function readFontTable(table: Uint8Array, font: Uint8Array): FontTable | undefined {
  if (table.length < 12 || new TextDecoder().decode(table.subarray(0, 8)) !== MAGIC) return undefined;
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const hlen = view.getUint32(8);
  let h: Partial<Header>;
  try {
    h = JSON.parse(new TextDecoder().decode(table.subarray(12, 12 + hlen))) as Partial<Header>;
  } catch {
    return undefined;
  }
  const glyphs = h.glyphs;
  const count = h.codePoints;
  if (h.zlib !== process.versions.zlib || typeof glyphs !== 'number' || typeof count !== 'number') return undefined;
  const cmapAt = 12 + hlen;
  const advAt = cmapAt + 8 * count;
  const indexAt = advAt + 4 * glyphs;
  const segAt = indexAt + 16 * glyphs;
  if (segAt > table.length || h.font !== sha256hex(font)) return undefined;
  const inRange = (gid: number) => Number.isInteger(gid) && gid >= 0 && gid < glyphs;
  return {
    glyphId(cp) {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = view.getUint32(cmapAt + 8 * mid);
        if (c === cp) return view.getUint32(cmapAt + 8 * mid + 4);
        if (c < cp) lo = mid + 1;
        else hi = mid - 1;
      }
      return 0;
    },
    advanceWidth(gid) {
      if (!inRange(gid)) throw new Error(`internal: no glyph ${gid} in the font`);
      return view.getUint32(advAt + 4 * gid);
    },
    deflated(gid) {
      if (!inRange(gid)) return undefined;
      const at = view.getUint32(indexAt + 16 * gid);
      if (at === NONE) return undefined;
      const start = segAt + at;
      const end = start + view.getUint32(indexAt + 16 * gid + 4);
      if (end > table.length) return undefined;
      return { segment: table.subarray(start, end), adler: view.getUint32(indexAt + 16 * gid + 8), length: view.getUint32(indexAt + 16 * gid + 12) };
    },
  };
}
