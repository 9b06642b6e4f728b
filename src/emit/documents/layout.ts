/**
 * A small layout engine on pdfkit for the documents: A4 pages with margins, a header band and a
 * `page / pages` footer on every page (drawn after the content, with pdfkit's buffered pages), flowing
 * blocks (headings, paragraphs, key–value tables, tables whose header row repeats on each page),
 * Japanese line breaking (linebreak.ts) and shrink-to-fit for single-line fields.
 *
 * Every piece of text drawn is recorded as a Box (page, x, y, w, h) so that tests can assert that
 * nothing overlaps and nothing leaves the printable area.
 */
import { breakLines } from './linebreak.js';
import { addContent, createDocument, currentFont, includeGlyph, registerFontkitFont, tuneEmbeddedFont, usePageFont } from './pdfkit-internals.js';
import { glyphOf } from './fonts.js';
import type { DocumentFonts } from './fonts.js';

/** A4 in points */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 72, bottom: 56, left: 50, right: 50 } as const;
/** the header band sits in the top margin, the footer in the bottom margin */
const HEADER_Y = 30;
const FOOTER_Y = PAGE.height - 36;

export type FontName = 'regular' | 'bold';
export interface Style {
  font: FontName;
  size: number;
  color?: string;
}
export type Align = 'left' | 'right' | 'center';

export interface Box {
  page: number; // 1-based
  x: number;
  y: number;
  w: number;
  h: number;
  /** what it is: 'header', 'footer', 'title', 'heading', 'text', 'label', 'cell', 'th' … */
  role: string;
  text: string;
}

export interface DocInfo {
  Title: string;
  Author: string;
  Subject?: string;
  Keywords?: string;
  /** an instant derived from the inputs (never the clock) */
  CreationDate: Date;
}

const num = (v: number) => String(Math.round(v * 1000) / 1000);
const rgbCache = new Map<string, string>();
/** `#1f3a5f` → `0.122 0.227 0.373` */
function rgb(hex: string): string {
  let v = rgbCache.get(hex);
  if (v === undefined) {
    v = [1, 3, 5].map((i) => num(parseInt(hex.slice(i, i + 2), 16) / 255)).join(' ');
    rgbCache.set(hex, v);
  }
  return v;
}

const LINE = 1.45; // line height as a multiple of the font size
const BLACK = '#111111';

export interface Column {
  /** fraction of the content width, or points when > 1 */
  width: number;
  align: Align;
  /** shrink a long value to one line down to this size before wrapping (default: wrap at once) */
  minSize?: number;
}

export class Layout {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGIN.left;
  readonly right = PAGE.width - MARGIN.right;
  readonly top = MARGIN.top;
  readonly bottom = PAGE.height - MARGIN.bottom;
  readonly width = PAGE.width - MARGIN.left - MARGIN.right;
  y: number = MARGIN.top;
  page: number = 1;
  readonly boxes: Box[] = [];
  private current: { font: FontName; size: number; color: string } | undefined;

