/** `vmsc invoice --month YYYY-MM`: the invoice PDFs (適格請求書) of a billed month. */
import type { Command } from 'commander';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, loadScopedModel, parseMonth, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { billedMonths } from '../../billing/invoice.js';
import { invoicePath, renderInvoice } from '../../emit/documents/documents.js';
import { closest } from '../../util/strings.js';

/** writes a file through a temporary file and a rename, so that a reader never sees half a PDF */
export function writePdf(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('invoice')
    .description('write the invoice PDFs (適格請求書) of a billed month: every customer billed that month, or one')
    .requiredOption('--month <YYYY-MM>', 'billed month')
    .option('--customer <id>', 'only this customer')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--out <dir>', 'output folder; files go to <dir>/<customer>/documents/invoice-YYYY-MM.pdf (default: <root>/out)')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes the PDFs')
    .action(async (opts: { month: string; customer?: string; root?: string; out?: string; today?: string }) => {
      const month = parseMonth(opts.month);
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const { model } = opts.customer !== undefined ? await loadScopedModel(io, root, today, { customer: opts.customer }) : await loadModel(io, root, today);
      let customers = model.customers;
      if (opts.customer !== undefined) {
        const c = model.customers.find((x) => x.id === opts.customer);
        if (!c) {
          const ids = model.customers.map((x) => x.id);
          const near = closest(opts.customer, ids);
          throw new CliError(
            {
              en: [`no customer ${JSON.stringify(opts.customer)}`, near ? `did you mean ${near}?` : `customers: ${ids.join(', ')}`],
              ja: [`顧客 ${JSON.stringify(opts.customer)} はありません`, near ? `${near} の誤りではありませんか？` : `顧客: ${ids.join(', ')}`],
            },
            1,
          );
        }
        const months = billedMonths(model, c);
        if (!months.includes(month)) {
          throw new CliError(
            months.length
              ? `${month} is not a billed month of ${c.id}: its invoices run from ${months[0]} through ${months[months.length - 1]}`
              : `${c.id} has no billed month yet (billing starts ${c.establishedOn}, invoices are built through ${model.policies.provider.billing.closedThrough})`,
            1,
            'billed months run from the month of contract.billingStartsOn through billing.closedThrough (policies/provider.yaml) or the month the contract ends',
          );
        }
        customers = [c];
      } else {
        customers = customers.filter((c) => billedMonths(model, c).includes(month));
        if (customers.length === 0) {
          throw new CliError(
            {
              en: [
                `no customer is billed for ${month}`,
                `invoices are built through ${model.policies.provider.billing.closedThrough} (billing.closedThrough in policies/provider.yaml)`,
              ],
              ja: [
                `${month} に請求される顧客はいません`,
                `請求書は ${model.policies.provider.billing.closedThrough} まで作成します（policies/provider.yaml の billing.closedThrough）`,
              ],
            },
            1,
          );
        }
      }
      const out = resolve(io.cwd, opts.out ?? join(root, 'out'));
      const assets = readAssets();
      for (const c of customers) {
        const file = join(out, invoicePath(c.id, month));
        const doc = renderInvoice(assets, model, c, month);
        writePdf(file, doc.bytes);
        io.stdout(`wrote ${file} (${doc.pages} ${doc.pages === 1 ? 'page' : 'pages'})\n`);
      }
      setExit(0);
    });
}
