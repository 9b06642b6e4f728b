/** `vmsc contract ID`: the contract PDF (利用契約内容確認書) of one customer. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { contractPath, renderContract } from '../../emit/documents/documents.js';
import { writePdf } from './invoice.js';
import { closest } from '../../util/strings.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('contract')
    .description('write the contract PDF (利用契約内容確認書) of a customer')
    .argument('<id>', 'customer id (the file name under customers/)')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--out <file>', 'PDF file to write (default: <root>/out/<id>/documents/contract.pdf)')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes the PDF')
    .action(async (id: string, opts: { root?: string; out?: string; today?: string }) => {
      const root = rootDir(io, opts.root);
      const { model } = await loadModel(io, root, parseToday(io, opts.today));
      const customer = model.customers.find((c) => c.id === id);
      if (!customer) {
        const ids = model.customers.map((c) => c.id);
        const near = closest(id, ids);
        throw new CliError(`no customer ${JSON.stringify(id)}`, 1, near ? `did you mean ${near}?` : `customers: ${ids.join(', ')}`);
      }
      const file = opts.out ? resolve(io.cwd, opts.out) : resolve(root, 'out', contractPath(id));
      const doc = renderContract(readAssets(), model, customer);
      writePdf(file, doc.bytes);
      io.stdout(`wrote ${file} (${doc.pages} ${doc.pages === 1 ? 'page' : 'pages'})\n`);
      setExit(0);
    });
}
