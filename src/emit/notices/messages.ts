/**
 * The messages of a revision and of completed work orders, as data: one per customer, with its envelope
 * (that customer's addresses only), its Message-ID and its .eml bytes. Used by the emitters (files under out/)
 * and by `vmsc send` (which sends exactly these bytes), so what is sent is what `vmsc notices` shows.
 */
import type { Model, ResolvedCustomer } from '../../model/model.js';
import type { Revision } from '../../model/inputs.js';
import type { Assets } from '../types.js';
import type { Mailbox, Stamp } from './eml.js';
import { composeEml, domainOf, rfc5322Date } from './eml.js';
import { cancellationFor, revisionAudience, revisionEdition, revisionTariff, editionInForce } from './impact.js';
import type { Audience, NoticeImpact } from './impact.js';
import { renderSubject, renderTemplate } from './render.js';
import { signedYen, yen } from './format.js';
import { addDays, addMonths, firstDayOfMonth, formatJapaneseDate, lastDayOfMonth } from '../../util/dates.js';
import { tariffInForce } from '../../resolve/tariff.js';
import { confirmationDeadline } from './work.js';
import { CalendarRangeError, businessCalendar } from '../../calendar/calendar.js';
import { sha256hex } from '../../util/sha256.js';

export interface OutgoingMessage {
  /** revision id or work order id */
  subject: string;
  customer: string;
  /** the ledger key: the customer id for a notice, `<customer>/<work order>` for a work-completion mail */
  key: string;
  /** the work order of a work-completion mail */
  workOrder?: string;
  /** when the message is dated (Date:) */
  dated: Stamp;
  /** true for the reproducible preview under out/ (dated announcedOn / completedOn) */
  preview: boolean;
  /** the deadline the mail states: the cancellation notice (第6条1/第5条2) or the 瑕疵確認期限 (第11条2) */
  deadline?: string;
  /** Message-ID without angle brackets */
  messageId: string;
  /** path under out/ */
  path: string;
  from: string;
  /** every envelope recipient (To + Cc), this customer's addresses only, deduplicated */
  recipients: string[];
  /** the .eml bytes (CRLF) */
  eml: Buffer;
  sha256: string;
}

/**
 * How messages are dated. Absent: the preview of out/ (a notice dated announcedOn at the helpdesk opening, a
 * work mail its completion date at the closing), marked as a preview. Present (`vmsc send`): each message is
 * dated `at`, except the keys in `resume` (a message left in doubt by an earlier run), which keep the stamp
 * the ledger recorded so that a resend is the same message, byte for byte.
 */
export interface Sending {
  at: Stamp;
  resume?: ReadonlyMap<string, Stamp>;
}

const PREVIEW_HEADER = { 'X-Vmsc-Preview': 'preview written by vmsc notices; vmsc send dates the mail on the day it is sent' };

function stampFor(sending: Sending | undefined, key: string, preview: Stamp): Stamp {
  if (!sending) return preview;
  return sending.resume?.get(key) ?? sending.at;
}

function providerView(model: Model) {
  const p = model.policies.provider;
  const h = model.policies.calendar.helpdesk;
  return {
    name: p.name,
    serviceName: p.serviceName,
    phone: p.phone,
    replyTo: p.mail.replyTo ?? p.mail.from.address,
    website: p.website,
    hours: `${h.opens}〜${h.closes}`,
  };
}

/** To: every registered contact (第2条2); Cc: the billing address when it is not already a contact. */
export function recipientsOf(customer: ResolvedCustomer): { to: Mailbox[]; cc: Mailbox[] } {
  const seen = new Set<string>();
  const to: Mailbox[] = [];
  for (const c of customer.contacts.all) {
    const key = c.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    to.push({ name: c.name, address: c.email });
  }
  const cc: Mailbox[] = [];
  const b = customer.source.billing;
  if (b.email && !seen.has(b.email.toLowerCase())) {
    seen.add(b.email.toLowerCase());
    cc.push({ name: b.recipient, address: b.email });
  }
  return { to, cc };
}

const ROLE_LABELS = { primary: 'ご契約担当', technical: '技術担当', billing: 'ご請求担当' } as const;

