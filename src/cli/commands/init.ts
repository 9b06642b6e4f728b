import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../io.js';
import type { CliIO } from '../io.js';
import { PACKAGE_ROOT } from '../host.js';
import { writeSchemas } from './schemas.js';

/** what a new root gets besides schemas/: the policies skeleton and one example customer (scaffold/), .gitignore and the CI workflow */
const SCAFFOLD = join(PACKAGE_ROOT, 'scaffold');
const WORKFLOW = join(PACKAGE_ROOT, '.github', 'workflows', 'vmsc.yml');

export function register(program: Command, io: CliIO): void {
  program
    .command('init')
    .description('create a root: schemas/, policies/ (the provider skeleton, with comments), one example customer, .gitignore and the CI workflow')
    .argument('[dir]', 'the folder of the new root (created when missing; it must not hold policies/ or customers/ yet)', '.')
    .action((dir: string) => {
      const root = resolve(io.cwd, dir);
      for (const d of ['policies', 'customers']) {
        if (existsSync(join(root, d)))
          throw new CliError(
            `${join(root, d)} exists: ${root} is a root already`,
            1,
            'vmsc init creates a new root; to refresh schemas/ of a root run `vmsc schemas --write`',
          );
      }
      mkdirSync(root, { recursive: true });
      const written: string[] = [];
      for (const d of ['policies', 'customers']) {
        cpSync(join(SCAFFOLD, d), join(root, d), { recursive: true, errorOnExist: true, force: false });
      }
      const list = (d: string): string[] =>
        readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? list(join(d, e.name)) : [relative(root, join(d, e.name)).split('\\').join('/')],
        );
      written.push(...list(join(root, 'policies')), ...list(join(root, 'customers')));
      written.push(...writeSchemas(root).map((n) => `schemas/${n}`));
      const gitignore = join(root, '.gitignore');
      if (!existsSync(gitignore)) {
        writeFileSync(gitignore, readFileSync(join(SCAFFOLD, 'gitignore')));
        written.push('.gitignore');
      }
      const workflow = join(root, '.github', 'workflows', 'vmsc.yml');
      if (!existsSync(workflow)) {
        mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
        writeFileSync(workflow, readFileSync(WORKFLOW));
        written.push('.github/workflows/vmsc.yml');
      }
      io.stdout(
        `created the root ${root}:\n${written
          .sort()
          .map((p) => `  ${p}\n`)
          .join('')}next: edit policies/, replace the example customer, then run \`vmsc check\`\n`,
      );
    });
}
