/**
 * 仕様書4②: the fault mail is Japanese (out/routing/vvault-mail.tmpl, named by alertmanager.yml), with which
 * server, which check, since when (Japan time), the severity and whom to call; the provider's receivers get the
 * same facts; a mail never holds another customer's data. Through the real Alertmanager, a loopback SMTP server
 * and mailparser. The provider's service name here holds Go-template syntax, which must be printed, not run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/driver/index.js';
import { parseAlertmanagerConfig } from '../../src/route/config.js';
import { simulate, TimePoint } from '../../src/route/simulate.js';
import { goTemplateText } from '../../src/domain/escape/gotemplate.js';
import { Root } from '../rule-tester.js';
import { describeWithTool } from '../tools.js';
import { routingFiles, startAlertmanager, startSmtp, until } from './alertmanager-run.js';
import type { Mail } from './alertmanager-run.js';
import { routingArtifacts, ALERTMANAGER_PATH, ROUTING_JSON_PATH } from '../../src/emit/routing/index.js';
import type { RoutingJson } from '../../src/emit/routing/tables.js';

const SERVICE = 'VVAULTマネージド・サービス {{ .Status }} "q" \\';
const r = compile(
  Root.of()
    .replace('policies/provider.yaml', 'serviceName: VVAULTマネージド・サービス', `serviceName: ${JSON.stringify(SERVICE)}`)
    .map('policies/routing.yaml', (t) => `${t}groupWaitSeconds: 1\n`)
    .sources(),
  { today: '2026-11-27' },
);
if (!r.model) throw new Error(JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error')));
const MODEL = r.model;
const arts = routingArtifacts(MODEL);
const YAML = String(arts.find((a) => a.path === ALERTMANAGER_PATH)!.data);
const JSON_OUT = JSON.parse(String(arts.find((a) => a.path === ROUTING_JSON_PATH)!.data)) as RoutingJson;
const TEMPLATE = routingFiles(MODEL)['vvault-mail.tmpl']!;

/** every customer's id, legal name and contact addresses and names */
const customerData = (id: string) => {
  const c = MODEL.customers.find((x) => x.id === id)!;
  return [c.id, c.source.legalName, ...c.contacts.all.flatMap((k) => [k.email, k.name])];
};

describe('the mail template file', () => {
  it('holds no customer data, and the provider text only as string literals', () => {
    for (const c of MODEL.customers) for (const v of customerData(c.id)) expect(TEMPLATE).not.toContain(v);
    expect(TEMPLATE).toContain(goTemplateText(`${SERVICE} 障害通知`));
    expect(YAML).toContain('templates: [vvault-mail.tmpl]');
  });

  it('goTemplateText escapes quotes, backslashes and line breaks', () => {
    expect(goTemplateText('a "b" \\ {{ c }}\n')).toBe('{{ "a \\"b\\" \\\\ {{ c }}\\n" }}');
  });
});

describeWithTool('prometheus-alertmanager', 'the Japanese fault mail through the real Alertmanager', () => {
  const mails: Mail[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;

  beforeAll(async () => {
    smtp = await startSmtp(mails);
    const local = YAML.replace('smtp_smarthost: localhost:25', `smtp_smarthost: 127.0.0.1:${smtp.port}`).replace('group_interval: 5m', 'group_interval: 1s');
    expect(local.match(/127\.0\.0\.1|: 1s/g)).toHaveLength(3); // group_wait 1s from routing.yaml
    am = await startAlertmanager(local, routingFiles(MODEL));
  }, 30_000);

  afterAll(async () => {
    am?.stop();
    await smtp?.close();
  });

  it('customer and provider receivers get server, check, since (JST), severity and whom to call; nothing of another customer', async () => {
    const post = async (alerts: unknown[]) => {
      const res = await fetch(`${am!.api}/api/v2/alerts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alerts) });
      expect(res.status, await res.text()).toBe(200);
    };
    const acme = { customer: 'acme-logistics', server: 'fs01', check: 'storage-master', severity: 'critical' };
    const minato = { customer: 'minato-clinic', server: 'fs01', check: 'storage-master', severity: 'critical' };
    const startsAt = '2026-12-01T01:23:00Z'; // 10:23 in Japan
    const far = '9999-12-31T23:59:59Z';
    const now = Date.now();
    await post([
      { labels: acme, startsAt, endsAt: far },
      { labels: minato, startsAt, endsAt: far },
    ]);
    const receivers = simulate(
      parseAlertmanagerConfig(YAML),
      { customer: 'acme-logistics', severity: 'critical' },
      TimePoint.fromEpochMilliseconds(now),
    ).receivers;
    const want = receivers.flatMap((n) => JSON_OUT.receivers.find((x) => x.name === n)!.emails).sort();
    const acmeMails = () => mails.filter((m) => (m.parsed.subject ?? '').includes('acme-logistics'));
    expect(await until(() => acmeMails().flatMap((m) => m.rcpt).length >= want.length, 20_000), am!.log().slice(-2000)).toBe(true);

    const customerMail = acmeMails().find((m) => m.rcpt.includes('hanako.tanaka@acme.example.co.jp'))!;
    const providerMail = acmeMails().find((m) => m.rcpt.some((a) => !a.endsWith('@acme.example.co.jp')))!;
    expect(customerMail).toBeDefined();
    expect(providerMail).toBeDefined();
    for (const m of [customerMail, providerMail]) {
      expect(m.parsed.subject).toBe(`【${SERVICE}】障害発生 acme-logistics fs01 storage-master`);
      const body = m.parsed.text ?? '';
      expect(body).toContain(`${SERVICE} 障害通知`);
      expect(body).toContain('次の監視項目で障害を検知しました。');
      expect(body).toContain('サーバー: fs01');
      expect(body).toContain('監視項目: storage-master');
      expect(body).toContain('重大度:   重大（critical）');
      expect(body).toContain('発生日時: 2026-12-01 10:23（日本時間）');
      expect(body).toContain('電話: 03-5360-3811');
      expect(body).toContain('メール: support@example.jp');
      expect(m.parsed.html).toBe(false); // text only: no English default HTML part
      for (const c of MODEL.customers.filter((x) => x.id !== 'acme-logistics')) for (const v of customerData(c.id)) expect(m.text).not.toContain(v);
    }
    expect(customerMail.parsed.text).toBe(providerMail.parsed.text); // the same facts for both

    // the recovery: 復旧, no times
    await post([{ labels: acme, startsAt, endsAt: '2026-12-01T01:50:00Z' }]);
    const resolved = () => mails.filter((m) => (m.parsed.subject ?? '').startsWith(`【${SERVICE}】復旧 acme-logistics`));
    expect(await until(() => resolved().flatMap((m) => m.rcpt).length >= want.length, 20_000), am!.log().slice(-2000)).toBe(true);
    const rb = resolved()[0]!.parsed.text ?? '';
    expect(rb).toContain('次の監視項目は復旧しました。');
    expect(rb).toContain('■ 復旧');
    expect(rb).not.toContain('発生日時');
  }, 60_000);
});
