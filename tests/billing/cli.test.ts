import { describe, expect, it } from 'vitest';
import { EXAMPLE, vmsc } from '../helpers.js';

const root = ['--root', EXAMPLE];

describe('vmsc bill', () => {
  it('--format json for one month has exactly the documented keys', async () => {
    const r = await vmsc(['bill', '--customer', 'acme-logistics', '--month', '2026-07', '--format', 'json', ...root]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown> & { lines: Record<string, unknown>[] };
    expect(Object.keys(j)).toEqual(['customer', 'month', 'invoiceNumber', 'issueDate', 'dueDate', 'lines', 'subtotal', 'tax', 'nonTaxable', 'total']);
    for (const l of j.lines) expect(Object.keys(l)).toEqual(['description', 'quantity', 'unitPrice', 'amount', 'taxCategory']);
    expect(j).toMatchObject({
      customer: 'acme-logistics',
      month: '2026-07',
      invoiceNumber: 'acme-logistics-202607',
      issueDate: '2026-08-03',
      dueDate: '2026-08-31',
      subtotal: 221000,
      tax: 22100,
      nonTaxable: 0,
      total: 243100,
    });
    expect(j.lines.map((l) => l['taxCategory'])).toEqual(['standard-10', 'standard-10', 'standard-10', 'standard-10', 'standard-10']);
  });

  it('without --month: every billed month, a JSON array in json mode', async () => {
    const r = await vmsc(['bill', '--customer', 'acme-logistics', '--format', 'json', ...root]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { month: string; nonTaxable: number; lines: { taxCategory: string; amount: number }[] }[];
    expect(j.map((i) => i.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
    expect(j[2]!.nonTaxable).toBe(777);
    expect(j[2]!.lines.filter((l) => l.taxCategory === 'out-of-scope').map((l) => l.amount)).toEqual([777]);
  });

  it('table format shows lines, tax and total', async () => {
    const r = await vmsc(['bill', '--customer', 'acme-logistics', '--month', '2026-09', ...root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('acme-logistics-202609');
    expect(r.stdout).toContain('due date 2026-10-30');
    expect(r.stdout).toMatch(/777\s+n\/a\s+遅延損害金（acme-logistics-202607/);
    expect(r.stdout).toMatch(/78,877\s+total/);
  });

  it('the output does not depend on the clock', async () => {
    const a = await vmsc(['bill', '--customer', 'kitanihon-seiki', '--format', 'json', ...root], { now: Date.parse('2026-11-27T00:00:00Z') });
    const b = await vmsc(['bill', '--customer', 'kitanihon-seiki', '--format', 'json', ...root], { now: Date.parse('2027-06-01T12:00:00Z') });
    expect(a.stdout).toBe(b.stdout);
  });

  it.each([
    ['an unknown customer', ['--customer', 'nobody'], /unknown customer "nobody"/],
    [
      'a month before billing starts',
      ['--customer', 'acme-logistics', '--month', '2026-06'],
      /2026-06 is not a billed month of acme-logistics: invoices run from 2026-07 through 2026-10/,
    ],
    ['a month after billing.closedThrough', ['--customer', 'acme-logistics', '--month', '2026-11'], /not a billed month/],
    ['a malformed month', ['--customer', 'acme-logistics', '--month', '2026-7'], /--month must be a month YYYY-MM/],
    ['an impossible month', ['--customer', 'acme-logistics', '--month', '2026-13'], /--month must be a month YYYY-MM/],
  ])('%s → a clear message and exit 1', async (_n, args, msg) => {
    const r = await vmsc(['bill', ...args, ...root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(r.stdout).toBe('');
  });
});
