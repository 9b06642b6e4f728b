/**
 * Routing rules (T0xx): the calendar that alert routing is generated from, and the receiver names it makes.
 * Receiver references (R025), one rule per severity (R026), real MM-DD (R027) and the holiday data range
 * (B001) are checked elsewhere.
 */
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
      const msg =
        left < 0
          ? `calendar coverage ended on ${through}, ${-left} days ago: alert routing no longer knows the holidays`
          : `calendar coverage runs out on ${through}, in ${left} days (less than ${COVERAGE_MIN_DAYS_AHEAD})`;
      out.push(
        ctx.at(
          'T001',
          'warning',
          c.file,
          ['coverage', 'through'],
          msg,
          `extend coverage.through to ${need} or later (e.g. the end of next year), then run vmsc build and deploy out/routing/alertmanager.yml`,
        ),
      );
    }
    if (from > ctx.today) {
      out.push(
        ctx.at(
          'T001',
          'warning',
          c.file,
          ['coverage', 'from'],
          `calendar coverage starts on ${from}, after today (${ctx.today}): closed days before it are not in alert routing`,
          `set coverage.from to ${ctx.today} or earlier`,
        ),
      );
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
    return [
      ctx.at(
        'T002',
        'error',
        c.file,
        ['coverage'],
        `calendar coverage is empty: from ${from} is after through ${through}`,
        'swap the two dates, or set through to a later date',
        'key',
      ),
    ];
  },
};

export const helpdeskHoursOrder: Rule = {
  code: 'T003',
  check(ctx) {
    const c = ctx.inputs.calendar;
    if (!c) return [];
    const { opens, closes } = c.data.helpdesk;
    if (opens < closes) return [];
    return [
      ctx.at(
        'T003',
        'error',
        c.file,
        ['helpdesk', 'closes'],
        `helpdesk closes at ${closes}, ${opens === closes ? 'the same time as' : 'before'} it opens (${opens}): an impossible interval`,
        'helpdesk hours lie within one day: set closes later than opens, e.g. opens: "09:00", closes: "17:30"',
      ),
    ];
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
          `receiver id "${rec.id}" is reserved for ${customers.has(cid) ? `customer ${cid}'s` : "customers'"} fault-notification receiver`,
          `rename it so that it does not start with "${CUSTOMER_RECEIVER_PREFIX}"`,
        ),
      );
    });
    return out;
  },
};

export const ROUTING_RULES: Rule[] = [coverageAhead, coverageOrder, helpdeskHoursOrder, receiverNamesFree];
