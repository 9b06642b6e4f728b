#!/usr/bin/env node
/**
 * Regenerates the review renders of the documents committed under docs/: page 1 of the contract of
 * acme-logistics and of its 2026-09 invoice (with a late fee), from the shared example root, at 80 dpi; and the
 * 修正適格請求書 of its 2026-07 invoice after a retroactive fee correction (30,000 → 31,000, declared under
 * corrections:), as `vmsc issue --corrections` renders it. And every page of the quote (dated 2026-12-01) and of the
 * application form of the prospect minami-shoji of the repository's sample root (prospects/), as docs/quote-N.png
 * and docs/application-N.png.
 * Needs the compiled code (npm run build:ts) and pdftoppm (Debian poppler-utils).
 *
 *   node scripts/render-docs.mjs [--root DIR]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAssets, readRoot } from '../dist/cli/host.js';
import { compile } from '../dist/driver/index.js';
import { renderContract, renderCorrection, renderInvoice } from '../dist/emit/documents/documents.js';
import { computeInvoice } from '../dist/billing/invoice.js';
import { renderApplication, renderQuote, scopedModel } from '../dist/sales/index.js';
import { appendDocuments, recordOfInvoice, registerPath, renderRegister } from '../dist/records/register.js';
import { correctionKind, pendingCorrections, recordOfCorrection } from '../dist/records/corrections.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--root');
const root = i > 0 ? process.argv[i + 1] : join(REPO, '..', 'shared', 'spec', 'example');

if (spawnSync('pdftoppm', ['-v']).status !== 0) {
  console.error('pdftoppm is not installed (apt-get install poppler-utils)');
  process.exit(1);
}
const r = compile(readRoot(root), { today: '2026-11-27' });
if (!r.model) {
  console.error(`the root ${root} has errors: run vmsc check --root ${root}`);
  process.exit(1);
}
const assets = readAssets();
const c = r.model.customers.find((x) => x.id === 'acme-logistics') ?? r.model.customers[0];
const month = '2026-09';
const tmp = mkdtempSync(join(tmpdir(), 'vmsc-render-'));
const jobs = [
  ['documents-contract', renderContract(assets, r.model, c).bytes],
  ['documents-invoice', renderInvoice(assets, r.model, c, month).bytes],
];
jobs.push(['documents-correction', correctionPdf()]);
for (const [name, bytes] of jobs) {
  const pdf = join(tmp, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(tmp, name)]);
  copyFileSync(join(tmp, `${name}.png`), join(REPO, 'docs', `${name}.png`));
  console.log(`wrote docs/${name}.png`);
}
// the contract's last page: 準拠法・合意管轄 (第26条) and the 記名押印 block of both parties
const contractPdf = join(tmp, 'documents-contract.pdf');
const pages = renderContract(assets, r.model, c).pages;
execFileSync('pdftoppm', ['-r', '80', '-png', '-f', String(pages), '-l', String(pages), '-singlefile', contractPdf, join(tmp, 'last')]);
copyFileSync(join(tmp, 'last.png'), join(REPO, 'docs', 'documents-contract-last.png'));
console.log('wrote docs/documents-contract-last.png');

// the sales documents of the sample root's prospect, every page
const sample = compile(readRoot(REPO), { today: '2026-12-01' });
const sm = scopedModel(sample, { prospect: 'minami-shoji' }).model;
const prospect = sample.inputs.prospects.find((x) => x.data.id === 'minami-shoji')?.data;
if (!sm || !prospect) throw new Error('the sample root has no valid prospect minami-shoji');
for (const [name, doc] of [
  ['quote', renderQuote(assets, sm, prospect, '2026-12-01')],
  ['application', renderApplication(assets, sm, prospect)],
]) {
  const pdf = join(tmp, `${name}.pdf`);
  writeFileSync(pdf, doc.bytes);
  execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(tmp, name)]);
  for (let n = 1; n <= doc.pages; n++) {
    // pdftoppm numbers pages with as many digits as the last page has
    copyFileSync(join(tmp, `${name}-${String(n).padStart(String(doc.pages).length, '0')}.png`), join(REPO, 'docs', `${name}-${n}.png`));
    console.log(`wrote docs/${name}-${n}.png`);
  }
}

/** the example with acme-logistics 2026-07 issued, then its fee corrected and the correction declared */
function correctionPdf() {
  const original = recordOfInvoice(computeInvoice(r.model, c, '2026-07'), c, { sha256: '0'.repeat(64), commit: 'none' });
  const reg = appendDocuments(undefined, c.id, [original]);
  const enc = (s) => new TextEncoder().encode(s);
  const sources = readRoot(root).map((s) => {
    const text = new TextDecoder().decode(s.bytes);
    if (s.path === 'policies/tariffs/2019-07-01.yaml') return { ...s, bytes: enc(text.replace('monthlyFee: 30000', 'monthlyFee: 31000')) };
    if (s.path === `customers/${c.id}.yaml`)
      return { ...s, bytes: enc(`${text}corrections:\n  - { invoice: "2026-07", reason: 月額利用料金の単価の訂正（料金表の誤り）, issuedOn: 2026-11-04 }\n`) };
    return s;
  });
  sources.push({ path: registerPath(c.id), bytes: enc(renderRegister(reg)) });
  const m = compile(sources, { today: '2026-11-27' }).model;
  if (!m) throw new Error('the corrected example has errors');
  const cc = m.customers.find((x) => x.id === c.id);
  const [p] = pendingCorrections(cc.source.corrections, reg);
  const inv = computeInvoice(m, cc, '2026-07');
  const paid = (cc.source.payments ?? []).filter((x) => x.invoice === '2026-07').reduce((s, x) => s + x.amount, 0);
  const doc = recordOfCorrection(inv, cc, p, correctionKind(p.original, inv, paid), '2026-12-30', { sha256: '', commit: 'none' }); // 第16条1 due date of 2026-11
  return renderCorrection(assets, m, cc, doc, p.original, paid).bytes;
}
