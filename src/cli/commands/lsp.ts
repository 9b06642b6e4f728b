import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { Driver } from '../../driver/index.js';
import { serve } from '../../lsp/server.js';
import { cliLang, parseToday } from '../common.js';
import { CliError } from '../io.js';
import type { CliIO } from '../io.js';
import { compilerSchemaFiles, isDirectory, nodeHost } from '../host.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('lsp')
    .description('language server for the YAML files of a root (LSP on stdin/stdout): every diagnostic of vmsc check as you type')
    .option('--stdio', 'talk LSP on stdin/stdout (the only transport)')
    .option('--root <dir>', "root folder holding policies/ and customers/ (default: the client's workspace folder, else the current folder)")
    .option('--today <date>', 'the date (YYYY-MM-DD, Japan) used by date-dependent warnings; default: today')
    .option('--state <dir>', 'state folder for the check cache (default: <root>/.vmsc-state)')
    .action(async (opts: { stdio?: boolean; root?: string; today?: string; state?: string }) => {
      if (!opts.stdio) throw new CliError('vmsc lsp talks LSP on stdin/stdout: pass --stdio', 2, 'an editor starts it as `vmsc lsp --stdio` (see README)');
      const today = parseToday(io, opts.today);
      // a wrong --root is a usage error now, not a dead server after the client's initialize
      if (opts.root !== undefined && !isDirectory(resolve(io.cwd, opts.root)))
        throw new CliError(`root folder not found: ${resolve(io.cwd, opts.root)}`, 1, 'pass --root DIR with the folder that holds policies/ and customers/');
      const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
      let driver: Driver | undefined;
      const timings = io.env['VMSC_LSP_TIMINGS'] === '1';
      serve(
        connection,
        {
          root: (clientRoot) => {
            const root = opts.root !== undefined ? resolve(io.cwd, opts.root) : clientRoot?.startsWith('file:') ? fileURLToPath(clientRoot) : io.cwd;
            if (!isDirectory(root)) throw new CliError(`root folder not found: ${root}`, 1);
            return root;
          },
          openDriver: (root) => {
            const stateDir = opts.state ? resolve(io.cwd, opts.state) : join(root, '.vmsc-state');
            driver = new Driver(nodeHost(root, { stateDir, now: io.now }), { today, incremental: true });
            return driver;
          },
          schemaFiles: compilerSchemaFiles,
          lang: cliLang(io),
          readFile: (root, path) => {
            try {
              return readFileSync(join(root, ...path.split('/')));
            } catch {
              return undefined; // removed (or never saved): the driver drops the file
            }
          },
          ...(timings
            ? { onPublished: (ms: number, path: string) => connection.console.log(`vmsc: ${path} checked and published in ${ms.toFixed(1)} ms`) }
            : {}),
        },
        () => performance.now(),
      );
      connection.onShutdown(async () => {
        await driver?.close();
      });
      connection.listen();
      // the command ends when the client closes the connection (exit notification or end of stdin)
      await new Promise<void>((done) => {
        connection.onExit(() => done());
        process.stdin.on('end', () => done());
      });
      await driver?.close();
      process.stdin.destroy();
      setExit(0);
    });
}
