/**
 * `vmsc records search` and `vmsc records verify`: the register of issued documents (records/register/) and
 * the write-once archive. Both read only the register files and policies/provider.yaml (schema-checked), so
 * they answer even while other inputs have errors, and fast on a large register.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { cliLang, parseChoice, parseDate, rootDir } from '../common.js';
import { renderHuman, summaryLine } from '../../diagnostics/render.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Provider } from '../../model/inputs.js';
import { DEFAULT_ARCHIVE, parseRegisterFast, REGISTER_DIR } from '../../records/register.js';
import type { Register } from '../../records/register.js';
import { matchesDateAndTotal, renderHits, searchRegister } from '../../records/search.js';
import type { SearchFormat, SearchQuery } from '../../records/search.js';
import { hashArchived, listArchive, readRegisterFiles } from '../../write/records.js';

interface RecordsRoot {
  registers: Register[];
  archive: string;
}

/** the register files and the archive folder of a root; schema errors in them are explained (exit 1) */
async function readRecords(io: CliIO, root: string, withArchive: boolean, search?: SearchQuery): Promise<RecordsRoot> {
  // the schema path loads ajv and every schema: only for a file the fast path does not read, and for provider.yaml
  let validate: typeof import('../../validate/file.js').fileResult | undefined;
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  const load = async (path: string, bytes: Uint8Array): Promise<unknown> => {
    validate ??= (await import('../../validate/file.js')).fileResult;
    const r = validate({ path, bytes });
    diagnostics.push(...r.diagnostics);
    texts.set(path, Buffer.from(bytes).toString('utf8'));
    return r.loaded && !hasErrors(r.diagnostics) ? r.data : undefined;
  };
  const registers: Register[] = [];
  // a search reads only the customer's register (registers are named after their customer: K003) and parses
  // only the documents whose issue date and total match
  const keep = search && ((date: string, total: number) => matchesDateAndTotal(search, date, total));
  const only = search?.customer === undefined ? undefined : `${search.customer}.yaml`;
  for (const f of readRegisterFiles(root, REGISTER_DIR, only)) {
    const data = parseRegisterFast(Buffer.from(f.bytes).toString('utf8'), keep) ?? ((await load(f.path, f.bytes)) as Register | undefined);
    if (data) registers.push(data);
  }
  let archive = DEFAULT_ARCHIVE;
  const providerPath = 'policies/provider.yaml';
  let providerBytes: Uint8Array | undefined;
  try {
    if (withArchive) providerBytes = readFileSync(join(root, 'policies', 'provider.yaml'));
  } catch {
    // no provider file: the default archive folder applies (check reports the missing file as P001)
  }
  if (providerBytes && withArchive) {
    const p = (await load(providerPath, providerBytes)) as Provider | undefined;
    archive = p?.records?.archive ?? archive;
  }
  if (hasErrors(diagnostics)) {
    io.stderr(renderHuman(diagnostics, { lineText: (f, l) => texts.get(f)?.split(/\r?\n/)[l - 1] }, { color: false, lang: cliLang(io) }));
    io.stderr(`${summaryLine(diagnostics, texts.size, cliLang(io))}\n`);
    throw new CliError(
      {
        en: ['the register or policies/provider.yaml has errors; nothing was searched or verified', 'fix the errors above (`vmsc check` lists them)'],
        ja: ['発行台帳または policies/provider.yaml にエラーがあるため、検索も検証もしていません', '上のエラーを直してください（`vmsc check` で一覧できます）'],
      },
      1,
    );
  }
  return { registers, archive: join(root, ...archive.split('/')) };
}

function parseYen(opt: string | undefined, flag: string): number | undefined {
  if (opt === undefined) return undefined;
  const s = opt.replace(/[,_]/g, '').replace(/^¥/, '');
  if (!/^-?\d{1,13}$/.test(s))
    throw new CliError(
      {
        en: [`${flag} must be an amount in yen (e.g. 243100 or 243,100), not ${JSON.stringify(opt)}`],
        ja: [`${flag} は円の金額で指定してください（例: 243100、243,100。${JSON.stringify(opt)} は不可）`],
      },
      1,
    );
  return Number(s);
}

