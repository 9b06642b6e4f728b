/**
 * End to end with the real Alertmanager (Debian's prometheus-alertmanager 0.25) and a real SMTP server on
 * loopback: the generated configuration is loaded, alerts are posted to its API, and the mails that arrive
 * are compared with what the simulator says for the same instant. Shows, with the real router:
 * - 仕様書4: an opted-in customer's contacts (and only they) get critical mail; a customer without an
 *   opted-in contact gets none;
 * - the provider receiver of the moment (helpdesk or out-of-hours desk, whichever the clock says now);
 * - the inhibit rule: a host whose heartbeat is down sends no other alert mail.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { routingFiles, startAlertmanager, startSmtp, until } from './alertmanager-run.js';
import type { Mail } from './alertmanager-run.js';
import { routed } from './fixture.js';
import type { Routed } from './fixture.js';
import { copyRoot } from '../helpers.js';
import { describeWithTool } from '../tools.js';
import { parseAlertmanagerConfig } from '../../src/route/config.js';
import { simulate, TimePoint } from '../../src/route/simulate.js';

describeWithTool('prometheus-alertmanager', 'real Alertmanager with the generated configuration', () => {
  const mails: Mail[] = [];
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;
  let api = '';
  let R: Routed;

  beforeAll(async () => {
    smtp = await startSmtp(mails);
    // the example, with a short group wait so that the first mail goes out at once
    const root = copyRoot();
    const rp = join(root, 'policies', 'routing.yaml');
    writeFileSync(rp, readFileSync(rp, 'utf8') + 'groupWaitSeconds: 1\n');
    R = routed(root);
    const yaml = R.yaml.replace('smtp_smarthost: localhost:25', `smtp_smarthost: 127.0.0.1:${smtp.port}`);
    expect(yaml).not.toBe(R.yaml);
    am = await startAlertmanager(yaml, routingFiles(R.model));
    api = am.api;
  }, 30_000);

  afterAll(async () => {
    am?.stop();
    await smtp?.close();
  });

  it("delivers to the receivers the simulator names for this instant, and the heartbeat inhibits the host's other alerts", async () => {
    const alert = (labels: Record<string, string>) => ({ labels, annotations: { summary: labels['alertname'] ?? '' } });
    const posted = Date.now();
    const res = await fetch(`${api}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([
        alert({ alertname: 'VmscHeartbeatLost', customer: 'acme-logistics', server: 'fs01', check: 'heartbeat', severity: 'critical' }),
        alert({ alertname: 'VmscCpuBusyInhibited', customer: 'acme-logistics', server: 'fs01', check: 'cpu', severity: 'critical' }),
        alert({ alertname: 'VmscStorageFull', customer: 'kitanihon-seiki', server: 'fs01', check: 'storage-master', severity: 'critical' }),
      ]),
    });
    expect(res.ok).toBe(true);

    const cfg = parseAlertmanagerConfig(R.yaml);
    const emailsOf = (receivers: string[]) => receivers.flatMap((n) => R.json.receivers.find((r) => r.name === n)!.emails).sort();
    const expectFor = (at: number, customer: string) =>
      emailsOf(simulate(cfg, { customer, severity: 'critical' }, TimePoint.fromEpochMilliseconds(at)).receivers);
    const wantAcme = expectFor(posted, 'acme-logistics');
    const wantKita = expectFor(posted, 'kitanihon-seiki');
    expect(wantAcme).toEqual(expect.arrayContaining(['hanako.tanaka@acme.example.co.jp', 'ichiro.suzuki@acme.example.co.jp']));

    const got = (name: string) =>
      mails
        .filter((m) => m.text.includes(name))
        .flatMap((m) => m.rcpt)
        .sort();
    const arrived = await until(() => got('VmscHeartbeatLost').length >= wantAcme.length && got('VmscStorageFull').length >= wantKita.length, 20_000);
    expect(arrived, `mails: ${JSON.stringify(mails.map((m) => m.rcpt))}\n${am?.log().slice(-2000) ?? ''}`).toBe(true);
    await new Promise((r) => setTimeout(r, 2500)); // room for a mail that should not come

    // the clock may cross a helpdesk boundary between posting and sending: accept the later answer then
    const acme = got('VmscHeartbeatLost');
    expect([wantAcme, expectFor(Date.now(), 'acme-logistics')]).toContainEqual(acme);
    const kita = got('VmscStorageFull');
    expect([wantKita, expectFor(Date.now(), 'kitanihon-seiki')]).toContainEqual(kita);
    expect(kita.some((a) => a.includes('kitanihon'))).toBe(false); // no opted-in contact: no customer mail
    expect(kita.some((a) => a.includes('acme'))).toBe(false); // never one customer's alert to another
    expect(got('VmscCpuBusyInhibited')).toEqual([]); // inhibited by the heartbeat of the same host
  }, 40_000);
});
