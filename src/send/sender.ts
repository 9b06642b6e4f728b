/**
 * SMTP delivery of prepared messages: the ONLY network code of vmsc.
 *
 * nodemailer's pooled SMTP transport (a few connections, rate-limited) sends the exact .eml bytes that
 * `vmsc notices` writes (`raw`), with an explicit envelope (that customer's addresses only). Around each message:
 *   ledger 'attempt' (fsync) → SMTP transaction → ledger 'accepted' | 'deferred' | 'failed' (fsync).
 * Temporary failures (4xx replies, connection errors, timeouts) are retried with exponential backoff; a
 * permanent failure (5xx) is recorded with the server's reply and the other messages go on.
 *
 * nodemailer's own requeue-on-close is turned off (maxRequeues: 0) so that every try is in the ledger.
 */
import nodemailer from 'nodemailer';
import type { OutgoingMessage } from '../emit/notices/messages.js';
import { stampText } from '../emit/notices/eml.js';
import type { Ledger, LedgerRecord, CustomerLedgerState } from '../write/ledger.js';

export type InDoubtPolicy = 'resend' | 'skip';

export interface SendOptions {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  /** parallel SMTP connections */
  connections: number;
  /** messages per second (0: unlimited) */
  ratePerSecond: number;
  /** tries per message, the first included */
  maxTries: number;
  /** first backoff delay; doubled after every temporary failure, capped at 60 s */
  backoffMs: number;
  /** what to do with a message whose previous run recorded 'attempt' but no outcome */
  inDoubt: InDoubtPolicy;
  /** socket timeouts (ms) */
  timeoutMs?: number;
  /** polled before each message is started: true stops the run after the messages in flight (Ctrl-C) */
  shouldStop?: () => boolean;
}

/** `key`: the message's ledger key (the customer for a notice, `<customer>/<work order>` for a work mail) */
export type Outcome =
  | { key: string; status: 'accepted'; tries: number; response: string; rejected: string[]; resentInDoubt: boolean }
  | { key: string; status: 'already-accepted'; response: string; changedSince: boolean }
  | { key: string; status: 'failed'; tries: number; response: string; code?: number; permanent: boolean }
  | { key: string; status: 'skipped-in-doubt'; reason: string }
  | { key: string; status: 'stopped' };

export type Progress = (o: Outcome) => void;

interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  rejected?: string[];
}

export function isPermanent(e: SmtpError): boolean {
  return typeof e.responseCode === 'number' && e.responseCode >= 500;
}

