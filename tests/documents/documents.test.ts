/**
 * Issue 6: the contract and invoice PDFs of the example root carry every mandatory item (checked on the
 * text extracted with pdfjs-dist), totals equal to the billing module's, the right page count, and pass
 * `qpdf --check`; the bytes do not depend on the clock or the TZ.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeInvoice, billedMonths } from '../../src/billing/invoice.js';
import { contractFigures } from '../../src/billing/contract.js';
import { renderContract, renderInvoice } from '../../src/emit/documents/documents.js';
import { jaDate, yen } from '../../src/emit/documents/markup.js';
import { ASSETS, EXAMPLE, modelOf, pdfText, qpdfCheck } from './pdf.js';
import { itWithTool } from '../tools.js';

const model = modelOf(EXAMPLE);
const flat = (s: string) => s.replace(/\n/g, '');

describe('invoice (適格請求書), example root', () => {
  const p = model.policies.provider;
  for (const c of model.customers) {
    for (const month of billedMonths(model, c).slice(-2)) {
      it(`${c.id} ${month}: every item of issue 6 §3, totals from computeInvoice`, async () => {
        const inv = computeInvoice(model, c, month);
        const doc = renderInvoice(ASSETS, model, c, month);
        const t = await pdfText(doc.bytes);
        const f = flat(t.text);
        expect(t.pages.length).toBe(doc.pages);
        expect(doc.pages).toBe(1);
        expect(f).toContain('請求書（適格請求書）');
        // issuer name and registration number
        expect(f).toContain(p.name);
        expect(f).toContain(`登録番号：${p.invoiceRegistrationNumber}`);
        // recipient (請求書の送付先) and its address
        expect(f).toContain(c.source.billing.recipient);
        expect(f).toContain(c.source.billing.address.text);
        // issue date, billed period, due date, invoice number
        expect(f).toContain(`発行日：${jaDate(inv.issueDate)}`);
        expect(f).toContain(`${jaDate(inv.periodFrom)}〜${jaDate(inv.periodThrough)}`);
        expect(f).toContain(`お支払期限${jaDate(inv.dueDate)}`);
        expect(f).toContain(`請求書番号：${inv.invoiceNumber}`);
        // each line with quantity and amount
        for (const l of inv.lines) {
          expect(f).toContain(l.description.slice(0, 12));
          expect(f).toMatch(new RegExp(`${l.quantity}${yen(l.unitPrice).replace(/[$]/g, '\\$')}${yen(l.amount)}`));
        }
        // taxable total and tax per rate, with the rate
        for (const b of inv.taxBreakdown) {
          expect(f).toContain(`${b.ratePercent}%対象 小計（税抜）${yen(b.taxable)}`);
          expect(f).toContain(`消費税（${b.ratePercent}%）${yen(b.tax)}`);
        }
        expect(inv.taxBreakdown.reduce((a, b) => a + b.taxable, 0)).toBe(inv.subtotal);
        // non-taxable lines apart
        if (inv.nonTaxable > 0) {
          expect(f).toContain('不課税（消費税の対象外：遅延損害金、第17条）');
          expect(f).toContain(`不課税（対象外） 小計${yen(inv.nonTaxable)}`);
        } else {
          expect(f).not.toContain('不課税（対象外） 小計');
        }
        // the total due
        expect(f).toContain(`ご請求金額（税込）${yen(inv.total)}`);
        expect(f).toContain(`合計（ご請求金額）${yen(inv.total)}`);
        // the bank account
        for (const b of p.bankAccounts) expect(f).toContain(`${b.bank}${b.branch}${b.type}${b.number}${b.holder}`);
        // page furniture
        expect(t.pages[0]).toContain('1 / 1');
        expect(t.info['Title']).toBe(`請求書 ${inv.invoiceNumber} ${c.source.legalName}`);
      });
    }
  }

  it('a late fee (第17条) is printed apart from the taxable lines, as non-taxable', async () => {
    const c = model.customers.find((x) => x.id === 'acme-logistics')!;
    const inv = computeInvoice(model, c, '2026-09');
    const late = inv.lines.filter((l) => l.kind === 'late-fee');
    expect(late.length).toBeGreaterThan(0);
    const f = flat((await pdfText(renderInvoice(ASSETS, model, c, '2026-09').bytes)).text);
    const apart = f.slice(f.indexOf('不課税（消費税の対象外：遅延損害金、第17条）'));
    for (const l of late) expect(apart).toContain(`${yen(l.amount)}対象外`);
  });
});

describe('invoice remarks', () => {
  it("the final invoice of a terminated contract carries billing's remarks (第6条)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-docs-'));
    cpSync(join(EXAMPLE, 'policies'), join(dir, 'policies'), { recursive: true });
    cpSync(join(EXAMPLE, 'customers'), join(dir, 'customers'), { recursive: true });
    const prov = join(dir, 'policies', 'provider.yaml');
    writeFileSync(prov, readFileSync(prov, 'utf8').replace('closedThrough: 2026-10', 'closedThrough: 2026-12'));
    const m = modelOf(dir);
    const c = m.customers.find((x) => x.id === 'kitanihon-seiki')!;
    const inv = computeInvoice(m, c, '2026-12');
    expect(inv.notes.length).toBeGreaterThan(0);
    const f = flat((await pdfText(renderInvoice(ASSETS, m, c, '2026-12').bytes)).text);
    expect(f).toContain('備考');
    for (const n of inv.notes) expect(f).toContain(n.slice(0, 20));
  });
});

describe('contract (利用契約内容確認書), example root', () => {
  const p = model.policies.provider;
  for (const c of model.customers) {
    it(`${c.id}: every item of issue 6 §2`, async () => {
      const fig = contractFigures(model, c);
      const doc = renderContract(ASSETS, model, c);
      const t = await pdfText(doc.bytes);
      const f = flat(t.text);
      const s = c.source;
      expect(t.pages.length).toBe(doc.pages);
      expect(doc.pages).toBeGreaterThanOrEqual(2);
      expect(doc.pages).toBeLessThanOrEqual(4);
      expect(f).toContain('利用契約内容確認書');
      // provider and customer
      for (const x of [p.name, p.address.text, p.phone, s.legalName, s.address.text, s.representative, s.phone, s.department, s.billing.recipient])
        expect(f).toContain(x);
      if (s.fax) expect(f).toContain(s.fax);
      for (const x of c.contacts.all) {
        expect(f).toContain(x.name);
        expect(f).toContain(x.email);
      }
      // service, plan and options with their fees from the tariff in force
      expect(f).toContain(p.serviceName);
      expect(f).toContain(`${c.plan.name}プラン`);
      for (const o of c.options) expect(f).toContain(o.name);
      // the initial fee apart from the monthly table, whose rows add up to the subtotal shown
      expect(f).toContain(`初期費用（初回のみ、第15条1項①）${yen(fig.initialFee)}（税抜）`);
      expect(fig.monthly.lines.reduce((s, l) => s + l.amount, 0)).toBe(fig.monthly.subtotal);
      expect(f).toContain(`月額利用料金 小計（税抜）${yen(fig.monthly.subtotal)}`);
      for (const l of fig.monthly.lines) expect(f).toContain(`${l.description}${l.quantity}${yen(l.unitPrice)}${yen(l.amount)}`);
      expect(f).toContain(`月額利用料金 合計（税込）${yen(fig.monthly.total)}`);
      expect(f).toContain(`${jaDate(fig.monthly.tariffEffectiveFrom)}改定の料金表`);
      // servers
      for (const sv of c.servers) expect(f).toContain(sv.source.hostname);
      // dates: 申込日, 契約成立日 (= 課金開始日), 最低利用期間 and its end
      expect(f).toContain(`申込日${jaDate(s.contract.appliedOn)}`);
      expect(f).toContain(`契約成立日（課金開始日）${jaDate(fig.establishedOn)}`);
      expect(f).toContain(`${jaDate(fig.establishedOn)}から${jaDate(fig.minimumPeriodEndsOn)}まで`);
      // terms edition
      expect(f).toContain(`第${c.termsEdition.edition}版`);
      // payment terms
      expect(f).toContain('作業完了月締め翌月末日');
      expect(f).toContain('銀行振込');
      expect(f).toContain('振込手数料等はお客様のご負担');
      for (const b of p.bankAccounts) expect(f).toContain(`${b.bank}${b.branch}${b.type}${b.number}${b.holder}`);
      // late-fee clause
      expect(f).toContain('年14.6%');
      expect(f).toContain('年365日の日割り計算');
      expect(f).toContain('円未満切捨て');
      // damages cap in yen (第23条)
      expect(f).toContain(`上限金額月額利用料金の1か月分（消費税抜き）。本書作成日現在の料金で ${yen(fig.damagesCap)}`);
      // monitoring consent (第9条)
      expect(f).toContain(`同意日${jaDate(s.contract.monitoringConsent!.agreedOn)}`);
      expect(f).toContain(`同意者${s.contract.monitoringConsent!.by}`);
      // prerequisites (仕様書1)
      for (const a of p.remoteAccess.rdpSourceAddresses) expect(f).toContain(a);
      expect(f).toContain(p.remoteAccess.operatorAccount);
      expect(f).toContain('インターネット接続');
      // helpdesk hours
      const h = model.policies.calendar.helpdesk;
      expect(f).toContain(`ヘルプデスク受付時間当社営業日 ${h.opens}〜${h.closes}`);
      // end date of a terminated contract
      if (fig.endsOn) expect(f).toContain(`サービス終了日${jaDate(fig.endsOn)}`);
      else expect(f).not.toContain('サービス終了日');
      // header and `page / pages` on every page
      t.pages.forEach((pg, i) => {
        expect(pg).toContain(`${i + 1} / ${t.pages.length}`);
        expect(pg).toContain('利用契約内容確認書（申込書）');
        expect(pg).toContain(`${s.legalName} 様`);
      });
    });
  }
});

describe('qpdf --check', () => {
  itWithTool('qpdf')('passes on every contract and invoice of the example root', () => {
    for (const c of model.customers) {
      expect(qpdfCheck(renderContract(ASSETS, model, c).bytes, `${c.id}-contract.pdf`)).toMatch(/No syntax or stream encoding errors/);
      for (const m of billedMonths(model, c)) {
        expect(qpdfCheck(renderInvoice(ASSETS, model, c, m).bytes, `${c.id}-${m}.pdf`)).toMatch(/No syntax or stream encoding errors/);
      }
    }
  });
});

describe('reproducible bytes (issue 6 §6)', () => {
  const tz = process.env['TZ'];
  afterEach(() => {
    vi.useRealTimers();
    if (tz === undefined) delete process.env['TZ'];
    else process.env['TZ'] = tz;
  });
  it('the same inputs give the same bytes under any TZ and clock; the dates come from the inputs', async () => {
    const c = model.customers.find((x) => x.id === 'kitanihon-seiki')!;
    const render = () => [renderContract(ASSETS, model, c).bytes, renderInvoice(ASSETS, model, c, '2026-10').bytes];
    const runs: Uint8Array[][] = [];
    for (const [zone, now] of [
      ['UTC', '2026-11-27T00:00:00Z'],
      ['Asia/Tokyo', '2031-05-01T23:59:59Z'],
      ['America/Los_Angeles', '2020-02-29T12:00:00Z'],
    ] as const) {
      process.env['TZ'] = zone;
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(now));
      runs.push(render());
      vi.useRealTimers();
    }
    for (const r of runs.slice(1)) {
      expect(Buffer.from(r[0]!).equals(Buffer.from(runs[0]![0]!))).toBe(true);
      expect(Buffer.from(r[1]!).equals(Buffer.from(runs[0]![1]!))).toBe(true);
    }
    // the invoice is dated its issue date (2026-11-02: the 1st is a Sunday; midnight in Japan), the contract its latest input date
    const inv = await pdfText(runs[0]![1]!);
    expect(inv.info['CreationDate']).toBe('D:20261101150000Z');
    expect(inv.info['ModDate']).toBe('D:20261101150000Z');
    const con = await pdfText(runs[0]![0]!);
    expect(con.info['CreationDate']).toBe('D:20261119150000Z'); // termination.noticedOn 2026-11-20
    const trailerId = (b: Uint8Array) => /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from(b).toString('latin1'))?.[1];
    expect(trailerId(runs[0]![1]!)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('the contract as a lawyer reads it (issue 13, item 6)', () => {
  const m = modelOf(EXAMPLE);
  const text = async (id: string) => (await pdfText(renderContract(ASSETS, m, m.customers.find((x) => x.id === id)!).bytes)).pages.join('\n');
  it('作成日, 準拠法・合意管轄 (第26条), a 記名押印 block for both parties', async () => {
    const f = await text('acme-logistics');
    expect(f).toContain('作成日：2026年7月1日'); // the latest date it records: 課金開始日
    expect(f).toContain('11. 準拠法・合意管轄（第26条）');
    expect(f).toContain('日本法を適用します');
    expect(f).toContain('東京地方裁判所または東京簡易裁判所');
    expect(f).toContain('専属的合意管轄裁判所とします');
    expect(f).toContain('記名押印');
    expect(f).toMatch(/記名押印\s*お客様\s*株式会社アクメ物流\s*代表者 山田 太郎\s*印\s*当社\s*株式会社ソリトンシステムズ\s*印/);
  });
  it('第9条: the monitoring tools and the data their setup collects', async () => {
    const f = await text('acme-logistics');
    expect(f).toContain('監視ツールDatadog Agent、Zabbix agent 2');
    for (const s of ['死活', 'Windowsイベントログ', 'VVAULTログ', 'VVAULTサービスの稼働状態', 'CPU使用率', 'ネットワーク負荷']) expect(f).toContain(s);
  });
  it('第2条: a contract made before the 2027-04 revision shows it with its new monthly fee; one ending before it does not', async () => {
    const acme = await text('acme-logistics');
    expect(acme).toContain('2027年4月1日実施（2027年1月15日告知）');
    expect(acme).toMatch(/同日以降の月額利用料金は ¥\d{2},\d{3}（税抜）/);
    expect(await text('kitanihon-seiki')).not.toContain('料金改定（告知済み）');
  });
  it("第23条: the damages cap is one month's fee, with today's figure", async () => {
    const f = await text('acme-logistics');
    expect(f).toContain('月額利用料金の1か月分（消費税抜き）。本書作成日現在の料金で ¥71,000');
  });
});
