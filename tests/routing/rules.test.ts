/** Routing rules T001–T006: a valid and an invalid case each, located in the file. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE, checkDiagnostics, readRoot, vmsc, copyRoot } from '../helpers.js';
import { ruleTester } from '../rule-tester.js';
import type { Root } from '../rule-tester.js';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Edit = Record<string, (s: string) => string>;

/** the example root in memory, with some files edited */
function sourcesWith(edit: Edit) {
  return readRoot(EXAMPLE).map((f) => {
    const e = edit[f.path];
    return e ? { path: f.path, bytes: new TextEncoder().encode(e(new TextDecoder().decode(f.bytes))) } : f;
  });
}

function run(edit: Edit, today = '2026-11-27') {
  return checkDiagnostics(sourcesWith(edit), today).filter((d) => d.code.startsWith('T'));
}

const CAL = 'policies/calendar.yaml';
const ROUTING = 'policies/routing.yaml';
const PROVIDER = 'policies/provider.yaml';

describe('routing rules', () => {
  it('the example passes every T rule but T006 (today 2026-11-27; it names no smarthost)', () => {
    expect(run({}).map((d) => d.code)).toEqual(['T006']);
    expect(run({ [PROVIDER]: (s) => s.replace(/^mail:\n/m, 'mail:\n  smarthost: smtp.example.jp:587\n') })).toEqual([]);
  });

  type Case = [string, Edit, string, string, 'error' | 'warning', number, number, RegExp];
  const cases: Case[] = [
    ['T001 仕様書2,4: coverage runs out in less than 90 days → warning', {}, '2028-10-15', 'T001', 'warning', 13, 40, /runs out on 2028-12-31, in 77 days/],
    [
      'T005 仕様書3,4: coverage already over → error (not T001)',
      { [CAL]: (s) => s.replace('through: 2028-12-31', 'through: 2026-10-31') },
      '2026-11-27',
      'T005',
      'error',
      13,
      40,
      /ended on 2026-10-31, 27 days ago/,
    ],
    [
      'T001: coverage starting after today → warning',
      { [CAL]: (s) => s.replace('from: 2026-01-01', 'from: 2027-01-01') },
      '2026-11-27',
      'T001',
      'warning',
      13,
      19,
      /starts on 2027-01-01/,
    ],
    [
      'T002: coverage from after through → error',
      { [CAL]: (s) => s.replace('from: 2026-01-01, through: 2028-12-31', 'from: 2028-01-01, through: 2027-12-31') },
      '2026-11-27',
      'T002',
      'error',
      13,
      1,
      /empty/,
    ],
    [
      'T003 仕様書2: helpdesk closes before it opens → error',
      { [CAL]: (s) => s.replace('closes: "17:30"', 'closes: "08:30"') },
      '2026-11-27',
      'T003',
      'error',
      6,
      11,
      /impossible interval/,
    ],
    ['T003: opens == closes → error', { [CAL]: (s) => s.replace('closes: "17:30"', 'closes: "09:00"') }, '2026-11-27', 'T003', 'error', 6, 11, /same time/],
    [
      'T004: a provider receiver named like a customer receiver → error',
      {
        [ROUTING]: (s) =>
          s.replace('id: noc,', 'id: customer-acme-logistics,').replace(/outsideHelpdeskHours: \[noc\]/g, 'outsideHelpdeskHours: [customer-acme-logistics]'),
      },
      '2026-11-27',
      'T004',
      'error',
      5,
      11,
      /reserved for customer acme-logistics's/,
    ],
  ];
  cases.push(['T006: no mail.smarthost → warning that alerts would go to localhost:25', {}, '2026-11-27', 'T006', 'warning', 22, 1, /localhost:25/]);
  /** the edits of a case, as rule-tester edits (each must change its file) */
  const edits = (edit: Edit) =>
    Object.entries(edit).map(([file, f]) => (r: Root) => {
      r.map(file, f);
    });
  ruleTester(/^T\d{3}$/, {
    title: 'each edit gives its T diagnostic, at file:line:col',
    invalid: cases.map(([name, edit, today, code, severity, line, col, message]) => ({
      name,
      edit: edits(edit),
      today,
      expect: { code, file: code === 'T004' ? ROUTING : code === 'T006' ? PROVIDER : CAL, line, col, severity, message },
    })),
    valid: [{ name: 'T001: exactly 90 days ahead is enough', today: '2028-10-02' }],
    allow: ['T006'], // the example names no smarthost: its own case below
  });

  it('related checks owned by the foundation also guard routing: R027 (02-30 in a break), R025 (unknown receiver)', () => {
    const all = (edit: Edit) =>
      checkDiagnostics(sourcesWith(edit))
        .filter((d) => d.severity === 'error')
        .map((d) => d.code);
    expect(all({ [CAL]: (s) => s.replace('from: "12-29"', 'from: "02-30"') })).toEqual(['R027']);
    expect(all({ [ROUTING]: (s) => s.replace('outsideHelpdeskHours: [noc]', 'outsideHelpdeskHours: [nocc]') })).toEqual(['R025']);
  });

  it('an impossible interval or an ended coverage stops the build (exit 1), a short coverage only warns', async () => {
    const root = copyRoot();
    const p = join(root, CAL);
    const orig = readFileSync(p, 'utf8');
    writeFileSync(p, orig.replace('closes: "17:30"', 'closes: "08:30"'));
    const bad = await vmsc(['check', '--root', root, '--today', '2026-11-27']);
    expect(bad.code).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('T003');
    writeFileSync(p, orig);
    const warn = await vmsc(['check', '--root', root, '--today', '2028-11-01']);
    expect(warn.code).toBe(0);
    expect(warn.stdout + warn.stderr).toContain('T001');
    const ended = await vmsc(['check', '--root', root, '--today', '2029-01-05']);
    expect(ended.code).toBe(1);
    expect(ended.stdout + ended.stderr).toContain('T005');
    expect(ended.stdout + ended.stderr).not.toContain('T001');
  });
});
