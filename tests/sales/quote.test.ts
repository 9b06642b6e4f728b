/**
 * The quote's figures equal an independent computation from the tariff YAML (plan × servers, options per customer
 * or per server, tax floor(subtotal × rate) once per rate, the initial fee in the first month), for the example's
 * plans, with a revision in the future (2027-04-01) and without; and the PDF prints them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { check } from '../../src/driver/index.js';
import { priceQuote, renderQuote, scopedModel } from '../../src/sales/index.js';
import type { Prospect } from '../../src/model/inputs.js';
import { EXAMPLE } from '../helpers.js';
import { ASSETS, pdfText } from '../documents/pdf.js';
import { KAZE, MINAMI, salesRootOf } from './fixtures.js';

interface TariffYaml {
  effectiveFrom: string;
  taxRatePercent: number;
  plans: Array<{ code: string; initialFee: number; monthlyFee: number }>;
  options: Array<{ code: string; monthlyFee: number; per: 'customer' | 'server' }>;
}

const tariff = (date: string) => load(readFileSync(join(EXAMPLE, 'policies', 'tariffs', `${date}.yaml`), 'utf8')) as TariffYaml;
const OLD = tariff('2019-07-01');
const NEW = tariff('2027-04-01');

/** what a month costs, written out from the YAML without the billing code */
function expected(t: TariffYaml, plan: string, options: string[], servers: number) {
  const p = t.plans.find((x) => x.code === plan)!;
  let subtotal = p.monthlyFee * servers;
  for (const o of options) {
    const opt = t.options.find((x) => x.code === o)!;
    subtotal += opt.monthlyFee * (opt.per === 'server' ? servers : 1);
  }
  const tax = Math.floor((subtotal * t.taxRatePercent) / 100);
  const first = p.initialFee + subtotal;
  const firstTax = Math.floor((first * t.taxRatePercent) / 100);
  return { subtotal, tax, total: subtotal + tax, initial: p.initialFee, firstTotal: first + firstTax, firstTax };
}

function root(edit?: (text: string) => string) {
  const r = salesRootOf();
  if (edit) r.map(MINAMI, edit);
  const c = check(r.sources(), { today: '2026-12-01' });
  const s = scopedModel(c, { prospect: 'minami-shoji' });
  expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const prospect = (id: string): Prospect => c.inputs.prospects.find((p) => p.data.id === id)!.data;
  return { model: s.model!, prospect };
}

describe('priceQuote', () => {
  it('premium × 2 with both options, starting 2027-03-01: the first month at the old tariff, from 2027-04 the revision', () => {
    const { model, prospect } = root();
    const q = priceQuote(model, prospect('minami-shoji'), '2026-12-01');
    const old = expected(OLD, 'premium', ['monthly-report', 'config-backup'], 2);
    const neu = expected(NEW, 'premium', ['monthly-report', 'config-backup'], 2);
    expect(q.number).toBe('Q20261201-minami-shoji');
    expect(q.validUntil).toBe('2026-12-31');
    expect(q.tariffEffectiveFrom).toBe('2019-07-01');
    expect(q.initial.amount).toBe(old.initial);
    expect([q.monthly.subtotal, q.monthly.tax, q.monthly.total]).toEqual([old.subtotal, old.tax, old.total]);
    expect([q.firstMonth.tax, q.firstMonth.total]).toEqual([old.firstTax, old.firstTotal]);
    // the second month is already April: one period, at the new prices, announced by the revision
    expect(q.after).toHaveLength(1);
    expect(q.after[0]).toMatchObject({ fromMonth: '2027-04', later: true, tariffEffectiveFrom: '2027-04-01', revision: { id: '2027-04-tariff' } });
    expect([q.after[0]!.monthly.subtotal, q.after[0]!.monthly.tax, q.after[0]!.monthly.total]).toEqual([neu.subtotal, neu.tax, neu.total]);
    // the figures as numbers, for the report: ¥276,100 the first month, ¥118,800 a month from 2027-04
    expect([q.firstMonth.total, q.after[0]!.monthly.total]).toEqual([276100, 118800]);
  });

  it('standard × 1 without option, starting 2027-01-15: two months at the old prices, then the revision', () => {
    const { model, prospect } = root((t) =>
      t
        .replace('plannedStartOn: 2027-03-01', 'plannedStartOn: 2027-01-15')
        .replace('plan: premium', 'plan: standard')
        .replace('options: [monthly-report, config-backup]', 'options: []')
        .replace('serverCount: 2', 'serverCount: 1'),
    );
    const q = priceQuote(model, prospect('minami-shoji'), '2026-12-10');
    const old = expected(OLD, 'standard', [], 1);
    const neu = expected(NEW, 'standard', [], 1);
    expect(q.minimumPeriodEndsOn).toBe('2027-01-31');
    expect([q.firstMonth.month, q.firstMonth.total]).toEqual(['2027-01', old.firstTotal]);
    expect(q.after.map((p) => [p.fromMonth, p.throughMonth, p.monthly.total])).toEqual([
      ['2027-02', '2027-03', old.total],
      ['2027-04', undefined, neu.total],
    ]);
  });

  it('a start after the revision: priced by the new tariff, no later period', () => {
    const { model, prospect } = root();
    const q = priceQuote(model, prospect('kaze-denki'), '2027-05-01');
    const neu = expected(NEW, 'standard', [], 1);
    expect(q.tariffEffectiveFrom).toBe('2027-04-01');
    expect([q.firstMonth.total, q.monthly.total]).toEqual([neu.firstTotal, neu.total]);
    expect(q.after.map((p) => [p.fromMonth, p.later])).toEqual([['2027-06', false]]);
    expect(q.number).toBe('Q20270501-kaze-denki');
  });
});

describe('renderQuote', () => {
  it('prints the number, the dates, every total and the conditions (第15条2, 第5条, 第16条); same inputs, same bytes', async () => {
    const { model, prospect } = root();
    const doc = renderQuote(ASSETS, model, prospect('minami-shoji'), '2026-12-01');
    const text = (await pdfText(doc.bytes)).text.replace(/\n/g, ''); // a line may break anywhere
    for (const s of [
      '御見積書',
      'Q20261201-minami-shoji',
      '2026年12月31日',
      '株式会社南商事 御中',
      '¥276,100',
      '¥118,800',
      '2027年4月分以降',
      '第15条2項',
      '第5条',
      '第16条',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('料金改定を説明済み'); // notes are internal
    expect(renderQuote(ASSETS, model, prospect('minami-shoji'), '2026-12-01').bytes).toEqual(doc.bytes);
  });

  it('a prospect file of its own is enough: the other prospect may be broken', () => {
    const r = salesRootOf();
    r.replace(KAZE, 'plan: standard', 'plan: gold');
    const s = scopedModel(check(r.sources(), { today: '2026-12-01' }), { prospect: 'minami-shoji' });
    expect(s.model).toBeDefined();
    expect(s.diagnostics.filter((d) => d.code === 'P004' || d.severity === 'error').map((d) => [d.code, d.severity, d.file])).toEqual([
      ['P004', 'warning', KAZE],
    ]);
  });
});
