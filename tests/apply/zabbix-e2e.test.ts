/**
 * End to end with real servers: agent → Zabbix server → Alertmanager → mail.
 *
 * A private PostgreSQL + Zabbix 6.0 server + frontend API (./zabbix-server.ts), the real Alertmanager on the
 * generated alertmanager.yml and mail template, a loopback SMTP server; `vmsc apply zabbix --confirm` sets the
 * Zabbix server up from a copy of the example (heartbeat every 10 s, Alertmanager's group wait 1 s and group
 * interval 1 min so the test is short); one real `zabbix_agent2` per created host. On Linux there is no
 * VVAULT.exe, so `proc.num[VVAULT.exe]` is 0 and the process trigger fires on every host: the fault mail must
 * reach exactly the receivers `vmsc route` (src/route/simulate.ts) names for that customer, severity and
 * instant, in Japanese, with the event's time in JST; then a real process named VVAULT.exe starts, the trigger
 * recovers, and the recovery resolves the alert (a 復旧 mail to the same receivers, no firing alert left).
 * The zabbix_server runs with TZ=Asia/Tokyo, so the webhook's reading of {EVENT.DATE} {EVENT.TIME} (server local
 * time) is checked against the event's own clock.
 *
 * Also: a second apply reports no change; a server removed from the customer files is a deletion in the
 * dry-run; every item of every template is supported on the Linux agent or has a key the Windows agent 2
 * documents that cannot work on Linux (WINDOWS_ONLY).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { Temporal } from 'temporal-polyfill';
import { copyRoot, vmsc } from '../helpers.js';
import { describeWithTools } from '../tools.js';
import { routingFiles, startAlertmanager, startSmtp, until } from '../routing/alertmanager-run.js';
import type { Mail } from '../routing/alertmanager-run.js';
import { routed } from '../routing/fixture.js';
import type { Routed } from '../routing/fixture.js';
import { parseAlertmanagerConfig } from '../../src/route/config.js';
import { simulate, TimePoint } from '../../src/route/simulate.js';
import { startZabbix } from './zabbix-server.js';
import type { ZabbixRig } from './zabbix-server.js';

/**
 * Item keys of the generated templates that Zabbix agent 2 documents for Windows only, or whose parameter is a
 * Windows path (a drive letter or a UNC share): the Linux agent answers "not supported" for them.
 */
