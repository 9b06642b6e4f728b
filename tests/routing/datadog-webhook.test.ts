/**
 * Datadog → Alertmanager, with the real Alertmanager and a loopback SMTP server: every monitor of a root with
 * `monitoring.datadog.notify` mentions the webhooks of out/routing/datadog-webhooks.json; their payloads, rendered
 * with Datadog's documented variables ($TAGS[key], $ALERT_SCOPE, $ALERT_TRANSITION, $ALERT_ID, $LINK) for a
 * trigger and for a recovery of a real generated monitor, are POSTed to /api/v2/alerts; the mail reaches exactly
 * the receivers the simulator (`vmsc route`) names for that customer, severity and instant, and the recovery
 * resolves the alert (a RESOLVED mail to the same receivers, no active alert left).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../src/driver/index.js';
import { DATADOG_WEBHOOKS_PATH, ROUTING_JSON_PATH, routingArtifacts } from '../../src/emit/routing/index.js';
import type { RoutingJson } from '../../src/emit/routing/tables.js';
import type { DatadogWebhook } from '../../src/targets/datadog/webhook.js';
import type { DatadogMonitor } from '../../src/targets/datadog/monitors.js';
import { parseAlertmanagerConfig } from '../../src/route/config.js';
import { simulate, TimePoint } from '../../src/route/simulate.js';
import { copyRoot, readRoot } from '../helpers.js';
import { describeWithTool } from '../tools.js';
import { agentArtifacts, text } from '../agents/util.js';
import { routingFiles, startAlertmanager, startSmtp, until } from './alertmanager-run.js';
import type { Mail } from './alertmanager-run.js';
import { routed } from './fixture.js';

/** the Datadog Webhooks variables (docs.datadoghq.com/integrations/webhooks, "Variables") a payload may use */
const DOCUMENTED = [
  'AGGREG_KEY',
  'ALERT_CYCLE_KEY',
  'ALERT_ID',
  'ALERT_METRIC',
  'ALERT_PRIORITY',
  'ALERT_QUERY',
  'ALERT_SCOPE',
  'ALERT_STATUS',
  'ALERT_TITLE',
  'ALERT_TRANSITION',
  'ALERT_TYPE',
  'DATE',
  'EMAIL',
  'EVENT_MSG',
  'EVENT_TITLE',
  'EVENT_TYPE',
  'HOSTNAME',
  'ID',
  'LAST_UPDATED',
  'LINK',
  'ORG_ID',
  'ORG_NAME',
  'PRIORITY',
  'SNAPSHOT',
  'TAGS',
  'TEXT_ONLY_MSG',
  'USER',
  'USERNAME',
];

/** Datadog's substitution: $TAGS[key] = the value of tag key (empty when absent), $NAME = the variable's value */
function render(payload: string, tags: string[], vars: Record<string, string>): string {
  return payload
    .replace(/\$TAGS\[([a-z_]+)\]/g, (_m, k: string) => tags.find((t) => t.startsWith(`${k}:`))?.slice(k.length + 1) ?? '')
    .replace(/\$([A-Z_]+)/g, (m, name: string) => {
      if (!DOCUMENTED.includes(name)) throw new Error(`${m} is not a documented Datadog webhook variable`);
      const v = vars[name];
      if (v === undefined) throw new Error(`the test gives no value for ${m}`);
      return v;
    });
}

function rootWithNotify(): string {
  const root = copyRoot();
  const edit = (f: string, fn: (s: string) => string) => {
    const before = readFileSync(join(root, f), 'utf8');
    const after = fn(before);
    if (after === before) throw new Error(`edit of ${f} changed nothing`);
    writeFileSync(join(root, f), after);
  };
  edit('policies/provider.yaml', (s) =>
    s.replace(
      'datadog: { site: ap1.datadoghq.com }',
      'datadog: { site: ap1.datadoghq.com, notify: { webhook: vvault-alertmanager, alertmanagerUrl: "https://alertmanager.example.jp/" } }',
    ),
  );
  return root;
}

