import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { cliLang, openDriver, parseChoice, parseToday, rootDir } from '../common.js';
import type { CacheMode } from '../../driver/index.js';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { catalogue } from '../../diagnostics/catalogue.js';
import { FORMATS } from '../../diagnostics/formats/index.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('validate every file of the root (schemas and rules) and report all problems at file:line:col')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--format <format>', FORMATS.map((f) => `${f.name}: ${f.description}`).join('; '), FORMATS[0]!.name)
    .option('--today <date>', 'the date (YYYY-MM-DD, Japan) used by date-dependent warnings; default: today')
    .option('--state <dir>', 'state folder for the check cache (default: <root>/.vmsc-state)')
    .option('--cache <mode>', 'auto (cache roots of 50+ files) | on | off', 'auto')
    .option('--timings', 'print the time of each stage and rule to stderr')
    .option('--codes', 'print the catalogue of diagnostic codes (markdown table) and exit')
    .addHelpText('after', '\nExit status: 0 no errors (warnings allowed), 1 errors found, 2 usage or internal error.')
    .action(async (opts: { root?: string; format?: string; today?: string; state?: string; cache?: string; timings?: boolean; codes?: boolean }) => {
      if (opts.codes) {
        io.stdout('| code | severity | stage | title | what it means |\n|---|---|---|---|---|\n');
        for (const c of catalogue()) io.stdout(`| ${c.code} | ${c.severity} | ${c.stage} | ${c.title} | ${c.description.replace(/\|/g, '\\|')} |\n`);
        return;
      }
      const formatName = parseChoice(
        opts.format,
        '--format',
        FORMATS.map((f) => f.name),
        FORMATS[0]!.name,
      );
      const format = FORMATS.find((f) => f.name === formatName)!;
      const cache = parseChoice<CacheMode>(opts.cache, '--cache', ['auto', 'on', 'off'] as const, 'auto');
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const timings = opts.timings ? new Map<string, number>() : undefined;
      const stateDir = opts.state ? resolve(io.cwd, opts.state) : join(root, '.vmsc-state');
      const driver = openDriver(io, root, { today, cache, stateDir, ...(timings ? { timings } : {}) });
      let result: Awaited<ReturnType<typeof driver.check>>;
      try {
        result = await driver.check({ diagnosticsOnly: true });
      } finally {
        await driver.close();
      }
      if (timings) {
        for (const [k, v] of timings) io.stderr(`${v.toFixed(1).padStart(9)} ms  ${k}\n`);
        io.stderr(`(${result.stats.files} files: ${result.stats.cached} from the cache, ${result.stats.parsed} parsed)\n`);
      }
      const ds = result.diagnostics;
      // annotations need paths relative to the workspace (the current directory in a workflow)
      const rel = relative(io.cwd, root).split(sep).join('/');
      const pathPrefix = rel === '' ? '' : rel.startsWith('..') || isAbsolute(rel) ? '' : `${rel}/`;
      io.stdout(
        format.render(ds, {
          fileCount: result.sources.length,
          lineText: result.lineText,
          color: io.isTTY && !io.env['NO_COLOR'],
          pathPrefix,
          lang: cliLang(io),
        }),
      );
      setExit(hasErrors(ds) ? 1 : 0);
    });
}
