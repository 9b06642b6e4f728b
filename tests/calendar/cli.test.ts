import { describe, expect, it } from 'vitest';
import { EXAMPLE, vmsc } from '../helpers.js';

const root = ['--root', EXAMPLE];

describe('vmsc calendar', () => {
  it('--date explains a helpdesk closed day that is a bank business day', async () => {
    const r = await vmsc(['calendar', '--date', '2026-12-29', ...root]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-12-29 火曜日');
    expect(r.stdout).toMatch(/helpdesk day:\s+no \(年末年始\); next helpdesk day 2027-01-04/);
    expect(r.stdout).toMatch(/bank business day: yes/);
  });

  it('--date --format json', async () => {
    const r = await vmsc(['calendar', '--date', '2026-09-22', '--format', 'json', ...root]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      date: '2026-09-22',
      weekday: 2,
      nationalHoliday: '国民の休日',
      helpdeskDay: false,
      bankBusinessDay: false,
      previousBankBusinessDay: '2026-09-18',
      nextBankBusinessDay: '2026-09-24',
    });
  });

  it('--year lists holidays and closed days; json counts the year', async () => {
    const t = await vmsc(['calendar', '--year', '2026', ...root]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('2026: 240 helpdesk days (09:00–17:30 JST), 242 bank business days');
    expect(t.stdout).toMatch(/2026-05-06 .* 祝日（振替休日）/);
    expect(t.stdout).toMatch(/2026-12-29 .*closed\s+open\s+年末年始/);
    expect(t.stdout).not.toContain('2026-11-28'); // a plain Saturday is not listed
    const j = await vmsc(['calendar', '--year', '2027', '--format', 'json', ...root]);
    const y = JSON.parse(j.stdout) as {
      year: number;
      nationalHolidays: { date: string; name: string }[];
      helpdeskClosedDays: { date: string; reasons: string[] }[];
      bankHolidays: unknown[];
      helpdeskDays: number;
      bankBusinessDays: number;
    };
    expect(y.year).toBe(2027);
    expect(y.nationalHolidays[0]).toEqual({ date: '2027-01-01', weekday: 5, name: '元日' });
    expect(y.helpdeskClosedDays.find((d) => d.date === '2027-12-29')?.reasons).toEqual(['年末年始']);
    expect(y.helpdeskDays + y.helpdeskClosedDays.length).toBe(365);
    expect(y.bankBusinessDays + y.bankHolidays.length).toBe(365);
  });

  it('--date on the first day of the holiday data answers; the walk back says it leaves the data', async () => {
    const r = await vmsc(['calendar', '--date', '1970-01-01', '--format', 'json', ...root]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      nationalHoliday: '元日',
      bankBusinessDay: false,
      previousBankBusinessDay: null,
      nextBankBusinessDay: '1970-01-05',
    });
  });

  it.each([
    ['a malformed date', ['--date', '2026-02-30'], /--date must be a real date YYYY-MM-DD/],
    ['a date outside the holiday data', ['--date', '2051-01-05'], /outside the national holiday data/],
    ['a year outside the holiday data', ['--year', '1969'], /outside the national holiday data/],
    ['a malformed year', ['--year', '26'], /--year must be a year YYYY/],
    ['neither --year nor --date', [], /exactly one of --year YYYY or --date YYYY-MM-DD/],
    ['both', ['--year', '2026', '--date', '2026-01-01'], /exactly one of/],
  ])('%s → a clear message and exit 1', async (_n, args, msg) => {
    const r = await vmsc(['calendar', ...args, ...root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(msg);
    expect(r.stdout).toBe('');
  });
});
