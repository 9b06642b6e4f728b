import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../io.js';
import type { CliIO } from '../io.js';
import { compilerSchemaFiles, isDirectory, readSchemaFolder } from '../host.js';
import { sameJson } from '../../validate/rules/schema-folder.js';

/** what differs between a root's schemas/ and this vmsc's: names missing or with another JSON value */
export function schemaDifferences(root: string): { missing: string[]; stale: string[] } {
  const have = readSchemaFolder(join(root, 'schemas'));
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [name, text] of compilerSchemaFiles()) {
    const h = have.get(name);
    if (h === undefined) missing.push(name);
    else if (!sameJson(h, text)) stale.push(name);
  }
  return { missing, stale };
}

/** writes this vmsc's schemas into `<root>/schemas/` (other files there are left alone); the names written */
export function writeSchemas(root: string): string[] {
  const dir = join(root, 'schemas');
  mkdirSync(dir, { recursive: true });
  const { missing, stale } = schemaDifferences(root);
  const files = compilerSchemaFiles();
  for (const name of [...missing, ...stale]) writeFileSync(join(dir, name), files.get(name)!);
  return [...missing, ...stale].sort();
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('schemas')
    .description("compare (or with --write: write or refresh) the root's schemas/ with the JSON Schemas of this vmsc, where the files' modelines point")
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--write', 'write the missing and differing schemas into <root>/schemas/')
    .addHelpText('after', '\nExit status: 0 schemas/ is current (or was written), 1 it is missing or differs (without --write).')
    .action((opts: { root?: string; write?: boolean }) => {
      const root = resolve(io.cwd, opts.root ?? '.');
      if (!isDirectory(root)) throw new CliError(`root folder not found: ${root}`, 1, 'pass --root DIR');
      if (opts.write) {
        const written = writeSchemas(root);
        io.stdout(written.length ? `wrote ${written.map((n) => `schemas/${n}`).join(', ')}\n` : 'schemas/ is current: nothing to write\n');
        return;
      }
      const { missing, stale } = schemaDifferences(root);
      if (missing.length === 0 && stale.length === 0) {
        io.stdout(`schemas/ is current (${compilerSchemaFiles().size} schemas)\n`);
        return;
      }
      for (const n of missing) io.stdout(`missing  schemas/${n}\n`);
      for (const n of stale) io.stdout(`differs  schemas/${n}\n`);
      io.stdout('run `vmsc schemas --write` to write them\n');
      setExit(1);
    });
}
