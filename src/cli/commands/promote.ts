/**
 * `vmsc promote ID`: prospects/<id>.yaml becomes customers/<id>.yaml once it holds appliedOn, monitoringConsent and
 * the servers (src/sales/promote.ts); the prospect file is then removed. Refuses with located errors, writing nothing.
 */
import type { Command } from 'commander';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { cliLang, explain, parseToday, rootDir } from '../common.js';
import { readRoot } from '../host.js';
import { parseProspectId } from '../prospects.js';
import { promoteProspect } from '../../sales/index.js';
import { check } from '../../driver/index.js';
import { renderHuman } from '../../diagnostics/render.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('promote')
    .description('turn a prospect into customers/<id>.yaml once its file has appliedOn, monitoringConsent and servers (then remove the prospect file)')
    .argument('<id>', 'prospect id (the file name under prospects/)')
    .option('--root <dir>', 'root folder holding policies/, customers/ and prospects/', '.')
    .option('--today <date>', 'the date the check of the new customer runs on')
    .action((arg: string, opts: { root?: string; today?: string }) => {
      const id = parseProspectId(arg);
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      const sources = readRoot(root);
      if (!sources.some((s) => s.path === `prospects/${id}.yaml`))
        throw new CliError(
          {
            en: [`no prospect ${JSON.stringify(id)}: prospects/${id}.yaml does not exist`, 'vmsc promote takes the id of a file under prospects/'],
            ja: [
              `見込み客 ${JSON.stringify(id)} はありません（prospects/${id}.yaml がありません）`,
              'vmsc promote には prospects/ の下のファイルの ID を指定してください',
            ],
          },
          1,
        );
      const p = promoteProspect(sources, id, { today });
      if (p.yamlText === undefined) {
        // the located diagnostics (in the prospect file), with its lines for the code frames
        const lines = check(sources, { today });
        explain(io, { ...lines, diagnostics: p.diagnostics }, sources.length);
      }
      const lang = cliLang(io);
      if (p.diagnostics.length) io.stderr(renderHuman(p.diagnostics, { lineText: () => undefined }, { color: io.isTTY && !io.env['NO_COLOR'], lang }));
      try {
        writeFileSync(join(root, p.path), p.yamlText, { flag: 'wx' }); // never over an existing customer
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST')
          throw new CliError(
            {
              en: [`${p.path} exists already: nothing written`, 'promote never overwrites a customer file'],
              ja: [`${p.path} はすでにあります。何も書きませんでした`, 'promote は顧客ファイルを上書きしません'],
            },
            1,
          );
        throw e;
      }
      unlinkSync(join(root, 'prospects', `${id}.yaml`));
      io.stdout(`wrote ${p.path}; removed prospects/${id}.yaml (git keeps its history)\nnext: vmsc check, then vmsc contract ${id}\n`);
      setExit(0);
    });
}
