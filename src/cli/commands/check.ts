import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { parseChoice, parseToday, rootDir } from '../common.js';
import { readRoot } from '../host.js';
import { check } from '../../program.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { renderGithub, renderHuman, renderJson, summaryLine } from '../../diagnostics/render.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('validate every file of the root (schemas and rules) and report all problems at file:line:col')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--format <format>', 'human | json | github', 'human')
    .option('--today <date>', 'the date (YYYY-MM-DD, Japan) used by date-dependent warnings; default: today')
    .action((opts: { root?: string; format?: string; today?: string }) => {
      const format = parseChoice(opts.format, '--format', ['human', 'json', 'github'] as const, 'human');
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const sources = readRoot(root);
      const result = check(sources, { today });
      const ds = result.diagnostics;
      if (format === 'json') io.stdout(renderJson(ds));
      else if (format === 'github') io.stdout(renderGithub(ds, sources.length));
      else {
        const src = { lineText: (f: string, l: number) => result.files.get(f)?.lineText(l) };
        if (ds.length) io.stdout(renderHuman(ds, src, { color: io.isTTY && !io.env['NO_COLOR'] }));
        io.stdout(summaryLine(ds, sources.length) + '\n');
      }
      setExit(hasErrors(ds) ? 1 : 0);
    });
}