const ROOT = rootWithNotify();
const compiled = compile(readRoot(ROOT), { today: '2026-11-27' });
if (!compiled.model) throw new Error(JSON.stringify(compiled.diagnostics.filter((d) => d.severity === 'error')));
const MODEL = compiled.model;
const hooksArt = routingArtifacts(MODEL).find((a) => a.path === DATADOG_WEBHOOKS_PATH);
const HOOKS = JSON.parse(hooksArt ? String(hooksArt.data) : '[]') as DatadogWebhook[];
const MONITORS = (await agentArtifacts(MODEL)).filter((a) => a.path.endsWith('/datadog/monitors.json'));

describe('Datadog notify', () => {
  it('out/routing/datadog-webhooks.json holds the firing and the resolving webhook, posting to /api/v2/alerts', () => {
    expect(HOOKS.map((h) => h.name)).toEqual(['vvault-alertmanager', 'vvault-alertmanager-resolved']);
    for (const h of HOOKS) {
      expect(h.url).toBe('https://alertmanager.example.jp/api/v2/alerts');
      expect(h.encode_as).toBe('json');
      expect(JSON.parse(h.custom_headers)).toEqual({ 'Content-Type': 'application/json' });
      expect(() => JSON.parse(h.payload)).not.toThrow(); // Datadog requires the payload to be JSON as written
    }
  });

  it('without notify there is no webhook file and no handle (the example)', async () => {
    const r = routed();
    const arts = routingArtifacts(r.model);
    expect(arts.some((a) => a.path === DATADOG_WEBHOOKS_PATH)).toBe(false);
    const plain = (await agentArtifacts(r.model)).filter((a) => a.path.endsWith('/datadog/monitors.json'));
    for (const a of plain) expect(text(a)).not.toContain('@webhook-');
  });

  it('every monitor of every server notifies the webhook (firing) and the resolving webhook (recovery)', () => {
    expect(MONITORS.length).toBe(4);
    let n = 0;
    for (const a of MONITORS) {
      for (const m of JSON.parse(text(a)) as DatadogMonitor[]) {
        n++;
        expect(m.message).toContain('{{^is_recovery}}@webhook-vvault-alertmanager{{/is_recovery}}');
        expect(m.message).toContain('{{#is_recovery}}@webhook-vvault-alertmanager-resolved{{/is_recovery}}');
        expect(m.tags.filter((t) => t.startsWith('severity:'))).toHaveLength(1); // $TAGS[severity] is one value
      }
    }
    expect(n).toBeGreaterThan(60);
  });

  it("process monitors' no_data_timeframe is at least twice their evaluation window", () => {
    for (const a of MONITORS) {
      for (const m of JSON.parse(text(a)) as DatadogMonitor[]) {
        if (!m.tags.some((t) => t.startsWith('check:process-'))) continue;
        const win = Number(/last_(\d+)m/.exec(m.query)?.[1]);
        expect(m.options.no_data_timeframe).toBeGreaterThanOrEqual(2 * win);
      }
    }
  });

  it('the rendered payload is an Alertmanager v2 alert list with the four labels; a recovery ends it', () => {
    const monitor = (JSON.parse(text(MONITORS.find((a) => a.path.startsWith('acme-logistics/agents/fs01/'))!)) as DatadogMonitor[]).find(
      (m) => m.tags.includes('check:storage-master') && m.tags.includes('severity:critical'),
    )!;
    const vars = {
      ALERT_SCOPE: 'host:acme-logistics.fs01',
      ALERT_TRANSITION: 'Triggered',
      ALERT_ID: '1234',
      LINK: 'https://app.datadoghq.com/event/jump_to?event_id=1',
    };
    const fire = JSON.parse(render(HOOKS[0]!.payload, monitor.tags, vars)) as Array<{ labels: Record<string, string>; endsAt: string }>;
    expect(fire[0]!.labels).toEqual({
      customer: 'acme-logistics',
      server: 'fs01',
      check: 'storage-master',
      severity: 'critical',
      scope: 'host:acme-logistics.fs01',
    });
    expect(Date.parse(fire[0]!.endsAt)).toBeGreaterThan(Date.now());
    const rec = JSON.parse(render(HOOKS[1]!.payload, monitor.tags, { ...vars, ALERT_TRANSITION: 'Recovered' })) as Array<{ endsAt: string }>;
    expect(Date.parse(rec[0]!.endsAt)).toBeLessThan(Date.now());
  });
});

