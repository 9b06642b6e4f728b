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

/** renders a template with a view into a PDF */
export function renderDocument(fonts: DocumentFonts, info: DocInfo, name: string, source: string, view: object): RenderedDocument {
  const ds = parseMarkup(name, renderTemplate(name, source, view));
  const L = new Layout(fonts, info);
  const header = { left: '', right: '' };
  let footer = '{page} / {pages}';
  let i = 0;
  const run = (pred: (d: Directive) => boolean): Directive[] => {
    const out: Directive[] = [];
    while (i < ds.length && pred(ds[i]!)) out.push(ds[i++]!);
    return out;
  };
  let first = true;
  while (i < ds.length) {
    const d = ds[i]!;
    switch (d.name) {
      case 'header':
        if (d.mods[0] === 'right') header.right = text(d);
        else header.left = text(d);
        i++;
        continue;
      case 'footer':
        footer = text(d);
        i++;
        continue;
      case 'title': {
        i++;
        const f = L.fit(text(d), L.width, S.title, 12);
        L.ensure(f.lines.length * L.lineHeight(f.style));
        L.y += L.drawLines(f.lines, L.left, L.y, L.width, f.style, 'center', 'title');
        break;
      }
      case 'subtitle': {
        i++;
        L.paragraph(text(d), styleOf(S.subtitle, d.mods), { align: 'center', role: 'subtitle' });
        break;
      }
      case 'right': {
        const rows = run((x) => x.name === 'right');
        for (const r of rows) {
          const st = styleOf(S.text, r.mods);
          const f = L.fit(text(r), L.width, st, 6);
          L.ensure(f.lines.length * L.lineHeight(f.style));
          L.y += L.drawLines(f.lines, L.left, L.y, L.width, f.style, 'right', 'right');
        }
        break;
      }
      case 'h': {
        i++;
        if (!first) L.space(10);
        const lh = L.lineHeight(S.heading);
        // keep a heading with at least two lines of what follows
        L.ensure(lh + 3 * L.lineHeight(S.text) + 6);
        const lines = L.wrap(text(d), L.width - 8, S.heading);
        L.fillRect(L.left, L.y + 2, 3, lines.length * lh - 4, '#1f3a5f');
        L.y += L.drawLines(lines, L.left + 8, L.y, L.width - 8, S.heading, 'left', 'heading');
        L.space(3);
        break;
      }
      case 'p':
      case 'note':
      case 'li': {
        i++;
        const base = d.name === 'note' ? S.muted : S.text;
        if (d.name === 'note') L.space(2);
        L.paragraph(text(d), styleOf(base, d.mods), { bullet: d.name === 'li' ? '・' : undefined, indent: d.name === 'li' ? 4 : 0 });
        if (d.name === 'p') L.space(2);
        break;
      }
      case 'space':
        i++;
        L.space(Number(d.cells[0]) || 6);
        break;
      case 'l':
      case 'r': {
        const rows = run((x) => x.name === 'l' || x.name === 'r');
        const gap = 16;
        const lw = L.width * 0.55 - gap / 2;
        const rw = L.width * 0.45 - gap / 2;
        const laid = (side: string, w: number) =>
          rows.filter((r) => r.name === side).map((r) => {
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
        break;
      }
      case 'kv': {
        const rows = run((x) => x.name === 'kv');
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
        break;
      }
      case 'table': {
        i++;
        const cols = TABLES[d.cells[0] ?? ''];
        if (!cols) throw new TemplateError(`template ${name}: line ${d.line}: unknown table ${JSON.stringify(d.cells[0])} (known: ${Object.keys(TABLES).join(', ')})`);
        const th = ds[i]?.name === 'th' ? ds[i++]!.cells : undefined;
        const rows = run((x) => x.name === 'td');
        for (const r of [th, ...rows.map((x) => x.cells)]) {
          if (r && r.length !== cols.length) throw new TemplateError(`template ${name}: table ${d.cells[0]} has ${cols.length} columns, a row has ${r.length}`);
        }
        L.table(cols, th, rows.map((r) => r.cells), { style: S.cell, zebra: true });
        L.space(3);
        break;
      }
      case 'sum':
      case 'total': {
        const rows = run((x) => x.name === 'sum' || x.name === 'total');
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
        break;
      }
      default:
        throw new TemplateError(`template ${name}: line ${d.line}: unknown directive ${JSON.stringify(d.name)}`);
    }
    first = false;
  }
  const bytes = L.finish(header, (p, n) => footer.replace('{page}', String(p)).replace('{pages}', String(n)));
  return { bytes, pages: L.page, boxes: L.boxes };
}
