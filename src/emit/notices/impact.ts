/**
 * Who a revision concerns and what it changes for each of them (第2条). Pure: reads the resolved model.
 *
 * Audience (decision, see docs/notices.md): a customer is notified when its contract is in force on the day
 * before `effectiveOn` and still on `effectiveOn`, i.e.
 *   billingStartsOn (= 契約成立日, 第4条5) < effectiveOn, and no end date or endsOn >= effectiveOn.
 * A customer whose contract is established on or after effectiveOn is NOT notified: its contract is made
 * under the new tariff/terms (tariffAtStart is already the new one), so nothing changes for it; it is listed
 * in `excluded` with that reason so that `vmsc send` can show it.
 *
 * Fees are never computed here: they come from the billing module's `monthlyCharges(tariff, customer)`.
 */
import type { Model, ResolvedCustomer } from '../../model/model.js';
import type { Revision, Tariff } from '../../model/inputs.js';
import type { TermsEdition } from '../../types/generated/terms.js';
import { monthlyCharges } from '../../billing/charges.js';
import type { MonthlyCharges } from '../../billing/charges.js';
import { latestNoticeDate } from '../../billing/contract.js';
import { tariffInForce } from '../../resolve/tariff.js';
import { addDays, addMonths, firstDayOfMonth, lastDayOfMonth } from '../../util/dates.js';

export interface FeeImpact {
  /** tariff in force the day before effectiveOn */
  before: MonthlyCharges;
  /** the tariff the revision brings in */
  after: MonthlyCharges;
  /** after − before (tax excluded, tax, tax included); may be negative */
  difference: { subtotal: number; tax: number; total: number };
}

export interface TermsImpact {
  /** the edition in force the day before effectiveOn */
  previous?: TermsEdition;
  edition: TermsEdition;
}

export interface Cancellation {
  /** the last month end before effectiveOn: the latest service end date that avoids the change (第6条) */
  endOn: string;
  /** the last day a written notice must reach the provider to end on endOn (第6条1; 第5条2 inside the minimum period) */
  noticeBy: string;
  /** false when noticeBy is before the day the notice is sent (the customer cannot end before the change any more) */
  possible: boolean;
  /** the article that sets the deadline: 第5条2 (2 weeks, the end of the minimum period) or 第6条1 (one month) */
  article: '第5条2' | '第6条1';
}

export interface NoticeImpact {
  customer: ResolvedCustomer;
  fees?: FeeImpact;
  terms?: TermsImpact;
  cancellation: Cancellation;
}

export interface Audience {
  revision: Revision;
  recipients: NoticeImpact[];
  excluded: Array<{ customer: ResolvedCustomer; reason: string }>;
}

/** The tariff a tariff revision brings in (its `tariff` equals the tariff file's effectiveFrom). */
export function revisionTariff(model: Model, revision: Revision): Tariff | undefined {
  return revision.kind === 'tariff' ? model.policies.tariffs.find((t) => t.effectiveFrom === revision.tariff) : undefined;
}

export function revisionEdition(model: Model, revision: Revision): TermsEdition | undefined {
  return revision.kind === 'terms' ? model.policies.terms.editions.find((e) => e.edition === revision.termsEdition) : undefined;
}

/** The edition in force on a date: the one with the latest effectiveOn <= date. */
export function editionInForce(model: Model, date: string): TermsEdition | undefined {
  let found: TermsEdition | undefined;
  for (const e of model.policies.terms.editions) {
    if (e.effectiveOn <= date && (!found || e.effectiveOn > found.effectiveOn || (e.effectiveOn === found.effectiveOn && e.edition > found.edition))) found = e;
  }
  return found;
}

/**
 * true when the customer's contract is in force on the day before effectiveOn and on effectiveOn, and was
 * applied for on or before announcedOn: a contract applied for after the announcement is made knowing the
 * change (the records issue prints the announced revision on such a contract), so no notice is sent to it.
 */
