/**
 * vmsc issue, vmsc records verify / search on a copy of the example root on disk: issuing leaves a record
 * (register + write-once archive), nothing issued changes silently, the archive is checked byte for byte.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRoot, vmsc } from '../helpers.js';
import { pdfText } from '../documents/pdf.js';
import { TARIFF_2019 } from './fixtures.js';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const ACME_PDF = 'records/archive/acme-logistics/acme-logistics-202607.pdf';

describe('vmsc issue --month', () => {
  let root: string;
  beforeAll(async () => {
    root = copyRoot();
    const r = await vmsc(['issue', '--month', '2026-07', '--root', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('records each invoice of the month in the register, with figures, tax per rate, sha256 and commit', () => {
    const reg = parse(readFileSync(join(root, 'records/register/acme-logistics.yaml'), 'utf8')) as { customer: string; documents: Record<string, unknown>[] };
    expect(reg.customer).toBe('acme-logistics');
    const d = reg.documents[0]!;
    expect(d).toMatchObject({
      number: 'acme-logistics-202607',
      kind: 'invoice',
      month: '2026-07',
      issueDate: '2026-08-03',
      dueDate: '2026-08-31',
      taxes: [{ ratePercent: 10, taxable: 221000, tax: 22100 }],
      nonTaxable: 0,
      total: 243100,
      file: 'acme-logistics/acme-logistics-202607.pdf',
      commit: 'none', // a temporary folder is no git work tree
    });
    expect(d['sha256']).toBe(sha(readFileSync(join(root, ACME_PDF))));
    expect(existsSync(join(root, 'records/register/kitanihon-seiki.yaml'))).toBe(true);
  });

  it('the archived PDF is the invoice (pdfjs text)', async () => {
    const t = await pdfText(readFileSync(join(root, ACME_PDF)));
    expect(t.pages.join('\n')).toContain('acme-logistics-202607');
    expect(t.pages.join('\n')).toContain('¥243,100');
  });

  it('issuing the month again issues nothing and leaves the archive as it is', async () => {
    const before = readFileSync(join(root, ACME_PDF));
    const r = await vmsc(['issue', '--month', '2026-07', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 issued, 2 already issued');
    expect(readFileSync(join(root, ACME_PDF)).equals(before)).toBe(true);
  });

  it('a month that is not closed is refused (exit 1, no stack trace)', async () => {
    const r = await vmsc(['issue', '--month', '2026-11', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2026-11 is not closed');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a retroactive tariff edit: check fails at the fee line naming acme-logistics-202607, build and issue refuse, the archived PDF is unchanged', async () => {
    const edited = copyRoot(root);
    const { cpSync } = await import('node:fs');
    cpSync(join(root, 'records'), join(edited, 'records'), { recursive: true });
    const before = readFileSync(join(edited, ACME_PDF));
    const file = join(edited, TARIFF_2019);
    writeFileSync(file, readFileSync(file, 'utf8').replace('monthlyFee: 30000', 'monthlyFee: 31000'));
    const check = await vmsc(['check', '--root', edited]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${TARIFF_2019}:5:69  error K001  acme-logistics-202607 (適格請求書 2026-07分, issued 2026-08-03, ¥243,100) would change`);
    expect(check.stdout).toContain('total ¥243,100 → ¥245,300');
    const build = await vmsc(['build', '--root', edited]);
    expect(build.code).toBe(1);
    const issue = await vmsc(['issue', '--month', '2026-08', '--root', edited]);
    expect(issue.code).toBe(1);
    expect(readFileSync(join(edited, ACME_PDF)).equals(before)).toBe(true);
  });

  it('removing the file of a customer with records is an error', async () => {
    const edited = copyRoot(root);
    const { cpSync } = await import('node:fs');
    cpSync(join(root, 'records'), join(edited, 'records'), { recursive: true });
    rmSync(join(edited, 'customers/kitanihon-seiki.yaml'));
    const r = await vmsc(['check', '--root', edited]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('records/register/kitanihon-seiki.yaml:3:14  error K002');
  });

  it('an archive file that exists with other bytes is never overwritten: issue stops with exit 1', async () => {
    const edited = copyRoot(root);
    const other = join(edited, 'records/archive/acme-logistics/acme-logistics-202608.pdf');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(other, '..'), { recursive: true });
    writeFileSync(other, 'not the invoice');
    const r = await vmsc(['issue', '--month', '2026-08', '--customer', 'acme-logistics', '--root', edited]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is already archived with other bytes');
    expect(readFileSync(other, 'utf8')).toBe('not the invoice');
  });
});

describe('vmsc records verify', () => {
  it('passes on an intact archive and catches a flipped byte, a missing and an unrecorded file', async () => {
    const root = copyRoot();
    expect((await vmsc(['issue', '--month', '2026-07', '--root', root])).code).toBe(0);
    const ok = await vmsc(['records', 'verify', '--root', root]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('2 files match the register, 0 differences');

    const file = join(root, ACME_PDF);
    chmodSync(file, 0o644);
    const bytes = readFileSync(file);
    bytes[1000] = (bytes[1000] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    const flipped = await vmsc(['records', 'verify', '--root', root]);
    expect(flipped.code).toBe(1);
    expect(flipped.stdout).toContain('changed  acme-logistics/acme-logistics-202607.pdf: acme-logistics-202607 (issued 2026-08-03) has sha256');
    expect(flipped.stderr).toContain('the archive differs from the register in 1 place');

    const kita = join(root, 'records/archive/kitanihon-seiki/kitanihon-seiki-202607.pdf');
    renameSync(kita, join(root, 'records/archive/kitanihon-seiki/stray.pdf'));
    const more = await vmsc(['records', 'verify', '--root', root]);
    expect(more.code).toBe(1);
    expect(more.stdout).toContain('missing  kitanihon-seiki/kitanihon-seiki-202607.pdf');
    expect(more.stdout).toContain('unrecorded  kitanihon-seiki/stray.pdf');
  });
});

describe('vmsc records search', () => {
  let root: string;
  beforeAll(async () => {
    root = copyRoot();
    for (const m of ['2026-07', '2026-08', '2026-09', '2026-10']) expect((await vmsc(['issue', '--month', m, '--root', root])).code).toBe(0);
  });
  const search = async (...args: string[]) => vmsc(['records', 'search', '--root', root, ...args]);

  it('by counterparty, date range and amount, combined', async () => {
    const r = await search('--customer', 'acme-logistics', '--from', '2026-09-01', '--to', '2026-10-31', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { documents: { number: string; issueDate: string; total: number }[] };
    expect(j.documents.map((d) => [d.number, d.issueDate])).toEqual([
      ['acme-logistics-202608', '2026-09-01'],
      ['acme-logistics-202609', '2026-10-01'],
    ]);
    const big = JSON.parse((await search('--min', '100,000', '--format', 'json')).stdout) as { documents: { number: string; total: number }[] };
    expect(big.documents.map((d) => d.number)).toContain('acme-logistics-202607');
    for (const d of big.documents) expect(d.total).toBeGreaterThanOrEqual(100000);
    const small = JSON.parse((await search('--max', '50000', '--format', 'json')).stdout) as { documents: { total: number }[] };
    expect(small.documents.length).toBeGreaterThan(0);
    for (const d of small.documents) expect(d.total).toBeLessThanOrEqual(50000);
  });

  it('text and csv', async () => {
    const text = await search('--customer', 'acme-logistics', '--to', '2026-08-31');
    expect(text.stdout).toBe('2026-08-03  acme-logistics-202607            ¥243,100  適格請求書  acme-logistics\n1 document, total ¥243,100\n');
    const csv = await search('--customer', 'acme-logistics', '--to', '2026-08-31', '--format', 'csv');
    const [head, row] = csv.stdout.split('\r\n');
    expect(head).toBe('issueDate,number,kind,customer,month,dueDate,total,taxes,corrects,file,sha256');
    expect(row).toMatch(
      /^2026-08-03,acme-logistics-202607,invoice,acme-logistics,2026-07,2026-08-31,243100,"10% ¥221,000 tax ¥22,100",,acme-logistics\/acme-logistics-202607\.pdf,[0-9a-f]{64}$/,
    );
  });

  it('bad arguments are a message and exit 1', async () => {
    const r = await search('--from', '2026-02-30');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--from must be a real date');
    const m = await search('--min', 'lots');
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('--min must be an amount in yen');
  });
});

describe('vmsc contract ID --issue', () => {
  it('records the contract in the register and the archive; again with the same bytes: already issued', async () => {
    const root = copyRoot();
    const r = await vmsc(['contract', 'acme-logistics', '--issue', '--root', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('issued acme-logistics-contract-1 2026-07-01 (monthly ¥78,100 with tax)');
    const reg = parse(readFileSync(join(root, 'records/register/acme-logistics.yaml'), 'utf8')) as { documents: Record<string, unknown>[] };
    expect(reg.documents[0]).toMatchObject({ number: 'acme-logistics-contract-1', kind: 'contract', issueDate: '2026-07-01', total: 78100 });
    const pdf = readFileSync(join(root, 'records/archive/acme-logistics/acme-logistics-contract-1.pdf'));
    expect(reg.documents[0]!['sha256']).toBe(sha(pdf));
    const again = await vmsc(['contract', 'acme-logistics', '--issue', '--root', root]);
    expect(again.stdout).toContain('already issued acme-logistics-contract-1');
    expect((await vmsc(['records', 'verify', '--root', root])).code).toBe(0);
  });
});

describe('vmsc issue --corrections: 修正適格請求書 and 適格返還請求書 (消費税法57条の4第3項・第4項)', () => {
  const CORRECTION = 'corrections:\n  - { invoice: "2026-07", reason: 月額利用料金の単価の訂正, issuedOn: 2026-11-04 }\n';
  async function corrected(fee: string): Promise<string> {
    const root = copyRoot();
    expect((await vmsc(['issue', '--month', '2026-07', '--customer', 'acme-logistics', '--root', root])).code).toBe(0);
    const tariff = join(root, TARIFF_2019);
    writeFileSync(tariff, readFileSync(tariff, 'utf8').replace('monthlyFee: 30000', `monthlyFee: ${fee}`));
    const acme = join(root, 'customers/acme-logistics.yaml');
    writeFileSync(acme, readFileSync(acme, 'utf8') + CORRECTION);
    return root;
  }

  it('an increase: the corrected document refers to the original number and date, shows both amounts and the difference', async () => {
    const root = await corrected('31000');
    const before = readFileSync(join(root, ACME_PDF));
    const r = await vmsc(['issue', '--corrections', '--root', root]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('issued acme-logistics-202607-c1 (修正適格請求書 of acme-logistics-202607) 2026-11-04 ¥243,100 → ¥245,300, difference ¥2,200');
    const text = (await pdfText(readFileSync(join(root, 'records/archive/acme-logistics/acme-logistics-202607-c1.pdf')))).pages.join('\n');
    for (const s of ['修正適格請求書', 'acme-logistics-202607', '2026年8月3日', '¥243,100', '¥245,300', '¥2,200', '月額利用料金の単価の訂正', '¥22,300'])
      expect(text, s).toContain(s);
    const reg = parse(readFileSync(join(root, 'records/register/acme-logistics.yaml'), 'utf8')) as { documents: Record<string, unknown>[] };
    expect(reg.documents.map((d) => d['number'])).toEqual(['acme-logistics-202607', 'acme-logistics-202607-c1']);
    expect(reg.documents[1]).toMatchObject({
      kind: 'correction',
      month: '2026-07',
      issueDate: '2026-11-04',
      dueDate: '2026-12-30',
      corrects: { number: 'acme-logistics-202607', issueDate: '2026-08-03' },
      total: 245300,
      difference: 2200,
    });
    expect(readFileSync(join(root, ACME_PDF)).equals(before)).toBe(true); // the original stays in the archive
    expect((await vmsc(['records', 'verify', '--root', root])).code).toBe(0);
    expect((await vmsc(['check', '--root', root])).code).toBe(0); // the register's last 2026-07 document is the correction
    expect((await vmsc(['issue', '--corrections', '--root', root])).stdout).toContain('0 corrections issued');
  });

  it('a decrease below the amount paid: a 適格返還請求書 that states the amount returned', async () => {
    const root = await corrected('29000');
    const r = await vmsc(['issue', '--corrections', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(適格返還請求書 of acme-logistics-202607) 2026-11-04 ¥243,100 → ¥240,900, difference -¥2,200');
    const text = (await pdfText(readFileSync(join(root, 'records/archive/acme-logistics/acme-logistics-202607-c1.pdf')))).pages.join('\n');
    expect(text).toContain('適格返還請求書');
    expect(text).toContain('¥2,200 を返還いたします');
  });
});

describe('the search fast path (one document a line)', () => {
  it('parses only the lines whose issue date and total match, and gives what the whole parse gives', async () => {
    const { parseRegisterFast, renderRegister } = await import('../../src/records/register.js');
    const { searchRegister } = await import('../../src/records/search.js');
    const { issuedRegisters } = await import('./fixtures.js');
    const text = Object.values(issuedRegisters(['2026-07', '2026-08', '2026-09', '2026-10']))[0]!;
    const whole = parseRegisterFast(text)!;
    const q = { from: '2026-09-01', to: '2026-10-31', min: 1 };
    const fast = parseRegisterFast(text, (d, t) => d >= q.from && d <= q.to && t >= q.min)!;
    expect(fast.documents.length).toBeLessThan(whole.documents.length);
    expect(searchRegister([fast], q)).toEqual(searchRegister([whole], q));
    // laid out otherwise (one line): the whole parse, the same result
    const oneLine = renderRegister(whole).replace(/,\n {2}\{/g, ',{');
    expect(searchRegister([parseRegisterFast(oneLine, () => false)!], q)).toEqual(searchRegister([whole], q));
  });
});
