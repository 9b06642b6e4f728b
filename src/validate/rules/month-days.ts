import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const realMonthDays: Rule = {
  code: 'R027',
  check(ctx) {
    const c = ctx.inputs.calendar;
    if (!c) return [];
    const out: Diagnostic[] = [];
    const test = (path: (string | number)[], md: string) => {
      const [m, d] = md.split('-').map(Number) as [number, number];
      const max = DAYS[m - 1];
      if (max !== undefined && d > max) out.push(ctx.at('R027', 'error', c.file, path, MESSAGES.R027.notReal({ md, month: m, max })));
    };
    (c.data.helpdesk.breaks ?? []).forEach((b, i) => {
      test(['helpdesk', 'breaks', i, 'from'], b.from);
      test(['helpdesk', 'breaks', i, 'to'], b.to);
    });
    c.data.bankHolidays.forEach((b, i) => {
      test(['bankHolidays', i, 'from'], b.from);
      test(['bankHolidays', i, 'to'], b.to);
    });
    return out;
  },
};