export function isConcerned(customer: ResolvedCustomer, revision: Revision): { yes: boolean; reason: string } {
  const effectiveOn = revision.effectiveOn;
  if (customer.establishedOn >= effectiveOn) {
    return { yes: false, reason: `契約成立日 ${customer.establishedOn} が実施日 ${effectiveOn} 以後のため、改定後の条件で契約済み` };
  }
  if (customer.endsOn !== undefined && customer.endsOn < effectiveOn) {
    return { yes: false, reason: `契約終了日 ${customer.endsOn} が実施日 ${effectiveOn} より前` };
  }
  const appliedOn = customer.source.contract.appliedOn;
  if (appliedOn > revision.announcedOn) {
    return { yes: false, reason: `申込日 ${appliedOn} が告知日 ${revision.announcedOn} より後のため、本改定を承知のうえで契約済み` };
  }
  return { yes: true, reason: '' };
}

/**
 * 第6条: the service ends on a month end; a written notice must arrive one calendar month before it.
 * The latest end date that avoids the change is the last month end before effectiveOn; the notice deadline
 * for it is billing's latestNoticeDate (the billing module owns the 第5条2/第6条 rule).
 */
export function cancellationFor(customer: ResolvedCustomer, revision: Revision, sentOn: string = revision.announcedOn): Cancellation {
  const endOn = lastDayOfMonth(addMonths(firstDayOfMonth(revision.effectiveOn), -1));
  // undefined when endOn lies inside the minimum period: no notice can end the contract before the change
  const latest = latestNoticeDate(customer, endOn);
  const noticeBy = latest ?? addMonths(endOn, -1);
  const article = endOn === customer.minimumPeriodEndsOn ? '第5条2' : '第6条1';
  return { endOn, noticeBy, possible: latest !== undefined && noticeBy >= sentOn, article };
}

function diff(a: MonthlyCharges, b: MonthlyCharges): FeeImpact['difference'] {
  return { subtotal: b.subtotal - a.subtotal, tax: b.tax - a.tax, total: b.total - a.total };
}

/**
 * The customers a revision concerns (sorted by id) with their impact, and the others with the reason.
 * `sentOn` (default: announcedOn) is the day the notice is sent: the cancellation deadline is judged on it.
 */
export function revisionAudience(model: Model, revision: Revision, sentOn: string = revision.announcedOn): Audience {
  const dayBefore = addDays(revision.effectiveOn, -1);
  const oldTariff = tariffInForce(model.policies.tariffs, dayBefore);
  const newTariff = revisionTariff(model, revision);
  const edition = revisionEdition(model, revision);
  const previousEdition = editionInForce(model, dayBefore);
  if (revision.kind === 'tariff' && (!oldTariff || !newTariff)) {
    throw new Error(`internal: revision ${revision.id} has no tariff before or after ${revision.effectiveOn} (rule N002 should have caught it)`);
  }
  if (revision.kind === 'terms' && !edition) {
    throw new Error(`internal: revision ${revision.id} names a missing terms edition (rule N003 should have caught it)`);
  }
  const recipients: NoticeImpact[] = [];
  const excluded: Audience['excluded'] = [];
  for (const customer of model.customers) {
    const c = isConcerned(customer, revision);
    if (!c.yes) {
      excluded.push({ customer, reason: c.reason });
      continue;
    }
    const impact: NoticeImpact = { customer, cancellation: cancellationFor(customer, revision, sentOn) };
    if (revision.kind === 'tariff' && oldTariff && newTariff) {
      const before = monthlyCharges(oldTariff, customer);
      const after = monthlyCharges(newTariff, customer);
      impact.fees = { before, after, difference: diff(before, after) };
    }
    if (revision.kind === 'terms' && edition) {
      impact.terms = previousEdition ? { previous: previousEdition, edition } : { edition };
    }
    recipients.push(impact);
  }
  return { revision, recipients, excluded };
}