/** the addressees: each contact under its own roles (the department is that of the contract, 第21条) */
function customerView(customer: ResolvedCustomer) {
  const department = customer.source.department;
  return {
    legalName: customer.source.legalName,
    contacts: customer.contacts.all.map((c) => ({
      name: c.name,
      roles: (['primary', 'technical', 'billing'] as const)
        .filter((r) => c.roles.includes(r))
        .map((r) => (r === 'primary' && department ? `${ROLE_LABELS[r]}（${department}）` : ROLE_LABELS[r]))
        .join('・'),
    })),
  };
}

/** where and how the written notice to end the service goes (provider.yaml notices.writtenNotice), or null */
function writtenNoticeView(model: Model) {
  const p = model.policies.provider;
  const w = p.notices.writtenNotice;
  if (!w) return null;
  const address = w.address ?? p.address;
  return {
    recipient: `${p.name} ${w.recipient}`,
    postal: `〒${address.postalCode} ${address.text}`,
    emailAccepted: w.emailAccepted,
    email: w.email ?? p.mail.replyTo,
  };
}

/**
 * When a deadline falls on a day the helpdesk is closed: why, and the last open day before it (a notice sent
 * by post should arrive by then). null when the day is open or outside the calendar's data.
 */
function closedDayView(model: Model, date: string) {
  const cal = businessCalendar(model.policies.calendar);
  try {
    const day = cal.day(date);
    if (day.helpdeskOpen) return null;
    let open = addDays(date, -1);
    for (let i = 0; i < 31 && !cal.isHelpdeskDay(open); i++) open = addDays(open, -1);
    return { reason: day.helpdeskClosedReason ?? '休業日', lastOpenDay: formatJapaneseDate(open) };
  } catch (e) {
    if (e instanceof CalendarRangeError) return null; // no holiday data for that year: nothing is claimed
    throw e;
  }
}

/** Public URL of a revision's web notice: `<website>notices/<revision>/`. */
export function noticeUrl(model: Model, revision: Revision): string {
  const w = model.policies.provider.website;
  return `${w.endsWith('/') ? w : `${w}/`}notices/${revision.id}/`;
}

function revisionView(model: Model, revision: Revision) {
  return {
    id: revision.id,
    title: revision.title,
    summary: revision.summary,
    what: revision.kind === 'tariff' ? '利用料金' : '利用約款',
    announcedOn: formatJapaneseDate(revision.announcedOn),
    effectiveOn: formatJapaneseDate(revision.effectiveOn),
    url: noticeUrl(model, revision),
  };
}

function termsView(model: Model, revision: Revision) {
  const edition = revisionEdition(model, revision);
  if (!edition) return null;
  const prev = editionInForce(model, addDays(revision.effectiveOn, -1));
  return {
    edition: edition.edition,
    summary: edition.summary,
    hasPrevious: prev !== undefined,
    previousEdition: prev ? prev.edition : null,
  };
}

function feesView(impact: NoticeImpact) {
  const f = impact.fees;
  if (!f) return null;
  const before = f.before.lines;
  const after = f.after.lines;
  const paired = before.length === after.length && before.every((l, i) => l.kind === after[i]?.kind);
  const name = (d: string, q: number) => (q > 1 ? `${d} × ${q}` : d);
  const lines = paired
    ? before.map((b, i) => {
        const a = after[i]!;
        return {
          name: b.description === a.description ? name(b.description, b.quantity) : `${name(b.description, b.quantity)} → ${name(a.description, a.quantity)}`,
          before: yen(b.amount),
          after: yen(a.amount),
          change: signedYen(a.amount - b.amount),
        };
      })
    : [
        ...before.map((b) => ({ name: `${name(b.description, b.quantity)}（現行）`, before: yen(b.amount), after: '—', change: signedYen(-b.amount) })),
        ...after.map((a) => ({ name: `${name(a.description, a.quantity)}（改定後）`, before: '—', after: yen(a.amount), change: signedYen(a.amount) })),
      ];
  const sums = (m: { subtotal: number; tax: number; total: number }) => ({ subtotal: yen(m.subtotal), tax: yen(m.tax), total: yen(m.total) });
  return {
    serverCount: impact.customer.servers.length,
    taxRate: `${f.after.taxRatePercent}%`,
    lines,
    before: sums(f.before),
    after: sums(f.after),
    difference: { subtotal: signedYen(f.difference.subtotal), tax: signedYen(f.difference.tax), total: signedYen(f.difference.total) },
  };
}

