/**
 * The rules of prospects/<id>.yaml (Q001–Q005) and what the schema and D001 say about bad input in a prospect:
 * a 300-character name, an emoji the font lacks, 2026-02-30, a duplicate id, a path in the id — each a located
 * message in Japanese too.
 */
import { describe, expect, it } from 'vitest';
import { caseDiagnostics, ruleTester } from '../rule-tester.js';
import { KAZE, MINAMI, MINAMI_TEXT, PROVIDER, salesRoot } from './fixtures.js';

ruleTester(/^(Q00[1-5]|D001|S00[1-9])$/, {
  title: 'prospects: schema, Q001–Q005, D001',
  valid: [{ name: '第4条: two complete prospects with the sales policy', edit: salesRoot }],
  invalid: [
    {
      name: 'file name = id (Q001)',
      edit: [salesRoot, (r) => r.rename(MINAMI, 'prospects/minami.yaml')],
      expect: { code: 'Q001', file: 'prospects/minami.yaml', at: ['minami-shoji', 0], messageIncludes: 'minami.yaml' },
    },
    {
      name: 'a prospect whose id is already a customer (Q002)',
      edit: [
        salesRoot,
        (r) => r.rename(MINAMI, 'prospects/acme-logistics.yaml').replace('prospects/acme-logistics.yaml', 'id: minami-shoji', 'id: acme-logistics'),
      ],
      expect: { code: 'Q002', file: 'prospects/acme-logistics.yaml', at: ['acme-logistics', 0], messageIncludes: 'customers/acme-logistics.yaml' },
    },
    {
      name: 'a duplicate prospect id (Q002, with Q001 for the misnamed file)',
      edit: [salesRoot, (r) => r.write('prospects/minami-2.yaml', MINAMI_TEXT)],
      expect: [
        { code: 'Q002', file: MINAMI, at: ['minami-shoji', 0], messageIncludes: 'prospects/minami-2.yaml' },
        { code: 'Q001', file: 'prospects/minami-2.yaml', at: ['minami-shoji', 0] },
      ],
    },
    {
      name: 'a path in the id (schema S005)',
      edit: [salesRoot, (r) => r.replace(MINAMI, 'id: minami-shoji', 'id: ../customers/minami-shoji')],
      expect: { code: 'S005', file: MINAMI, at: ['../customers', 0] },
    },
    {
      name: 'plan not in the tariff in force on the planned start (Q003)',
      edit: [salesRoot, (r) => r.replace(MINAMI, 'plan: premium', 'plan: premiun')],
      expect: { code: 'Q003', file: MINAMI, at: ['premiun', 0], messageIncludes: '2027-03-01', hintIncludes: 'premium' },
    },
    {
      name: 'option not in the tariff in force (Q003)',
      edit: [salesRoot, (r) => r.replace(MINAMI, 'config-backup]', 'config-backups]')],
      expect: { code: 'Q003', file: MINAMI, at: ['config-backups', 0], hintIncludes: 'config-backup' },
    },
    {
      name: 'no tariff in force on the planned start (Q003)',
      edit: [salesRoot, (r) => r.replace(MINAMI, 'plannedStartOn: 2027-03-01', 'plannedStartOn: 2019-01-01')],
      expect: { code: 'Q003', file: MINAMI, at: ['2019-01-01', 0], hintIncludes: '2019-07-01' },
      also: ['Q005'],
    },
    {
      name: 'a later tariff drops the option the quote prices (Q003)',
      edit: [
        salesRoot,
        (r) => r.replace('policies/tariffs/2027-04-01.yaml', '  - { code: config-backup, name: 設定バックアップ, monthlyFee: 3500, per: server }\n', ''),
      ],
      expect: { code: 'Q003', file: MINAMI, at: ['config-backup', 0], messageIncludes: '2027-04-01' },
    },
    {
      name: 'prospects without the sales policy in provider.yaml (Q004)',
      edit: [salesRoot, (r) => r.map(PROVIDER, (t) => t.replace(/sales:[\s\S]*$/, ''))],
      expect: { code: 'Q004', file: PROVIDER, at: ['name', 0] },
    },
    {
      name: '第4条2: no terms edition in effect on the planned start (Q005)',
      edit: [
        salesRoot,
        (r) =>
          r
            .replace('policies/terms.yaml', '2014-11-01, effectiveOn: 2014-11-01', '2014-11-01, effectiveOn: 2030-01-01')
            .map('policies/terms.yaml', (t) => t.replace(/ {2}- \{ edition: [234][^\n]*\n/g, '')),
      ],
      expect: [
        { code: 'Q005', file: MINAMI, at: ['2027-03-01', 0] },
        { code: 'Q005', file: KAZE, at: ['2027-05-15', 0] },
      ],
    },
    {
      name: 'a 300-character name (schema S007)',
      edit: [salesRoot, (r) => r.replace(MINAMI, 'legalName: 株式会社南商事', `legalName: ${'南'.repeat(300)}`)],
      expect: { code: 'S007', file: MINAMI, at: ['南南南', 0], messageIncludes: '200' },
    },
    {
      name: 'an emoji the document font lacks (D001)',
      edit: [salesRoot, (r) => r.replace(MINAMI, 'legalName: 株式会社南商事', 'legalName: 株式会社南商事😀')],
      expect: { code: 'D001', file: MINAMI, at: ['😀', 0], messageIncludes: 'U+1F600' },
    },
    {
      name: 'a start date of 2026-02-30 (schema S006)',
      edit: [salesRoot, (r) => r.replace(MINAMI, 'plannedStartOn: 2027-03-01', 'plannedStartOn: 2026-02-30')],
      expect: { code: 'S006', file: MINAMI, at: ['2026-02-30', 0], messageIncludes: '2026-02-30' },
      also: ['Q003'],
    },
  ],
  allow: ['P003'],
});

describe('prospect messages in Japanese', () => {
  it('every prospect diagnostic above has a Japanese message and hint', () => {
    const { diagnostics } = caseDiagnostics(/^(Q00\d|S006|D001)$/, {
      name: 'ja',
      edit: [
        salesRoot,
        (r) =>
          r
            .replace(MINAMI, 'plannedStartOn: 2027-03-01', 'plannedStartOn: 2026-02-30')
            .replace(MINAMI, 'legalName: 株式会社南商事', 'legalName: 南😀')
            .replace(KAZE, 'plan: standard', 'plan: gold'),
      ],
    });
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['D001', 'Q003', 'S006']);
    for (const d of diagnostics) {
      expect(d.ja?.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(d.ja?.hint).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
