/** `vmsc quote ID`: the quote PDF (御見積書) of a prospect (prospects/<id>.yaml). */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { loadScopedModel, parseDate, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { findProspect, parseProspectId } from '../prospects.js';
import { writePdf } from './invoice.js';
import { quoteFile, renderQuote } from '../../sales/index.js';
import { formatYen } from '../../billing/money.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('quote')
    .description('write the quote PDF (御見積書) of a prospect: first month and monthly fees, later tariff revisions, conditions')
    .argument('<id>', 'prospect id (the file name under prospects/)')
    .option('--root <dir>', 'root folder holding policies/ and prospects/', '.')
    .option('--out <file>', 'PDF file to write (default: <root>/sales/<id>/<quote number>.pdf)')
    .option('--date <date>', 'the quote date YYYY-MM-DD (default: today in Japan): the quote number and validity follow it')
    .option('--today <date>', 'the date used by date-dependent warnings')
    .action(async (arg: string, opts: { root?: string; out?: string; date?: string; today?: string }) => {
      const id = parseProspectId(arg);
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const date = opts.date === undefined ? parseToday(io, undefined) : parseDate(opts.date, '--date');
      const { model, result } = await loadScopedModel(io, root, today, { prospect: id });
      const prospect = findProspect(result.inputs, id);
      const doc = renderQuote(readAssets(), model, prospect, date);
      const file = opts.out ? resolve(io.cwd, opts.out) : resolve(root, quoteFile(doc.quote));
      writePdf(file, doc.bytes);
      const q = doc.quote;
      io.stdout(
        `wrote ${file} (${doc.pages} ${doc.pages === 1 ? 'page' : 'pages'}): ${q.number}, valid through ${q.validUntil}; first month ${formatYen(q.firstMonth.total)}${q.after.map((p) => `, ${formatYen(p.monthly.total)} a month from ${p.fromMonth}`).join('')} (with tax)\n`,
      );
      setExit(0);
    });
}
