/** A table of calendar and billing results, computed in whatever TZ the process runs in (see tz.test.ts). */
import { businessCalendar } from '../../src/calendar/calendar.js';
import { dueDate } from '../../src/billing/dates.js';
import { computeInvoices } from '../../src/billing/invoice.js';
import { contractFigures, earliestLegalEndDate } from '../../src/billing/contract.js';
import { lateFee } from '../../src/billing/money.js';
import { compile } from '../../src/driver/index.js';
import { daysBetween, monthRange, todayInTokyo } from '../../src/util/dates.js';
import { EXAMPLE, readRoot, vmsc } from '../helpers.js';

export interface TzTable {
  tz: string | undefined;
  /** minutes, as Date reports them for 2026-01-01 local midnight: proves the TZ was in effect */
  offsetMinutes: number;
  results: unknown;
}

export async function tzTable(): Promise<TzTable> {
  const r = compile(readRoot(EXAMPLE), { today: '2026-11-27' });
  if (!r.model) throw new Error('example does not compile');
  const m = r.model;
  const cal = businessCalendar(m.policies.calendar);
  const dueDates = Object.fromEntries(monthRange('2017-12', '2030-12').map((mo) => [mo, dueDate(cal, mo)]));
  const days = cal.days('2026-12-20', '2027-01-10').concat(cal.days('2028-02-27', '2028-03-02'), cal.days('2019-04-25', '2019-05-07'));
  const invoices = m.customers.map((c) => computeInvoices(m, c));
  const contracts = m.customers.map((c) => [contractFigures(m, c), earliestLegalEndDate(c, '2027-01-29')]);
  const fees = [
    [daysBetween('2026-08-31', '2026-10-01'), lateFee(110000, daysBetween('2026-08-31', '2026-10-01'))],
    [daysBetween('2028-02-15', '2028-03-17'), lateFee(110000, daysBetween('2028-02-15', '2028-03-17'))],
  ];
  // the CLI's default "today" is the date in Japan of the instant, whatever the TZ
  const todays = [Date.parse('2026-11-27T14:59:59Z'), Date.parse('2026-11-27T15:00:00Z'), Date.parse('2026-12-31T23:30:00-08:00')].map((t) => todayInTokyo(t));
  const cli = await vmsc(['bill', '--customer', 'acme-logistics', '--format', 'json', '--root', EXAMPLE]);
  const cliCal = await vmsc(['calendar', '--year', '2027', '--format', 'json', '--root', EXAMPLE]);
  return {
    tz: process.env['TZ'],
    offsetMinutes: new Date(2026, 0, 1).getTimezoneOffset(),
    results: { dueDates, days, invoices, contracts, fees, todays, cli: cli.stdout, cliCal: cliCal.stdout },
  };
}
