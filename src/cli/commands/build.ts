import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { loadModel, parseToday, rootDir } from '../common.js';
import { packageVersion, readAssets } from '../host.js';
import { emitAll } from '../../emit/run.js';
import { writeOutput } from '../../write/write.js';
import { countBySeverity } from '../../diagnostics/diagnostic.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('build')
    .description('check, then produce every artifact into out/ atomically, with out/manifest.json (sha256 of each file)')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--out <dir>', 'output folder (replaced whole, atomically)', 'out')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes outputs')
    .action(async (opts: { root?: string; out?: string; today?: string }) => {
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const { model, result } = loadModel(io, root, today);
      const artifacts = await emitAll({ model, assets: readAssets() });
      const out = resolve(root, opts.out ?? 'out');
      const { manifest } = writeOutput(out, artifacts, `vmsc ${packageVersion()}`);
      const { warnings } = countBySeverity(result.diagnostics);
      io.stdout(`built ${manifest.files.length} files for ${model.customers.length} customers into ${out}${warnings ? ` (${warnings} warnings: run vmsc check)` : ''}\n`);
      setExit(0);
    });
}
