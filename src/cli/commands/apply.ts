/**
 * vmsc apply zabbix: bring a Zabbix 6.0 server in line with the root through its JSON-RPC API — the templates,
 * the webhook media type to Alertmanager, the user group and user that receive it, one host per server and the
 * action (src/apply/zabbix/). Dry-run by default: prints the plan (`+` create, `~` change, `-` delete) and
 * changes nothing; `--confirm` carries it out. The secret comes from a file (--password-file, --token-file),
 * never from the command line.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseToday, rootDir } from '../common.js';
import { connect, ZabbixError } from '../../apply/zabbix/client.js';
import type { Credentials } from '../../apply/zabbix/client.js';
import { ApplyInputError, desiredState } from '../../apply/zabbix/desired.js';
import { planChanges, renderPlan } from '../../apply/zabbix/plan.js';
import { execute, observe } from '../../apply/zabbix/server.js';

interface ApplyOpts {
  url?: string;
  user?: string;
  passwordFile?: string;
  tokenFile?: string;
  root?: string;
  today?: string;
  confirm?: boolean;
}

function secretFrom(io: CliIO, file: string, flag: string): string {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliError({
      en: [`cannot read ${flag} ${path}: ${(e as Error).message}`],
      ja: [`${flag} ${path} を読めません: ${(e as Error).message}`],
    });
  }
  const secret = text.replace(/\r?\n$/, '');
  if (!secret) throw new CliError({ en: [`${flag} ${path} is empty`], ja: [`${flag} ${path} が空です`] });
  return secret;
}

function credentials(io: CliIO, o: ApplyOpts): Credentials {
  if (o.tokenFile !== undefined && (o.user !== undefined || o.passwordFile !== undefined)) {
    throw new CliError(
      {
        en: ['give either --token-file or --user with --password-file, not both'],
        ja: ['--token-file か --user と --password-file のどちらか一方を指定してください'],
      },
      2,
    );
  }
  if (o.tokenFile !== undefined) return { token: secretFrom(io, o.tokenFile, '--token-file') };
  if (o.user === undefined || o.passwordFile === undefined) {
    throw new CliError(
      {
        en: ['log in with --user NAME --password-file FILE, or --token-file FILE', 'the secret is read from a file, never from the command line'],
        ja: [
          '--user 名前 --password-file ファイル、または --token-file ファイル でログインしてください',
          '秘密情報はファイルから読みます（コマンドラインには書きません）',
        ],
      },
      2,
    );
  }
  return { user: o.user, password: secretFrom(io, o.passwordFile, '--password-file') };
}

export function register(program: Command, io: CliIO, _setExit: (code: number) => void): void {
  const apply = program.command('apply').description('bring a monitoring server in line with the root (dry-run unless --confirm)');
  apply
    .command('zabbix')
    .description(
      'Zabbix 6.0 (JSON-RPC API): templates, the Alertmanager webhook media type, its user group and user, one host per server, the action; prints the plan, --confirm carries it out',
    )
    .requiredOption('--url <url>', 'the Zabbix frontend, e.g. https://zabbix.example.jp (…/api_jsonrpc.php is added)')
    .option('--user <name>', 'API user (with --password-file)')
    .option('--password-file <file>', 'file holding the password (first line)')
    .option('--token-file <file>', 'file holding an API token, instead of --user/--password-file')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--today <date>', 'civil date in Japan for the model (default: today)')
    .option('--confirm', 'carry out the plan (without it nothing on the server changes)')
    .action(async (opts: ApplyOpts) => {
      const creds = credentials(io, opts);
      const root = rootDir(io, opts.root);
      const { model } = await loadModel(io, root, parseToday(io, opts.today));
      let desired: ReturnType<typeof desiredState>;
      try {
        desired = desiredState(model);
      } catch (e) {
        if (!(e instanceof ApplyInputError)) throw e;
        throw new CliError({
          en: [e.message, 'see docs/agents.md, "Zabbix: alerts to Alertmanager"'],
          ja: [e.message, 'docs/agents.md の「Zabbix: alerts to Alertmanager」を参照'],
        });
      }
      try {
        const z = await connect(opts.url ?? '', creds);
        try {
          const changes = planChanges(desired.resources, await observe(z));
          if (opts.confirm && changes.length) await execute(z, changes, desired);
          io.stdout(renderPlan(changes, { url: z.url, applied: Boolean(opts.confirm) }));
        } finally {
          await z.close();
        }
      } catch (e) {
        if (!(e instanceof ZabbixError)) throw e;
        throw new CliError({
          en: [e.message, 'check --url, the credentials, and that the server is Zabbix 6.0'],
          ja: [e.message, '--url、認証情報、サーバーが Zabbix 6.0 であることを確認してください'],
        });
      }
    });
}
