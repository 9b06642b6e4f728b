/**
 * vmsc send REVISION: delivers a revision's notices over SMTP, exactly once per customer.
 * Dry-run by default (prints what would be sent and each customer's ledger state; no network).
 * With --confirm: sends the same bytes `vmsc notices` writes, recording every try in the ledger
 * `<state>/send/<revision>.jsonl` (state = --state DIR or <root>/.vmsc-state). See docs/notices.md.
 */
import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseChoice, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { revisionMessages } from '../../emit/notices/index.js';
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
  today?: string;
}

function intOpt(v: string | undefined, flag: string, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    throw new CliError(`${flag} must be a whole number from ${min} to ${max}, not ${JSON.stringify(v)}`, 2);
  return Number(v);
}

function outcomeLine(o: Outcome): string {
  switch (o.status) {
    case 'accepted':
      return `  ✓ ${o.customer}: accepted${o.tries > 1 ? ` after ${o.tries} tries` : ''}${o.resentInDoubt ? ' (resent: was in doubt)' : ''} — ${o.response}${o.rejected.length ? `; REFUSED recipients: ${o.rejected.join(', ')}` : ''}`;
    case 'already-accepted':
      return `  = ${o.customer}: already accepted earlier — ${o.response}${o.changedSince ? ' (the message has changed since; not sent again)' : ''}`;
    case 'failed':
      return `  ✗ ${o.customer}: ${o.permanent ? 'FAILED (permanent)' : `FAILED after ${o.tries} tries (temporary)`} — ${o.response}`;
    case 'skipped-in-doubt':
      return `  ? ${o.customer}: NOT SENT — ${o.reason}`;
    case 'stopped':
      return `  · ${o.customer}: not sent (stopped; run again to continue)`;
  }
}

type Rendered = Awaited<ReturnType<typeof revisionMessages>>;
type States = ReturnType<typeof ledgerStates>;
type Revision = ReturnType<typeof findRevision>;

/** what --confirm would send, to whom, and each customer's ledger state; no network */
function printDryRun(io: CliIO, revision: Revision, path: string, rendered: Rendered, states: States, inDoubt: InDoubtPolicy): void {
  const { audience, messages } = rendered;
  io.stdout(`dry run: nothing is sent (add --confirm to send). revision ${revision.id} "${revision.title}", effective ${revision.effectiveOn}\n`);
  io.stdout(`ledger: ${path}\n`);
  let wouldSend = 0;
  for (const p of plan(messages, states, inDoubt)) {
    const send = p.action === 'send' || p.action === 'resend-in-doubt';
    if (send) wouldSend++;
    io.stdout(`  ${send ? '→' : p.action === 'skip-accepted' ? '=' : '?'} ${p.message.customer}: ${send ? 'would send' : 'would not send'} (${p.reason})\n`);
    io.stdout(`      Message-ID <${p.message.messageId}>, to ${p.message.recipients.join(', ')}, ${p.message.eml.byteLength} bytes, out/${p.message.path}\n`);
  }
  for (const x of audience.excluded) io.stdout(`  – ${x.customer.id}: not concerned (${x.reason})\n`);
  io.stdout(`would send ${wouldSend} of ${messages.length} message(s)\n`);
}

/** sends over SMTP with the ledger; the exit code (1 when anything was not delivered) */
async function deliver(
  io: CliIO,
  revisionId: string,
  path: string,
  messages: Rendered['messages'],
  states: States,
  o: { url: string | undefined; connections: number; ratePerSecond: number; maxTries: number; backoffMs: number; inDoubt: InDoubtPolicy },
): Promise<number> {
  const url = o.url;
  if (!url)
    throw new CliError(
      'no SMTP server: pass --smtp URL or set VMSC_SMTP_URL',
      2,
      'e.g. --smtp smtp://mail.example.jp:587 (credentials only from the environment, never from a committed file)',
    );
  if (!/^smtps?:\/\//i.test(url)) throw new CliError(`--smtp must be an smtp:// or smtps:// URL, not ${JSON.stringify(redactUrl(url))}`, 2);
  let ledger: Ledger;
  try {
    ledger = Ledger.open(path);
  } catch (e) {
    if (e instanceof LedgerError)
      throw new CliError(e.message, 1, 'wait for the other run to finish; a lock whose process is gone is taken over automatically');
    throw e;
  }
  io.stdout(`sending revision ${revisionId} to ${messages.length} customer(s) via ${redactUrl(url)}; ledger ${path}\n`);
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
      revisionId,
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

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('send')
    .argument('<revision>', 'revision id (policies/revisions/<id>.yaml)')
    .description("send a revision's notices by SMTP, exactly once per customer (dry-run unless --confirm)")
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
    .option('--today <date>', 'the date used by date-dependent warnings; never changes what is sent')
    .action(async (revisionId: string, opts: SendOpts) => {
      if (opts.dryRun && opts.confirm) throw new CliError('--dry-run and --confirm exclude each other', 2);
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const inDoubt = parseChoice(opts.inDoubt, '--in-doubt', ['resend', 'skip'] as const, 'resend') as InDoubtPolicy;
      const connections = intOpt(opts.connections, '--connections', 3, 1, 50);
      const rate = intOpt(opts.rate, '--rate', 100, 0, 100000);
      const tries = intOpt(opts.tries, '--tries', 5, 1, 100);
      const backoffMs = intOpt(opts.backoffMs, '--backoff-ms', 1000, 0, 600000);
      const { model } = await loadModel(io, root, today);
      const revision = findRevision(model, revisionId);
      const rendered = await renderOrFail(() => revisionMessages(model, readAssets(), revision));
      // the mails are dated announcedOn (byte-stable); say so when today is not that day's side of effectiveOn
      if (today < revision.announcedOn)
        io.stderr(`vmsc: warning: today (${today}) is before the announcement date ${revision.announcedOn}; the mails are dated ${revision.announcedOn}\n`);
      if (today >= revision.effectiveOn)
        io.stderr(`vmsc: warning: the revision took effect on ${revision.effectiveOn} (today ${today}): 第2条 wants the notice before that day\n`);
      const stateDir = resolve(io.cwd, opts.state ?? join(root, '.vmsc-state'));
      const path = ledgerPath(stateDir, revision.id);
      let states: ReturnType<typeof ledgerStates>;
      try {
        states = ledgerStates(readLedger(path));
      } catch (e) {
        throw new CliError((e as Error).message, 1, 'the ledger is append-only JSONL; restore it from a backup or inspect the line');
      }

      if (!opts.confirm) {
        printDryRun(io, revision, path, rendered, states, inDoubt);
        setExit(0);
        return;
      }
      setExit(
        await deliver(io, revision.id, path, rendered.messages, states, {
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