function fromBox(model: Model): Mailbox {
  const f = model.policies.provider.mail.from;
  return { name: f.name, address: f.address };
}

export function revisionMessageId(model: Model, revision: Revision, customer: string): string {
  return `notice.${revision.id}.${customer}@${domainOf(model.policies.provider.mail.from.address)}`;
}

/** One message per concerned customer, sorted by customer id; the audience says who was left out and why. */
export async function revisionMessages(
  model: Model,
  assets: Assets,
  revision: Revision,
  sending?: Sending,
): Promise<{ audience: Audience; messages: OutgoingMessage[] }> {
  const sentOn = sending ? sending.at.date : revision.announcedOn;
  const audience = revisionAudience(model, revision, sentOn);
  const provider = providerView(model);
  const terms = termsView(model, revision);
  const from = fromBox(model);
  const preview: Stamp = { date: revision.announcedOn, time: model.policies.calendar.helpdesk.opens };
  const messages: OutgoingMessage[] = [];
  for (const impact of audience.recipients) {
    const customer = impact.customer;
    const dated = stampFor(sending, customer.id, preview);
    // a resumed message keeps what it said when it was first sent (its deadline judged on that day)
    const c = dated.date === sentOn ? impact.cancellation : cancellationFor(customer, revision, dated.date);
    const view = {
      provider,
      preview: sending === undefined,
      revision: { ...revisionView(model, revision), notifiedOn: formatJapaneseDate(dated.date) },
      customer: customerView(customer),
      terms,
      fees: feesView(impact),
      cancellation: {
        endOn: formatJapaneseDate(c.endOn),
        noticeBy: formatJapaneseDate(c.noticeBy),
        possible: c.possible,
        minimumPeriod: c.article === '第5条2',
        closed: c.possible ? closedDayView(model, c.noticeBy) : null,
      },
      writtenNotice: writtenNoticeView(model),
    };
    const subject = renderSubject(assets, 'notices/revision.subject.hbs', view);
    const text = crlf(renderTemplate(assets, 'notices/revision.text.hbs', view));
    const html = renderTemplate(assets, 'notices/revision.html.hbs', view);
    const { to, cc } = recipientsOf(customer);
    const messageId = revisionMessageId(model, revision, customer.id);
    const replyTo = model.policies.provider.mail.replyTo;
    const eml = await composeEml({
      from,
      ...(replyTo ? { replyTo } : {}),
      to,
      cc,
      subject,
      text,
      html,
      messageId,
      date: rfc5322Date(dated.date, dated.time),
      ...(sending ? {} : { headers: PREVIEW_HEADER }),
    });
    messages.push({
      subject: revision.id,
      customer: customer.id,
      key: customer.id,
      dated,
      preview: sending === undefined,
      ...(c.possible ? { deadline: c.noticeBy } : {}),
      messageId,
      path: `notices/${revision.id}/${customer.id}.eml`,
      from: from.address,
      recipients: [...to, ...cc].map((m) => m.address),
      eml,
      sha256: sha256hex(eml),
    });
  }
  return { audience, messages };
}

/** The public web notice: the revision, the tariff table (old → new), the rules. No customer data. */
export function webNotice(model: Model, assets: Assets, revision: Revision): string {
  const dayBefore = addDays(revision.effectiveOn, -1);
  const oldT = tariffInForce(model.policies.tariffs, dayBefore);
  const newT = revisionTariff(model, revision);
  let tariff = null;
  if (newT) {
    const rows: Array<{ group: string; name: string; unit: string; before: string; after: string }> = [];
    const planCodes = [...new Set([...(oldT?.plans ?? []).map((p) => p.code), ...newT.plans.map((p) => p.code)])];
    for (const code of planCodes) {
      const o = oldT?.plans.find((p) => p.code === code);
      const n = newT.plans.find((p) => p.code === code);
      rows.push({
        group: 'プラン',
        name: (n ?? o)!.name,
        unit: 'サーバー1台あたり',
        before: o ? yen(o.monthlyFee) : '—',
        after: n ? yen(n.monthlyFee) : '提供終了',
      });
    }
    const optCodes = [...new Set([...(oldT?.options ?? []).map((p) => p.code), ...newT.options.map((p) => p.code)])];
    for (const code of optCodes) {
      const o = oldT?.options.find((p) => p.code === code);
      const n = newT.options.find((p) => p.code === code);
      const per = (n ?? o)!.per;
      rows.push({
        group: 'オプション',
        name: (n ?? o)!.name,
        unit: per === 'server' ? 'サーバー1台あたり' : '1契約あたり',
        before: o ? yen(o.monthlyFee) : '—',
        after: n ? yen(n.monthlyFee) : '提供終了',
      });
    }
    tariff = { rows, taxRate: `${newT.taxRatePercent}%` };
  }
  const endOn = lastDayOfMonth(addMonths(firstDayOfMonth(revision.effectiveOn), -1));
  return renderTemplate(assets, 'notices/index.html.hbs', {
    provider: providerView(model),
    revision: revisionView(model, revision),
    terms: termsView(model, revision),
    tariff,
    cancellation: { endOn: formatJapaneseDate(endOn), noticeBy: formatJapaneseDate(addMonths(endOn, -1)) },
  });
}

