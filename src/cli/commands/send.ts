/**
 * vmsc send REVISION | vmsc send work [WORK-ORDER…]: delivers a revision's notices, or the work-completion
 * mails, over SMTP, exactly once each; every message is dated the moment it is sent (--now for tests).
 * Dry-run by default (prints what would be sent and each customer's ledger state; no network).
 * With --confirm: sends the same bytes `vmsc notices` writes, recording every try in the ledger
 * `<state>/send/<revision>.jsonl` (state = --state DIR or <root>/.vmsc-state). See docs/notices.md.
 */
import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { Temporal } from 'temporal-polyfill';
import { loadModel, parseChoice, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { noticeTimingProblems, parseStamp, revisionMessages, stampOf, stampText, workCompletionMessages } from '../../emit/notices/index.js';
import type { OutgoingMessage, Sending, Stamp } from '../../emit/notices/index.js';
import type { Model } from '../../model/model.js';
import type { Revision } from '../../model/inputs.js';
import { closest } from '../../util/strings.js';
import { findRevision, renderOrFail } from './notices.js';
import { Ledger, LedgerError, ledgerPath, ledgerStates, readLedger } from '../../write/ledger.js';
import { plan, redactUrl, sendMessages } from '../../send/sender.js';
import type { InDoubtPolicy, Outcome } from '../../send/sender.js';

interface SendOpts {
  root?: string;
  smtp?: string;
  dryRun?: boolean;
  confirm?: boolean;
  state?: string;
  connections?: string;
  rate?: string;
  tries?: string;
  backoffMs?: string;
  inDoubt?: string;
  now?: string;
}

function intOpt(v: string | undefined, flag: string, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    throw new CliError(
      {
        en: [`${flag} must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}`],
        ja: [`${flag} は ${min} から ${max} までの整数で指定してください（${JSON.stringify(v)} は不可）`],
      },
      2,
    );
  return Number(v);
}

function outcomeLine(o: Outcome): string {
  switch (o.status) {
    case 'accepted':
      return `  ✓ ${o.key}: accepted${o.tries > 1 ? ` after ${o.tries} tries` : ''}${o.resentInDoubt ? ' (resent: was in doubt)' : ''} — ${o.response}${o.rejected.length ? `; REFUSED recipients: ${o.rejected.join(', ')}` : ''}`;
    case 'already-accepted':
      return `  = ${o.key}: already accepted earlier — ${o.response}${o.changedSince ? ' (the message has changed since; not sent again)' : ''}`;
    case 'failed':
      return `  ✗ ${o.key}: ${o.permanent ? 'FAILED (permanent)' : `FAILED after ${o.tries} tries (temporary)`} — ${o.response}`;
    case 'skipped-in-doubt':
      return `  ? ${o.key}: NOT SENT — ${o.reason}`;
    case 'stopped':
      return `  · ${o.key}: not sent (stopped; run again to continue)`;
  }
}

type States = ReturnType<typeof ledgerStates>;

/** what one run would send: the messages, who is left out and why, and why the run must not send at all */
interface Batch {
  /** the ledger's name: the revision id, or `work` */
  name: string;
  title: string;
  messages: OutgoingMessage[];
  excluded: string[];
  /** any problem refuses the whole run (exit 1, nothing sent) */
  problems: string[];
}

/** what --confirm would send, to whom, and each message's ledger state; no network */
function printDryRun(io: CliIO, batch: Batch, path: string, states: States, inDoubt: InDoubtPolicy): void {
  io.stdout(`dry run: nothing is sent (add --confirm to send). ${batch.title}\n`);
  io.stdout(`ledger: ${path}\n`);
  let wouldSend = 0;
  for (const p of plan(batch.messages, states, inDoubt)) {
    const send = p.action === 'send' || p.action === 'resend-in-doubt';
    if (send) wouldSend++;
    io.stdout(`  ${send ? '→' : p.action === 'skip-accepted' ? '=' : '?'} ${p.message.key}: ${send ? 'would send' : 'would not send'} (${p.reason})\n`);
    const deadline = p.message.deadline ? `, states the deadline ${p.message.deadline}` : '';
    io.stdout(
      `      Message-ID <${p.message.messageId}>, dated ${stampText(p.message.dated)}${deadline}, to ${p.message.recipients.join(', ')}, ${p.message.eml.byteLength} bytes\n`,
    );
  }
  for (const x of batch.excluded) io.stdout(`  – ${x}\n`);
  io.stdout(`would send ${wouldSend} of ${batch.messages.length} message(s)\n`);
}

/** sends over SMTP with the ledger; the exit code (1 when anything was not delivered) */
async function deliver(
  io: CliIO,
  batchName: string,
  path: string,
  messages: readonly OutgoingMessage[],
  states: States,
  o: { url: string | undefined; connections: number; ratePerSecond: number; maxTries: number; backoffMs: number; inDoubt: InDoubtPolicy },
): Promise<number> {
  const url = o.url;
  if (!url)
    throw new CliError(
      {
        en: [
          'no SMTP server: pass --smtp URL or set VMSC_SMTP_URL',
          'e.g. --smtp smtp://mail.example.jp:587 (credentials only from the environment, never from a committed file)',
        ],
        ja: [
          'SMTP サーバーがありません: --smtp URL を指定するか VMSC_SMTP_URL を設定してください',
          '例: --smtp smtp://mail.example.jp:587（認証情報は環境変数からのみ。コミットされたファイルには書かないでください）',
        ],
      },
      2,
    );
  if (!/^smtps?:\/\//i.test(url))
    throw new CliError(
      {
        en: [`--smtp must be an smtp:// or smtps:// URL, not ${JSON.stringify(redactUrl(url))}`],
        ja: [`--smtp は smtp:// か smtps:// の URL で指定してください（${JSON.stringify(redactUrl(url))} は不可）`],
      },
      2,
    );
  let ledger: Ledger;
  try {
    ledger = Ledger.open(path);
  } catch (e) {
    if (e instanceof LedgerError)
      throw new CliError(
        {
          en: [e.message, 'wait for the other run to finish; a lock whose process is gone is taken over automatically'],
          ja: [e.message, 'もう一方の実行が終わるのを待ってください。プロセスがなくなったロックは自動的に引き継がれます'],
        },
        1,
      );
    throw e;
  }
  io.stdout(
    `sending ${batchName === 'work' ? 'work-completion mails' : `revision ${batchName}`}: ${messages.length} message(s) via ${redactUrl(url)}; ledger ${path}\n`,
  );
  // Ctrl-C / SIGTERM: start no new message, let the ones in flight finish, so that none is left in doubt
  let stop = false;
  const onSignal = () => {
    if (!stop) io.stderr('vmsc: stopping after the messages in flight (again to kill; the ledger makes a rerun safe)\n');
    else process.exit(130);
    stop = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let outcomes: Outcome[];
  try {
    outcomes = await sendMessages(
      batchName,
      messages,
      states,
      ledger,
      {
        url,
        connections: o.connections,
        ratePerSecond: o.ratePerSecond,
        maxTries: o.maxTries,
        backoffMs: o.backoffMs,
        inDoubt: o.inDoubt,
        shouldStop: () => stop,
      },
      (x) => io.stdout(`${outcomeLine(x)}\n`),
      () => io.now(),
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    ledger.close();
  }
  const n = (s: Outcome['status']) => outcomes.filter((x) => x.status === s).length;
  const refused = outcomes.filter((x) => x.status === 'accepted' && x.rejected.length > 0).length;
  io.stdout(
    `${n('accepted')} sent, ${n('already-accepted')} already accepted, ${n('failed')} failed, ${n('skipped-in-doubt')} in doubt (not sent)${refused ? `, ${refused} with refused recipients` : ''}${n('stopped') ? `, ${n('stopped')} not started (stopped)` : ''}\n`,
  );
  return n('failed') + n('skipped-in-doubt') + refused + n('stopped') > 0 ? 1 : 0;
}

/**
 * Messages that may already be in a mailbox keep the date they were first sent with, so that a resend is the
 * same message (one Message-ID, one content): those left in doubt (an attempt with no outcome) and those whose
 * last try ended without an SMTP reply (a dropped connection or a timeout after DATA may still have delivered
 * them). A message the server answered with a 4xx/5xx code was not taken: it is dated anew.
 */
function resumeStamps(states: States): Map<string, Stamp> {
  const m = new Map<string, Stamp>();
  for (const [key, st] of states) {
    const unanswered = (st.state === 'deferred' || st.state === 'failed') && st.last?.code === undefined;
    const stamp = st.state === 'in-doubt' || unanswered ? parseStamp(st.last?.sentAt) : undefined;
    if (stamp) m.set(key, stamp);
  }
  return m;
}

/** a revision's notices, dated when they are sent; refused when it is too late for any recipient (第2条) */
async function revisionBatch(io: CliIO, model: Model, revision: Revision, sending: Sending, states: States, inDoubt: InDoubtPolicy): Promise<Batch> {
  const { audience, messages } = await renderOrFail(() => revisionMessages(model, readAssets(), revision, sending));
  const toSend = new Set(
    plan(messages, states, inDoubt)
      .filter((p) => p.action === 'send' || p.action === 'resend-in-doubt')
      .map((p) => p.message.customer),
  );
  const sentOn = sending.at.date;
  if (sentOn < revision.announcedOn)
    io.stderr(`vmsc: warning: sending on ${sentOn}, before the announcement date ${revision.announcedOn} (the web notice is published then, 第2条2)\n`);
  return {
    name: revision.id,
    title: `revision ${revision.id} "${revision.title}", effective ${revision.effectiveOn}; the mails are dated ${stampText(sending.at)}`,
    messages,
    excluded: audience.excluded.map((x) => `${x.customer.id}: not concerned (${x.reason})`),
    problems: noticeTimingProblems(model, revision, sentOn, toSend),
  };
}

/** `wo-1` or `customer/wo-1` → the work orders meant; an unknown or ambiguous id is an error */
function selectWork(model: Model, ids: readonly string[]): Map<string, Set<string>> | undefined {
  if (ids.length === 0) return undefined;
  const all = model.customers.flatMap((c) => (c.source.workOrders ?? []).map((w) => ({ customer: c.id, id: w.id })));
  const chosen = new Map<string, Set<string>>();
  for (const arg of ids) {
    const [a, b] = arg.includes('/') ? arg.split('/', 2) : [undefined, arg];
    const hits = all.filter((w) => w.id === b && (a === undefined || w.customer === a));
    if (hits.length === 0) {
      const guess = closest(arg, all.map((w) => w.id).concat(all.map((w) => `${w.customer}/${w.id}`)));
      throw new CliError(
        {
          en: [`no work order "${arg}" in customers/`, guess ? `did you mean "${guess}"?` : 'name a work order as <id> or <customer>/<id>'],
          ja: [
            `customers/ に作業依頼 "${arg}" はありません`,
            guess ? `"${guess}" の誤りではありませんか？` : '作業依頼は <id> か <customer>/<id> で指定してください',
          ],
        },
        1,
      );
    }
    if (hits.length > 1)
      throw new CliError(
        {
          en: [
            `work order "${arg}" exists for ${hits.map((h) => h.customer).join(', ')}`,
            `name it as ${hits.map((h) => `${h.customer}/${h.id}`).join(' or ')}`,
          ],
          ja: [
            `作業依頼 "${arg}" は ${hits.map((h) => h.customer).join(', ')} にあります`,
            `${hits.map((h) => `${h.customer}/${h.id}`).join(' または ')} のように指定してください`,
          ],
        },
        1,
      );
    const h = hits[0]!;
    chosen.set(h.customer, (chosen.get(h.customer) ?? new Set()).add(h.id));
  }
  return chosen;
}

/** the 作業完了メール of completed work orders (第11条), dated when sent: the 瑕疵確認期限 runs from that day */
async function workBatch(model: Model, sending: Sending, ids: readonly string[]): Promise<Batch> {
  const chosen = selectWork(model, ids);
  const messages: OutgoingMessage[] = [];
  const excluded: string[] = [];
  const problems: string[] = [];
  for (const c of model.customers) {
    const named = chosen?.get(c.id);
    if (chosen && !named) continue;
    const only = new Set<string>();
    for (const w of c.source.workOrders ?? []) {
      if (named && !named.has(w.id)) continue;
      const key = `${c.id}/${w.id}`;
      if (w.completedOn === undefined) excluded.push(`${key}: not completed (no completedOn)`);
      else if (w.mailedOn !== undefined) excluded.push(`${key}: completion mail sent by hand on ${w.mailedOn} (mailedOn); not sent`);
      else if (w.completedOn > sending.at.date) {
        const line = `${key}: completed on ${w.completedOn}, after the send date ${sending.at.date}`;
        if (named) problems.push(`${line}: a completion mail cannot precede the completion`);
        else excluded.push(`${line}; not sent yet`);
      } else only.add(w.id);
    }
    if (only.size > 0) messages.push(...(await renderOrFail(() => workCompletionMessages(model, readAssets(), c, sending, only))));
  }
  return { name: WORK_LEDGER, title: `work-completion mails (第11条); dated ${stampText(sending.at)}`, messages, excluded, problems };
}

const WORK_LEDGER = 'work';

/** --now: `YYYY-MM-DDTHH:MM[:SS]` in Japan time, or an instant with an offset; default: the clock */
function parseNow(io: CliIO, opt: string | undefined): Stamp {
  if (opt === undefined) return stampOf(io.now());
  try {
    if (/(Z|[+-]\d{2}:?\d{2})$/i.test(opt)) return stampOf(Temporal.Instant.from(opt).epochMilliseconds);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(opt))
      return stampOf(Temporal.PlainDateTime.from(opt, { overflow: 'reject' }).toZonedDateTime('Asia/Tokyo').epochMilliseconds);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  throw new CliError(
    {
      en: [`--now must be a date-time YYYY-MM-DDTHH:MM (Japan time) or an instant with an offset, not ${JSON.stringify(opt)}`],
      ja: [`--now は日時 YYYY-MM-DDTHH:MM（日本時間）か時差付きの時刻で指定してください（${JSON.stringify(opt)} は不可）`],
    },
    2,
  );
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('send')
    .argument('<revision>', 'revision id (policies/revisions/<id>.yaml), or `work` for the work-completion mails (第11条)')
    .argument('[work-orders...]', 'with `work`: only these work orders, as <id> or <customer>/<id> (default: every completed one not sent yet)')
    .description("send a revision's notices, or the work-completion mails, by SMTP, exactly once each (dry-run unless --confirm)")
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--smtp <url>', 'SMTP server, smtp://[user:pass@]host:port or smtps://…; default: $VMSC_SMTP_URL')
    .option('--dry-run', 'print what would be sent (the default)')
    .option('--confirm', 'really send')
    .option('--state <dir>', 'state folder holding the delivery ledger (default: <root>/.vmsc-state)')
    .option('--connections <n>', 'parallel SMTP connections', '3')
    .option('--rate <n>', 'at most this many messages per second (0: no limit)', '100')
    .option('--tries <n>', 'tries per message on temporary failures (4xx, dropped connection)', '5')
    .option('--backoff-ms <n>', 'first retry delay in ms, doubled after each temporary failure', '1000')
    .option('--in-doubt <policy>', 'messages a crashed run left unconfirmed: resend (same Message-ID and bytes) | skip', 'resend')
    .option('--now <date-time>', 'the moment the mails are dated and judged by, e.g. 2027-01-15T10:00 (Japan time); default: the clock')
    .action(async (what: string, workOrders: string[], opts: SendOpts) => {
      if (opts.dryRun && opts.confirm)
        throw new CliError({ en: ['--dry-run and --confirm exclude each other'], ja: ['--dry-run と --confirm は同時に使えません'] }, 2);
      const root = rootDir(io, opts.root);
      const now = parseNow(io, opts.now);
      const inDoubt = parseChoice(opts.inDoubt, '--in-doubt', ['resend', 'skip'] as const, 'resend') as InDoubtPolicy;
      const connections = intOpt(opts.connections, '--connections', 3, 1, 50);
      const rate = intOpt(opts.rate, '--rate', 100, 0, 100000);
      const tries = intOpt(opts.tries, '--tries', 5, 1, 100);
      const backoffMs = intOpt(opts.backoffMs, '--backoff-ms', 1000, 0, 600000);
      const { model } = await loadModel(io, root, now.date);
      const isWork = what === WORK_LEDGER;
      if (!isWork && workOrders.length > 0)
        throw new CliError(
          {
            en: [`work orders (${workOrders.join(', ')}) go with \`vmsc send work\`, not with a revision`],
            ja: [`作業依頼（${workOrders.join(', ')}）は変更ではなく \`vmsc send work\` で送ります`],
          },
          2,
        );
      if (
        !isWork &&
        !model.policies.revisions.some((r) => r.id === what) &&
        model.customers.some((c) => (c.source.workOrders ?? []).some((w) => w.id === what))
      )
        throw new CliError(
          {
            en: [`"${what}" is a work order, not a revision`, `send its completion mail with: vmsc send work ${what}`],
            ja: [`"${what}" は変更ではなく作業依頼です`, `作業完了メールは vmsc send work ${what} で送ってください`],
          },
          1,
        );
      const revision = isWork ? undefined : findRevision(model, what);
      const stateDir = resolve(io.cwd, opts.state ?? join(root, '.vmsc-state'));
      const path = ledgerPath(stateDir, revision ? revision.id : WORK_LEDGER);
      let states: States;
      try {
        states = ledgerStates(readLedger(path));
      } catch (e) {
        throw new CliError(
          {
            en: [(e as Error).message, 'the ledger is append-only JSONL; restore it from a backup or inspect the line'],
            ja: [(e as Error).message, '送信台帳は追記のみの JSONL です: バックアップから戻すか、その行を調べてください'],
          },
          1,
        );
      }
      const sending: Sending = { at: now, resume: resumeStamps(states) };
      const batch = revision ? await revisionBatch(io, model, revision, sending, states, inDoubt) : await workBatch(model, sending, workOrders);
      if (batch.problems.length > 0)
        throw new CliError(
          {
            en: [
              `refused: nothing is sent.\n${batch.problems.map((p) => `  - ${p}`).join('\n')}`,
              revision
                ? 'too late to notify this change: announce it again with a later effectiveOn (a new revision); see docs/notices.md'
                : 'fix completedOn in the customer file, or send the work order after its completion',
            ],
            ja: [
              `送信を拒否しました。何も送っていません。\n${batch.problems.map((p) => `  - ${p}`).join('\n')}`,
              revision
                ? 'この変更の通知には遅すぎます: 後の effectiveOn で改めて告知してください（新しい変更）。docs/notices.md を参照'
                : '顧客ファイルの completedOn を直すか、作業完了の後に作業依頼を送ってください',
            ],
          },
          1,
        );
      if (!opts.confirm) {
        printDryRun(io, batch, path, states, inDoubt);
        setExit(0);
        return;
      }
      setExit(
        await deliver(io, batch.name, path, batch.messages, states, {
          url: opts.smtp ?? io.env['VMSC_SMTP_URL'],
          connections,
          ratePerSecond: rate,
          maxTries: tries,
          backoffMs,
          inDoubt,
        }),
      );
    });
}
