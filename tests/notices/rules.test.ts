/** check rules for revisions (N001–N005) and the CR/LF guard on titles and names, table-driven. */
import { describe, expect, it } from 'vitest';
import type { Edit } from './util.js';
import { ACME, REV_FILE, diagnostics } from './util.js';
import { ruleTester, yamlEdits } from '../rule-tester.js';

const codes = (edits: Edit[], prefix = 'N') => diagnostics(edits).filter((d) => d.code.startsWith(prefix));

describe('N rules: the example is clean', () => {
  it('no N diagnostic on the example root', () => {
    expect(codes([])).toEqual([]);
  });
});

ruleTester(/^N\d{3}$/, {
  title: 'N rules: each edit of the revision gives its diagnostic, at file:line:col',
  invalid: (
    [
      {
        name: '第2条: a tariff revision names no tariff',
        edits: [{ file: REV_FILE, del: [['tariff']] }],
        code: 'N001',
        line: 3,
        col: 7,
        message: 'is a tariff revision but names no tariff',
      },
      {
        name: '第2条: a tariff revision names a tariff file that does not exist',
        edits: [{ file: REV_FILE, set: [[['tariff'], '2027-04-02']] }],
        code: 'N001',
        line: 7,
        col: 9,
        message: 'there is no policies/tariffs/2027-04-02.yaml',
        hint: 'did you mean 2027-04-01?',
      },
      {
        name: '第2条: the revision takes effect on another day than its tariff',
        edits: [{ file: REV_FILE, set: [[['effectiveOn'], '2027-05-01']] }],
        code: 'N001',
        line: 6,
        col: 14,
        message: 'the tariff it brings in takes effect on 2027-04-01',
      },
      {
        name: '第2条: a terms revision names no edition',
        edits: [{ file: REV_FILE, set: [[['kind'], 'terms']], del: [['tariff']] }],
        code: 'N002',
        line: 3,
        col: 7,
        message: 'names no terms edition',
        hint: 'termsEdition: 5',
      },
      {
        name: '第2条: a terms revision names an edition missing from terms.yaml',
        edits: [
          {
            file: REV_FILE,
            set: [
              [['kind'], 'terms'],
              [['termsEdition'], 9],
            ],
            del: [['tariff']],
          },
        ],
        code: 'N002',
        line: 8,
        col: 15,
        message: 'terms edition 9, which policies/terms.yaml does not list',
      },
      {
        name: '第2条: a terms revision and its edition take effect on different days',
        edits: [
          {
            file: REV_FILE,
            set: [
              [['kind'], 'terms'],
              [['termsEdition'], 5],
            ],
            del: [['tariff']],
          },
          { file: 'policies/terms.yaml', set: [[['editions', 4], { edition: 5, publishedOn: '2027-01-15', effectiveOn: '2027-04-02', summary: '第5版' }]] },
        ],
        code: 'N002',
        line: 6,
        col: 14,
        message: 'terms edition 5 takes effect on 2027-04-02',
      },
      {
        name: 'one kind per revision: a tariff revision also names a terms edition',
        edits: [{ file: REV_FILE, set: [[['termsEdition'], 4]] }],
        code: 'N003',
        line: 9,
        col: 1,
        message: 'also names terms edition 4',
      },
      {
        name: '第2条 (民法548条の4): announced fewer than minimumNoticeDays before effectiveOn',
        edits: [{ file: REV_FILE, set: [[['announcedOn'], '2027-02-01']] }],
        code: 'N004',
        line: 5,
        col: 14,
        message: 'the latest allowed announcement date is 2027-01-31',
        hint: 'announce on or before 2027-01-31',
      },
      {
        name: '第2条: announced after it takes effect',
        edits: [{ file: REV_FILE, set: [[['announcedOn'], '2027-04-02']] }],
        code: 'N004',
        line: 5,
        col: 14,
        message: 'less than 60 days before it takes effect on 2027-04-01',
        also: ['N005'], // and so the cancellation deadline (第6条) is before the announcement
      },
      {
        name: '第6条: the cancellation deadline is before the announcement (warning)',
        edits: [
          { file: REV_FILE, set: [[['announcedOn'], '2027-03-01']] },
          { file: 'policies/provider.yaml', set: [[['notices', 'minimumNoticeDays'], 30]] },
        ],
        code: 'N005',
        line: 5,
        col: 14,
        severity: 'warning',
        message: 'had to give notice by 2027-02-28',
      },
    ] as Array<{
      name: string;
      edits: Edit[];
      code: string;
      line: number;
      col: number;
      message: string;
      hint?: string;
      severity?: 'error' | 'warning';
      also?: string[];
    }>
  ).map((c) => ({
    name: c.name,
    edit: yamlEdits(c.edits),
    expect: {
      code: c.code,
      file: REV_FILE,
      line: c.line,
      col: c.col,
      messageIncludes: c.message,
      ...(c.hint ? { hintIncludes: c.hint } : {}),
      ...(c.severity ? { severity: c.severity } : {}),
    },
    ...(c.also ? { also: c.also } : {}),
  })),
});

