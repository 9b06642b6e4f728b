/**
 * `vmsc issue --month YYYY-MM`: issues the invoices of a closed month. Each invoice is rendered, put into the
 * write-once archive (provider.records.archive, default records/archive/) and recorded in the customer's
 * register (records/register/<customer>.yaml) with its figures, the sha256 of its bytes and the git commit.
 * An invoice already recorded is not issued again; check (K001) keeps the inputs from changing it.
 * `vmsc issue --corrections` issues the declared corrections (`corrections:` in a customer file) not yet issued:
 * a 修正適格請求書 or 適格返還請求書 that refers to the original, which stays in the archive.
 */
import type { Command } from 'commander';
import { relative } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseMonth, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { archiveDir, gitCommit, registerFile, registersOf } from '../records.js';
import { billedMonths, calendarOf, computeInvoice } from '../../billing/invoice.js';
import { dueDate } from '../../billing/dates.js';
import { monthOf } from '../../util/dates.js';
import { formatYen } from '../../billing/money.js';
import { renderCorrection, renderInvoice } from '../../emit/documents/documents.js';
import { correctionKind, pendingCorrections, recordOfCorrection } from '../../records/corrections.js';
import type { Model } from '../../model/model.js';
import { appendDocuments, recordOfInvoice, renderRegister } from '../../records/register.js';
import { printedFields } from '../../records/printed.js';
import { ArchiveError, archiveOnce, writeRegisterFile } from '../../write/records.js';
import { sha256 } from '../../write/manifest.js';
import { closest } from '../../util/strings.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('issue')
    .description('issue the invoices of a closed month: archive each PDF (write-once) and record it in records/register/')
    .option('--month <YYYY-MM>', 'billed month (at most billing.closedThrough)')
    .option('--corrections', 'issue the corrections declared in the customer files (corrections:) that are not issued yet')
    .option('--customer <id>', 'only this customer')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes a document')
    .action(async (opts: { month?: string; corrections?: boolean; customer?: string; root?: string; today?: string }) => {
      if ((opts.month === undefined) === (opts.corrections !== true))
        throw new CliError(
          { en: ['give exactly one of --month YYYY-MM and --corrections'], ja: ['--month YYYY-MM と --corrections のどちらか一方だけを指定してください'] },
          2,
        );
      const root = rootDir(io, opts.root);
      const { model } = await loadModel(io, root, parseToday(io, opts.today));
      if (opts.month === undefined) {
        issueCorrections(io, root, model, opts.customer);
        setExit(0);
        return;
      }
      const month = parseMonth(opts.month);
      const closed = model.policies.provider.billing.closedThrough;
      if (month > closed) {
        throw new CliError(
          {
            en: [
              `${month} is not closed: invoices are issued only for months up to billing.closedThrough (${closed})`,
              'close the month first: set billing.closedThrough in policies/provider.yaml, check, then issue',
            ],
            ja: [
              `${month} は締められていません: 請求書は billing.closedThrough（${closed}）までの月にしか発行しません`,
              '先に月を締めてください: policies/provider.yaml の billing.closedThrough を設定し、check してから発行してください',
            ],
          },
          1,
        );
      }
      let customers = model.customers.filter((c) => billedMonths(model, c).includes(month));
      if (opts.customer !== undefined) {
        const id = opts.customer;
        if (!model.customers.some((c) => c.id === id)) {
          const near = closest(
            id,
            model.customers.map((c) => c.id),
          );
          throw new CliError(
            {
              en: [`no customer ${JSON.stringify(id)}`, near ? `did you mean ${near}?` : undefined],
              ja: [`顧客 ${JSON.stringify(id)} はありません`, near ? `${near} の誤りではありませんか？` : undefined],
            },
            1,
          );
        }
        customers = customers.filter((c) => c.id === id);
        if (customers.length === 0)
          throw new CliError(
            {
              en: [`${month} is not a billed month of ${id}`, `vmsc bill --customer ${id} lists its billed months`],
              ja: [`${month} は ${id} の請求月ではありません`, `vmsc bill --customer ${id} で請求月を一覧できます`],
            },
            1,
          );
      }
      const registers = registersOf(model);
      const archive = archiveDir(root, model);
      const commit = gitCommit(root);
      const assets = readAssets();
      let issued = 0;
      let already = 0;
      for (const c of customers) {
        const reg = registers.get(c.id);
        const inv = computeInvoice(model, c, month);
        if (reg?.documents.some((d) => d.number === inv.invoiceNumber)) {
          already++;
          io.stdout(`already issued ${inv.invoiceNumber} (${formatYen(inv.total)})\n`);
          continue;
        }
        const bytes = renderInvoice(assets, model, c, month).bytes;
        const entry = recordOfInvoice(inv, c, { sha256: sha256(bytes), commit, printed: printedFields(model.policies.provider, c, inv) });
        archiveOrExplain(archive, entry.file, bytes);
        const file = registerFile(root, c.id);
        writeRegisterFile(file, renderRegister(appendDocuments(reg, c.id, [entry])));
        issued++;
        io.stdout(`issued ${entry.number} ${entry.issueDate} ${formatYen(entry.total)} → ${relative(root, archive)}/${entry.file}\n`);
      }
      io.stdout(`${issued} issued, ${already} already issued (${month}); register: ${relative(io.cwd, registerFile(root, '*'))}\n`);
      setExit(0);
    });
}