/**
 * 第11条: one completion mail per completed work order (completedOn set), sorted by work order id; a rework
 * (reworkOf, 第11条3) gets the 瑕疵修正 completion mail. The 瑕疵確認期限 runs from the day the mail is dated
 * (its receipt, 第11条2): see confirmationDeadline. `only` limits the work orders (by id).
 */
export async function workCompletionMessages(
  model: Model,
  assets: Assets,
  customer: ResolvedCustomer,
  sending?: Sending,
  only?: ReadonlySet<string>,
): Promise<OutgoingMessage[]> {
  const orders = customer.source.workOrders ?? [];
  const done = orders.filter((w) => w.completedOn !== undefined && (!only || only.has(w.id)));
  done.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: OutgoingMessage[] = [];
  const from = fromBox(model);
  const provider = providerView(model);
  const replyTo = model.policies.provider.mail.replyTo;
  for (const w of done) {
    const completedOn = w.completedOn!;
    const key = `${customer.id}/${w.id}`;
    const dated = stampFor(sending, key, { date: completedOn, time: model.policies.calendar.helpdesk.closes });
    const confirmBy = confirmationDeadline(dated.date);
    const server = customer.servers.find((s) => s.id === w.server);
    const original = w.reworkOf === undefined ? undefined : orders.find((o) => o.id === w.reworkOf);
    const view = {
      provider,
      preview: sending === undefined,
      customer: customerView(customer),
      work: {
        id: w.id,
        description: w.description,
        server: server ? `${server.source.hostname}（${server.id}）` : (w.server ?? '—'),
        completedOn: formatJapaneseDate(completedOn),
        mailedOn: formatJapaneseDate(dated.date),
        confirmBy: formatJapaneseDate(confirmBy),
        closed: closedDayView(model, confirmBy),
        amount: w.amount === 0 ? '月額利用料金に含む（0円）' : `${yen(w.amount)}（税抜）`,
      },
      rework: original
        ? {
            id: original.id,
            description: original.description,
            completedOn: original.completedOn ? formatJapaneseDate(original.completedOn) : '—',
            defectReportedOn: original.defectReportedOn ? formatJapaneseDate(original.defectReportedOn) : '—',
          }
        : null,
    };
    const subject = renderSubject(assets, 'mail/work-completion.subject.hbs', view);
    const text = crlf(renderTemplate(assets, 'mail/work-completion.text.hbs', view));
    const html = renderTemplate(assets, 'mail/work-completion.html.hbs', view);
    const { to, cc } = recipientsOf(customer);
    const messageId = `work.${w.id}.${customer.id}@${domainOf(from.address)}`;
    const eml = await composeEml({
      from,
      ...(replyTo ? { replyTo } : {}),
      to,
      cc,
      subject,
      text,
      html,
      messageId,
      date: rfc5322Date(dated.date, dated.time),
      ...(sending ? {} : { headers: PREVIEW_HEADER }),
    });
    out.push({
      subject: w.id,
      customer: customer.id,
      key,
      workOrder: w.id,
      dated,
      preview: sending === undefined,
      deadline: confirmBy,
      messageId,
      path: `${customer.id}/mail/${w.id}.eml`,
      from: from.address,
      recipients: [...to, ...cc].map((m) => m.address),
      eml,
      sha256: sha256hex(eml),
    });
  }
  return out;
}

/** text/plain in its canonical form: CRLF line ends */
function crlf(s: string): string {
  return s.replace(/\r?\n/g, '\r\n');
}