describe('第2条: a subject or name holding CR or LF is rejected by check, at line:col', () => {
  it.each([
    ['revision title (the mail subject)', REV_FILE, ['title'], 'VVAULT 改定\nBcc: everyone@example.jp', 'title'],
    ['contact name (a display name in To:)', ACME, ['contacts', 0, 'name'], '田中\r\n花子', 'contacts[0].name'],
    ['billing recipient (a display name in Cc:)', ACME, ['billing', 'recipient'], '経理部\n御中', 'billing.recipient'],
  ] as Array<[string, string, (string | number)[], string, string]>)('%s', (_n, file, path, value, field) => {
    const ds = diagnostics([{ file, set: [[path, value]] }]).filter((d) => d.severity === 'error');
    expect(ds.length).toBe(1);
    const d = ds[0]!;
    expect(d.code).toBe('S005');
    expect(d.file).toBe(file);
    expect(d.message).toBe(`${field} contains a control character (tab, line break or similar)`);
    expect(d.line).toBeGreaterThan(1);
    expect(d.col).toBeGreaterThan(1);
  });

  it('vmsc check prints it with file:line:col and exits 1', async () => {
    const { vmsc } = await import('../helpers.js');
    const { copyRoot } = await import('../helpers.js');
    const { writeFileSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = copyRoot();
    try {
      const p = join(root, REV_FILE);
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^title: .*$/m, 'title: "料金改定\\nBcc: all@example.jp"'));
      const r = await vmsc(['check', '--root', root, '--today', '2026-11-27']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/policies\/revisions\/2027-04-tariff\.yaml:4:8.*S005/s);
      expect(r.stdout).toContain('title contains a control character');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

ruleTester(/^N00[67]$/, {
  title: '第11条: work order fields after the completion, at file:line:col',
  valid: [
    {
      name: '第11条3: a rework of a work order with a recorded defect report',
      edit: yamlEdits([
        { file: ACME, set: [[['workOrders', 0, 'defectReportedOn'], '2026-07-23']] },
        {
          file: ACME,
          set: [
            [['workOrders', 2], { id: 'wo-2026-003', description: '修正作業', server: 'fs01', amount: 0, completedOn: '2026-07-29', reworkOf: 'wo-2026-001' }],
          ],
        },
      ]),
    },
    {
      name: '第11条4: confirmed and mailed on the completion day',
      edit: yamlEdits([
        {
          file: ACME,
          set: [
            [['workOrders', 0, 'mailedOn'], '2026-07-20'],
            [['workOrders', 0, 'confirmedOn'], '2026-07-20'],
          ],
        },
      ]),
    },
  ],
  invalid: [
    {
      name: '第11条3: a rework of a work order that does not exist',
      edit: yamlEdits([{ file: ACME, set: [[['workOrders', 1, 'reworkOf'], 'wo-2026-01']] }]),
      expect: {
        code: 'N006',
        file: ACME,
        line: 67,
        col: 15,
        messageIncludes: 'is a rework of wo-2026-01, which is not another work order',
        hintIncludes: 'did you mean wo-2026-001?',
      },
    },
    {
      name: '第11条3: a rework of a work order with no defect report',
      edit: yamlEdits([{ file: ACME, set: [[['workOrders', 1, 'reworkOf'], 'wo-2026-001']] }]),
      expect: { code: 'N006', file: ACME, line: 67, col: 15, messageIncludes: 'records no defect report', hintIncludes: 'defectReportedOn' },
    },
    {
      name: '第11条2: a defect reported before the work was completed',
      edit: yamlEdits([{ file: ACME, set: [[['workOrders', 0, 'defectReportedOn'], '2026-07-19']] }]),
      expect: { code: 'N007', file: ACME, line: 62, col: 23, messageIncludes: 'has defectReportedOn 2026-07-19, before its completion on 2026-07-20' },
    },
  ],
});