function registerSearch(records: Command, io: CliIO, setExit: (code: number) => void): void {
  records
    .command('search')
    .description('search the register of issued documents by issue date, customer and amount (tax included)')
    .option('--from <date>', 'issued on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'issued on or before this date (YYYY-MM-DD)')
    .option('--customer <id>', 'only this customer (取引先)')
    .option('--min <yen>', 'total (tax included) at least this amount')
    .option('--max <yen>', 'total (tax included) at most this amount')
    .option('--format <format>', 'text, json or csv', 'text')
    .option('--root <dir>', 'root folder holding records/', '.')
    .action(async (opts: { from?: string; to?: string; customer?: string; min?: string; max?: string; format?: string; root?: string }) => {
      const format = parseChoice<SearchFormat>(opts.format, '--format', ['text', 'json', 'csv'], 'text');
      const q: SearchQuery = {};
      if (opts.from !== undefined) q.from = parseDate(opts.from, '--from');
      if (opts.to !== undefined) q.to = parseDate(opts.to, '--to');
      if (opts.customer !== undefined) q.customer = opts.customer;
      const min = parseYen(opts.min, '--min');
      const max = parseYen(opts.max, '--max');
      if (min !== undefined) q.min = min;
      if (max !== undefined) q.max = max;
      const { registers } = await readRecords(io, rootDir(io, opts.root), false, q); // a search needs no archive (nor provider.yaml's schema)
      io.stdout(renderHits(searchRegister(registers, q), format));
      setExit(0);
    });
}

function registerVerify(records: Command, io: CliIO, setExit: (code: number) => void): void {
  records
    .command('verify')
    .description('re-hash every archived file against the register; report any missing, changed or unrecorded file')
    .option('--root <dir>', 'root folder holding records/', '.')
    .action(async (opts: { root?: string }) => {
      const root = rootDir(io, opts.root);
      const { registers, archive } = await readRecords(io, root, true);
      const problems: string[] = [];
      const recorded = new Set<string>();
      let ok = 0;
      for (const r of registers) {
        for (const d of r.documents) {
          recorded.add(d.file);
          const have = hashArchived(archive, d.file);
          if (have === undefined) problems.push(`missing  ${d.file}: ${d.number} (issued ${d.issueDate}) is in the register but not in the archive`);
          else if (have !== d.sha256)
            problems.push(`changed  ${d.file}: ${d.number} (issued ${d.issueDate}) has sha256 ${have}, the register says ${d.sha256}`);
          else ok++;
        }
      }
      for (const f of listArchive(archive)) if (!recorded.has(f)) problems.push(`unrecorded  ${f}: in the archive but in no register entry`);
      const where = relative(io.cwd, archive) || '.';
      for (const p of problems) io.stdout(`${p}\n`);
      io.stdout(
        `${ok} ${ok === 1 ? 'file matches' : 'files match'} the register, ${problems.length} ${problems.length === 1 ? 'difference' : 'differences'} (archive ${where})\n`,
      );
      if (problems.length > 0) {
        throw new CliError(
          {
            en: [
              `the archive differs from the register in ${problems.length} ${problems.length === 1 ? 'place' : 'places'}`,
              'an archived file must never change: restore it from a backup copy (its sha256 is in the register)',
            ],
            ja: [
              `保管庫が発行台帳と ${problems.length} か所で異なります`,
              '保管したファイルは決して変わってはいけません: バックアップから戻してください（sha256 は発行台帳にあります）',
            ],
          },
          1,
        );
      }
      setExit(0);
    });
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const records = program.command('records').description('the register of issued documents and the write-once archive (電子帳簿保存法)');
  registerSearch(records, io, setExit);
  registerVerify(records, io, setExit);
}
