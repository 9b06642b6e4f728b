/** `vmsc desk`: the sales desk, a local web page in Japanese (src/desk/), served on 127.0.0.1 with a session token. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { parseToday, rootDir } from '../common.js';
import { diskDeskHost } from '../desk/host.js';
import { startDeskServer } from '../desk/server.js';
import { isLoopback, newToken } from '../../desk/security.js';

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('desk')
    .description('start the sales desk: a local web page (Japanese) to enter prospects and customers, check them live and see their PDFs')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--host <address>', 'address to listen on (default 127.0.0.1; any other still needs the token)', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0 = any free port)', '8765')
    .option('--today <date>', 'the date used by date-dependent checks and the tariff in force (default: today in Japan)')
    .action(async (opts: { root?: string; host: string; port: string; today?: string }) => {
      const root = rootDir(io, opts.root);
      const today = parseToday(io, opts.today);
      if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535)
        throw new CliError(
          {
            en: [`--port must be a port number, not ${JSON.stringify(opts.port)}`],
            ja: [`--port はポート番号で指定してください（${JSON.stringify(opts.port)} は不可）`],
          },
          2,
        );
      if (opts.host === '0.0.0.0' || opts.host === '::' || opts.host === '[::]')
        throw new CliError(
          {
            en: [
              `--host ${opts.host} listens on every address, so the Host header cannot be checked`,
              'give the address other computers use to reach this one, e.g. --host 192.168.10.5',
            ],
            ja: [
              `--host ${opts.host} はすべてのアドレスで待ち受けるため、Host ヘッダーを確認できません`,
              '他のコンピューターから接続するときのこのコンピューターのアドレスを指定してください（例: --host 192.168.10.5）',
            ],
          },
          2,
        );
      if (!isLoopback(opts.host))
        io.stderr(
          io.lang === 'en'
            ? `vmsc: warning: listening on ${opts.host}: other computers can reach the desk (they still need the token in the URL)\n`
            : `vmsc: 警告: ${opts.host} で待ち受けます。他のコンピューターからも接続できます（URL のトークンは必要です）\n`,
        );
      const server = await startDeskServer({ host: await diskDeskHost(root, today), bind: opts.host, port: Number(opts.port), token: newToken() });
      io.stdout(`営業デスクを開始しました。ブラウザーで開いてください / the desk is running, open:\n  ${server.tokenUrl}\n(Ctrl+C で終了 / to stop)\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          void server.close().then(done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      setExit(0);
    });
}
