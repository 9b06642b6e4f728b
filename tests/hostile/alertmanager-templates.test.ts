/**
 * Issue 18, class 3 with the real Alertmanager: the addresses check accepts reach the real router and its SMTP
 * client as written, even with braces, quotes, `|` and `%` (Go's text/template expands only `{{ }}`, which R009
 * rejects): the mail goes to exactly that address, with From and Reply-To as written, and no other contact's mail
 * is lost. Mails are parsed with mailparser.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { check } from '../../src/driver/index.js';
import { routingArtifacts, ALERTMANAGER_PATH } from '../../src/emit/routing/index.js';
import { compile } from '../../src/driver/index.js';
import { Root } from '../rule-tester.js';
import { describeWithTool } from '../tools.js';
import { routingFiles, startAlertmanager, startSmtp, until } from '../routing/alertmanager-run.js';
import type { Mail } from '../routing/alertmanager-run.js';

const ACME = 'customers/acme-logistics.yaml';
const PROVIDER = 'policies/provider.yaml';
const CONTACT = "{.Receiver}|o'neil%x@acme.example.co.jp";
const OTHER = 'ichiro.suzuki@acme.example.co.jp';
const FROM = 'vvault{x}@example.jp';
const REPLY_TO = 'support{$MACRO}@example.jp';

function root(): Root {
  return Root.of()
    .replace(ACME, 'email: hanako.tanaka@acme.example.co.jp', `email: ${JSON.stringify(CONTACT)}`)
    .replace(PROVIDER, 'address: vvault-managed@example.jp', `address: ${JSON.stringify(FROM)}`)
    .replace(PROVIDER, 'replyTo: support@example.jp', `replyTo: ${JSON.stringify(REPLY_TO)}`)
    .map('policies/routing.yaml', (t) => `${t}groupWaitSeconds: 1\n`);
}

it('check accepts these addresses (one address each, no {{ }})', () => {
  expect(check(root().sources(), { today: '2026-11-27' }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describeWithTool('prometheus-alertmanager', 'the real Alertmanager mails hostile-looking accepted addresses as written', () => {
  const mails: Mail[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;

  beforeAll(async () => {
    smtp = await startSmtp(mails);
    const r = compile(root().sources(), { today: '2026-11-27' });
    if (!r.model) throw new Error('no model');
    const yaml = routingArtifacts(r.model).find((a) => a.path === ALERTMANAGER_PATH)!.data as string;
    const local = yaml.replace('smtp_smarthost: localhost:25', `smtp_smarthost: 127.0.0.1:${smtp.port}`);
    expect(local).not.toBe(yaml);
    am = await startAlertmanager(local, routingFiles(r.model));
  }, 30_000);

  afterAll(async () => {
    am?.stop();
    await smtp?.close();
  });

  it('to, From and Reply-To are the addresses written; the other contact still gets its mail', async () => {
    const res = await fetch(`${am!.api}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ labels: { alertname: 'VmscHostile', customer: 'acme-logistics', server: 'fs01', check: 'cpu', severity: 'critical' } }]),
    });
    expect(res.ok).toBe(true);
    const rcpts = () => mails.filter((m) => m.text.includes('VmscHostile')).flatMap((m) => m.rcpt);
    const arrived = await until(() => rcpts().includes(CONTACT) && rcpts().includes(OTHER), 20_000);
    expect(arrived, `mails to ${JSON.stringify(mails.map((m) => m.rcpt))}\n${am!.log().slice(-2000)}`).toBe(true);
    const mine = mails.find((m) => m.rcpt.includes(CONTACT))!;
    expect(mine.parsed.from?.value.map((a) => a.address)).toEqual([FROM]);
    expect(mine.parsed.replyTo?.value.map((a) => a.address)).toEqual([REPLY_TO]);
    expect(rcpts().some((a) => a.startsWith('customer-acme-logistics'))).toBe(false);
  }, 40_000);
});
