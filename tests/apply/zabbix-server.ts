/**
 * A real Zabbix 6.0 installation in a temporary folder, from Debian's packages, for tests/apply/:
 * - a private PostgreSQL 15 cluster (initdb/pg_ctl; as the postgres user when the test runs as root), unix
 *   socket only, in the folder; Zabbix's schema, images and data loaded with psql;
 * - `zabbix_server -f` with a generated configuration (ListenIP 127.0.0.1, a free port, AllowRoot, a config cache
 *   synced every second, no housekeeping, few processes);
 * - the frontend's JSON-RPC API served by `php -S 127.0.0.1:PORT -t /usr/share/zabbix`. Debian's frontend reads
 *   its configuration from the fixed path /etc/zabbix/zabbix.conf.php (CConfigFile::CONFIG_FILE_PATH); nothing is
 *   written to /etc: an auto_prepend_file defines that class first, from its own source with the path replaced
 *   by the generated configuration in the temporary folder, so the autoloader never loads the original;
 * - `zabbix_agent2` processes with generated configurations (Hostname = a host `vmsc apply zabbix` created).
 * Everything is stopped and removed by `stop()`.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { tool } from '../tools.js';
import { freePort, until } from '../routing/alertmanager-run.js';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const SQL = '/usr/share/zabbix-server-pgsql';
const FRONTEND = '/usr/share/zabbix';

/** Zabbix's ListenPort is 1024–32767: a free port in 20000–32767 */
export async function freeZabbixPort(): Promise<number> {
  for (let i = 0; i < 200; i++) {
    const p = 20000 + Math.floor(Math.random() * 12768);
    const ok = await new Promise<boolean>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(false));
      s.listen(p, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (ok) return p;
  }
  throw new Error('no free port in 20000-32767');
}

export interface ZabbixRig {
  dir: string;
  /** the frontend, e.g. http://127.0.0.1:41234 (the API is …/api_jsonrpc.php) */
  url: string;
  /** the server's trapper port (agents' ServerActive) */
  serverPort: number;
  /** a file holding Admin's password (the Debian data's default, "zabbix") */
  passwordFile: string;
  startAgent(hostname: string): Promise<void>;
  /** one JSON-RPC call as Admin */
  api<T>(method: string, params: unknown): Promise<T>;
  log(): string;
  stop(): Promise<void>;
}

