/** `vmsc contract ID`: the contract PDF (利用契約内容確認書) of one customer. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadScopedModel, parseToday, rootDir } from '../common.js';
import { readAssets } from '../host.js';
import { contractDate, contractPath, renderContract } from '../../emit/documents/documents.js';
import type { Model, ResolvedCustomer } from '../../model/model.js';
import { contractLines } from '../../billing/contract.js';
import { formatYen } from '../../billing/money.js';
import { appendDocuments, contractNumber, recordOfContract, renderRegister } from '../../records/register.js';
import { ArchiveError, archiveOnce, writeRegisterFile } from '../../write/records.js';
import { sha256 } from '../../write/manifest.js';
import { archiveDir, gitCommit, registerFile, registersOf } from '../records.js';
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
    .option('--issue', 'issue it: archive the PDF (write-once) and record it in records/register/<id>.yaml')
    .action(async (id: string, opts: { root?: string; out?: string; today?: string; issue?: boolean }) => {
      const root = rootDir(io, opts.root);
      const { model } = await loadScopedModel(io, root, parseToday(io, opts.today), { customer: id });
      const customer = model.customers.find((c) => c.id === id);
      if (!customer) {
        const ids = model.customers.map((c) => c.id);
        const near = closest(id, ids);
        throw new CliError(
          {
            en: [`no customer ${JSON.stringify(id)}`, near ? `did you mean ${near}?` : `customers: ${ids.join(', ')}`],
            ja: [`顧客 ${JSON.stringify(id)} はありません`, near ? `${near} の誤りではありませんか？` : `顧客: ${ids.join(', ')}`],
          },
          1,
        );
      }
      const file = opts.out ? resolve(io.cwd, opts.out) : resolve(root, 'out', contractPath(id));
      const doc = renderContract(readAssets(), model, customer);
      if (opts.issue) issueContract(io, root, model, customer, doc.bytes);
      writePdf(file, doc.bytes);
      io.stdout(`wrote ${file} (${doc.pages} ${doc.pages === 1 ? 'page' : 'pages'})\n`);
      setExit(0);
    });
}

/**
 * `--issue`: records the contract like an invoice (archive + register). A contract whose bytes equal its last
 * issued version is not issued again; a changed one is issued as the next number (-contract-2, …), the earlier
 * ones staying in the archive.
 */
function issueContract(io: CliIO, root: string, model: Model, c: ResolvedCustomer, bytes: Uint8Array): void {
  const reg = registersOf(model).get(c.id);
  const issued = (reg?.documents ?? []).filter((d) => d.kind === 'contract');
  const hash = sha256(bytes);
  const last = issued.at(-1);
  if (last && last.sha256 === hash) {
    io.stdout(`already issued ${last.number} (${last.issueDate})\n`);
    return;
  }
  const entry = recordOfContract(c, contractNumber(c.id, issued.length + 1), contractDate(c), contractLines(c.tariffAtStart, c), {
    sha256: hash,
    commit: gitCommit(root),
  });
  try {
    archiveOnce(archiveDir(root, model), entry.file, bytes);
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
  writeRegisterFile(registerFile(root, c.id), renderRegister(appendDocuments(reg, c.id, [entry])));
  io.stdout(`issued ${entry.number} ${entry.issueDate} (monthly ${formatYen(entry.total)} with tax) → records/register/${c.id}.yaml\n`);
}
