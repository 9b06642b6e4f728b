/**
 * Termination (第5条 最低利用期間, 第6条 利用契約の終了).
 * - 第5条1: the minimum period runs from the establishment date (billingStartsOn) to the end of that month.
 * - 第5条2: ending inside the minimum period needs written notice at least 2 weeks (14 days) before the end date.
 * - 第6条1-2: otherwise notice at least one month before the end date, which is always a month end.
 *   "One calendar month before" is Temporal's month arithmetic, clamped at month ends (03-31 → 02-28).
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { isMonthEnd, lastDayOfMonth } from '../../util/dates.js';
import { earliestLegalEndDate, latestNoticeDate } from '../../billing/contract.js';
import type { Rule } from '../rule.js';

/**
 * The latest day a notice may be given for a contract ending on `endsOn` (a month end on or after the end of
 * the minimum period). The 第5条2 / 第6条 arithmetic lives in billing/contract.ts, shared with the contract
 * figures and the revision notices.
 */
export function noticeDeadline(billingStartsOn: string, endsOn: string): { deadline: string; article: string } {
  const minimum = { minimumPeriodEndsOn: lastDayOfMonth(billingStartsOn) };
  const deadline = latestNoticeDate(minimum, endsOn);
  if (deadline === undefined) throw new Error(`internal: no notice deadline for an end on ${endsOn} (R018/R020 come first)`);
  return { deadline, article: endsOn === minimum.minimumPeriodEndsOn ? '第5条2' : '第6条1' };
}

/** the earliest month end a contract can legally end on when notice is given on `noticedOn` */
export function earliestLegalEnd(billingStartsOn: string, noticedOn: string): string {
  return earliestLegalEndDate({ minimumPeriodEndsOn: lastDayOfMonth(billingStartsOn) }, noticedOn);
}

export const terminationMonthEnd: Rule = {
  code: 'R018',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const t = c.data.contract.termination;
      if (t && !isMonthEnd(t.endsOn)) {
        out.push(
          ctx.at(
            'R018',
            'error',
            c.file,
            ['contract', 'termination', 'endsOn'],
            MESSAGES.R018.notMonthEnd({ endsOn: t.endsOn, monthEnd: lastDayOfMonth(t.endsOn) }),
          ),
        );
      }
    }
    return out;
  },
};

export const terminationNotice: Rule = {
  code: 'R019',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const k = c.data.contract;
      const t = k.termination;
      if (!t || !isMonthEnd(t.endsOn) || t.endsOn < k.billingStartsOn) continue; // R018 / R020
      const { deadline, article } = noticeDeadline(k.billingStartsOn, t.endsOn);
      if (t.noticedOn <= deadline) continue;
      const earliest = earliestLegalEnd(k.billingStartsOn, t.noticedOn);
      out.push(
        ctx.at(
          'R019',
          'error',
          c.file,
          ['contract', 'termination', 'noticedOn'],
          MESSAGES.R019.late({ noticedOn: t.noticedOn, endsOn: t.endsOn, article, deadline, earliest }),
        ),
      );
    }
    return out;
  },
};

export const terminationAfterStart: Rule = {
  code: 'R020',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const k = c.data.contract;
      const t = k.termination;
      if (t && t.endsOn < k.billingStartsOn) {
        out.push(
          ctx.at(
            'R020',
            'error',
            c.file,
            ['contract', 'termination', 'endsOn'],
            MESSAGES.R020.beforeStart({ endsOn: t.endsOn, billingStartsOn: k.billingStartsOn, minimumEnd: lastDayOfMonth(k.billingStartsOn) }),
          ),
        );
      }
    }
    return out;
  },
};