function run(cmd: string, args: string[], o: { asPostgres: boolean; input?: Buffer; env?: NodeJS.ProcessEnv }): string {
  const [c, a] = o.asPostgres ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(c, a as string[], { input: o.input, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: o.env ?? process.env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout || r.error?.message}`);
  return r.stdout;
}

function frontendConf(socketDir: string, pgPort: number, serverPort: number): string {
  const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return [
    '<?php',
    "$DB['TYPE'] = 'POSTGRESQL';",
    `$DB['SERVER'] = ${q(socketDir)};`,
    `$DB['PORT'] = '${pgPort}';`,
    "$DB['DATABASE'] = 'zabbix';",
    "$DB['USER'] = 'zabbix';",
    "$DB['PASSWORD'] = '';",
    "$DB['SCHEMA'] = '';",
    "$DB['ENCRYPTION'] = false;",
    "$DB['KEY_FILE'] = '';",
    "$DB['CERT_FILE'] = '';",
    "$DB['CA_FILE'] = '';",
    "$DB['VERIFY_HOST'] = false;",
    "$DB['CIPHER_LIST'] = '';",
    "$DB['VAULT_URL'] = '';",
    "$DB['VAULT_DB_PATH'] = '';",
    "$DB['VAULT_TOKEN'] = '';",
    "$DB['DOUBLE_IEEE754'] = true;",
    "$ZBX_SERVER = '127.0.0.1';",
    `$ZBX_SERVER_PORT = '${serverPort}';`,
    "$ZBX_SERVER_NAME = 'vmsc-test';",
    '$IMAGE_FORMAT_DEFAULT = IMAGE_FORMAT_PNG;',
    '',
  ].join('\n');
}

const PREPEND = `<?php
// Debian's frontend reads /etc/zabbix/zabbix.conf.php (CConfigFile::CONFIG_FILE_PATH): define the class first,
// from its own source with that path replaced, so that nothing needs to be written to /etc
eval('?>' . str_replace("'/etc/zabbix/zabbix.conf.php'", var_export(getenv('VMSC_ZABBIX_CONF'), true),
  file_get_contents('${FRONTEND}/include/classes/core/CConfigFile.php')));
`;

function serverConf(dir: string, socketDir: string, pgPort: number, port: number): string {
  return [
    'LogType=file',
    `LogFile=${join(dir, 'zabbix_server.log')}`,
    `PidFile=${join(dir, 'zabbix_server.pid')}`,
    `SocketDir=${dir}`,
    `DBHost=${socketDir}`,
    `DBPort=${pgPort}`,
    'DBName=zabbix',
    'DBUser=zabbix',
    'ListenIP=127.0.0.1',
    `ListenPort=${port}`,
    'AllowRoot=1',
    'CacheUpdateFrequency=1',
    'HousekeepingFrequency=0',
    'StartPollers=1',
    'StartPollersUnreachable=1',
    'StartTrappers=3',
    'StartPingers=0',
    'StartDiscoverers=0',
    'StartHTTPPollers=0',
    'StartAlerters=1',
    'StartPreprocessors=1',
    'StartTimers=1',
    'StartEscalators=1',
    'StartDBSyncers=1',
    'StartLLDProcessors=1',
    'StartReportWriters=0',
    'Timeout=10',
    '',
  ].join('\n');
}

/** `serverEnv`: extra environment of zabbix_server (e.g. TZ: its macros {EVENT.DATE} {EVENT.TIME} are local time) */
export async function startZabbix(serverEnv: Record<string, string> = {}): Promise<ZabbixRig> {
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-zabbix-'));
  chmodSync(dir, 0o755);
  const pgDir = join(dir, 'pg');
  mkdirSync(pgDir);
  if (root) {
    // PostgreSQL refuses to run as root: the cluster belongs to Debian's postgres user, who must be able to pass
    // through the test run's temporary folder (search permission only: it still cannot list it)
    chmodSync(tmpdir(), statSync(tmpdir()).mode | 0o111);
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (uid.status !== 0) throw new Error('running as root, but there is no postgres user to run PostgreSQL as');
    chownSync(pgDir, Number(uid.stdout.trim()), Number(gid.stdout.trim()));
  }
  const children: ChildProcess[] = [];
  let logText = '';
  const keep = (p: ChildProcess, name: string) => {
    children.push(p);
    p.stdout?.on('data', (d: Buffer) => {
      logText += `[${name}] ${d.toString()}`;
    });
    p.stderr?.on('data', (d: Buffer) => {
      logText += `[${name}] ${d.toString()}`;
    });
  };
  const asPostgres = root;
  const pgPort = await freePort();
  const data = join(pgDir, 'data');
  const pgCtl = tool('pg_ctl');
  let pgStarted = false;
  let serverPid: number | undefined;
  const stop = async () => {
    for (const c of children.reverse()) c.kill('SIGTERM');
    if (serverPid !== undefined) {
      const group = serverPid;
      const alive = () => {
        try {
          process.kill(-group, 0);
          return true;
        } catch {
          return false;
        }
      };
      if (alive()) process.kill(-group, 'SIGTERM');
      if (!(await until(() => !alive(), 10_000)) && alive()) process.kill(-group, 'SIGKILL');
    }
    await new Promise((r) => setTimeout(r, 500));
    if (pgStarted)
      spawnSync(
        root ? 'runuser' : pgCtl,
        root ? ['-u', 'postgres', '--', pgCtl, '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop'],
      );
    if (process.env['VMSC_KEEP_TEST_TMP'] !== '1') rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(join(PG_BIN, 'initdb'), ['-D', data, '-U', 'zabbix', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], { asPostgres });
    run(
      pgCtl,
      [
        '-D',
        data,
        '-o',
        `-k ${pgDir} -p ${pgPort} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
        '-l',
        join(pgDir, 'log'),
        '-w',
        'start',
      ],
      { asPostgres },
    );
    pgStarted = true;
    run(join(PG_BIN, 'createdb'), ['-h', pgDir, '-p', String(pgPort), '-U', 'zabbix', 'zabbix'], { asPostgres });
    for (const f of ['schema', 'images', 'data']) {
      run('psql', ['-q', '-X', '-v', 'ON_ERROR_STOP=1', '-h', pgDir, '-p', String(pgPort), '-U', 'zabbix', 'zabbix'], {
        asPostgres,
        input: gunzipSync(readFileSync(join(SQL, `${f}.sql.gz`))),
      });
    }
    // statistics for the planner: without them, linking a template in host.create runs a join over the fresh
    // tables for minutes instead of milliseconds
    run('psql', ['-q', '-X', '-h', pgDir, '-p', String(pgPort), '-U', 'zabbix', 'zabbix', '-c', 'ANALYZE'], { asPostgres });

    const serverPort = await freeZabbixPort();
    writeFileSync(join(dir, 'zabbix_server.conf'), serverConf(dir, pgDir, pgPort, serverPort));
    // its own process group: the server forks its workers, and stop() ends the whole group
    const server = spawn(tool('zabbix_server'), ['-f', '-c', join(dir, 'zabbix_server.conf')], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...serverEnv },
    });
    keep(server, 'zabbix_server');
    serverPid = server.pid;

    writeFileSync(join(dir, 'zabbix.conf.php'), frontendConf(pgDir, pgPort, serverPort));
    writeFileSync(join(dir, 'prepend.php'), PREPEND);
    const webPort = await freePort();
    const php = spawn(tool('php'), ['-d', `auto_prepend_file=${join(dir, 'prepend.php')}`, '-S', `127.0.0.1:${webPort}`, '-t', FRONTEND], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VMSC_ZABBIX_CONF: join(dir, 'zabbix.conf.php') },
    });
    keep(php, 'php');
    const url = `http://127.0.0.1:${webPort}`;
    let id = 0;
    let auth: string | undefined;
    const rpc = async <T>(method: string, params: unknown): Promise<T> => {
      const body: Record<string, unknown> = { jsonrpc: '2.0', method, params, id: ++id };
      if (auth && method !== 'user.login' && method !== 'apiinfo.version') body['auth'] = auth;
      const res = await fetch(`${url}/api_jsonrpc.php`, { method: 'POST', headers: { 'content-type': 'application/json-rpc' }, body: JSON.stringify(body) });
      const j = (await res.json()) as { result?: T; error?: { message: string; data?: string } };
      if (j.error) throw new Error(`${method}: ${j.error.message} ${j.error.data ?? ''}`);
      return j.result as T;
    };
    const up = await until(async () => {
      try {
        return (await rpc<string>('apiinfo.version', {})).startsWith('6.0.');
      } catch {
        return false;
      }
    }, 20_000);
    if (!up) throw new Error(`the Zabbix frontend API did not answer: ${logText.slice(-2000)}`);
    auth = await rpc<string>('user.login', { username: 'Admin', password: 'zabbix' });
    const serverUp = await until(() => {
      try {
        return /server #\d+ started \[trapper/.test(readFileSync(join(dir, 'zabbix_server.log'), 'utf8'));
      } catch {
        return false;
      }
    }, 20_000);
    if (!serverUp) throw new Error(`zabbix_server did not start: ${logText.slice(-2000)}`);
    const passwordFile = join(dir, 'admin-password');
    writeFileSync(passwordFile, 'zabbix\n', { mode: 0o600 });

    return {
      dir,
      url,
      serverPort,
      passwordFile,
      api: rpc,
      log: () => {
        let server = '';
        try {
          server = readFileSync(join(dir, 'zabbix_server.log'), 'utf8');
        } catch {
          // not there yet
        }
        return `${logText}\n--- zabbix_server.log ---\n${server}`;
      },
      async startAgent(hostname: string) {
        const adir = join(dir, `agent-${hostname}`);
        mkdirSync(adir);
        const conf = join(adir, 'zabbix_agent2.conf');
        writeFileSync(
          conf,
          [
            'Server=127.0.0.1',
            `ServerActive=127.0.0.1:${serverPort}`,
            `Hostname=${hostname}`,
            'ListenIP=127.0.0.1',
            `ListenPort=${await freeZabbixPort()}`,
            'LogType=file',
            `LogFile=${join(adir, 'agent.log')}`,
            `PidFile=${join(adir, 'agent.pid')}`,
            `ControlSocket=${join(adir, 'agent.sock')}`,
            'BufferSend=1',
            '',
          ].join('\n'),
        );
        const a = spawn(tool('zabbix_agent2'), ['-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
        keep(a, `agent ${hostname}`);
      },
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