/** puts an issued PDF into the write-once archive; a different file already there is a clear CLI error */
function archiveOrExplain(archive: string, file: string, bytes: Uint8Array): void {
  try {
    archiveOnce(archive, file, bytes);
  } catch (e) {
    if (e instanceof ArchiveError)
      throw new CliError(
        {
          en: [e.message, 'the archive is write-once: find out why that file differs (vmsc records verify) before issuing again'],
          ja: [e.message, '保管庫は追記のみです: もう一度発行する前に、そのファイルが異なる理由を調べてください（vmsc records verify）'],
        },
        1,
      );
    throw e;
  }
}

/** `--corrections`: every declared correction not yet issued, rendered, archived and recorded */
function issueCorrections(io: CliIO, root: string, model: Model, only: string | undefined): void {
  const registers = registersOf(model);
  const archive = archiveDir(root, model);
  const commit = gitCommit(root);
  const assets = readAssets();
  let issued = 0;
  for (const c of model.customers) {
    if (only !== undefined && c.id !== only) continue;
    let reg = registers.get(c.id);
    for (const p of pendingCorrections(c.source.corrections, reg)) {
      const month = p.correction.invoice;
      const inv = computeInvoice(model, c, month);
      const paid = (c.source.payments ?? []).filter((x) => x.invoice === month).reduce((s, x) => s + x.amount, 0);
      const due = dueDate(calendarOf(model), monthOf(p.correction.issuedOn));
      const draft = recordOfCorrection(inv, c, p, correctionKind(p.original, inv, paid), due, {
        sha256: '',
        commit,
        printed: printedFields(model.policies.provider, c, inv),
      });
      const bytes = renderCorrection(assets, model, c, draft, p.original, paid).bytes;
      const entry = { ...draft, sha256: sha256(bytes) };
      archiveOrExplain(archive, entry.file, bytes);
      reg = appendDocuments(reg, c.id, [entry]);
      writeRegisterFile(registerFile(root, c.id), renderRegister(reg));
      issued++;
      const what = entry.kind === 'refund' ? '適格返還請求書' : '修正適格請求書';
      io.stdout(
        `issued ${entry.number} (${what} of ${p.original.number}) ${entry.issueDate} ${formatYen(p.original.total)} → ${formatYen(entry.total)}, difference ${formatYen(entry.difference ?? 0)}\n`,
      );
    }
  }
  io.stdout(`${issued} ${issued === 1 ? 'correction' : 'corrections'} issued\n`);
}
