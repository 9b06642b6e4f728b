/**
 * Lays out the markup of a rendered template (markup.ts) with the layout engine (layout.ts).
 * The look of each directive — sizes, columns, spacing — is decided here, the words in templates/.
 */
import { Layout } from './layout.js';
import type { Box, Column, DocInfo, Style } from './layout.js';
import { parseMarkup, renderTemplate, TemplateError } from './markup.js';
import type { Directive } from './markup.js';
import type { DocumentFonts } from './fonts.js';

/** column layouts of the tables a template may name (`table: NAME`) */
export const TABLES: Record<string, Column[]> = {
  lines: [
    { width: 0.47, align: 'left' },
    { width: 0.08, align: 'right' },
    { width: 0.16, align: 'right', minSize: 7 },
    { width: 0.17, align: 'right', minSize: 7 },
    { width: 0.12, align: 'center' },
  ],
  fees: [
    { width: 0.46, align: 'left' },
    { width: 0.14, align: 'right' },
    { width: 0.2, align: 'right', minSize: 7 },
    { width: 0.2, align: 'right', minSize: 7 },
  ],
  servers: [
    { width: 0.12, align: 'left', minSize: 6 },
    { width: 0.2, align: 'left', minSize: 6 },
    { width: 0.15, align: 'left' },
    { width: 0.25, align: 'left' },
    { width: 0.1, align: 'center' },
    { width: 0.18, align: 'left' },
  ],
  contacts: [
    { width: 0.2, align: 'left' },
    { width: 0.22, align: 'left' },
    { width: 0.38, align: 'left', minSize: 6.5 },
    { width: 0.2, align: 'left', minSize: 7 },
  ],
  bank: [
    { width: 0.3, align: 'left' },
    { width: 0.22, align: 'left' },
    { width: 0.1, align: 'center' },
    { width: 0.14, align: 'left' },
    { width: 0.24, align: 'left' },
  ],
};

const S = {
  title: { font: 'bold', size: 18 } as Style,
  subtitle: { font: 'regular', size: 9, color: '#444444' } as Style,
  heading: { font: 'bold', size: 11, color: '#1f3a5f' } as Style,
  text: { font: 'regular', size: 9.5 } as Style,
  small: { font: 'regular', size: 8 } as Style,
  muted: { font: 'regular', size: 8, color: '#555555' } as Style,
  big: { font: 'bold', size: 14 } as Style,
  cell: { font: 'regular', size: 9 } as Style,
  total: { font: 'bold', size: 12 } as Style,
};

function styleOf(base: Style, mods: string[]): Style {
  let s = base;
  if (mods.includes('big')) s = S.big;
  if (mods.includes('small')) s = { ...s, size: S.small.size };
  if (mods.includes('muted')) s = { ...s, color: S.muted.color! };
  if (mods.includes('bold')) s = { ...s, font: 'bold' };
  return s;
}

const text = (d: Directive) => d.cells.join(' | ');

export interface RenderedDocument {
  bytes: Uint8Array;
  pages: number;
  /** every text box drawn (for tests of the layout) */
  boxes: Box[];
}

/** the directives of a rendered template, read in order */
class Cursor {
  private i = 0;
  constructor(private readonly ds: readonly Directive[]) {}
  done(): boolean {
    return this.i >= this.ds.length;
  }
  peek(): Directive | undefined {
    return this.ds[this.i];
  }
  next(): Directive {
    return this.ds[this.i++]!;
  }
  /** the directives from here on that satisfy `pred` */
  run(pred: (d: Directive) => boolean): Directive[] {
    const out: Directive[] = [];
    while (!this.done() && pred(this.ds[this.i]!)) out.push(this.ds[this.i++]!);
    return out;
  }
}

/** what `header` and `footer` directives set: drawn on every page at the end */
interface PageFrame {
  header: { left: string; right: string };
  footer: string;
}

