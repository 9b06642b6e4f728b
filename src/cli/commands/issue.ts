/**
 * `vmsc issue --month YYYY-MM`: issues the invoices of a closed month. Each invoice is rendered, put into the
 * write-once archive (provider.records.archive, default records/archive/) and recorded in the customer's
 * register (records/register/<customer>.yaml) with its figures, the sha256 of its bytes and the git commit.
 * An invoice already recorded is not issued again; check (K001) keeps the inputs from changing it.
 */
import type { Command } from 'commander';
import { relative } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseMonth, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { archiveDir, gitCommit, registerFile, registersOf } from '../records.js';
import { billedMonths, computeInvoice } from '../../billing/invoice.js';
import { formatYen } from '../../billing/money.js';
import { renderInvoice } from '../../emit/documents/documents.js';
import { appendDocuments, recordOfInvoice, renderRegister } from '../../records/register.js';
import { ArchiveError, archiveOnce, writeRegisterFile } from '../../write/records.js';
import { sha256 } from '../../write/manifest.js';
import { closest } from '../../util/strings.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('issue')
    .description('issue the invoices of a closed month: archive each PDF (write-once) and record it in records/register/')
    .requiredOption('--month <YYYY-MM>', 'billed month (at most billing.closedThrough)')
    .option('--customer <id>', 'only this customer')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes a document')
    .action(async (opts: { month: string; customer?: string; root?: string; today?: string }) => {
      const month = parseMonth(opts.month);
      const root = rootDir(io, opts.root);
      const { model } = await loadModel(io, root, parseToday(io, opts.today));
      const closed = model.policies.provider.billing.closedThrough;
      if (month > closed) {
        throw new CliError(
          `${month} is not closed: invoices are issued only for months up to billing.closedThrough (${closed})`,
          1,
          'close the month first: set billing.closedThrough in policies/provider.yaml, check, then issue',
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
          throw new CliError(`no customer ${JSON.stringify(id)}`, 1, near ? `did you mean ${near}?` : undefined);
        }
        customers = customers.filter((c) => c.id === id);
        if (customers.length === 0) throw new CliError(`${month} is not a billed month of ${id}`, 1, `vmsc bill --customer ${id} lists its billed months`);
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
        const entry = recordOfInvoice(inv, c, { sha256: sha256(bytes), commit });
        try {
          archiveOnce(archive, entry.file, bytes);
        } catch (e) {
          if (e instanceof ArchiveError)
            throw new CliError(e.message, 1, 'the archive is write-once: find out why that file differs (vmsc records verify) before issuing again');
          throw e;
        }
        const file = registerFile(root, c.id);
        writeRegisterFile(file, renderRegister(appendDocuments(reg, c.id, [entry])));
        issued++;
        io.stdout(`issued ${entry.number} ${entry.issueDate} ${formatYen(entry.total)} → ${relative(root, archive)}/${entry.file}\n`);
      }
      io.stdout(`${issued} issued, ${already} already issued (${month}); register: ${relative(io.cwd, registerFile(root, '*'))}\n`);
      setExit(0);
    });
}
