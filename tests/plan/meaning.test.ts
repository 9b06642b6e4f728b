import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../src/driver/index.js';
import { readRoot } from '../../src/cli/host.js';
import type { Model } from '../../src/model/model.js';
import { explain } from '../../src/review/meaning.js';
import { EXAMPLE } from '../build/util.js';

const TODAY = '2026-11-27';
const base = readRoot(EXAMPLE);

function model(edits: Record<string, (s: string) => string>): Model {
  const sources = base.map((s) => (edits[s.path] ? { path: s.path, bytes: Buffer.from(edits[s.path]!(Buffer.from(s.bytes).toString('utf8'))) } : s));
  const r = compile(sources, { today: TODAY });
  if (!r.model)
    throw new Error(
      r.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)
        .join('\n'),
    );
  return r.model;
}

const BASE = model({});
const ACME = 'customers/acme-logistics.yaml';
const replace = (from: string | RegExp, to: string) => (s: string) => {
  const t = s.replace(from, to);
  if (t === s) throw new Error(`not found: ${String(from)}`);
  return t;
};

describe('第21条: a change to a registration field is flagged (U205), with its name', () => {
  const cases: [string, (s: string) => string, string][] = [
    ['法人名称', replace('legalName: 株式会社アクメ物流', 'legalName: 株式会社アクメロジスティクス'), '法人名称'],
    [
      '住所',
      replace(
        /^address: \{ postalCode: "100-0005", text: 東京都千代田区丸の内1-1-1 アクメビル12F \}/m,
        'address: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-2 }',
      ),
      '住所',
    ],
    ['代表者名', replace('representative: 山田 太郎', 'representative: 山田 次郎'), '代表者名'],
    ['電話', replace('phone: "03-1234-5678"', 'phone: "03-1234-0000"'), '電話'],
    ['FAX', replace('fax: "03-1234-5679"\n', ''), 'FAX'],
    ['担当部門名', replace('department: 情報システム部', 'department: DX推進部'), '担当部門名'],
    ['担当者名 (renamed)', replace('name: 鈴木 一郎', 'name: 鈴木 一朗'), '担当者名'],
    ['請求書の送付先 (recipient)', replace('recipient: 株式会社アクメ物流 経理部 御中', 'recipient: 株式会社アクメ物流 財務部 御中'), '請求書の送付先'],
    ['請求書の送付先 (e-mail)', replace('  email: keiri@acme.example.co.jp\ncontract', '  email: zaimu@acme.example.co.jp\ncontract'), '請求書の送付先'],
  ];
  for (const [name, edit, label] of cases) {
    it(`第21条: ${name}`, () => {
      const ex = explain(BASE, model({ [ACME]: edit }));
      const f = ex.flags.filter((x) => x.code === 'U205');
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ kind: 'registration', customer: 'acme-logistics' });
      expect(f[0]!.message).toBe(`${label} changed: collect the proof documents (第21条)`);
    });
  }

  it('not 第21条: a contact e-mail or a server change raises no U205', () => {
    const ex = explain(BASE, model({ [ACME]: replace('hanako.tanaka@acme.example.co.jp', 'h.tanaka@acme.example.co.jp') }));
    expect(ex.flags.filter((x) => x.code === 'U205')).toEqual([]);
    // but she receives fault mail: recipients changed
    expect(ex.flags.map((x) => x.code)).toEqual(['U202']);
  });
});

describe('routing policy changes', () => {
  it('a receiver removed from a rule and from the receivers: U201; a receiver e-mail changed: U202', () => {
    const routing = 'policies/routing.yaml';
    const text = readFileSync(join(EXAMPLE, routing), 'utf8');
    expect(text).toContain('noc@example.jp');
    const ex = explain(
      BASE,
      model({
        [routing]: (s) =>
          s
            .replace('helpdesk@example.jp', 'hd@example.jp')
            .replace(/outsideHelpdeskHours: \[noc\]/g, 'outsideHelpdeskHours: [helpdesk]')
            .replace(/.*id: noc.*\n/, ''),
      }),
    );
    const msgs = ex.flags.map((f) => `${f.code} ${f.message}`);
    expect(msgs).toContain('U201 receiver noc (監視センター（時間外受付）, noc@example.jp) is removed from policies/routing.yaml');
    expect(msgs).toContain('U201 critical alerts outside helpdesk hours no longer go to noc');
    expect(msgs).toContain('U202 receiver helpdesk: alerts go to hd@example.jp instead of helpdesk@example.jp');
  });

  it('notifyCustomer turned off: U201 (customers no longer told)', () => {
    const ex = explain(BASE, model({ 'policies/routing.yaml': replace('notifyCustomer: true', 'notifyCustomer: false') }));
    expect(ex.flags.map((f) => `${f.code} ${f.message}`)).toContain("U201 critical alerts no longer go to customers' fault-notification contacts");
  });
});

describe('monitoring and money meanings', () => {
  it('a policy threshold change reads per server for every customer that does not override it', () => {
    const ex = explain(
      BASE,
      model({
        'policies/monitoring.yaml': replace('memory:  { warning: 85, critical: 95, forMinutes: 10 }', 'memory:  { warning: 85, critical: 90, forMinutes: 10 }'),
      }),
    );
    expect(ex.customers.get('acme-logistics')?.meanings.map((m) => m.text)).toEqual(['fs01 memory critical 95 → 90', 'fs02 memory critical 95 → 90']);
    // minato-clinic overrides memory: unchanged
    expect(ex.customers.get('minato-clinic')?.status).toBe('unchanged');
    expect(ex.global.map((m) => m.text)).toEqual(['monitoring thresholds.memory.critical: 95 → 90']);
  });

  it('an option added: monthly total and the new tariff both (U203 per tariff)', () => {
    const ex = explain(BASE, model({ 'customers/minato-clinic.yaml': replace('options: [config-backup]', 'options: [config-backup, monthly-report]') }));
    const msgs = ex.flags.filter((f) => f.customer === 'minato-clinic' && f.code === 'U203').map((f) => f.message);
    expect(msgs[0]).toMatch(/^monthly total ¥33,000 → ¥38,000 \(tax excl\., tariff from 2019-07-01\)$/);
    expect(msgs).toHaveLength(2);
  });
});
