/**
 * 第11条: `vmsc send work` sends the 作業完了メール of completed work orders, dated the day it is sent; the
 * 瑕疵確認期限 runs from that day (the mail's receipt); `vmsc work` tells each work order's state. Against a
 * REAL loopback SMTP server (smtp-server), the received messages parsed back with mailparser.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { ledgerPath, readLedger } from '../../src/write/ledger.js';
import { EXAMPLE, copyRoot, vmsc } from '../helpers.js';
import { countByMessageId, sendScratch } from './smtp.js';

const { tempDir, keep, mx } = sendScratch('vmsc-work-');

const FAST = ['--rate', '0', '--backoff-ms', '5'];

function sendWork(root: string, state: string, url: string, now: string, extra: string[] = []) {
  return vmsc(['send', 'work', ...extra, '--root', root, '--state', state, '--now', now, ...FAST], { env: { VMSC_SMTP_URL: url } });
}

function work(root: string, state: string, today: string, extra: string[] = []) {
  return vmsc(['work', '--root', root, '--state', state, '--today', today, ...extra]);
}

/** an editable copy of the example whose acme-logistics file is changed by `edit` */
function rootWith(edit: (acme: string) => string): string {
  const root = copyRoot(EXAMPLE);
  keep(root);
  const file = join(root, 'customers', 'acme-logistics.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return root;
}

describe('第11条2: the 瑕疵確認期限 runs from the day the mail is sent', () => {
  it('sent on a Friday: the deadline is the next Friday, stated in the body, and the ledger shows it; after it, deemed complete', async () => {
    const server = await mx();
    const state = tempDir();
    const dry = await sendWork(EXAMPLE, state, server.url, '2027-01-15T16:00', ['wo-2026-001']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('→ acme-logistics/wo-2026-001: would send (not sent yet)');
    expect(dry.stdout).toContain('dated 2027-01-15T16:00:00+09:00, states the deadline 2027-01-22');
    expect(server.dataCount).toBe(0);

    const r = await sendWork(EXAMPLE, state, server.url, '2027-01-15T16:00', ['wo-2026-001', '--confirm']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ acme-logistics/wo-2026-001: accepted — 250 OK: queued as work.wo-2026-001.acme-logistics@example.jp');
    expect(server.delivered.length).toBe(1);
    const d = server.delivered[0]!;
    expect(d.raw.toString('latin1')).toMatch(/^Date: Fri, 15 Jan 2027 16:00:00 \+0900\r$/m);
    const p = await simpleParser(d.raw);
    expect(p.subject).toBe('【作業完了のご報告】ディスク増設設定（FS01 Dドライブ 2TB→4TB）');
    expect(p.text).toContain('本メールの送信日: 2027年1月15日');
    expect(p.text).toContain('確認期限　　　　: 2027年1月22日（受領日の翌日から数えて1週間）');
    expect(p.text).toContain('本メールにご返信いただく形でお知らせください');
    expect(p.text).not.toContain('プレビュー');
    expect(p.html).toContain('<strong>2027年1月22日</strong>');
    expect(d.rcpt.sort()).toEqual(['hanako.tanaka@acme.example.co.jp', 'ichiro.suzuki@acme.example.co.jp', 'keiri@acme.example.co.jp']);

    const records = readLedger(ledgerPath(state, 'work'));
    const accepted = records.filter((x) => x.type === 'accepted');
    expect(accepted.map((x) => ({ customer: x.customer, workOrder: x.workOrder, sentAt: x.sentAt, deadline: x.deadline }))).toEqual([
      { customer: 'acme-logistics', workOrder: 'wo-2026-001', sentAt: '2027-01-15T16:00:00+09:00', deadline: '2027-01-22' },
    ]);

    const onDeadline = await work(EXAMPLE, state, '2027-01-22');
    expect(onDeadline.code, onDeadline.stderr).toBe(0);
    expect(onDeadline.stdout).toContain(
      "acme-logistics/wo-2026-001: completed 2026-07-20; mailed 2027-01-15; 確認期限 2027-01-22; awaiting the customer's check (第11条2)",
    );
    expect(onDeadline.stdout).toContain('acme-logistics/wo-2026-002: completed 2026-09-10; completion mail not sent yet (vmsc send work)');
    const after = await work(EXAMPLE, state, '2027-01-23');
    expect(after.stdout).toContain(
      'acme-logistics/wo-2026-001: completed 2026-07-20; mailed 2027-01-15; 確認期限 2027-01-22; deemed complete (第11条4): no defect reported by 2027-01-22',
    );
    const json = JSON.parse((await work(EXAMPLE, state, '2027-01-23', ['--format', 'json'])).stdout) as {
      workOrders: Array<{ id: string; state: string; deadline?: string; mailing?: { on: string } }>;
    };
    expect(json.workOrders.find((w) => w.id === 'wo-2026-001')).toMatchObject({
      state: 'deemed-complete',
      deadline: '2027-01-22',
      mailing: { on: '2027-01-15' },
    });

    // without names: the order not sent yet goes, the accepted one is not sent again
    const rest = await sendWork(EXAMPLE, state, server.url, '2027-01-18T10:00', ['--confirm']);
    expect(rest.code, rest.stdout + rest.stderr).toBe(0);
    expect(rest.stdout).toContain('= acme-logistics/wo-2026-001: already accepted earlier');
    expect(rest.stdout).toContain('✓ acme-logistics/wo-2026-002: accepted');
    expect(rest.stdout).toContain('1 sent, 1 already accepted, 0 failed');
    expect([...countByMessageId(server.delivered).values()]).toEqual([1, 1]);
    const second = await simpleParser(server.delivered[1]!.raw);
    expect(second.text).toContain('確認期限　　　　: 2027年1月25日'); // Monday → Monday
  });

  it('a defect reported within the week is not deemed complete; a confirmation completes the work', async () => {
    const state = tempDir();
    const reported = rootWith((y) =>
      y.replace('    completedOn: 2026-07-20\n', '    completedOn: 2026-07-20\n    mailedOn: 2026-07-20\n    defectReportedOn: 2026-07-24\n'),
    );
    const r = await work(reported, state, '2026-08-30', ['--customer', 'acme-logistics']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'acme-logistics/wo-2026-001: completed 2026-07-20; mailed 2026-07-20 (by hand); 確認期限 2026-07-27; defect reported 2026-07-24 (第11条3): no rework order yet',
    );
    const confirmed = rootWith((y) =>
      y.replace('    completedOn: 2026-07-20\n', '    completedOn: 2026-07-20\n    mailedOn: 2026-07-20\n    confirmedOn: 2026-07-21\n'),
    );
    expect((await work(confirmed, state, '2026-07-22')).stdout).toContain('complete: confirmed by the customer on 2026-07-21 (第11条4)');
  });

  it('a mail sent by hand (mailedOn) is not sent again; an unknown work order is a clear error', async () => {
    const server = await mx();
    const state = tempDir();
    const root = rootWith((y) => y.replace('    completedOn: 2026-07-20\n', '    completedOn: 2026-07-20\n    mailedOn: 2026-07-20\n'));
    const r = await sendWork(root, state, server.url, '2027-01-15T16:00');
    expect(r.stdout).toContain('– acme-logistics/wo-2026-001: completion mail sent by hand on 2026-07-20 (mailedOn); not sent');
    expect(r.stdout).toContain('would send 1 of 1 message(s)');
    const bad = await sendWork(root, state, server.url, '2027-01-15T16:00', ['wo-2026-01']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no work order "wo-2026-01" in customers/');
    expect(bad.stderr).toContain('did you mean');
    const asRevision = await vmsc(['send', 'wo-2026-002', '--root', root, '--state', state, '--now', '2027-01-15T16:00']);
    expect(asRevision.code).toBe(1);
    expect(asRevision.stderr).toContain('"wo-2026-002" is a work order, not a revision');
    expect(asRevision.stderr).toContain('vmsc send work wo-2026-002');
    expect(server.dataCount).toBe(0);
  });
});

describe('第11条3: a rework sends the 瑕疵修正 completion mail', () => {
  it('reworkOf names the work order; the mail says what was fixed, with its own deadline; vmsc work shows the fix', async () => {
    const server = await mx();
    const state = tempDir();
    const root = rootWith((y) =>
      y.replace('    completedOn: 2026-07-20\n', '    completedOn: 2026-07-20\n    mailedOn: 2026-07-20\n    defectReportedOn: 2026-07-23\n').replace(
        'payments:',
        `  - id: wo-2026-003
    description: ディスク増設設定の修正（クォータ設定の漏れ）
    server: fs01
    amount: 0
    completedOn: 2026-07-29
    reworkOf: wo-2026-001
payments:`,
      ),
    );
    const r = await sendWork(root, state, server.url, '2026-07-29T17:00', ['acme-logistics/wo-2026-003', '--confirm']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(server.delivered.length).toBe(1);
    const p = await simpleParser(server.delivered[0]!.raw);
    expect(p.subject).toBe('【瑕疵修正 作業完了のご報告】ディスク増設設定の修正（クォータ設定の漏れ）');
    expect(p.text).toContain('利用約款第11条第3項に基づきご報告いたします');
    expect(p.text).toContain('  作業番号　: wo-2026-001');
    expect(p.text).toContain('  瑕疵のご通知: 2026年7月23日');
    expect(p.text).toContain('確認期限　　　　: 2026年8月5日'); // Wednesday → Wednesday
    const w = await work(root, state, '2026-08-10');
    expect(w.stdout).toContain('defect reported 2026-07-23, fixed by wo-2026-003 (completed 2026-07-29, 第11条3)');
    expect(w.stdout).toContain('acme-logistics/wo-2026-003: completed 2026-07-29; mailed 2026-07-29; 確認期限 2026-08-05; deemed complete (第11条4)');
    expect(w.stdout).toContain('(rework of wo-2026-001)');
  });
});
