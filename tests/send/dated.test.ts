/**
 * 第2条 / 民法548条の4: a notice is dated and checked on the day it really goes out. `vmsc send` against a
 * REAL loopback SMTP server (smtp-server), the received messages parsed back with mailparser.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { compile } from '../../src/driver/index.js';
import { revisionMessages } from '../../src/emit/notices/index.js';
import { ledgerPath, readLedger } from '../../src/write/ledger.js';
import { EXAMPLE, copyRoot, readRoot, vmsc } from '../helpers.js';
import { REVISION, TODAY, assets } from '../notices/util.js';
import { countByMessageId, sendScratch } from './smtp.js';

const { tempDir, keep, mx } = sendScratch('vmsc-dated-');

function send(root: string, state: string, url: string, now: string, extra: string[] = []) {
  return vmsc(['send', REVISION, '--root', root, '--state', state, '--now', now, '--rate', '0', '--backoff-ms', '5', ...extra], {
    env: { VMSC_SMTP_URL: url },
  });
}

describe('第2条: a notice is dated the day it is sent', () => {
  it('sent on announcedOn: Date:, 通知日 and the ledger carry that day and time', async () => {
    const server = await mx();
    const state = tempDir();
    const r = await send(EXAMPLE, state, server.url, '2027-01-15T10:00', ['--confirm']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(server.delivered.length).toBe(2);
    for (const d of server.delivered) {
      const p = await simpleParser(d.raw);
      expect(p.headers.get('date')).toBeDefined();
      expect(d.raw.toString('latin1')).toMatch(/^Date: Fri, 15 Jan 2027 10:00:00 \+0900\r$/m);
      expect(p.date?.toISOString()).toBe('2027-01-15T01:00:00.000Z');
      expect(p.text).toContain('通知日　: 2027年1月15日（本メールの送信日）');
      expect(p.text).toContain('終了通知は2027年2月28日までに当社へ到着する必要があります');
      expect(p.text).not.toContain('プレビュー');
      expect(p.headers.has('x-vmsc-preview')).toBe(false);
    }
    const accepted = readLedger(ledgerPath(state, REVISION)).filter((x) => x.type === 'accepted');
    expect(accepted.map((x) => [x.customer, x.sentAt, x.deadline]).sort()).toEqual([
      ['acme-logistics', '2027-01-15T10:00:00+09:00', '2027-02-28'],
      ['minato-clinic', '2027-01-15T10:00:00+09:00', '2027-02-28'],
    ]);
  });

  it('sent ten days later: the mail says so (Date:, 通知日), not the announcement date', async () => {
    const server = await mx();
    const r = await send(EXAMPLE, tempDir(), server.url, '2027-01-25T14:30', ['--confirm']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const p = await simpleParser(server.delivered[0]!.raw);
    expect(server.delivered[0]!.raw.toString('latin1')).toMatch(/^Date: Mon, 25 Jan 2027 14:30:00 \+0900\r$/m);
    expect(p.text).toContain('通知日　: 2027年1月25日（本メールの送信日）');
    expect(p.text).toContain('Web掲載日: 2027年1月15日');
  });

  it('sent on 2027-03-20 it is refused, nothing is sent, the message names the customers and the passed deadlines', async () => {
    const server = await mx();
    const state = tempDir();
    for (const extra of [[], ['--confirm']]) {
      const r = await send(EXAMPLE, state, server.url, '2027-03-20T10:00', extra);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('refused: nothing is sent.');
      expect(r.stderr).toContain(
        'sent on 2027-03-20, the notice comes 12 day(s) before the change on 2027-04-01; notices.minimumNoticeDays (policies/provider.yaml) is 60, so the last send date was 2027-01-31 — customers: acme-logistics, minato-clinic',
      );
      expect(r.stderr).toContain(
        'the mail tells acme-logistics, minato-clinic that a written notice to end the service on 2027-03-31, before the change, must arrive by 2027-02-28 (第6条1); that deadline has passed on 2027-03-20',
      );
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(server.dataCount).toBe(0);
    expect(readLedger(ledgerPath(state, REVISION))).toEqual([]);
  });

  it('one day past the minimum notice period is refused; the last allowed day is not', async () => {
    const server = await mx();
    const late = await send(EXAMPLE, tempDir(), server.url, '2027-02-01T09:00');
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('the notice comes 59 day(s) before the change');
    expect(late.stderr).not.toContain('deadline has passed');
    const last = await send(EXAMPLE, tempDir(), server.url, '2027-01-31T23:59');
    expect(last.code, last.stderr).toBe(0);
  });

  it('a message left in doubt is resent the next day with its first date: the same bytes, one Message-ID', async () => {
    const server = await mx();
    const state = tempDir();
    const model = compile(readRoot(EXAMPLE), { today: TODAY }).model!;
    const revision = model.policies.revisions[0]!;
    const first = (await revisionMessages(model, assets(), revision, { at: { date: '2027-01-15', time: '10:00:00' } })).messages;
    const acme = first.find((m) => m.customer === 'acme-logistics')!;
    mkdirSync(join(state, 'send'), { recursive: true });
    const attempt = {
      type: 'attempt',
      revision: REVISION,
      customer: acme.customer,
      messageId: acme.messageId,
      sha256: acme.sha256,
      recipients: acme.recipients,
      sentAt: '2027-01-15T10:00:00+09:00',
      deadline: '2027-02-28',
      try: 1,
      at: '2027-01-15T01:00:00.000Z',
      pid: 999999,
    };
    writeFileSync(ledgerPath(state, REVISION), `${JSON.stringify(attempt)}\n`);
    const r = await send(EXAMPLE, state, server.url, '2027-01-16T09:30', ['--confirm']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ acme-logistics: accepted (resent: was in doubt)');
    const got = server.delivered.find((d) => d.messageId === acme.messageId)!;
    expect(got.raw.equals(acme.eml)).toBe(true);
    const minato = server.delivered.find((d) => d.messageId.includes('minato-clinic'))!;
    expect(minato.raw.toString('latin1')).toMatch(/^Date: Sat, 16 Jan 2027 09:30:00 \+0900\r$/m);
    expect([...countByMessageId(server.delivered).values()]).toEqual([1, 1]);
  });
});

describe('a message that may already have arrived keeps its date; one the server refused is dated anew', () => {
  it.each([
    ['the connection dropped after DATA (no reply): resent with its first date, the same bytes', undefined, true],
    ['the server answered 451 (not taken): resent dated the new day', 451, false],
  ])('%s', async (_name, code, same) => {
    const server = await mx();
    const state = tempDir();
    const model = compile(readRoot(EXAMPLE), { today: TODAY }).model!;
    const first = (await revisionMessages(model, assets(), model.policies.revisions[0]!, { at: { date: '2027-01-15', time: '10:00:00' } })).messages;
    const acme = first.find((m) => m.customer === 'acme-logistics')!;
    const base = {
      revision: REVISION,
      customer: acme.customer,
      messageId: acme.messageId,
      sha256: acme.sha256,
      recipients: acme.recipients,
      sentAt: '2027-01-15T10:00:00+09:00',
      try: 1,
      at: '2027-01-15T01:00:00.000Z',
      pid: 999999,
    };
    const failed = { ...base, type: 'failed', response: code ? `${code} 4.3.0 try later` : 'Connection closed unexpectedly', ...(code ? { code } : {}) };
    mkdirSync(join(state, 'send'), { recursive: true });
    writeFileSync(ledgerPath(state, REVISION), `${JSON.stringify({ ...base, type: 'attempt' })}\n${JSON.stringify(failed)}\n`);
    const r = await send(EXAMPLE, state, server.url, '2027-01-16T09:30', ['--confirm']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const got = server.delivered.find((d) => d.messageId === acme.messageId)!;
    expect(got.raw.equals(acme.eml)).toBe(same);
    expect(got.raw.toString('latin1')).toMatch(same ? /^Date: Fri, 15 Jan 2027 10:00:00 \+0900\r$/m : /^Date: Sat, 16 Jan 2027 09:30:00 \+0900\r$/m);
  });
});

describe('who is notified', () => {
  it('a contract applied for after announcedOn is not sent a notice of a change it was made under', async () => {
    const root = copyRoot(EXAMPLE);
    keep(root);
    const file = join(root, 'customers', 'minato-clinic.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('appliedOn: 2026-10-02', 'appliedOn: 2027-01-20')
        .replace('billingStartsOn: 2026-10-16', 'billingStartsOn: 2027-02-01')
        .replace('agreedOn: 2026-10-02', 'agreedOn: 2027-01-20'),
    );
    const r = await vmsc(['send', REVISION, '--root', root, '--state', tempDir(), '--now', '2027-01-25T10:00']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('→ acme-logistics: would send');
    expect(r.stdout).toContain('– minato-clinic: not concerned (申込日 2027-01-20 が告知日 2027-01-15 より後のため、本改定を承知のうえで契約済み)');
    expect(r.stdout).toContain('would send 1 of 1 message(s)');
  });
});
