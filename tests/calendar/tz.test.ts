/**
 * Civil dates never depend on the machine's time zone: the same table of due dates, calendar days,
 * invoices, contract figures and CLI output is computed in child processes under TZ=UTC, Asia/Tokyo and
 * America/Los_Angeles (each a separate vitest run, since TZ is read when a process starts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { tzTable } from './tz-table.js';
import type { TzTable } from './tz-table.js';

const run = promisify(execFile);
const TZS = [
  ['UTC', 0],
  ['Asia/Tokyo', -540],
  ['America/Los_Angeles', 480],
] as const;

async function childTable(tz: string): Promise<TzTable> {
  const out = join(mkdtempSync(join(tmpdir(), 'vmsc-tz-')), 'table.json');
  await run(process.execPath, [join(REPO, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'tests/calendar/tz-child/vitest.config.ts'], {
    cwd: REPO,
    env: { ...process.env, TZ: tz, VMSC_TZ_OUT: out },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(readFileSync(out, 'utf8')) as TzTable;
}

describe('identical results under TZ=UTC, Asia/Tokyo and America/Los_Angeles', () => {
  it('every TZ computes the same table as this process, with the public vectors', async () => {
    const here = await tzTable();
    const tables = await Promise.all(TZS.map(([tz]) => childTable(tz)));
    TZS.forEach(([tz, offset], i) => {
      const t = tables[i]!;
      expect(t.tz).toBe(tz);
      expect(t.offsetMinutes).toBe(offset); // the child really ran in that zone
      expect(t.results).toEqual(here.results);
    });
    const r = tables[2]!.results as { dueDates: Record<string, string>; fees: number[][]; todays: string[] };
    expect([r.dueDates['2024-11'], r.dueDates['2025-12'], r.dueDates['2018-03'], r.dueDates['2019-03']]).toEqual([
      '2024-12-30',
      '2026-01-30',
      '2018-04-27',
      '2019-04-26',
    ]);
    expect(r.fees).toEqual([
      [31, 1364],
      [31, 1364],
    ]);
    expect(r.todays).toEqual(['2026-11-27', '2026-11-28', '2027-01-01']);
  });
});