const WINDOWS_ONLY: Array<{ key: RegExp; why: string; prototype?: true }> = [
  { key: /^eventlog\[/, why: 'eventlog[]: Windows event log' },
  { key: /^service\.info\[/, why: 'service.info[]: Windows services' },
  // item prototypes of the discovery rules below: the rule is not supported, so no item is ever created from them
  { key: /^perf_counter_en\[/, why: 'perf_counter_en[]: Windows performance counters', prototype: true },
  { key: /^perf_instance_en\.discovery\[/, why: 'perf_instance_en.discovery[]: Windows performance counter instances' },
  { key: /^vfs\.fs\.size\[([A-Z]:|\\\\)/, why: 'vfs.fs.size[] on a drive letter or a UNC share: a Windows path' },
  { key: /^logrt\["?[A-Z]:\\/, why: 'logrt[] on a Windows path (C:\\Program Files\\VVAULT\\Log\\…): "Cannot find separator "/" in path"' },
];
/** keys every Linux agent must answer: the heartbeat, the process count, CPU and memory (vm.memory.util was not one) */
const MUST_WORK = ['agent.ping', 'proc.num[VVAULT.exe]', 'system.cpu.util', 'vm.memory.size[pused]'];

/** an error diagnostic in vmsc's text output (`file:line:col  error CODE`); the example's warnings are fine */
const ERROR_DIAGNOSTIC = /\d+:\d+\s+error [A-Z]\d{3}\s/;

const TODAY = Temporal.Now.plainDateISO('Asia/Tokyo').toString();

function edit(root: string, file: string, fn: (s: string) => string): void {
  const p = join(root, file);
  const before = readFileSync(p, 'utf8');
  const after = fn(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(p, after);
}

interface ZItem {
  key_: string;
  state: string;
  error: string;
  lastclock: string;
  hosts: Array<{ host: string }>;
}

describeWithTools(['pg_ctl', 'zabbix_server', 'php', 'zabbix_agent2', 'prometheus-alertmanager'], 'Zabbix → Alertmanager → mail, with real servers', () => {
  const mails: Mail[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;
  let zbx: ZabbixRig | undefined;
  let vvault: ChildProcess | undefined;
  let R: Routed;
  let root = '';
  let applyArgs: string[] = [];
  let hosts: string[] = [];
  const started = Date.now();

  beforeAll(async () => {
    smtp = await startSmtp(mails);
    root = copyRoot();
    edit(root, 'policies/routing.yaml', (s) => `${s}groupWaitSeconds: 1\ngroupIntervalMinutes: 1\n`);
    edit(root, 'policies/monitoring.yaml', (s) => s.replace('heartbeat: { intervalSeconds: 60,', 'heartbeat: { intervalSeconds: 10,'));
    R = routed(root, TODAY);
    const yaml = R.yaml.replace('smtp_smarthost: localhost:25', `smtp_smarthost: 127.0.0.1:${smtp.port}`);
    expect(yaml).not.toBe(R.yaml);
    am = await startAlertmanager(yaml, routingFiles(R.model));
    zbx = await startZabbix({ TZ: 'Asia/Tokyo' });
    edit(root, 'policies/provider.yaml', (s) =>
      s.replace(
        'zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp }',
        `zabbix: { server: 127.0.0.1, serverActive: "127.0.0.1:${zbx!.serverPort}", alertmanagerUrl: "${am!.api}" }`,
      ),
    );
    applyArgs = ['apply', 'zabbix', '--url', zbx.url, '--user', 'Admin', '--password-file', zbx.passwordFile, '--root', root, '--today', TODAY];
    hosts = R.model.customers.flatMap((c) => c.servers.map((s) => s.monitoring.monitoredHost)).sort();
  }, 120_000);

  afterAll(async () => {
    vvault?.kill('SIGTERM');
    await zbx?.stop();
    am?.stop();
    await smtp?.close();
    console.log(`zabbix e2e: ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  });

  it('vmsc apply zabbix: the dry-run changes nothing, --confirm creates everything, a second run reports no change', async () => {
    const dry = await vmsc(applyArgs);
    expect(dry.stderr).not.toMatch(ERROR_DIAGNOSTIC); // the example's warnings only
    expect(dry.code).toBe(0);
    for (const h of hosts) expect(dry.stdout).toContain(`  + host ${h}\n`);
    expect(dry.stdout).toContain('  + media type VVAULT Alertmanager\n');
    expect(dry.stdout).toContain('  + action VVAULT: every problem to Alertmanager\n');
    expect(dry.stdout).toMatch(/Plan: 13 to create, 0 to change, 0 to delete\./);
    expect(await zbx!.api<unknown[]>('host.get', { output: ['host'], filter: { host: hosts } })).toEqual([]);

    const t0 = Date.now();
    const real = await vmsc([...applyArgs, '--confirm']);
    expect(real.stderr).not.toMatch(ERROR_DIAGNOSTIC);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Applied: 13 created, 0 changed, 0 deleted.');
    console.log(`zabbix e2e: apply --confirm took ${Date.now() - t0} ms`);
    const made = await zbx!.api<Array<{ host: string }>>('host.get', { output: ['host'], filter: { host: hosts } });
    expect(made.map((h) => h.host).sort()).toEqual(hosts);

    const again = await vmsc(applyArgs);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`Zabbix ${zbx!.url}/api_jsonrpc.php\nNo changes: the server matches the customer files.\n`);

    // a refused login: one message, exit 1, no stack trace
    const wrong = join(zbx!.dir, 'wrong-password');
    writeFileSync(wrong, 'not-the-password\n');
    const refused = await vmsc([...applyArgs.slice(0, applyArgs.indexOf('--password-file')), '--password-file', wrong, '--root', root, '--today', TODAY]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`vmsc: login to ${zbx!.url}/api_jsonrpc.php refused: Incorrect user name or password`);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("a real trigger (proc.num[VVAULT.exe] is 0 on Linux) mails exactly the receivers vmsc route names, in Japanese, with the event's time", async () => {
    await new Promise((r) => setTimeout(r, 2000)); // the server's configuration cache takes the new hosts (every 1 s)
    for (const h of hosts) await zbx!.startAgent(h);
    const check = R.model.customers[0]!.servers[0]!.monitoring.checks.find((c) => c.kind === 'process')!.check;
    const firing = (customer: string, server: string) =>
      mails.filter((m) => m.parsed.subject?.includes('障害発生') && m.parsed.subject.includes(` ${customer} ${server} ${check}`));
    const cfg = parseAlertmanagerConfig(R.yaml);
    const emailsOf = (receivers: string[]) => receivers.flatMap((n) => R.json.receivers.find((r) => r.name === n)!.emails).sort();
    const want = (customer: string, at: number) => emailsOf(simulate(cfg, { customer, severity: 'critical' }, TimePoint.fromEpochMilliseconds(at)).receivers);
    const cases = [
      { customer: 'acme-logistics', server: 'fs01' },
      { customer: 'kitanihon-seiki', server: 'nas01' },
    ];
    const t0 = Date.now();
    const arrived = await until(
      () => cases.every((c) => firing(c.customer, c.server).flatMap((m) => m.rcpt).length >= want(c.customer, Date.now()).length),
      120_000,
    );
    expect(arrived, `mails: ${JSON.stringify(mails.map((m) => [m.parsed.subject, m.rcpt]))}\n${am!.log().slice(-1500)}\n${zbx!.log().slice(-4000)}`).toBe(true);
    console.log(`zabbix e2e: agents started → first fault mails in ${Date.now() - t0} ms`);
    await new Promise((r) => setTimeout(r, 2500)); // room for a mail that should not come

    for (const c of cases) {
      const got = firing(c.customer, c.server)
        .flatMap((m) => m.rcpt)
        .sort();
      // the clock may cross a helpdesk boundary between the trigger and the mail: accept either answer then
      expect([want(c.customer, t0), want(c.customer, Date.now())]).toContainEqual(got);
      for (const m of firing(c.customer, c.server)) {
        expect(m.text).toContain('次の監視項目で障害を検知しました。');
        expect(m.text).toContain(`お客様:   ${c.customer}`);
        expect(m.text).toContain(`サーバー: ${c.server}`);
        expect(m.text).toContain('重大度:   重大（critical）');
        // startsAt is the event's time: the problem's clock, printed in JST
        const [p] = await zbx!.api<Array<{ clock: string }>>('problem.get', {
          output: ['clock'],
          hostids: (await zbx!.api<Array<{ hostid: string }>>('host.get', { output: ['hostid'], filter: { host: [`${c.customer}.${c.server}`] } })).map(
            (h) => h.hostid,
          ),
          tags: [{ tag: 'check', value: check, operator: 1 }],
        });
        const jst = Temporal.Instant.fromEpochMilliseconds(Number(p!.clock) * 1000)
          .toZonedDateTimeISO('Asia/Tokyo')
          .toPlainDateTime()
          .toString()
          .slice(0, 16)
          .replace('T', ' ');
        expect(m.text).toContain(`発生日時: ${jst}（日本時間）`);
      }
    }
    expect(firing('kitanihon-seiki', 'nas01').some((m) => m.rcpt.some((a) => a.includes('kitanihon')))).toBe(false); // no opted-in contact
    expect(mails.some((m) => m.parsed.subject?.includes('acme-logistics') && m.rcpt.some((a) => a.includes('kitanihon')))).toBe(false);
  }, 180_000);

  it('every item of every template is supported on the Linux agent, or its key is Windows-only', async () => {
    const ids = (await zbx!.api<Array<{ hostid: string }>>('host.get', { output: ['hostid'], filter: { host: hosts } })).map((h) => h.hostid);
    const read = async () => [
      ...(await zbx!.api<ZItem[]>('item.get', { output: ['key_', 'state', 'error', 'lastclock'], hostids: ids, selectHosts: ['host'] })),
      ...(await zbx!.api<ZItem[]>('discoveryrule.get', { output: ['key_', 'state', 'error', 'lastclock'], hostids: ids, selectHosts: ['host'] })),
    ];
    // an item is settled once it has a value or is not supported
    const settled = (i: ZItem) => i.state === '1' || i.lastclock !== '0';
    await until(async () => (await read()).every(settled), 60_000);
    const items = await read();
    expect(items.length).toBeGreaterThan(40);
    const bad = items.filter((i) => i.state === '1' && !WINDOWS_ONLY.some((w) => w.key.test(i.key_))).map((i) => `${i.hosts[0]?.host}: ${i.key_}: ${i.error}`);
    expect(bad, 'not supported on Linux and not a Windows-only key').toEqual([]);
    for (const k of MUST_WORK) {
      const mine = items.filter((i) => i.key_ === k);
      expect(mine.length, k).toBe(hosts.length);
      for (const i of mine) expect([i.key_, i.state, i.lastclock !== '0']).toEqual([k, '0', true]);
    }
    // and the Windows-only ones really are what the Linux agent refuses
    const prototypes = await zbx!.api<ZItem[]>('itemprototype.get', { output: ['key_'], hostids: ids, selectHosts: ['host'] });
    expect(prototypes.length).toBeGreaterThan(0);
    for (const p of prototypes)
      expect(
        WINDOWS_ONLY.some((w) => w.prototype && w.key.test(p.key_)),
        p.key_,
      ).toBe(true);
    for (const w of WINDOWS_ONLY) {
      if (w.prototype)
        expect(
          prototypes.some((p) => w.key.test(p.key_)),
          w.why,
        ).toBe(true);
      else
        expect(
          items.some((i) => w.key.test(i.key_) && i.state === '1'),
          w.why,
        ).toBe(true);
    }
  }, 90_000);

  it('a running VVAULT.exe recovers the trigger, and the recovery resolves the alert (復旧 mail, no alert left)', async () => {
    const exe = join(zbx!.dir, 'VVAULT.exe');
    copyFileSync('/bin/sleep', exe);
    vvault = spawn(exe, ['600'], { stdio: 'ignore' });
    const check = R.model.customers[0]!.servers[0]!.monitoring.checks.find((c) => c.kind === 'process')!.check;
    const resolved = () => mails.filter((m) => m.parsed.subject?.includes('復旧') && m.parsed.subject.includes(` acme-logistics fs01 ${check}`));
    const firingRcpt = mails
      .filter((m) => m.parsed.subject?.includes('障害発生') && m.parsed.subject.includes(` acme-logistics fs01 ${check}`))
      .flatMap((m) => m.rcpt)
      .sort();
    const t0 = Date.now();
    const ok = await until(() => resolved().flatMap((m) => m.rcpt).length >= firingRcpt.length, 150_000);
    expect(ok, `mails: ${JSON.stringify(mails.map((m) => [m.parsed.subject, m.rcpt]))}\n${am!.log().slice(-1500)}\n${zbx!.log().slice(-3000)}`).toBe(true);
    console.log(`zabbix e2e: VVAULT.exe started → recovery mails in ${Date.now() - t0} ms`);
    expect(
      resolved()
        .flatMap((m) => m.rcpt)
        .sort(),
    ).toEqual(firingRcpt);
    expect(resolved()[0]!.text).toContain('次の監視項目は復旧しました。');
    const active = (await (await fetch(`${am!.api}/api/v2/alerts?active=true&filter=check%3D%22${check}%22`)).json()) as unknown[];
    expect(active).toEqual([]);
  }, 180_000);

  it('a server removed from the customer files shows as a deletion in the dry-run (and nothing else changes)', async () => {
    const file = join(root, 'customers', 'acme-logistics.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const servers = doc.get('servers') as { items: Array<{ get(k: string): unknown }> };
    const i = servers.items.findIndex((s) => s.get('id') === 'fs02');
    expect(i).toBeGreaterThanOrEqual(0);
    doc.deleteIn(['servers', i]);
    // its work order (already billed) now names the remaining server, so the file stays valid
    for (const w of (doc.get('workOrders') as { items: Array<{ get(k: string): unknown; set(k: string, v: string): void }> }).items) {
      if (w.get('server') === 'fs02') w.set('server', 'fs01');
    }
    writeFileSync(file, doc.toString());
    const dry = await vmsc(applyArgs);
    expect(dry.stderr).not.toMatch(ERROR_DIAGNOSTIC);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      [
        `Zabbix ${zbx!.url}/api_jsonrpc.php`,
        '  - host acme-logistics.fs02',
        '  - template VVAULT acme-logistics.fs02',
        'Plan: 0 to create, 0 to change, 2 to delete. Run again with --confirm to apply.',
        '',
      ].join('\n'),
    );
    const still = await zbx!.api<unknown[]>('host.get', { output: ['host'], filter: { host: ['acme-logistics.fs02'] } });
    expect(still.length).toBe(1); // a dry-run deletes nothing
  }, 60_000);
});
