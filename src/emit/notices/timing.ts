/**
 * Is it too late to send a revision's notice? (第2条, 民法548条の4: a change is notified in advance, by an
 * appropriate means.) Judged on the day the mails are really sent, for each recipient:
 *  - the send date plus `notices.minimumNoticeDays` (provider.yaml) must not be after `effectiveOn`;
 *  - a deadline the mail states must not have passed: the written notice to end the service before the change
 *    (第6条1, or 第5条2 at the end of the minimum period), as the preview of announcedOn states it.
 * Pure: `vmsc send` refuses to send anything when this returns a problem.
 */
import type { Model } from '../../model/model.js';
import type { Revision } from '../../model/inputs.js';
import { addDays, daysBetween } from '../../util/dates.js';
import { revisionAudience } from './impact.js';

/** one line per problem, naming the customers and the dates; empty when the notice may go out on `sentOn` */
export function noticeTimingProblems(model: Model, revision: Revision, sentOn: string, customers?: ReadonlySet<string>): string[] {
  const audience = revisionAudience(model, revision);
  const recipients = audience.recipients.filter((r) => !customers || customers.has(r.customer.id));
  if (recipients.length === 0) return [];
  const problems: string[] = [];
  const days = model.policies.provider.notices.minimumNoticeDays;
  if (addDays(sentOn, days) > revision.effectiveOn) {
    const latest = addDays(revision.effectiveOn, -days);
    problems.push(
      `sent on ${sentOn}, the notice comes ${daysBetween(sentOn, revision.effectiveOn)} day(s) before the change on ${revision.effectiveOn}; ` +
        `notices.minimumNoticeDays (policies/provider.yaml) is ${days}, so the last send date was ${latest} — ` +
        `customers: ${recipients.map((r) => r.customer.id).join(', ')}`,
    );
  }
  const passed = recipients.filter((r) => r.cancellation.possible && r.cancellation.noticeBy < sentOn);
  // grouped by deadline, so that one line names every customer with the same date
  const byDeadline = new Map<string, typeof passed>();
  for (const r of passed) {
    const k = `${r.cancellation.article} ${r.cancellation.noticeBy} ${r.cancellation.endOn}`;
    byDeadline.set(k, [...(byDeadline.get(k) ?? []), r]);
  }
  for (const group of byDeadline.values()) {
    const c = group[0]!.cancellation;
    problems.push(
      `the mail tells ${group.map((r) => r.customer.id).join(', ')} that a written notice to end the service on ${c.endOn}, before the change, must arrive by ${c.noticeBy} (${c.article}); ` +
        `that deadline has passed on ${sentOn}`,
    );
  }
  return problems;
}
