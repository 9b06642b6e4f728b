/** The documents emitters; `vmsc contract` and `vmsc invoice` write the PDFs. (The bench's worker pool: bench/documents-pool.mjs.) */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitAll } from '../../src/emit/run.js';
import { contractEmitter, invoiceEmitter } from '../../src/emit/documents/index.js';
import { vmsc } from '../helpers.js';
import { ASSETS, EXAMPLE, modelOf, pdfText } from './pdf.js';
import { yen } from '../../src/emit/documents/markup.js';

const model = modelOf(EXAMPLE);

describe('documents emitters', () => {
  it('the emitters produce one contract per customer and one invoice per billed month', async () => {
    const arts = await emitAll({ model, assets: ASSETS }, { emitters: [contractEmitter, invoiceEmitter], only: new Set(['minato-clinic', 'acme-logistics']) });
    expect(arts.map((a) => a.path)).toEqual([
      'acme-logistics/documents/contract.pdf',
      'acme-logistics/documents/invoice-2026-07.pdf',
      'acme-logistics/documents/invoice-2026-08.pdf',
      'acme-logistics/documents/invoice-2026-09.pdf',
      'acme-logistics/documents/invoice-2026-10.pdf',
      'minato-clinic/documents/contract.pdf',
      'minato-clinic/documents/invoice-2026-10.pdf',
    ]);
  });
});

describe('vmsc contract / vmsc invoice', () => {
  it('vmsc contract ID --out FILE writes the contract', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vmsc-cli-')), 'c.pdf');
    const r = await vmsc(['contract', 'acme-logistics', '--root', EXAMPLE, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const t = await pdfText(readFileSync(out));
    expect(t.text).toContain('株式会社アクメ物流');
  });

  it('vmsc invoice --month writes one invoice per customer billed that month under <out>/<customer>/documents/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-cli-'));
    const r = await vmsc(['invoice', '--month', '2026-10', '--root', EXAMPLE, '--out', dir]);
    expect(r.code).toBe(0);
    for (const id of ['acme-logistics', 'kitanihon-seiki', 'minato-clinic']) expect(existsSync(join(dir, id, 'documents', 'invoice-2026-10.pdf'))).toBe(true);
    const one = await vmsc(['invoice', '--month', '2026-09', '--customer', 'kitanihon-seiki', '--root', EXAMPLE, '--out', dir]);
    expect(one.code).toBe(0);
    expect(existsSync(join(dir, 'kitanihon-seiki', 'documents', 'invoice-2026-09.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'acme-logistics', 'documents', 'invoice-2026-09.pdf'))).toBe(false);
  });

  it('the invoice PDF carries the totals that `vmsc bill --format json` prints', async () => {
    const bill = await vmsc(['bill', '--customer', 'acme-logistics', '--month', '2026-09', '--format', 'json', '--root', EXAMPLE]);
    expect(bill.code).toBe(0);
    const parsed = JSON.parse(bill.stdout) as
      | { subtotal: number; tax: number; nonTaxable: number; total: number }
      | Array<{ subtotal: number; tax: number; nonTaxable: number; total: number }>;
    const inv = Array.isArray(parsed) ? parsed[0]! : parsed;
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-cli-'));
    expect((await vmsc(['invoice', '--month', '2026-09', '--customer', 'acme-logistics', '--root', EXAMPLE, '--out', dir])).code).toBe(0);
    const f = (await pdfText(readFileSync(join(dir, 'acme-logistics', 'documents', 'invoice-2026-09.pdf')))).text.replace(/\n/g, '');
    expect(f).toContain(`10%対象 小計（税抜）${yen(inv.subtotal)}`);
    expect(f).toContain(`消費税（10%）${yen(inv.tax)}`);
    expect(f).toContain(`不課税（対象外） 小計${yen(inv.nonTaxable)}`);
    expect(f).toContain(`合計（ご請求金額）${yen(inv.total)}`);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['an unknown customer, with a suggestion', ['contract', 'acme-logistic'], /no customer "acme-logistic"[\s\S]*did you mean acme-logistics/],
    [
      'a month that is not billed',
      ['invoice', '--month', '2027-10', '--customer', 'acme-logistics'],
      /2027-10 is not a billed month of acme-logistics: its invoices run from 2026-07 through 2026-10/,
    ],
    ['a month nobody is billed for', ['invoice', '--month', '2020-01'], /no customer is billed for 2020-01/],
    ['a malformed month', ['invoice', '--month', '2026-13'], /--month must be a month YYYY-MM/],
  ];
  for (const [name, args, msg] of bad) {
    it(`exit 1 with a message, no stack: ${name}`, async () => {
      const r = await vmsc([
        ...args,
        '--root',
        EXAMPLE,
        ...(args[0] === 'contract' ? ['--out', join(mkdtempSync(join(tmpdir(), 'vmsc-cli-')), 'x.pdf')] : ['--out', mkdtempSync(join(tmpdir(), 'vmsc-cli-'))]),
      ]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }
});