/** renders a template with a view into a PDF */
export function renderDocument(fonts: DocumentFonts, info: DocInfo, name: string, source: string, view: object): RenderedDocument {
  const cursor = new Cursor(parseMarkup(name, renderTemplate(name, source, view)));
  const L = new Layout(fonts, info);
  const frame: PageFrame = { header: { left: '', right: '' }, footer: '{page} / {pages}' };
  let first = true;
  for (let d = cursor.peek(); d !== undefined; d = cursor.peek()) {
    if (d.name === 'header' || d.name === 'footer') {
      setFrame(frame, cursor.next());
      continue;
    }
    drawBlock(L, name, cursor, first);
    first = false;
  }
  const bytes = L.finish(frame.header, (p, n) => frame.footer.replace('{page}', String(p)).replace('{pages}', String(n)));
  return { bytes, pages: L.page, boxes: L.boxes };
}

function setFrame(frame: PageFrame, d: Directive): void {
  if (d.name === 'footer') frame.footer = text(d);
  else if (d.mods[0] === 'right') frame.header.right = text(d);
  else frame.header.left = text(d);
}

/** draws the block that starts at the cursor (one directive, or a run of rows of one kind) */
function drawBlock(L: Layout, name: string, cursor: Cursor, first: boolean): void {
  const d = cursor.peek()!;
  switch (d.name) {
    case 'title':
      drawTitle(L, cursor.next());
      return;
    case 'subtitle':
      cursor.next();
      L.paragraph(text(d), styleOf(S.subtitle, d.mods), { align: 'center', role: 'subtitle' });
      return;
    case 'right':
      drawRightLines(
        L,
        cursor.run((x) => x.name === 'right'),
      );
      return;
    case 'h':
      drawHeading(L, cursor.next(), first);
      return;
    case 'p':
    case 'note':
    case 'li':
      drawParagraph(L, cursor.next());
      return;
    case 'space':
      cursor.next();
      L.space(Number(d.cells[0]) || 6);
      return;
    case 'l':
    case 'r':
      drawTwoColumns(
        L,
        cursor.run((x) => x.name === 'l' || x.name === 'r'),
      );
      return;
    case 'kv':
      drawKeyValues(
        L,
        cursor.run((x) => x.name === 'kv'),
      );
      return;
    case 'table': {
      cursor.next();
      const th = cursor.peek()?.name === 'th' ? cursor.next().cells : undefined;
      drawTable(
        L,
        name,
        d,
        th,
        cursor.run((x) => x.name === 'td'),
      );
      return;
    }
    case 'sum':
    case 'total':
      drawSums(
        L,
        cursor.run((x) => x.name === 'sum' || x.name === 'total'),
      );
      return;
    default:
      throw new TemplateError(`template ${name}: line ${d.line}: unknown directive ${JSON.stringify(d.name)}`);
  }
}

function drawTitle(L: Layout, d: Directive): void {
  const f = L.fit(text(d), L.width, S.title, 12);
  L.ensure(f.lines.length * L.lineHeight(f.style));
  L.y += L.drawLines(f.lines, L.left, L.y, L.width, f.style, 'center', 'title');
}

/** right-aligned lines (`right`), each shrunk to fit on one line */
function drawRightLines(L: Layout, rows: Directive[]): void {
  for (const r of rows) {
    const st = styleOf(S.text, r.mods);
    const f = L.fit(text(r), L.width, st, 6);
    L.ensure(f.lines.length * L.lineHeight(f.style));
    L.y += L.drawLines(f.lines, L.left, L.y, L.width, f.style, 'right', 'right');
  }
}

function drawHeading(L: Layout, d: Directive, first: boolean): void {
  if (!first) L.space(10);
  const lh = L.lineHeight(S.heading);
  // keep a heading with at least two lines of what follows
  L.ensure(lh + 3 * L.lineHeight(S.text) + 6);
  const lines = L.wrap(text(d), L.width - 8, S.heading);
  L.fillRect(L.left, L.y + 2, 3, lines.length * lh - 4, '#1f3a5f');
  L.y += L.drawLines(lines, L.left + 8, L.y, L.width - 8, S.heading, 'left', 'heading');
  L.space(3);
}

