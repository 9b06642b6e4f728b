import type { Command } from 'commander';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { ManifestError, manifestText, mergeManifests, parseManifest } from '../../write/manifest.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const manifest = program.command('manifest').description('work with out/manifest.json files');
  manifest
    .command('merge')
    .description('join the manifests of a sharded build (`vmsc build --shard K/N`) into the manifest a single build gives')
    .argument('<manifests...>', 'the manifest.json of every shard (any order)')
    .option('--out <file>', 'write the merged manifest here (default: standard output)')
    .action((files: string[], opts: { out?: string }) => {
      const parts = files.map((f) => {
        const p = resolve(io.cwd, f);
        let text: string;
        try {
          text = readFileSync(p, 'utf8');
        } catch (e) {
          throw new CliError(`cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 1);
        }
        try {
          return { name: f, manifest: parseManifest(text, f) };
        } catch (e) {
          throw new CliError((e as Error).message, 1);
        }
      });
      let text: string;
      try {
        text = manifestText(mergeManifests(parts));
      } catch (e) {
        if (e instanceof ManifestError)
          throw new CliError(
            {
              en: [e.message, 'pass the manifest.json of each shard of one build, e.g. vmsc manifest merge shard-*/manifest.json --out out/manifest.json'],
              ja: [
                e.message,
                '一つのビルドの各シャードの manifest.json を渡してください（例: vmsc manifest merge shard-*/manifest.json --out out/manifest.json）',
              ],
            },
            1,
          );
        throw e;
      }
      if (opts.out) {
        const dest = resolve(io.cwd, opts.out);
        mkdirSync(dirname(dest), { recursive: true });
        const tmp = `${dest}.tmp-${process.pid}`;
        writeFileSync(tmp, text);
        renameSync(tmp, dest);
        io.stderr(`merged ${parts.length} manifests into ${dest}\n`);
      } else {
        io.stdout(text);
      }
      setExit(0);
    });
}
