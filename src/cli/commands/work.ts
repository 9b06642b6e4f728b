/**
 * vmsc work: each work order's state after completion (第11条): completed, when its completion mail went out
 * (the send ledger `<state>/send/work.jsonl`, or `mailedOn` for a mail sent by hand), the 瑕疵確認期限, and
 * whether it is complete — confirmed, or deemed complete because the deadline passed without a defect report.
 */
import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseChoice, parseToday, rootDir } from '../common.js';
import { parseStamp, workStatuses } from '../../emit/notices/index.js';
import type { Mailing } from '../../emit/notices/index.js';
import { ledgerPath, ledgerStates, readLedger } from '../../write/ledger.js';

interface WorkOpts {
  root?: string;
  state?: string;
  today?: string;
  customer?: string;
  format?: string;
}

/** the accepted work-completion mails of the ledger: the day each was dated (its receipt) */
function mailingsOf(path: string): Map<string, Mailing> {
  let states: ReturnType<typeof ledgerStates>;
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
  const m = new Map<string, Mailing>();
  for (const [key, s] of states) {
    const on = parseStamp(s.accepted?.sentAt)?.date;
    if (s.state === 'accepted' && on) m.set(key, { on, by: 'vmsc' });
  }
  return m;
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('work')
    .description('list every work order: completed, completion mail sent on, 瑕疵確認期限, complete or deemed complete (第11条)')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--state <dir>', 'state folder holding the send ledger (default: <root>/.vmsc-state)')
    .option('--customer <id>', 'only this customer')
    .option('--today <date>', 'the day the states are judged on (default: today in Japan)')
    .option('--format <format>', 'text | json', 'text')
    .action(async (opts: WorkOpts) => {
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const format = parseChoice(opts.format, '--format', ['text', 'json'] as const, 'text');
      const { model } = await loadModel(io, root, today);
      const customers = opts.customer === undefined ? model.customers : model.customers.filter((c) => c.id === opts.customer);
      if (customers.length === 0)
        throw new CliError(
          {
            en: [`no customer "${opts.customer}" in customers/`, `customers: ${model.customers.map((c) => c.id).join(', ')}`],
            ja: [`customers/ に顧客 "${opts.customer}" はありません`, `顧客: ${model.customers.map((c) => c.id).join(', ')}`],
          },
          1,
        );
      const stateDir = resolve(io.cwd, opts.state ?? join(root, '.vmsc-state'));
      const mailings = mailingsOf(ledgerPath(stateDir, 'work'));
      const statuses = customers.flatMap((c) => workStatuses(c, mailings, today));
      if (format === 'json') io.stdout(`${JSON.stringify({ today, workOrders: statuses }, null, 2)}\n`);
      else {
        io.stdout(`work orders on ${today} (第11条)\n`);
        for (const s of statuses)
          io.stdout(`  ${s.customer}/${s.id}: ${s.explanation}\n      ${s.description}${s.reworkOf ? ` (rework of ${s.reworkOf})` : ''}\n`);
        if (statuses.length === 0) io.stdout('  (no work orders)\n');
      }
      setExit(0);
    });
}