/** `p`, `note` (muted) and `li` (bulleted) */
function drawParagraph(L: Layout, d: Directive): void {
  const base = d.name === 'note' ? S.muted : S.text;
  if (d.name === 'note') L.space(2);
  L.paragraph(text(d), styleOf(base, d.mods), { bullet: d.name === 'li' ? '・' : undefined, indent: d.name === 'li' ? 4 : 0 });
  if (d.name === 'p') L.space(2);
}

/** a run of `l` and `r` lines: two columns side by side (e.g. the addressee and the issuer) */
function drawTwoColumns(L: Layout, rows: Directive[]): void {
  const gap = 16;
  const lw = L.width * 0.55 - gap / 2;
  const rw = L.width * 0.45 - gap / 2;
  const laid = (side: string, w: number) =>
    rows
      .filter((r) => r.name === side)
      .map((r) => {
        const st = styleOf(S.text, r.mods);
        return L.fit(text(r), w, st, r.mods.includes('big') ? 9 : undefined);
      });
  const left = laid('l', lw);
  const right = laid('r', rw);
  const h = (xs: ReturnType<typeof laid>) => xs.reduce((a, f) => a + f.lines.length * L.lineHeight(f.style), 0);
  L.ensure(Math.max(h(left), h(right)));
  const y0 = L.y;
  let y = y0;
  for (const f of left) y += L.drawLines(f.lines, L.left, y, lw, f.style, 'left', 'text');
  let yr = y0;
  for (const f of right) yr += L.drawLines(f.lines, L.right - rw, yr, rw, f.style, 'left', 'text');
  L.y = Math.max(y, yr);
}

/** a run of `kv` rows: a two-column table, the label in bold */
function drawKeyValues(L: Layout, rows: Directive[]): void {
  L.table(
    [
      { width: 0.27, align: 'left', minSize: 7 },
      { width: 0.73, align: 'left' },
    ],
    undefined,
    rows.map((r) => [r.cells[0] ?? '', r.cells.slice(1).join(' | ')]),
    { style: S.cell, labelColumn: true, role: 'kv' },
  );
  L.space(3);
}

/** `table: NAME` with an optional `th` row and its `td` rows, in the columns of TABLES[NAME] */
function drawTable(L: Layout, name: string, d: Directive, th: string[] | undefined, rows: Directive[]): void {
  const cols = TABLES[d.cells[0] ?? ''];
  if (!cols)
    throw new TemplateError(`template ${name}: line ${d.line}: unknown table ${JSON.stringify(d.cells[0])} (known: ${Object.keys(TABLES).join(', ')})`);
  for (const r of [th, ...rows.map((x) => x.cells)]) {
    if (r && r.length !== cols.length) throw new TemplateError(`template ${name}: table ${d.cells[0]} has ${cols.length} columns, a row has ${r.length}`);
  }
  L.table(
    cols,
    th,
    rows.map((r) => r.cells),
    { style: S.cell, zebra: true },
  );
  L.space(3);
}

/** a run of `sum` and `total` rows: label and amount on the right, a total on a shaded band */
function drawSums(L: Layout, rows: Directive[]): void {
  const x0 = L.left + L.width * 0.42;
  const lw = L.width * 0.33;
  const vw = L.width * 0.25;
  L.space(4);
  for (const r of rows) {
    const st = r.name === 'total' ? S.total : styleOf(S.text, r.mods);
    const lab = L.fit(r.cells[0] ?? '', lw - 8, st, 6);
    const val = L.fit(r.cells.slice(1).join(' | '), vw - 4, st, 6);
    const h = Math.max(lab.lines.length * L.lineHeight(lab.style), val.lines.length * L.lineHeight(val.style)) + 4;
    L.ensure(h);
    if (r.name === 'total') L.fillRect(x0, L.y, lw + vw, h, '#e8ecf2');
    L.drawLines(lab.lines, x0 + 4, L.y + 2, lw - 8, lab.style, 'left', 'sum');
    L.drawLines(val.lines, x0 + lw, L.y + 2, vw - 4, val.style, 'right', 'sum');
    L.y += h;
    L.hline(x0, x0 + lw + vw, L.y, 0.4, '#999999');
  }
}