describeWithTool('prometheus-alertmanager', 'Datadog webhook payloads through the real Alertmanager', () => {
  const mails: Mail[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;
  let yaml = '';
  let JSON_OUT: RoutingJson;

  beforeAll(async () => {
    smtp = await startSmtp(mails);
    const art = routingArtifacts(MODEL).find((a) => a.path === 'routing/alertmanager.yml')!;
    yaml = String(art.data);
    JSON_OUT = JSON.parse(String(routingArtifacts(MODEL).find((a) => a.path === ROUTING_JSON_PATH)!.data)) as RoutingJson;
    // the test's own timing: first mail and the resolve at once, not after 30 s / 5 min
    const local = yaml
      .replace('smtp_smarthost: localhost:25', `smtp_smarthost: 127.0.0.1:${smtp.port}`)
      .replace('group_wait: 30s', 'group_wait: 1s')
      .replace('group_interval: 5m', 'group_interval: 1s');
    expect(local.match(/127\.0\.0\.1|: 1s/g)).toHaveLength(3);
    am = await startAlertmanager(local, routingFiles(MODEL));
  }, 30_000);

  afterAll(async () => {
    am?.stop();
    await smtp?.close();
  });

  it('a trigger mails exactly the receivers vmsc route names; the recovery resolves it to the same receivers', async () => {
    const api = am!.api;
    const monitor = (JSON.parse(text(MONITORS.find((a) => a.path.startsWith('acme-logistics/agents/fs01/'))!)) as DatadogMonitor[]).find(
      (m) => m.tags.includes('check:storage-master') && m.tags.includes('severity:critical'),
    )!;
    const vars = {
      ALERT_SCOPE: 'host:acme-logistics.fs01',
      ALERT_TRANSITION: 'Triggered',
      ALERT_ID: '1234',
      LINK: 'https://app.datadoghq.com/event/jump_to?event_id=1',
    };
    const post = async (body: string) => {
      const r = await fetch(`${api}/api/v2/alerts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(r.status, await r.text()).toBe(200);
    };
    const cfg = parseAlertmanagerConfig(yaml);
    const emails = (at: number) => {
      const receivers = simulate(cfg, { customer: 'acme-logistics', severity: 'critical' }, TimePoint.fromEpochMilliseconds(at)).receivers;
      return receivers.flatMap((n) => JSON_OUT.receivers.find((r) => r.name === n)!.emails).sort();
    };
    const got = (status: string) =>
      mails
        .filter((m) => (m.parsed.subject ?? '').includes(status === 'FIRING' ? '障害発生' : '復旧') && m.text.includes('storage-master'))
        .flatMap((m) => m.rcpt)
        .sort();

    const posted = Date.now();
    await post(render(HOOKS[0]!.payload, monitor.tags, vars));
    const want = emails(posted);
    expect(want).toEqual(expect.arrayContaining(['hanako.tanaka@acme.example.co.jp']));
    expect(await until(() => got('FIRING').length >= want.length, 20_000), am!.log().slice(-2000)).toBe(true);
    expect([want, emails(Date.now())]).toContainEqual(got('FIRING'));

    await post(render(HOOKS[1]!.payload, monitor.tags, { ...vars, ALERT_TRANSITION: 'Recovered' }));
    expect(await until(() => got('RESOLVED').length >= want.length, 20_000), am!.log().slice(-2000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500)); // room for a mail that should not come
    expect([want, emails(Date.now())]).toContainEqual(got('RESOLVED'));
    expect([want, emails(Date.now())]).toContainEqual(got('FIRING'));
    const active = (await (await fetch(`${api}/api/v2/alerts?active=true`)).json()) as unknown[];
    expect(active).toEqual([]);
  }, 60_000);
});