  constructor(
    private readonly fonts: DocumentFonts,
    info: DocInfo,
  ) {
    const date = info.CreationDate;
    this.doc = createDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      autoFirstPage: true,
      lang: 'ja',
      displayTitle: true,
      info: { ...info, Creator: 'vmsc', Producer: 'vmsc (pdfkit)', CreationDate: date, ModDate: date },
    });
    // the fonts are parsed once per process (fonts.ts)
    registerFontkitFont(this.doc, 'regular', fonts.regular);
    registerFontkitFont(this.doc, 'bold', fonts.bold);
    for (const name of ['bold', 'regular'] as const) {
      this.doc.font(name);
      tuneEmbeddedFont(this.doc, currentFont(this.doc));
    }
  }

  /** width of `text` in points: the sum of its glyphs' advance widths (text is drawn unshaped, see text()) */
  measure(text: string, style: Style): number {
    let units = 0;
    for (const ch of text) units += glyphOf(this.fonts, style.font, ch).advance;
    return (units / 1000) * style.size;
  }

  lineHeight(style: Style): number {
    return style.size * LINE;
  }

  wrap(text: string, width: number, style: Style): string[] {
    return breakLines(text, width, (s) => this.measure(s, style));
  }

  /**
   * Lines for a field in a box `width` wide: one line at the given size when it fits, else shrunk
   * down to `minSize` when that makes it fit on one line, else wrapped (at `minSize` when given).
   */
  fit(text: string, width: number, style: Style, minSize?: number): { lines: string[]; style: Style } {
    const w = this.measure(text, style);
    if (w <= width && !text.includes('\n')) return { lines: [text], style };
    if (minSize !== undefined && minSize < style.size && !text.includes('\n')) {
      const size = Math.max(minSize, Math.floor(((style.size * width) / w) * 4) / 4);
      const s = { ...style, size };
      if (this.measure(text, s) <= width) return { lines: [text], style: s };
      return { lines: this.wrap(text, width, { ...style, size: minSize }), style: { ...style, size: minSize } };
    }
    return { lines: this.wrap(text, width, style), style };
  }

  private use(style: Style): void {
    const color = style.color ?? BLACK;
    const c = this.current;
    if (c && c.font === style.font && c.size === style.size && c.color === color) return;
    this.doc.font(style.font).fontSize(style.size);
    if (!c || c.color !== color) this.doc.fillColor(color);
    this.current = { font: style.font, size: style.size, color };
  }

  /** draws lines of text at (x, y) in a box `width` wide; returns the height used */
  drawLines(lines: string[], x: number, y: number, width: number, style: Style, align: Align, role: string): number {
    this.use(style);
    const lh = this.lineHeight(style);
    // pdfkit puts the text's top at y; centre the glyphs in the line box
    const pad = (lh - style.size * 1.1) / 2;
    lines.forEach((line, i) => {
      if (line === '') return;
      const w = this.measure(line, style);
      const dx = align === 'right' ? width - w : align === 'center' ? (width - w) / 2 : 0;
      const ly = y + i * lh;
      this.text(line, x + dx, ly + pad, style);
      this.boxes.push({ page: this.page, x: x + dx, y: ly, w, h: lh, role, text: line });
    });
    return lines.length * lh;
  }

  /**
   * Draws one line of text with its top at (x, y), as pdfkit's `text()` would, but without text shaping:
   * one glyph per character from the font's cmap, advancing by its advance width — exactly what
   * `measure()` assumes, so a line is never wider than measured. (pdfkit's own path shapes each string
   * with fontkit: a fifth of a document's time, for no difference in Japanese business text.)
   */
  private text(line: string, x: number, y: number, style: Style): void {
    const font = currentFont(this.doc);
    let hex = '';
    for (const ch of line) {
      const g = glyphOf(this.fonts, style.font, ch);
      const sid = includeGlyph(font, g.id, g.advance, g.codePoints);
      hex += sid.toString(16).padStart(4, '0');
    }
    usePageFont(this.doc, font);
    // pdfkit's page coordinates run downwards: a text matrix with d = -1 draws the glyphs upright
    const baseline = y + (font.ascender / 1000) * style.size;
    addContent(this.doc, `BT\n1 0 0 -1 ${num(x)} ${num(baseline)} Tm\n/${font.id} ${num(style.size)} Tf\n<${hex}> Tj\nET`);
  }

  /** a horizontal line from x1 to x2 at y (raw operators: pdfkit's path API costs more than the drawing) */
  hline(x1: number, x2: number, y: number, width: number, color: string): void {
    addContent(this.doc, `q\n${width} w\n${rgb(color)} RG\n${num(x1)} ${num(y)} m\n${num(x2)} ${num(y)} l\nS\nQ`);
  }

  /** a filled rectangle */
  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    addContent(this.doc, `q\n${rgb(color)} rg\n${num(x)} ${num(y)} ${num(w)} ${num(h)} re\nf\nQ`);
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.page++;
    this.y = this.top;
    this.current = undefined;
  }

  /** starts a new page unless `h` points still fit on this one */
  ensure(h: number): void {
    if (this.y + h > this.bottom && this.y > this.top) this.newPage();
  }

  space(h: number): void {
    this.y += h;
  }

  rule(color = '#888888', width = 0.6): void {
    this.hline(this.left, this.right, this.y, width, color);
  }

  /** a paragraph that wraps and continues on the next page line by line */
  paragraph(text: string, style: Style, opts: { indent?: number; align?: Align; role?: string; bullet?: string } = {}): void {
    const indent = opts.indent ?? 0;
    const bulletW = opts.bullet ? this.measure(opts.bullet + ' ', style) : 0;
    const x = this.left + indent + bulletW;
    const width = this.width - indent - bulletW;
    const lines = this.wrap(text, width, style);
    const lh = this.lineHeight(style);
    lines.forEach((line, i) => {
      this.ensure(lh);
      if (i === 0 && opts.bullet) this.drawLines([opts.bullet], this.left + indent, this.y, bulletW, style, 'left', 'bullet');
      this.drawLines([line], x, this.y, width, style, opts.align ?? 'left', opts.role ?? 'text');
      this.y += lh;
    });
  }

  /**
   * A table: rows of cells; a row never splits across pages (unless it alone is taller than a page);
   * the header row is drawn again at the top of each page the table continues on.
   */
  table(
    columns: Column[],
    header: string[] | undefined,
    rows: string[][],
    opts: { style: Style; headerStyle?: Style; zebra?: boolean; role?: string; labelColumn?: boolean },
  ): void {
    const style = opts.style;
    const hstyle = opts.headerStyle ?? { ...style, font: 'bold' as const };
    const widths = columns.map((c) => (c.width > 1 ? c.width : c.width * this.width));
    const padX = 4;
    const padY = 3;
    const layoutRow = (cells: string[], st: Style) =>
      cells.map((cell, i) => {
        const col = columns[i]!;
        const s = opts.labelColumn && i === 0 ? { ...st, font: 'bold' as const } : st;
        return this.fit(cell, widths[i]! - 2 * padX, s, col.minSize);
      });
    const heightOf = (cells: { lines: string[]; style: Style }[]) => Math.max(...cells.map((c) => c.lines.length * this.lineHeight(c.style))) + 2 * padY;
    const drawRow = (cells: { lines: string[]; style: Style }[], h: number, role: string, fill?: string) => {
      let x = this.left;
      if (fill) this.fillRect(this.left, this.y, this.width, h, fill);
      cells.forEach((c, i) => {
        const w = widths[i]!;
        this.drawLines(c.lines, x + padX, this.y + padY, w - 2 * padX, c.style, columns[i]!.align, role);
        x += w;
      });
      this.hline(this.left, this.left + widths.reduce((a, b) => a + b, 0), this.y + h, 0.4, '#999999');
      this.y += h;
    };
    const head = header ? layoutRow(header, hstyle) : undefined;
    const headH = head ? heightOf(head) : 0;
    const drawHead = () => {
      if (head) drawRow(head, headH, 'th', '#e8ecf2');
    };
    const laid = rows.map((r) => layoutRow(r, style));
    const firstH = laid.length ? heightOf(laid[0]!) : 0;
    this.ensure(headH + firstH);
    this.hline(this.left, this.right, this.y, 0.6, '#666666');
    drawHead();
    const continueOnNewPage = () => {
      this.newPage();
      this.hline(this.left, this.right, this.y, 0.6, '#666666');
      drawHead();
    };
    const fresh = () => this.y <= this.top + headH + 0.01;
    laid.forEach((row, i) => {
      const fill = opts.zebra && i % 2 === 1 ? '#f6f7f9' : undefined;
      let cells = row;
      for (;;) {
        const h = heightOf(cells);
        if (this.y + h <= this.bottom) {
          drawRow(cells, h, opts.role ?? 'cell', fill);
          return;
        }
        // a row that fits on a page starts on the next one; a row taller than a page is split between pages
        if (!fresh() && h <= this.bottom - this.top - headH) {
          continueOnNewPage();
          continue;
        }
        const avail = this.bottom - this.y - 2 * padY;
        const part = cells.map((c) => ({ style: c.style, lines: c.lines.slice(0, Math.max(0, Math.floor(avail / this.lineHeight(c.style)))) }));
        if (part.every((c) => c.lines.length === 0)) {
          continueOnNewPage();
          continue;
        }
        drawRow(part, heightOf(part), opts.role ?? 'cell', fill);
        cells = cells.map((c, k) => ({ style: c.style, lines: c.lines.slice(part[k]!.lines.length) }));
        continueOnNewPage();
      }
    });
  }

  /** at most `max` lines; the last one kept ends with … when text was cut */
  clamp(f: { lines: string[]; style: Style }, max: number, width: number): { lines: string[]; style: Style } {
    if (f.lines.length <= max) return f;
    const lines = f.lines.slice(0, max);
    const last = Array.from(lines[max - 1]!);
    while (last.length && this.measure(last.join('') + '…', f.style) > width) last.pop();
    lines[max - 1] = last.join('') + '…';
    return { lines, style: f.style };
  }

  /** draws the header and the `page / pages` footer on every page, then returns the PDF bytes */
  finish(header: { left: string; right: string }, footer: (page: number, pages: number) => string): Uint8Array {
    const range = this.doc.bufferedPageRange();
    const pages = range.count;
    const hs: Style = { font: 'regular', size: 8, color: '#555555' };
    for (let i = 0; i < pages; i++) {
      this.doc.switchToPage(range.start + i);
      this.page = i + 1;
      this.current = undefined;
      const half = this.width / 2 - 6;
      // the header band has room for two lines: a longer header is cut with an ellipsis (the body has it whole)
      const l = this.clamp(this.fit(header.left, half, hs, 6), 2, half);
      const r = this.clamp(this.fit(header.right, half, hs, 6), 2, half);
      // header lines grow upwards from the rule so that they never reach the content
      const ruleY = HEADER_Y + 14;
      this.drawLines(l.lines, this.left, ruleY - 2 - l.lines.length * this.lineHeight(l.style), half, l.style, 'left', 'header');
      this.drawLines(r.lines, this.right - half, ruleY - 2 - r.lines.length * this.lineHeight(r.style), half, r.style, 'right', 'header');
      this.hline(this.left, this.right, ruleY, 0.5, '#999999');
      const f = footer(i + 1, pages);
      this.drawLines([f], this.left, FOOTER_Y, this.width, { font: 'regular', size: 8, color: '#555555' }, 'center', 'footer');
    }
    this.doc.end();
    const chunks: Uint8Array[] = [];
    let c: Uint8Array | null;
    // pdfkit is a Readable: after end() every chunk is already buffered, so this is synchronous
    while ((c = this.doc.read() as Uint8Array | null) !== null) chunks.push(c);
    // a fresh Uint8Array of its own (not a slice of Node's buffer pool), so a worker can transfer it
    const out = new Uint8Array(chunks.reduce((n, x) => n + x.length, 0));
    let at = 0;
    for (const x of chunks) {
      out.set(x, at);
      at += x.length;
    }
    return out;
  }
}
