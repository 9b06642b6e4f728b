/**
 * Routing rules (T0xx): the calendar that alert routing is generated from, and the receiver names it makes.
 * Receiver references (R025), one rule per severity (R026), real MM-DD (R027) and the holiday data range
 * (B001) are checked elsewhere.
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import { addDays, daysBetween, isValidDate } from '../../util/dates.js';
import { CUSTOMER_RECEIVER_PREFIX } from '../../domain/routing-names.js';

/** how far past today the enumerated closed days must reach (a check threshold, not a business number) */
export const COVERAGE_MIN_DAYS_AHEAD = 90;

export const coverageAhead: Rule = {
  code: 'T001',
  check(ctx) {
    const c = ctx.inputs.calendar;
    if (!c || !isValidDate(ctx.today)) return [];
    const { from, through } = c.data.coverage;
    if (!isValidDate(from) || !isValidDate(through) || from > through) return [];
    const out: Diagnostic[] = [];
    const need = addDays(ctx.today, COVERAGE_MIN_DAYS_AHEAD);
    // once coverage is over it is T005's error (routing-lapse.ts), not this warning
    if (through < need && through >= ctx.today) {
      const left = daysBetween(ctx.today, through);
      out.push(
        ctx.at(
          'T001',
          'warning',
          c.file,
          ['coverage', 'through'],
          left < 0 ? MESSAGES.T001.ended({ through, daysAgo: -left, need }) : MESSAGES.T001.runsOut({ through, left, min: COVERAGE_MIN_DAYS_AHEAD, need }),
        ),
      );
    }
    if (from > ctx.today) {
      out.push(ctx.at('T001', 'warning', c.file, ['coverage', 'from'], MESSAGES.T001.startsLater({ from, today: ctx.today })));
    }
    return out;
  },
};

export const coverageOrder: Rule = {
  code: 'T002',
  check(ctx) {
    const c = ctx.inputs.calendar;
    if (!c) return [];
    const { from, through } = c.data.coverage;
    if (!isValidDate(from) || !isValidDate(through) || from <= through) return [];
    return [ctx.at('T002', 'error', c.file, ['coverage'], MESSAGES.T002.empty({ from, through }), 'key')];
  },
};

export const helpdeskHoursOrder: Rule = {
  code: 'T003',
  check(ctx) {
    const c = ctx.inputs.calendar;
    if (!c) return [];
    const { opens, closes } = c.data.helpdesk;
    if (opens < closes) return [];
    return [ctx.at('T003', 'error', c.file, ['helpdesk', 'closes'], MESSAGES.T003.order({ opens, closes }))];
  },
};

export const receiverNamesFree: Rule = {
  code: 'T004',
  check(ctx) {
    const r = ctx.inputs.routing;
    if (!r) return [];
    const customers = new Set(ctx.inputs.customers.map((c) => c.data.id));
    const out: Diagnostic[] = [];
    r.data.receivers.forEach((rec, i) => {
      if (!rec.id.startsWith(CUSTOMER_RECEIVER_PREFIX)) return;
      const cid = rec.id.slice(CUSTOMER_RECEIVER_PREFIX.length);
      out.push(
        ctx.at(
          'T004',
          'error',
          r.file,
          ['receivers', i, 'id'],
          MESSAGES.T004.reserved({ id: rec.id, customer: customers.has(cid) ? cid : undefined, prefix: CUSTOMER_RECEIVER_PREFIX }),
        ),
      );
    });
    return out;
  },
};

export const ROUTING_RULES: Rule[] = [coverageAhead, coverageOrder, helpdeskHoursOrder, receiverNamesFree];
