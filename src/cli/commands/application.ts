/** `vmsc application ID`: the application form (利用契約申込書, 第4条1) of a prospect, to be stamped and sent back. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { loadScopedModel, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { findProspect, parseProspectId } from '../prospects.js';
import { writePdf } from './invoice.js';
import { applicationFile, renderApplication } from '../../sales/index.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('application')
    .description('write the application form PDF (利用契約申込書) of a prospect, to be filled in, stamped and returned (第4条1)')
    .argument('<id>', 'prospect id (the file name under prospects/)')
    .option('--root <dir>', 'root folder holding policies/ and prospects/', '.')
    .option('--out <file>', 'PDF file to write (default: <root>/sales/<id>/application.pdf)')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes the PDF')
    .action(async (arg: string, opts: { root?: string; out?: string; today?: string }) => {
      const id = parseProspectId(arg);
      const root = rootDir(io, opts.root);
      const { model, result } = await loadScopedModel(io, root, parseToday(io, opts.today), { prospect: id });
      const prospect = findProspect(result.inputs, id);
      const doc = renderApplication(readAssets(), model, prospect);
      const file = opts.out ? resolve(io.cwd, opts.out) : resolve(root, applicationFile(id));
      writePdf(file, doc.bytes);
      io.stdout(`wrote ${file} (${doc.pages} ${doc.pages === 1 ? 'page' : 'pages'})\n`);
      setExit(0);
    });
}
