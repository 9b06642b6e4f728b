/**
 * vmsc build and issued documents (消費税法57条の4, 電子帳簿保存法: issued invoices are kept unaltered): out/
 * never carries a re-render that differs from the bytes an invoice was issued with. Equal bytes: the render;
 * different (a registration field changed, the compiler renders otherwise, the month was corrected): the
 * archive's copy, checked against the register's sha256; no intact copy: exit 1 and out/ stays as it was.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRoot, TODAY, vmsc } from '../helpers.js';
import { pdfText } from '../documents/pdf.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ACME = 'customers/acme-logistics.yaml';
const ARCHIVED = 'records/archive/acme-logistics/acme-logistics-202607.pdf';
const OUT_0707 = 'out/acme-logistics/documents/invoice-2026-07.pdf';
const REGISTER = 'records/register/acme-logistics.yaml';

async function issued(): Promise<string> {
  const root = copyRoot();
  const r = await vmsc(['issue', '--month', '2026-07', '--customer', 'acme-logistics', '--root', root]);
  expect(r.code, r.stderr).toBe(0);
  return root;
}
const build = (root: string, ...more: string[]) => vmsc(['build', '--root', root, '--jobs', '0', '--progress', 'none', '--today', TODAY, ...more]);
const manifestSha = (root: string, path: string) =>
  (JSON.parse(readFileSync(join(root, 'out/manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] }).files.find((f) => f.path === path)
    ?.sha256;

describe('vmsc build keeps issued invoices as issued', () => {
  it('電子帳簿保存法: unchanged inputs re-render the issued bytes, and out/ holds them', async () => {
    const root = await issued();
    const r = await build(root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('render differently');
    expect(sha(readFileSync(join(root, OUT_0707)))).toBe(sha(readFileSync(join(root, ARCHIVED))));
  });

  it('第21条: a billing recipient changed after the issue: K005 warns, out/ holds the archived copy of the issued month, the next month prints the new recipient', async () => {
    const root = await issued();
    const file = join(root, ACME);
    writeFileSync(file, readFileSync(file, 'utf8').replace('recipient: 株式会社アクメ物流 経理部 御中', 'recipient: 株式会社アクメ物流 財務部 御中'));
    const check = await vmsc(['check', '--root', root, '--today', TODAY]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('warning K005  billing.recipient (請求書の宛名) is no longer what the issued invoice printed');
    const r = await build(root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      '1 issued invoice renders differently now; out/ holds its archived copy, as issued: acme-logistics-202607 (printed billing.recipient changed (K005))',
    );
    const archived = readFileSync(join(root, ARCHIVED));
    expect(readFileSync(join(root, OUT_0707)).equals(archived)).toBe(true);
    expect(manifestSha(root, 'acme-logistics/documents/invoice-2026-07.pdf')).toBe(sha(archived));
    expect((await pdfText(readFileSync(join(root, OUT_0707)))).pages.join('\n')).toContain('経理部');
    expect((await pdfText(readFileSync(join(root, 'out/acme-logistics/documents/invoice-2026-08.pdf')))).pages.join('\n')).toContain('財務部');
    // vmsc invoice writes the issued copy too
    const inv = await vmsc(['invoice', '--month', '2026-07', '--customer', 'acme-logistics', '--root', root, '--out', join(root, 'one')]);
    expect(inv.code, inv.stderr).toBe(0);
    expect(inv.stdout).toContain('(the archived copy of acme-logistics-202607 as issued: printed billing.recipient changed (K005))');
    expect(readFileSync(join(root, 'one/acme-logistics/documents/invoice-2026-07.pdf')).equals(archived)).toBe(true);
    // the incremental build again: nothing changed, the issued copy stays
    const again = await build(root);
    expect(again.code).toBe(0);
    expect(readFileSync(join(root, OUT_0707)).equals(archived)).toBe(true);
    // a change elsewhere rebuilds; the previous out/ copy is reused
    writeFileSync(file, readFileSync(file, 'utf8').replace('財務部', '財務経理部'));
    expect((await build(root)).code).toBe(0);
    expect(readFileSync(join(root, OUT_0707)).equals(archived)).toBe(true);
  });

  it('a new compiler (font, layout, template) renders otherwise: the invoice issued by the old one stays in out/ as it was issued', async () => {
    const root = await issued();
    // as if the old compiler had made other bytes: the archive and the register say so, the figures are the same
    const old = Buffer.concat([readFileSync(join(root, ARCHIVED)), Buffer.from('\n% rendered by an older vmsc\n')]);
    chmodSync(join(root, ARCHIVED), 0o644);
    writeFileSync(join(root, ARCHIVED), old);
    const reg = join(root, REGISTER);
    writeFileSync(reg, readFileSync(reg, 'utf8').replace(/"sha256":"[0-9a-f]{64}"/, `"sha256":"${sha(old)}"`));
    expect((await vmsc(['records', 'verify', '--root', root])).code).toBe(0);
    const r = await build(root, '--no-cache');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('acme-logistics-202607 (renderer changed)');
    expect(readFileSync(join(root, OUT_0707)).equals(old)).toBe(true);
  });

  it('消費税法57条の4第4項: after a correction the month re-renders with the corrected figures, and out/ keeps the original as issued', async () => {
    const root = await issued();
    const tariff = join(root, 'policies/tariffs/2019-07-01.yaml');
    writeFileSync(tariff, readFileSync(tariff, 'utf8').replace('monthlyFee: 30000', 'monthlyFee: 31000'));
    const acme = join(root, ACME);
    writeFileSync(acme, `${readFileSync(acme, 'utf8')}corrections:\n  - { invoice: "2026-07", reason: 月額利用料金の単価の訂正, issuedOn: 2026-11-04 }\n`);
    expect((await vmsc(['issue', '--corrections', '--root', root])).code).toBe(0);
    const r = await build(root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('acme-logistics-202607 (corrected)');
    expect(readFileSync(join(root, OUT_0707)).equals(readFileSync(join(root, ARCHIVED)))).toBe(true);
    // the 修正適格請求書 is beside it, as archived
    const c1 = readFileSync(join(root, 'records/archive/acme-logistics/acme-logistics-202607-c1.pdf'));
    expect(readFileSync(join(root, 'out/acme-logistics/documents/invoice-2026-07-c1.pdf')).equals(c1)).toBe(true);
    expect(manifestSha(root, 'acme-logistics/documents/invoice-2026-07-c1.pdf')).toBe(sha(c1));
    // an unrelated change rebuilds: both stay (linked from the previous out/)
    const acmeText = readFileSync(acme, 'utf8');
    writeFileSync(acme, acmeText.replace('recipient: 株式会社アクメ物流 経理部 御中', 'recipient: 株式会社アクメ物流 財務部 御中'));
    expect((await build(root)).code).toBe(0);
    expect(readFileSync(join(root, 'out/acme-logistics/documents/invoice-2026-07-c1.pdf')).equals(c1)).toBe(true);
    // the correction's archived copy gone: the build refuses
    rmSync(join(root, 'records/archive/acme-logistics/acme-logistics-202607-c1.pdf'), { force: true });
    writeFileSync(acme, acmeText);
    const gone = await build(root, '--no-cache');
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('the issued acme-logistics-202607-c1 (修正適格請求書, issued 2026-11-04) belongs in out/');
  });

  it('a re-render that differs with no intact archived copy: exit 1, nothing written, out/ as it was', async () => {
    const root = await issued();
    expect((await build(root)).code).toBe(0);
    const before = readFileSync(join(root, 'out/manifest.json'));
    const file = join(root, ACME);
    writeFileSync(file, readFileSync(file, 'utf8').replace('recipient: 株式会社アクメ物流 経理部 御中', 'recipient: 株式会社アクメ物流 財務部 御中'));
    rmSync(join(root, ARCHIVED), { force: true });
    const r = await build(root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('acme-logistics/documents/invoice-2026-07.pdf would not be the issued acme-logistics-202607');
    expect(r.stderr).toContain('is missing: nothing was written');
    expect(readFileSync(join(root, 'out/manifest.json')).equals(before)).toBe(true);
    expect(existsSync(join(root, OUT_0707))).toBe(true);
  });
});
