/**
 * .eml composition: RFC 5322 message, UTF-8, multipart/alternative (text/plain + text/html), built with
 * nodemailer's MailComposer so that header encoding (RFC 2047 for the subject and display names), line
 * folding and transfer encodings are a library's, not ours.
 *
 * Byte-stable: nothing comes from the clock or from randomness.
 *  - Date: given by the caller as an RFC 5322 date-time string (derived from input dates, Japan time).
 *  - Message-ID: given by the caller (derived from revision/work order and customer).
 *  - Multipart boundary: MailComposer's `baseBoundary` is fixed to a hash of the Message-ID, so the boundary
 *    is stable per message and differs between messages (the part number is appended by nodemailer).
 *  - Bcc: never used. X-Mailer: none (MailComposer only adds one through the mailer, which we do not use here).
 */
import type MailComposerClass from 'nodemailer/lib/mail-composer';
import { Temporal } from 'temporal-polyfill';
import { lazyRequire } from '../../util/lazy.js';
import { tokyoDateTime } from '../../util/dates.js';
import { sha256hex } from '../../util/sha256.js';

/** loaded on the first mail composed (a build whose mails all come from the cache never loads it; nodemailer is CommonJS) */
const mailComposer = lazyRequire<typeof MailComposerClass>('nodemailer/lib/mail-composer');

export interface Mailbox {
  name: string;
  address: string;
}

export interface EmlInput {
  from: Mailbox;
  replyTo?: string;
  to: Mailbox[];
  cc?: Mailbox[];
  subject: string;
  text: string;
  html: string;
  /** without angle brackets: `2027-04-tariff.acme-logistics@example.jp` */
  messageId: string;
  /** RFC 5322 date-time, e.g. `Fri, 15 Jan 2027 09:00:00 +0900` */
  date: string;
  /** extra ASCII headers (e.g. the preview mark) */
  headers?: Record<string, string>;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time of a civil date and `HH:MM[:SS]` in Japan time: `Fri, 15 Jan 2027 09:00:00 +0900`. */
export function rfc5322Date(date: string, time: string): string {
  const d = Temporal.PlainDate.from(date, { overflow: 'reject' });
  const [hh, mm, ss] = time.split(':');
  return `${WEEKDAYS[d.dayOfWeek - 1]}, ${String(d.day).padStart(2, '0')} ${MONTHS[d.month - 1]} ${d.year} ${hh}:${mm}:${ss ?? '00'} +0900`;
}

/** A moment in Japan time, as a message is dated: the civil date and `HH:MM:SS`. */
export interface Stamp {
  date: string;
  time: string;
}

/** the Japan-time stamp of an instant (epoch ms), to the second */
export function stampOf(epochMs: number): Stamp {
  return tokyoDateTime(epochMs);
}

/** `2027-01-15T10:00:00+09:00`: how the ledger records a stamp */
export function stampText(s: Stamp): string {
  return `${s.date}T${s.time.length === 5 ? `${s.time}:00` : s.time}+09:00`;
}

/** the inverse of stampText; undefined for anything else */
export function parseStamp(text: string | undefined): Stamp | undefined {
  const m = text === undefined ? null : /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})\+09:00$/.exec(text);
  return m ? { date: m[1]!, time: m[2]! } : undefined;
}

/** the domain part of an address (for Message-IDs) */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1) : address;
}

function assertOneLine(what: string, v: string): void {
  if (/[\r\n]/.test(v)) throw new Error(`internal: ${what} holds a line break: ${JSON.stringify(v)}`);
}

/** Composes the message; the same input gives the same bytes. Lines end with CRLF. */
export async function composeEml(m: EmlInput): Promise<Buffer> {
  assertOneLine('subject', m.subject);
  for (const b of [m.from, ...m.to, ...(m.cc ?? [])]) {
    assertOneLine('display name', b.name);
    assertOneLine('address', b.address);
  }
  const boundary = sha256hex(m.messageId).slice(0, 24);
  const MailComposer = mailComposer();
  const composer = new MailComposer({
    from: { name: m.from.name, address: m.from.address },
    to: m.to.map((x) => ({ name: x.name, address: x.address })),
    ...(m.cc?.length ? { cc: m.cc.map((x) => ({ name: x.name, address: x.address })) } : {}),
    ...(m.replyTo ? { replyTo: m.replyTo } : {}),
    subject: m.subject,
    messageId: `<${m.messageId}>`,
    date: m.date,
    text: m.text,
    html: m.html,
    textEncoding: 'B',
    baseBoundary: boundary,
    boundaryPrefix: '--vmsc',
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
    ...(m.headers ? { headers: m.headers } : {}),
  });
  return composer.compile().build();
}
