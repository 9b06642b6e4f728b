/**
 * Wording a customer can act on (第2条, 第5条2, 第6条1, 第11条): where and how the written notice goes (a policy,
 * never a guess), the minimum-period rule, a deadline on a closed day, each contact under its own role, a
 * polite close; the work-completion mail says how to report the result.
 */
import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { revisionMessages, workCompletionMessages } from '../../src/emit/notices/index.js';
import type { Edit } from './util.js';
import { MINATO, REVISION, assets, model } from './util.js';

const PROVIDER = 'policies/provider.yaml';
const written = (emailAccepted: boolean): Edit => ({
  file: PROVIDER,
  set: [[['notices', 'writtenNotice'], { recipient: '契約窓口', emailAccepted, ...(emailAccepted ? { email: 'contract@example.jp' } : {}) }]],
});

async function noticeText(edits: Edit[], customer: string, at?: string): Promise<string> {
  const m = model(edits);
  const r = m.policies.revisions.find((x) => x.id === REVISION)!;
  const { messages } = await revisionMessages(m, assets(), r, at ? { at: { date: at, time: '10:00:00' } } : undefined);
  const msg = messages.find((x) => x.customer === customer);
  if (!msg) throw new Error(`${customer} is not notified`);
  return (await simpleParser(msg.eml)).text ?? '';
}

describe('第6条1 / 第5条2: how and by when to send the written notice', () => {
  it('the address and whether e-mail counts as 書面 come from provider.yaml notices.writtenNotice', async () => {
    const byMail = await noticeText([written(true)], 'acme-logistics');
    expect(byMail).toContain('書面の送付先: 株式会社ソリトンシステムズ 契約窓口');
    expect(byMail).toContain('〒160-0022 東京都新宿区新宿2-4-3');
    expect(byMail).toContain('電子メールでのご通知も書面として受け付けます: contract@example.jp');
    const byPost = await noticeText([written(false)], 'acme-logistics');
    expect(byPost).toContain('電子メールでのご通知は書面として受け付けておりません。郵送にてお送りください。');
    expect(byPost).not.toContain('contract@example.jp');
    const unset = await noticeText([], 'acme-logistics');
    expect(unset).not.toContain('書面の送付先');
    expect(unset).not.toContain('電子メールでのご通知');
  });

  it('第5条2: a customer whose minimum period ends on the last day before the change is told the 2-week rule, not 第6条', async () => {
    const edits: Edit[] = [
      {
        file: MINATO,
        set: [
          [['contract', 'appliedOn'], '2027-01-05'],
          [['contract', 'billingStartsOn'], '2027-03-10'],
          [['contract', 'monitoringConsent', 'agreedOn'], '2027-01-05'],
        ],
      },
    ];
    const t = await noticeText(edits, 'minato-clinic', '2027-01-15');
    expect(t).toContain('2027年3月31日まで最低利用期間（利用約款第5条第1項）の内にあります');
    expect(t).toContain('利用約款第5条第2項に基づき、解約日の2週間前までに書面による');
    expect(t).toContain('解約通知は2027年3月17日までに当社へ到着する必要があります');
    expect(t).not.toContain('利用約款第6条に基づき');
    expect(t).not.toContain('当社休業日'); // 2027-03-17 is a Wednesday
  });

  it('a deadline on a closed day says so and names the last open day before it', async () => {
    const t = await noticeText([], 'acme-logistics');
    expect(t).toContain('終了通知は2027年2月28日までに当社へ到着する必要があります');
    expect(t).toContain('※ 2027年2月28日は当社休業日（日曜日）です。郵送の場合は、前営業日の');
    expect(t).toContain('2027年2月26日までに到着するようお送りください');
  });
});

describe('addressing and tone', () => {
  it('each contact is listed under its own roles; the contract department only with the contract contact', async () => {
    const t = await noticeText([], 'acme-logistics');
    expect(t).toContain('株式会社アクメ物流\nご契約担当（情報システム部）・技術担当　田中 花子 様\n技術担当　鈴木 一郎 様\nご請求担当　佐藤 経理 様\n');
  });

  it('the notice closes politely', async () => {
    const t = await noticeText([], 'minato-clinic');
    expect(t).toContain('何卒ご理解賜りますようお願い申し上げます。');
    expect(t).toContain('今後ともよろしくお願い申し上げます。');
  });

  it('第11条2: the work-completion mail says to reply to it, and that a reply on a closed deadline day is received', async () => {
    // sent on Sunday 2027-01-10: the deadline is Sunday 2027-01-17
    const m = model([]);
    const acme = m.customers.find((c) => c.id === 'acme-logistics')!;
    const [mail] = await workCompletionMessages(m, assets(), acme, { at: { date: '2027-01-10', time: '11:00:00' } }, new Set(['wo-2026-001']));
    const t = (await simpleParser(mail!.eml)).text ?? '';
    expect(t).toContain('確認結果は、本メールにご返信いただく形でお知らせください');
    expect(t).toContain('確認期限　　　　: 2027年1月17日');
    expect(t).toContain('※ 確認期限の日は当社休業日（日曜日）ですが、本メールへのご返信は休業日も受け付けております。');
    expect(t).toContain('今後ともよろしくお願い申し上げます。');
    expect(mail!.eml.toString('latin1')).toMatch(/^Reply-To: support@example\.jp\r$/m);
  });
});