/** the server's reply when there is one, else the error's message */
export function replyOf(e: SmtpError): string {
  return (e.response ?? e.message).trim();
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** What a run will do with each message, decided from the ledger before anything is sent. */
export function plan(
  messages: readonly OutgoingMessage[],
  states: ReadonlyMap<string, CustomerLedgerState>,
  inDoubt: InDoubtPolicy,
): Array<{
  message: OutgoingMessage;
  action: 'send' | 'resend-in-doubt' | 'skip-accepted' | 'skip-in-doubt';
  state: CustomerLedgerState | undefined;
  reason: string;
}> {
  return messages.map((message) => {
    const state = states.get(message.key);
    if (!state || state.state === 'new') return { message, action: 'send' as const, state, reason: 'not sent yet' };
    if (state.state === 'accepted') {
      const changed = state.accepted?.sha256 !== message.sha256;
      return {
        message,
        action: 'skip-accepted' as const,
        state,
        reason: `accepted ${state.accepted?.at ?? ''}${changed ? ' (the message has changed since; not sent again)' : ''}`,
      };
    }
    if (state.state === 'in-doubt') {
      const same = state.last?.sha256 === message.sha256;
      if (!same)
        return {
          message,
          action: 'skip-in-doubt' as const,
          state,
          reason: 'in doubt (interrupted during delivery) and the message has changed since: resending would give two different messages the same Message-ID',
        };
      if (inDoubt === 'skip') return { message, action: 'skip-in-doubt' as const, state, reason: 'in doubt (interrupted during delivery); --in-doubt skip' };
      return {
        message,
        action: 'resend-in-doubt' as const,
        state,
        reason: 'in doubt (interrupted during delivery): resent with the same Message-ID and bytes',
      };
    }
    return {
      message,
      action: 'send' as const,
      state,
      reason: state.state === 'failed' ? `failed earlier: ${state.last?.response ?? ''}` : `deferred earlier: ${state.last?.response ?? ''}`,
    };
  });
}

type Recorder = (type: LedgerRecord['type'], m: OutgoingMessage, tryNo: number, extra?: Partial<LedgerRecord>) => Promise<void>;
type Transport = ReturnType<typeof nodemailer.createTransport>;

/** a pooled, rate-limited SMTP transport that never requeues by itself (the ledger decides what is retried) */
function smtpTransport(opts: SendOptions): Transport {
  const timeout = opts.timeoutMs ?? 30_000;
  return nodemailer.createTransport({
    url: opts.url,
    pool: true,
    maxConnections: Math.max(1, opts.connections),
    maxMessages: 1000,
    ...(opts.ratePerSecond > 0 ? { rateLimit: opts.ratePerSecond, rateDelta: 1000 } : {}),
    maxRequeues: 0,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
}

/**
 * One message: each try is recorded before it goes out ('attempt') and after ('accepted', 'deferred',
 * 'failed'); temporary failures are retried with a doubling delay, up to maxTries.
 */
async function deliverOne(transport: Transport, record: Recorder, opts: SendOptions, m: OutgoingMessage, inDoubt: boolean): Promise<Outcome> {
  let delay = opts.backoffMs;
  for (let tryNo = 1; ; tryNo++) {
    await record('attempt', m, tryNo); // a ledger error is not a delivery problem: it stops the run
    let info: { response: string; rejected?: unknown[] } | undefined;
    let failure: SmtpError | undefined;
    try {
      info = await transport.sendMail({ envelope: { from: m.from, to: m.recipients }, raw: m.eml });
    } catch (err) {
      failure = err as SmtpError;
    }
    if (info) {
      const rejected = (info.rejected ?? []).map(String);
      await record('accepted', m, tryNo, { response: info.response, ...(rejected.length ? { rejected } : {}) });
      return { key: m.key, status: 'accepted', tries: tryNo, response: info.response, rejected, resentInDoubt: inDoubt };
    }
    const e: SmtpError = failure ?? new Error('no reply');
    const response = replyOf(e);
    const code = typeof e.responseCode === 'number' ? { code: e.responseCode } : {};
    if (isPermanent(e)) {
      await record('failed', m, tryNo, { response, ...code });
      return { key: m.key, status: 'failed', tries: tryNo, response, ...code, permanent: true };
    }
    if (tryNo >= opts.maxTries) {
      await record('failed', m, tryNo, { response: `gave up after ${tryNo} tries: ${response}`, ...code });
      return { key: m.key, status: 'failed', tries: tryNo, response, ...code, permanent: false };
    }
    await record('deferred', m, tryNo, { response, ...code });
    await sleep(delay);
    delay = Math.min(delay * 2, 60_000);
  }
}

/**
 * Sends the messages the ledger does not show as accepted. Resolves when every message has an outcome.
 * Never throws for a delivery problem: each is an Outcome.
 */
export async function sendMessages(
  /** the revision id, or `work` */
  revision: string,
  messages: readonly OutgoingMessage[],
  states: ReadonlyMap<string, CustomerLedgerState>,
  ledger: Ledger,
  opts: SendOptions,
  progress: Progress = () => {},
  clock: () => number = Date.now,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const todo: Array<{ message: OutgoingMessage; inDoubt: boolean }> = [];
  for (const p of plan(messages, states, opts.inDoubt)) {
    if (p.action === 'skip-accepted') {
      const o: Outcome = {
        key: p.message.key,
        status: 'already-accepted',
        response: p.state?.accepted?.response ?? '',
        changedSince: p.state?.accepted?.sha256 !== p.message.sha256,
      };
      outcomes.push(o);
      progress(o);
    } else if (p.action === 'skip-in-doubt') {
      const o: Outcome = { key: p.message.key, status: 'skipped-in-doubt', reason: p.reason };
      outcomes.push(o);
      progress(o);
    } else {
      todo.push({ message: p.message, inDoubt: p.action === 'resend-in-doubt' });
    }
  }
  if (todo.length === 0) return outcomes;

  const transport = smtpTransport(opts);
  const record: Recorder = (type, m, tryNo, extra = {}) =>
    ledger.append({
      type,
      revision,
      customer: m.customer,
      ...(m.workOrder !== undefined ? { workOrder: m.workOrder } : {}),
      sentAt: stampText(m.dated),
      ...(m.deadline !== undefined ? { deadline: m.deadline } : {}),
      messageId: m.messageId,
      sha256: m.sha256,
      recipients: m.recipients,
      try: tryNo,
      at: new Date(clock()).toISOString(),
      pid: process.pid,
      ...extra,
    });
  const deliver = (m: OutgoingMessage, inDoubt: boolean) => deliverOne(transport, record, opts, m, inDoubt);

  // at most `connections` messages in flight: an 'attempt' is written only when its message is about to go out
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const t = todo[next++]!;
      if (opts.shouldStop?.()) {
        const o: Outcome = { key: t.message.key, status: 'stopped' };
        outcomes.push(o);
        progress(o);
        continue;
      }
      const o = await deliver(t.message, t.inDoubt);
      outcomes.push(o);
      progress(o);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(Math.max(1, opts.connections), todo.length) }, worker));
  } finally {
    transport.close();
  }
  const order = new Map(messages.map((m, i) => [m.key, i]));
  return outcomes.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
}

/** the URL without its password, for printing */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}
