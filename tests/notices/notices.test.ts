/**
 * Revision notices (第2条) and work-completion mails (第11条): audience, figures, templates, .eml form,
 * golden files (npm run test:update regenerates tests/notices/golden/), web notice without customer data.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import type { AddressObject } from 'mailparser';
import { revisionAudience, revisionMessages, webNotice, workCompletionMessages, revisionArtifacts } from '../../src/emit/notices/index.js';
import { EMITTERS } from '../../src/emit/registry.js';
import { monthlyCharges } from '../../src/billing/charges.js';
import { tariffInForce } from '../../src/resolve/tariff.js';
import { yen, signedYen } from '../../src/emit/notices/format.js';
import { TemplateError } from '../../src/emit/notices/render.js';
import { EXAMPLE, vmsc } from '../helpers.js';
import { expectGolden } from '../golden.js';
import { ACME, KITA, MINATO, REVISION, TODAY, assets, assetsWith, model } from './util.js';
import type { Model } from '../../src/model/model.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden');

function revision(m: Model, id = REVISION) {
  const r = m.policies.revisions.find((x) => x.id === id);
  if (!r) throw new Error(`no revision ${id}`);
  return r;
}

function addresses(a: AddressObject | AddressObject[] | undefined): string[] {
  if (!a) return [];
  return (Array.isArray(a) ? a : [a]).flatMap((x) => x.value.map((v) => v.address ?? ''));
}

function golden(name: string, data: string | Uint8Array): void {
  expectGolden(join(GOLDEN, name), data);
}

describe('第2条: who a revision reaches', () => {
  it('the example revision reaches exactly the customers active on its effective date', () => {
    const m = model();
    const a = revisionAudience(m, revision(m));
    expect(a.recipients.map((r) => r.customer.id)).toEqual(['acme-logistics', 'minato-clinic']);
    expect(a.excluded.map((x) => x.customer.id)).toEqual(['kitanihon-seiki']); // ended 2026-12-31
  });

  it.each([
    ['ends the day before effectiveOn: not notified', '2027-03-31', false],
    ['ends on the last day of the effective month: notified', '2027-04-30', true],
  ])('第6条 end date — %s', (_name, endsOn, notified) => {
    const m = model([{ file: KITA, set: [[['contract', 'termination'], { noticedOn: '2027-01-10', endsOn }]] }]);
    const ids = revisionAudience(m, revision(m)).recipients.map((r) => r.customer.id);
    expect(ids.includes('kitanihon-seiki')).toBe(notified);
  });

  it.each([
    ['established the day before effectiveOn: notified (old tariff until then)', '2027-03-31', true],
    ['established on effectiveOn: not notified (contract made under the new tariff)', '2027-04-01', false],
    ['established after effectiveOn: not notified', '2027-05-01', false],
  ])('第4条5 establishment date — %s', (_name, billingStartsOn, notified) => {
    const m = model([
      {
        file: MINATO,
        set: [
          [['contract', 'billingStartsOn'], billingStartsOn],
          [['contract', 'appliedOn'], '2026-12-01'],
          [['contract', 'monitoringConsent', 'agreedOn'], '2026-12-01'],
        ],
      },
    ]);
    const a = revisionAudience(m, revision(m));
    expect(a.recipients.some((r) => r.customer.id === 'minato-clinic')).toBe(notified);
    if (!notified) expect(a.excluded.find((x) => x.customer.id === 'minato-clinic')?.reason).toContain('契約成立日');
  });
});

describe('第2条: impact figures come from the billing module', () => {
  it('old tariff (in force the day before) and new tariff, tax excluded and included, and the difference', () => {
    const m = model();
    const r = revision(m);
    const oldT = tariffInForce(m.policies.tariffs, '2027-03-31')!;
    const newT = m.policies.tariffs.find((t) => t.effectiveFrom === r.tariff)!;
    for (const imp of revisionAudience(m, r).recipients) {
      const before = monthlyCharges(oldT, imp.customer);
      const after = monthlyCharges(newT, imp.customer);
      expect(imp.fees?.before).toEqual(before);
      expect(imp.fees?.after).toEqual(after);
      expect(imp.fees?.difference).toEqual({ subtotal: after.subtotal - before.subtotal, tax: after.tax - before.tax, total: after.total - before.total });
    }
    // the example's acme-logistics: 2 × standard + monthly-report + 2 × config-backup
    const acme = revisionAudience(m, r).recipients.find((x) => x.customer.id === 'acme-logistics')!;
    expect([acme.fees?.before.subtotal, acme.fees?.before.total, acme.fees?.after.subtotal, acme.fees?.after.total]).toEqual([71000, 78100, 78000, 85800]);
  });

  it('the figures printed in each message match `vmsc bill` (old) and monthlyCharges (new)', async () => {
    const m = model();
    const r = revision(m);
    const { messages, audience } = await revisionMessages(m, assets(), r);
    for (const msg of messages) {
      const imp = audience.recipients.find((x) => x.customer.id === msg.customer)!;
      const parsed = await simpleParser(msg.eml);
      const text = parsed.text ?? '';
      const bill = await vmsc(['bill', '--root', EXAMPLE, '--customer', msg.customer, '--month', '2026-10', '--format', 'json', '--today', TODAY]);
      expect(bill.code).toBe(0);
      const inv = JSON.parse(bill.stdout) as { lines: Array<{ description: string; amount: number }> };
      let billed = 0;
      for (const line of imp.fees!.before.lines) {
        const b = inv.lines.find((x) => x.description === line.description);
        expect(b?.amount, `${msg.customer}: ${line.description} in vmsc bill`).toBe(line.amount);
        billed += b!.amount;
        expect(text).toContain(`現行 ${yen(line.amount)}`);
      }
      expect(billed).toBe(imp.fees!.before.subtotal);
      const f = imp.fees!;
      expect(text).toContain(`月額合計（税抜）　　 現行 ${yen(f.before.subtotal)} → 改定後 ${yen(f.after.subtotal)}（${signedYen(f.difference.subtotal)}）`);
      expect(text).toContain(`月額合計（税込）　　 現行 ${yen(f.before.total)} → 改定後 ${yen(f.after.total)}（${signedYen(f.difference.total)}）`);
      expect(parsed.html).toContain(yen(f.after.total));
    }
  });
});

describe('第2条 / 第6条: what the notice says', () => {
  it('states the change, the effective date, 第2条4, and how and by when to cancel (第6条)', async () => {
    const m = model();
    const { messages } = await revisionMessages(m, assets(), revision(m));
    const acme = await simpleParser(messages.find((x) => x.customer === 'acme-logistics')!.eml);
    const t = acme.text ?? '';
    expect(acme.subject).toBe('【重要】VVAULTマネージド・サービス 利用料金改定のお知らせ');
    expect(t).toContain('実施日　: 2027年4月1日');
    expect(t).toContain('利用約款第2条第4項');
    expect(t).toContain('利用約款第6条');
    expect(t).toContain('終了日は2027年3月31日');
    expect(t).toContain('終了通知は2027年2月28日までに');
    expect(t).toContain('https://www.example.jp/vvault-managed/notices/2027-04-tariff/');
  });

  it('a terms revision states the edition and its summary, and no fee table', async () => {
    const m = model([
      {
        file: 'policies/terms.yaml',
        set: [[['editions', 4], { edition: 5, publishedOn: '2027-01-10', effectiveOn: '2027-04-01', summary: '第5版 ヘルプデスク受付時間の変更' }]],
      },
      {
        file: 'policies/revisions/2027-04-terms.yaml',
        text: 'id: 2027-04-terms\nkind: terms\ntitle: 利用約款改定のお知らせ\nannouncedOn: 2027-01-15\neffectiveOn: 2027-04-01\ntermsEdition: 5\nsummary: 2027年4月1日より利用約款を改定いたします。\n',
      },
    ]);
    const { messages } = await revisionMessages(m, assets(), revision(m, '2027-04-terms'));
    expect(messages.map((x) => x.customer)).toEqual(['acme-logistics', 'minato-clinic']);
    const p = await simpleParser(messages[0]!.eml);
    expect(p.text).toContain('約款　　: 第5版（第5版 ヘルプデスク受付時間の変更）');
    expect(p.text).toContain('現行　　: 第4版');
    expect(p.text).not.toContain('月額合計');
    const page = webNotice(m, assets(), revision(m, '2027-04-terms'));
    expect(page).toContain('第5版');
  });
});

describe('第6条 / 第5条2: by when a customer must give notice to end before the change', () => {
  it.each([
    ['第6条: one calendar month before the last month end before effectiveOn', '2026-10-16', '2027-03-31', '2027-02-28', '第6条1'],
    ['第5条2: inside the minimum period, two weeks before its end', '2027-03-10', '2027-03-31', '2027-03-17', '第5条2'],
  ])('%s', (_name, billingStartsOn, endOn, noticeBy, article) => {
    const m = model([
      {
        file: MINATO,
        set: [
          [['contract', 'billingStartsOn'], billingStartsOn],
          [['contract', 'appliedOn'], '2026-10-02'],
        ],
      },
    ]);
    const imp = revisionAudience(m, revision(m)).recipients.find((r) => r.customer.id === 'minato-clinic')!;
    expect(imp.cancellation).toEqual({ endOn, noticeBy, possible: true, article });
  });
});

describe('第11条: work-completion mails', () => {
  it('one preview per completed work order, dated the completion day, its deadline a week later (same weekday)', async () => {
    const m = model([{ file: ACME, set: [[['workOrders', 2], { id: 'wo-2026-003', description: 'Windows Update', server: 'fs01', amount: 20000 }]] }]);
    const acme = m.customers.find((c) => c.id === 'acme-logistics')!;
    const msgs = await workCompletionMessages(m, assets(), acme);
    expect(msgs.map((x) => x.path)).toEqual(['acme-logistics/mail/wo-2026-001.eml', 'acme-logistics/mail/wo-2026-002.eml']); // wo-2026-003 not completed
    const p = await simpleParser(msgs[0]!.eml);
    expect(p.text).toContain('作業完了日: 2026年7月20日');
    expect(p.text).toContain('確認期限　　　　: 2026年7月27日（受領日の翌日から数えて1週間）');
    expect(p.text).toContain('【プレビュー】');
    expect(p.headers.get('x-vmsc-preview')).toContain('vmsc send dates the mail on the day it is sent');
    expect(p.text).toContain('第11条第4項');
    expect(p.headers.get('date')).toEqual(new Date('2026-07-20T17:30:00+09:00'));
    const minato = m.customers.find((c) => c.id === 'minato-clinic')!;
    expect(await workCompletionMessages(m, assets(), minato)).toEqual([]);
  });
});

describe('.eml form (RFC 5322, MIME, stable)', () => {
  it('multipart/alternative text + HTML, UTF-8, RFC 2047 subject, stable Message-ID and Date from the inputs', async () => {
    const m = model();
    const { messages } = await revisionMessages(m, assets(), revision(m));
    const msg = messages.find((x) => x.customer === 'acme-logistics')!;
    const raw = msg.eml.toString('latin1');
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(head).toContain('Message-ID: <notice.2027-04-tariff.acme-logistics@example.jp>');
    expect(head).toContain('Date: Fri, 15 Jan 2027 09:00:00 +0900');
    expect(head).toMatch(/Content-Type: multipart\/alternative;\r\n boundary="--vmsc-[0-9a-f]{24}-Part_1"/);
    expect(head).not.toMatch(/^Bcc:/im);
    expect(head).not.toMatch(/^X-Mailer:/im);
    expect(/[^\r]\n/.test(raw)).toBe(false); // CRLF only
    expect(/[\x80-\xff]/.test(head)).toBe(false); // headers are 7-bit
    const p = await simpleParser(msg.eml);
    expect(p.messageId).toBe('<notice.2027-04-tariff.acme-logistics@example.jp>');
    expect(p.date?.toISOString()).toBe('2027-01-15T00:00:00.000Z');
    expect(p.text).toContain('株式会社アクメ物流');
    expect(p.html).toContain('<html lang="ja">');
  });

  it('byte-identical on every run, whatever the time zone', async () => {
    const m = model();
    const a = await revisionArtifacts({ model: m, assets: assets() }, revision(m));
    const b = await revisionArtifacts({ model: model(), assets: assets() }, revision(m));
    expect(a.map((x) => Buffer.from(x.data).toString('base64'))).toEqual(b.map((x) => Buffer.from(x.data).toString('base64')));
  });

  it('golden files: the example revision, its web notice and the work-completion mails', async () => {
    const m = model();
    for (const a of await revisionArtifacts({ model: m, assets: assets() }, revision(m))) golden(a.path, a.data);
    for (const c of m.customers) for (const w of await workCompletionMessages(m, assets(), c)) golden(w.path, w.eml);
    // a readable copy of each text part, for reviewers (the .eml holds it base64-encoded)
    const { messages } = await revisionMessages(m, assets(), revision(m));
    for (const msg of messages) golden(`${msg.path}.txt`, (await simpleParser(msg.eml)).text ?? '');
  });
});

describe("第2条2: recipients — that customer's registered contacts only", () => {
  it('To: every contact; Cc: the billing address when it is not a contact; nothing else, no Bcc', async () => {
    const m = model([{ file: MINATO, set: [[['billing', 'email'], 'jimu@minato-kai.example.or.jp']] }]);
    const { messages } = await revisionMessages(m, assets(), revision(m));
    const all = new Map(
      m.customers.map((c) => [c.id, new Set([...c.contacts.all.map((x) => x.email), ...(c.source.billing.email ? [c.source.billing.email] : [])])]),
    );
    for (const msg of messages) {
      const p = await simpleParser(msg.eml);
      const own = all.get(msg.customer)!;
      const seen = [...addresses(p.to), ...addresses(p.cc), ...addresses(p.bcc)];
      expect(new Set(seen)).toEqual(own);
      expect(new Set(msg.recipients)).toEqual(own);
      expect(p.bcc).toBeUndefined();
      for (const [other, addrs] of all) if (other !== msg.customer) for (const a of addrs) expect(msg.eml.toString('latin1')).not.toContain(a);
    }
    const minato = await simpleParser(messages.find((x) => x.customer === 'minato-clinic')!.eml);
    expect(addresses(minato.cc)).toEqual(['jimu@minato-kai.example.or.jp']);
  });
});

describe('web notice (public): no customer data at all', () => {
  it('holds the revision, the tariff old → new and the rules, and nothing of any customer', () => {
    const m = model();
    const page = webNotice(m, assets(), revision(m));
    expect(page).toContain('VVAULTマネージド・サービス 利用料金改定のお知らせ');
    expect(page).toContain('<td>スタンダード</td><td>サーバー1台あたり</td><td>30,000円</td><td>33,000円</td>');
    expect(page).toContain('2027年4月1日');
    for (const c of m.customers) {
      const s = c.source;
      const personal = [
        c.id,
        s.legalName,
        s.representative,
        s.phone,
        s.department,
        s.address.text,
        s.billing.recipient,
        s.billing.email,
        ...s.contacts.flatMap((x) => [x.name, x.email, x.phone]),
        ...s.servers.map((x) => x.hostname),
      ];
      for (const v of personal) if (v) expect(page, `web notice mentions ${v}`).not.toContain(v);
    }
  });
});

describe('templates: strict, escaped, no prototype access', () => {
  it('a template naming a missing field fails instead of printing an empty string', async () => {
    const m = model();
    const bad = assetsWith('notices/revision.text.hbs', '{{customer.legalNmae}} 様\n');
    await expect(revisionMessages(m, bad, revision(m))).rejects.toThrow(/"legalNmae" not defined/);
    const badIf = assetsWith('notices/revision.html.hbs', '{{#if feez}}x{{/if}}');
    await expect(revisionMessages(m, badIf, revision(m))).rejects.toThrow(TemplateError);
  });

  it('no prototype access: {{customer.constructor}} fails', async () => {
    const m = model();
    const bad = assetsWith('notices/revision.text.hbs', '{{customer.constructor}}');
    await expect(revisionMessages(m, bad, revision(m))).rejects.toThrow(/"constructor" not defined/);
  });

  it('HTML part escapes input text; text part keeps it verbatim', async () => {
    const m = model([{ file: ACME, set: [[['legalName'], '株式会社<b>アクメ</b>&物流']] }]);
    const { messages } = await revisionMessages(m, assets(), revision(m));
    const p = await simpleParser(messages.find((x) => x.customer === 'acme-logistics')!.eml);
    expect(p.html).toContain('株式会社&lt;b&gt;アクメ&lt;/b&gt;&amp;物流');
    expect(p.html).not.toContain('<b>アクメ</b>');
    expect(p.text).toContain('株式会社<b>アクメ</b>&物流');
  });
});

describe('vmsc notices / vmsc build', () => {
  it('vmsc notices writes out/notices/<revision>/ and the work mails; files equal the emitted ones', async () => {
    const out = mkdtempSync(join(tmpdir(), 'vmsc-notices-'));
    try {
      const r = await vmsc(['notices', '--root', EXAMPLE, '--out', out, '--today', TODAY]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('✓ acme-logistics: monthly 71,000円 → 78,000円 (+7,000円) tax excl., 78,100円 → 85,800円 (+7,700円) tax incl.');
      expect(r.stdout).toContain('– kitanihon-seiki: not notified');
      for (const f of [
        'notices/2027-04-tariff/acme-logistics.eml',
        'notices/2027-04-tariff/minato-clinic.eml',
        'notices/2027-04-tariff/index.html',
        'acme-logistics/mail/wo-2026-001.eml',
      ]) {
        expect(existsSync(join(out, f)), f).toBe(true);
      }
      expect(existsSync(join(out, 'notices/2027-04-tariff/kitanihon-seiki.eml'))).toBe(false);
      const m = model();
      const arts = await revisionArtifacts({ model: m, assets: assets() }, revision(m));
      for (const a of arts) expect(readFileSync(join(out, a.path)).equals(Buffer.from(a.data))).toBe(true);
      const one = await vmsc(['notices', REVISION, '--root', EXAMPLE, '--out', out, '--today', TODAY]);
      expect(one.code).toBe(0);
      const typo = await vmsc(['notices', '2027-04-tarif', '--root', EXAMPLE, '--out', out, '--today', TODAY]);
      expect(typo.code).toBe(1);
      expect(typo.stderr).toContain('did you mean "2027-04-tariff"?');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('the emitters are registered, so vmsc build produces the same files', async () => {
    expect(EMITTERS.map((e) => e.name)).toEqual(expect.arrayContaining(['notices/revision', 'notices/work-completion']));
    const out = mkdtempSync(join(tmpdir(), 'vmsc-build-'));
    try {
      const r = await vmsc(['build', '--root', EXAMPLE, '--out', join(out, 'out'), '--today', TODAY]);
      expect(r.code, r.stderr).toBe(0);
      const manifest = JSON.parse(readFileSync(join(out, 'out', 'manifest.json'), 'utf8')) as { files: Array<{ path: string; kind: string }> };
      const mine = manifest.files.filter((f) => f.kind.startsWith('notices/')).map((f) => f.path);
      expect(mine).toEqual([
        'acme-logistics/mail/wo-2026-001.eml',
        'acme-logistics/mail/wo-2026-002.eml',
        'notices/2027-04-tariff/acme-logistics.eml',
        'notices/2027-04-tariff/index.html',
        'notices/2027-04-tariff/minato-clinic.eml',
      ]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
