/**
 * Issue 6 §4: with a 200-character company name and 60 invoice lines nothing overlaps, nothing leaves the
 * page, tables continue on the next page with their header repeated, every page has its header and
 * `page / pages`, and no line starts with a no-start character (行頭禁則).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { computeInvoice } from '../../src/billing/invoice.js';
import { renderContract, renderInvoice } from '../../src/emit/documents/documents.js';
import type { RenderedDocument } from '../../src/emit/documents/render.js';
import type { Box } from '../../src/emit/documents/layout.js';
import { Layout, MARGIN, PAGE } from '../../src/emit/documents/layout.js';
import { documentFonts } from '../../src/emit/documents/fonts.js';
import { NO_LINE_START } from '../../src/emit/documents/linebreak.js';
import { yen } from '../../src/emit/documents/markup.js';
import { ASSETS, EXAMPLE, modelOf, pdfText, qpdfCheck } from './pdf.js';
import { withTool } from '../tools.js';

const LONG_NAME =
  '株式会社グローバル・ロジスティクス・アンド・データマネジメント・ホールディングス（東日本統括本部、情報システム部門、「基幹系」サーバー運用担当）、'
    .repeat(3)
    .slice(0, 199) + '社';

function stressRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-docs-'));
  cpSync(join(EXAMPLE, 'policies'), join(dir, 'policies'), { recursive: true });
  cpSync(join(EXAMPLE, 'customers'), join(dir, 'customers'), { recursive: true });
  const file = join(dir, 'customers', 'acme-logistics.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.set('legalName', LONG_NAME);
  doc.setIn(['billing', 'recipient'], `${LONG_NAME.slice(0, 190)} 経理部 御中`);
  doc.setIn(['address', 'text'], '東京都千代田区丸の内1-1-1 アクメビル12F、' + 'グローバルロジスティクスセンター北館・南館連絡通路（受付は地下1階）'.repeat(3));
  const wos = [];
  for (let i = 1; i <= 60; i++) {
    wos.push({
      id: `wo-2026-${String(100 + i)}`,
      description:
        i % 7 === 0
          ? `ディスク増設設定（FS01 Dドライブ 2TB→4TB、ボリュームシャドウコピー再設定、「クォータ」見直し、ー長音記号テスト）${'、追加作業'.repeat(i % 3)}`
          : `Windows Update 適用作業 その${i}`,
      server: 'fs01',
      amount: 1000 * i,
      completedOn: `2026-09-${String((i % 28) + 1).padStart(2, '0')}`,
    });
  }
  doc.set('workOrders', wos);
  writeFileSync(file, doc.toString());
  return dir;
}

function overlaps(a: Box, b: Box): boolean {
  const e = 0.01;
  return a.page === b.page && a.x < b.x + b.w - e && b.x < a.x + a.w - e && a.y < b.y + b.h - e && b.y < a.y + a.h - e;
}

function checkLayout(doc: RenderedDocument): void {
  const { boxes } = doc;
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    // inside the page, and inside the margins for the flow
    expect(b.x, JSON.stringify(b)).toBeGreaterThanOrEqual(MARGIN.left - 0.01);
    expect(b.x + b.w, JSON.stringify(b)).toBeLessThanOrEqual(PAGE.width - MARGIN.right + 0.01);
    expect(b.y, JSON.stringify(b)).toBeGreaterThanOrEqual(0);
    expect(b.y + b.h, JSON.stringify(b)).toBeLessThanOrEqual(PAGE.height);
    if (b.role !== 'header' && b.role !== 'footer') {
      expect(b.y, JSON.stringify(b)).toBeGreaterThanOrEqual(MARGIN.top - 0.01);
      expect(b.y + b.h, JSON.stringify(b)).toBeLessThanOrEqual(PAGE.height - MARGIN.bottom + 0.01);
    }
    // 行頭禁則 (the bullet mark itself is not a line)
    if (b.role !== 'bullet') expect(NO_LINE_START.has(Array.from(b.text)[0]!), `line starts with a no-start character: ${b.text}`).toBe(false);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (overlaps(a, b)) expect.fail(`overlap on page ${a.page}: ${JSON.stringify(a)} and ${JSON.stringify(b)}`);
    }
  }
  // header and footer on every page
  for (let p = 1; p <= doc.pages; p++) {
    expect(boxes.some((b) => b.page === p && b.role === 'header')).toBe(true);
    expect(boxes.find((b) => b.page === p && b.role === 'footer')?.text).toBe(`${p} / ${doc.pages}`);
  }
}

describe('layout engine', () => {
  it('a table row taller than a page is split between pages under a repeated header, never off the page', () => {
    const L = new Layout(documentFonts(ASSETS), { Title: 't', Author: 'a', CreationDate: new Date(0) });
    const long = '長文の作業内容：ファイルサーバーのボリューム拡張、クォータ再設定、シャドウコピー確認、バックアップ検証を実施。'.repeat(60);
    L.table(
      [
        { width: 0.6, align: 'left' },
        { width: 0.4, align: 'right' },
      ],
      ['品目', '金額'],
      [
        ['短い行', '¥1'],
        [long, '¥2'],
        ['後の行', '¥3'],
      ],
      { style: { font: 'regular', size: 9 } },
    );
    const bytes = L.finish({ left: 'L', right: 'R' }, (p, n) => `${p} / ${n}`);
    const doc: RenderedDocument = { bytes, pages: L.page, boxes: L.boxes };
    expect(doc.pages).toBeGreaterThanOrEqual(2);
    checkLayout(doc);
    for (let p = 1; p <= doc.pages; p++) expect(doc.boxes.some((b) => b.page === p && b.role === 'th' && b.text === '品目')).toBe(true);
    expect(
      doc.boxes
        .filter((b) => b.role === 'cell' && b.text !== '¥2' && long.includes(b.text))
        .map((b) => b.text)
        .join(''),
    ).toBe(long);
    expect(doc.boxes.find((b) => b.text === '後の行')!.page).toBe(doc.pages);
  });
});

describe('layout under stress (200-character company name, 60 invoice lines)', () => {
  const root = stressRoot();
  const model = modelOf(root);
  const c = model.customers.find((x) => x.id === 'acme-logistics')!;

  it('the invoice continues on the next pages with the table header repeated; nothing overlaps or leaves the page', async () => {
    const inv = computeInvoice(model, c, '2026-09');
    expect(inv.lines.length).toBeGreaterThanOrEqual(60);
    const doc = renderInvoice(ASSETS, model, c, '2026-09');
    expect(doc.pages).toBeGreaterThanOrEqual(2);
    checkLayout(doc);
    // every page with table rows has the header row above them
    for (let p = 1; p <= doc.pages; p++) {
      const cells = doc.boxes.filter((b) => b.page === p && b.role === 'cell');
      if (cells.length === 0) continue;
      const th = doc.boxes.filter((b) => b.page === p && b.role === 'th' && (b.text === '品目' || b.text === '金融機関'));
      expect(th.length, `page ${p} has rows but no header row`).toBeGreaterThan(0);
      expect(Math.min(...th.map((b) => b.y))).toBeLessThan(Math.min(...cells.map((b) => b.y)));
    }
    // the text: every line amount, the total from billing, the long name (wrapped, never cut)
    const t = await pdfText(doc.bytes);
    expect(t.pages.length).toBe(doc.pages);
    const f = t.text.replace(/\n/g, '');
    for (const l of inv.lines) expect(f).toContain(yen(l.amount));
    expect(f).toContain(`合計（ご請求金額）${yen(inv.total)}`);
    const nameLines = doc.boxes.filter((b) => b.page === 1 && b.role === 'text' && LONG_NAME.includes(b.text) && b.text.length > 5);
    expect(nameLines.map((b) => b.text).join('')).toContain(LONG_NAME.slice(0, 100));
    if (withTool('qpdf')) qpdfCheck(doc.bytes, 'stress-invoice.pdf');
    if (process.env['VMSC_DUMP']) writeFileSync(join(process.env['VMSC_DUMP'], 'stress-invoice.pdf'), doc.bytes);
  });

  it('the contract wraps the long name and address in their boxes; nothing overlaps or leaves the page', async () => {
    const doc = renderContract(ASSETS, model, c);
    checkLayout(doc);
    const t = await pdfText(doc.bytes);
    expect(t.text.replace(/\n/g, '')).toContain(`法人名称${LONG_NAME}`);
    if (withTool('qpdf')) qpdfCheck(doc.bytes, 'stress-contract.pdf');
    if (process.env['VMSC_DUMP']) writeFileSync(join(process.env['VMSC_DUMP'], 'stress-contract.pdf'), doc.bytes);
  });
});
