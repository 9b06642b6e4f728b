/**
 * Zabbix → Alertmanager files of out/routing/: with `monitoring.zabbix.alertmanagerUrl` set, the webhook media type
 * (a Zabbix 6.0 export for configuration.import) and the action (by names), golden; without it, neither. The real
 * server imports and runs them in tests/apply/zabbix-e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, copyRoot } from '../helpers.js';
import { expectGolden } from '../golden.js';
import { routingArtifacts, ZABBIX_ACTION_PATH, ZABBIX_MEDIATYPE_PATH } from '../../src/emit/routing/index.js';
import { routed } from './fixture.js';

const GOLDEN = join(REPO, 'tests', 'routing', 'golden');

function rootWithUrl(): string {
  const root = copyRoot();
  const p = join(root, 'policies', 'provider.yaml');
  const before = readFileSync(p, 'utf8');
  const after = before.replace(
    'zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp }',
    'zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp, alertmanagerUrl: "https://alertmanager.example.jp/" }',
  );
  expect(after).not.toBe(before);
  writeFileSync(p, after);
  return root;
}

describe('out/routing/zabbix-mediatype.json and zabbix-action.json', () => {
  const arts = routingArtifacts(routed(rootWithUrl()).model);
  const text = (p: string) => String(arts.find((a) => a.path === p)?.data ?? '');

  it('are golden', () => {
    expectGolden(join(GOLDEN, 'zabbix-mediatype.json'), text(ZABBIX_MEDIATYPE_PATH));
    expectGolden(join(GOLDEN, 'zabbix-action.json'), text(ZABBIX_ACTION_PATH));
  });

  it('the media type is a 6.0 webhook export posting to <alertmanagerUrl>/api/v2/alerts with the event tags', () => {
    const doc = JSON.parse(text(ZABBIX_MEDIATYPE_PATH)) as {
      zabbix_export: { version: string; media_types: Array<{ type: string; parameters: Array<{ name: string; value: string }>; script: string }> };
    };
    expect(doc.zabbix_export.version).toBe('6.0');
    const [mt] = doc.zabbix_export.media_types;
    expect(mt!.type).toBe('WEBHOOK');
    const params = Object.fromEntries(mt!.parameters.map((p) => [p.name, p.value]));
    expect(params['url']).toBe('https://alertmanager.example.jp/api/v2/alerts');
    expect(params['event_tags']).toBe('{EVENT.TAGSJSON}');
    expect(params['event_value']).toBe('{EVENT.VALUE}');
    for (const l of ['customer', 'server', 'check', 'severity']) expect(mt!.script).toContain(`'${l}'`);
    expect(() => new Function('value', mt!.script)).not.toThrow(); // it parses as JavaScript
  });

  it('the action sends problems and recoveries of the VVAULT host group to the media type', () => {
    const a = JSON.parse(text(ZABBIX_ACTION_PATH)) as { hostGroup: string; operations: unknown[]; recovery_operations: unknown[] };
    expect(a.hostGroup).toBe('VVAULT managed hosts');
    expect(a.operations).toEqual([{ mediaType: 'VVAULT Alertmanager', userGroup: 'VVAULT Alertmanager' }]);
    expect(a.recovery_operations).toEqual(a.operations);
  });

  it('without alertmanagerUrl there is neither file (the example)', () => {
    const plain = routingArtifacts(routed().model).map((a) => a.path);
    expect(plain).not.toContain(ZABBIX_MEDIATYPE_PATH);
    expect(plain).not.toContain(ZABBIX_ACTION_PATH);
  });
});
