/**
 * vmsc send against a REAL SMTP server on loopback (smtp-server), messages parsed back with mailparser.
 * Faults: 4xx replies, dropped connections, a permanent 5xx, a sender killed mid-way and resumed.
 * The ledger makes delivery exactly-once per customer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { simpleParser } from 'mailparser';
import type { AddressObject } from 'mailparser';
import { compile } from '../../src/driver/index.js';
import { revisionMessages } from '../../src/emit/notices/index.js';
import type { OutgoingMessage } from '../../src/emit/notices/index.js';
import { Ledger, ledgerPath, ledgerStates, readLedger, LedgerError } from '../../src/write/ledger.js';
import { EXAMPLE, REPO, readRoot, vmsc } from '../helpers.js';
import { REVISION, TODAY, assets, manyCustomersRoot, removeRoot } from '../notices/util.js';

/** the moment of every send below: the announcement day, 10:00 in Japan (a Friday) */
const NOW = '2027-01-15T10:00';
const SENDING = { at: { date: '2027-01-15', time: '10:00:00' } };
import { countByMessageId, startMx } from './smtp.js';
import type { FakeMx } from './smtp.js';

const roots: string[] = [];
const servers: FakeMx[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const r of roots) removeRoot(r);
});

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  roots.push(d);
  return d;
}

async function mx(opts: Parameters<typeof startMx>[0] = {}): Promise<FakeMx> {
  const s = await startMx(opts);
  servers.push(s);
  return s;
}

async function messagesOf(root: string): Promise<OutgoingMessage[]> {
  const r = compile(readRoot(root), { today: TODAY });
  if (!r.model) throw new Error('root does not compile');
  const rev = r.model.policies.revisions.find((x) => x.id === REVISION)!;
  return (await revisionMessages(r.model, assets(), rev, SENDING)).messages;
}

function send(root: string, state: string, url: string, extra: string[] = []) {
  return vmsc(['send', REVISION, '--root', root, '--state', state, '--now', NOW, ...extra], { env: { VMSC_SMTP_URL: url } });
}

const FAST = ['--backoff-ms', '5', '--rate', '0'];

function addresses(a: AddressObject | AddressObject[] | undefined): string[] {
  if (!a) return [];
  return (Array.isArray(a) ? a : [a]).flatMap((x) => x.value.map((v) => v.address ?? ''));
}

/** every expected message delivered exactly once, byte-identical to the rendered .eml */
function expectExactlyOnce(server: FakeMx, expected: readonly OutgoingMessage[]): void {
  const counts = countByMessageId(server.delivered);
  expect([...counts.keys()].sort()).toEqual(expected.map((m) => m.messageId).sort());
  for (const m of expected) expect(counts.get(m.messageId), `${m.customer} delivered ${counts.get(m.messageId)} times`).toBe(1);
  for (const d of server.delivered) {
    const m = expected.find((x) => x.messageId === d.messageId)!;
    expect(d.raw.equals(m.eml), `${m.customer}: received bytes differ from the .eml`).toBe(true);
    expect(d.rcpt.sort()).toEqual([...m.recipients].sort());
  }
}

describe('vmsc send: dry run, confirm, rerun (example root)', () => {
  it('dry run by default: prints per customer what would be sent, connects to nothing', async () => {
    const server = await mx();
    const state = tempDir('vmsc-state-');
    const r = await send(EXAMPLE, state, server.url);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('dry run: nothing is sent');
    expect(r.stdout).toContain('→ acme-logistics: would send (not sent yet)');
    expect(r.stdout).toContain(
      'Message-ID <notice.2027-04-tariff.acme-logistics@example.jp>, dated 2027-01-15T10:00:00+09:00, states the deadline 2027-02-28, to hanako.tanaka@acme.example.co.jp, ichiro.suzuki@acme.example.co.jp, keiri@acme.example.co.jp',
    );
    expect(r.stdout).toContain('→ minato-clinic: would send');
    expect(r.stdout).toContain('– kitanihon-seiki: not concerned');
    expect(r.stdout).toContain('would send 2 of 2 message(s)');
    expect(r.stdout).toContain('the mails are dated 2027-01-15T10:00:00+09:00');
    expect(r.stderr).toBe('');
    expect(server.dataCount).toBe(0);
    const early = await vmsc(['send', REVISION, '--root', EXAMPLE, '--state', state, '--now', '2027-01-10T10:00']);
    expect(early.code).toBe(0);
    expect(early.stderr).toContain('warning: sending on 2027-01-10, before the announcement date 2027-01-15');
    expect(existsSync(ledgerPath(state, REVISION))).toBe(false);
  });

  it('--confirm without a server URL is refused (never from a committed file)', async () => {
    const r = await vmsc(['send', REVISION, '--root', EXAMPLE, '--confirm', '--state', tempDir('vmsc-state-'), '--now', NOW], { env: {} });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no SMTP server: pass --smtp URL or set VMSC_SMTP_URL');
  });

  it('the example revision reaches exactly the customers active on its effective date, each with only its own addresses; a rerun sends nothing', async () => {
    const server = await mx();
    const state = tempDir('vmsc-state-');
    const expected = await messagesOf(EXAMPLE);
    expect(expected.map((m) => m.customer)).toEqual(['acme-logistics', 'minato-clinic']);
    const r = await vmsc(['send', REVISION, '--root', EXAMPLE, '--state', state, '--confirm', '--smtp', server.url, '--now', NOW]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ acme-logistics: accepted — 250 OK: queued as notice.2027-04-tariff.acme-logistics@example.jp');
    expect(r.stdout).toContain('2 sent, 0 already accepted, 0 failed');
    expectExactlyOnce(server, expected);

    const own: Record<string, string[]> = {
      'acme-logistics': ['hanako.tanaka@acme.example.co.jp', 'ichiro.suzuki@acme.example.co.jp', 'keiri@acme.example.co.jp'],
      'minato-clinic': ['oda@minato-kai.example.or.jp'],
    };
    for (const d of server.delivered) {
      const p = await simpleParser(d.raw);
      const customer = expected.find((m) => m.messageId === d.messageId)!.customer;
      expect([...addresses(p.to), ...addresses(p.cc), ...addresses(p.bcc)].sort()).toEqual([...own[customer]!].sort());
      expect(d.rcpt.sort()).toEqual([...own[customer]!].sort());
      expect(p.subject).toBe('【重要】VVAULTマネージド・サービス 利用料金改定のお知らせ');
    }
    const records = readLedger(ledgerPath(state, REVISION));
    expect(records.map((x) => `${x.type} ${x.customer}`).sort()).toEqual([
      'accepted acme-logistics',
      'accepted minato-clinic',
      'attempt acme-logistics',
      'attempt minato-clinic',
    ]);

    const again = await send(EXAMPLE, state, server.url, ['--confirm']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('= acme-logistics: already accepted earlier');
    expect(again.stdout).toContain('0 sent, 2 already accepted');
    expect(server.delivered.length).toBe(2);
    const dry = await send(EXAMPLE, state, server.url);
    expect(dry.stdout).toContain('would send 0 of 2 message(s)');
  });
});

describe('faults against the loopback server: every customer receives exactly one message', () => {
  let root: string;
  let expected: OutgoingMessage[];
  beforeAll(async () => {
    root = manyCustomersRoot(12);
    roots.push(root);
    expected = await messagesOf(root);
    expect(expected.length).toBe(14);
  });

  it('temporary 4xx replies on some messages are retried with backoff', async () => {
    const server = await mx({
      onData: ({ messageId, triesOfThis }) =>
        /cust-000[147]/.test(messageId) && triesOfThis <= 2 ? { code: 451, message: '4.3.0 try again later' } : 'accept',
    });
    const state = tempDir('vmsc-state-');
    const r = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('✓ cust-0001: accepted after 3 tries');
    expectExactlyOnce(server, expected);
    const deferred = readLedger(ledgerPath(state, REVISION)).filter((x) => x.type === 'deferred');
    expect(deferred.length).toBe(6);
    expect(deferred[0]!.code).toBe(451);
    expect(deferred[0]!.response).toContain('451 4.3.0 try again later');
  });

  it('a connection dropped during RCPT or after DATA is retried', async () => {
    const server = await mx({
      onRcpt: ({ n }) => (n === 3 || n === 11 ? 'drop' : 'accept'),
      onData: ({ n }) => (n === 5 ? 'drop' : 'accept'),
    });
    const state = tempDir('vmsc-state-');
    const r = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/accepted after 2 tries/);
    expectExactlyOnce(server, expected);
    expect(readLedger(ledgerPath(state, REVISION)).filter((x) => x.type === 'deferred').length).toBe(3);
  });

  it('a permanent 5xx is reported with the server reply, does not stop the others, and a rerun sends only it', async () => {
    let refuse = true;
    const server = await mx({
      onData: ({ messageId }) => (refuse && messageId.includes('cust-0003') ? { code: 550, message: '5.1.1 mailbox unavailable' } : 'accept'),
    });
    const state = tempDir('vmsc-state-');
    const r = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ cust-0003: FAILED (permanent) — 550 5.1.1 mailbox unavailable');
    expect(r.stdout).toContain('13 sent, 0 already accepted, 1 failed');
    expect(server.dataCount).toBe(14); // tried once: a 5xx is not retried
    expectExactlyOnce(
      server,
      expected.filter((m) => m.customer !== 'cust-0003'),
    );
    refuse = false;
    const again = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 sent, 13 already accepted, 0 failed');
    expectExactlyOnce(server, expected);
  });

  it('a recipient refused while the others accept: the message counts as delivered, the refusal is reported (exit 1)', async () => {
    const server = await mx({ onRcpt: ({ address }) => (address === 'sub@cust-0004.example.jp' ? { code: 550, message: '5.1.1 no such user' } : 'accept') });
    const state = tempDir('vmsc-state-');
    const r = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('REFUSED recipients: sub@cust-0004.example.jp');
    expect(r.stdout).toContain('14 sent, 0 already accepted, 0 failed, 0 in doubt (not sent), 1 with refused recipients');
    const got = server.delivered.find((d) => d.messageId.includes('cust-0004'))!;
    expect(got.rcpt).toEqual(['main@cust-0004.example.jp']);
    const rec = readLedger(ledgerPath(state, REVISION)).find((x) => x.type === 'accepted' && x.customer === 'cust-0004')!;
    expect(rec.rejected).toEqual(['sub@cust-0004.example.jp']);
  });

  it('temporary failures past --tries are reported (not lost) and sent by the next run', async () => {
    let down = true;
    const server = await mx({ onData: ({ messageId }) => (down && messageId.includes('cust-0002') ? { code: 421, message: '4.7.0 too busy' } : 'accept') });
    const state = tempDir('vmsc-state-');
    const r = await send(root, state, server.url, ['--confirm', '--tries', '3', ...FAST]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ cust-0002: FAILED after 3 tries (temporary) — 421 4.7.0 too busy');
    down = false;
    const again = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(again.code).toBe(0);
    expectExactlyOnce(server, expected);
  });

  it('in doubt (an attempt with no outcome): resent with the same Message-ID and bytes, or held back with --in-doubt skip', async () => {
    const server = await mx();
    const state = tempDir('vmsc-state-');
    const m = expected.find((x) => x.customer === 'cust-0005')!;
    mkdirSync(join(state, 'send'), { recursive: true });
    const attempt = {
      type: 'attempt',
      revision: REVISION,
      customer: m.customer,
      messageId: m.messageId,
      sha256: m.sha256,
      recipients: m.recipients,
      try: 1,
      at: '2027-01-15T00:00:00.000Z',
      pid: 999999,
    };
    writeFileSync(ledgerPath(state, REVISION), `${JSON.stringify(attempt)}\n{"type":"acc`); // + a torn last line
    const dry = await send(root, state, server.url);
    expect(dry.stdout).toContain('→ cust-0005: would send (in doubt (interrupted during delivery): resent with the same Message-ID and bytes)');
    const skip = await send(root, state, server.url, ['--confirm', '--in-doubt', 'skip', ...FAST]);
    expect(skip.code).toBe(1);
    expect(skip.stdout).toContain('? cust-0005: NOT SENT — in doubt (interrupted during delivery); --in-doubt skip');
    expect(countByMessageId(server.delivered).get(m.messageId)).toBeUndefined();
    const resend = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(resend.code).toBe(0);
    expect(resend.stdout).toContain('✓ cust-0005: accepted (resent: was in doubt)');
    expectExactlyOnce(server, expected);
  });
});

describe('a killed sender resumed by a second run', () => {
  let root: string;
  let expected: OutgoingMessage[];
  beforeAll(async () => {
    // the child runs the compiled CLI, which tests/global-setup.ts builds when dist/ is missing or stale
    root = manyCustomersRoot(30);
    roots.push(root);
    expected = await messagesOf(root);
    expect(expected.length).toBe(32);
  });

  /** spawns `node bin/vmsc.js send … --confirm`, SIGKILLs it when the server receives the `killAt`-th message */
  async function killedRun(state: string, connections: number, killAt: number): Promise<FakeMx> {
    let child: ReturnType<typeof spawn> | undefined;
    let killed = false;
    let dead = false;
    const server = await mx({
      onData: ({ n }) => {
        if (n >= killAt && !killed) {
          killed = true;
          child?.kill('SIGKILL');
        }
        // from the kill until the process is gone nothing is answered, so nothing of the dying run is kept
        return killed && !dead ? 'hold' : 'accept';
      },
    });
    child = spawn(
      process.execPath,
      [
        join(REPO, 'bin', 'vmsc.js'),
        'send',
        REVISION,
        '--root',
        root,
        '--state',
        state,
        '--confirm',
        '--connections',
        String(connections),
        '--rate',
        '0',
        '--backoff-ms',
        '5',
        '--now',
        NOW,
      ],
      { env: { ...process.env, VMSC_SMTP_URL: server.url }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child!.on('exit', (c, sig) => resolve(sig === 'SIGKILL' ? -9 : c)));
    dead = true;
    expect(code, `the sender should have been killed mid-way; it printed:\n${out}`).toBe(-9);
    return server;
  }

  it('SIGTERM (Ctrl-C): the sender finishes the messages in flight, starts no more, leaves nothing in doubt', async () => {
    const state = tempDir('vmsc-state-');
    let child: ReturnType<typeof spawn> | undefined;
    const server = await mx({
      onData: ({ n }) => {
        if (n === 5) child?.kill('SIGTERM');
        return 'accept';
      },
    });
    child = spawn(
      process.execPath,
      [join(REPO, 'bin', 'vmsc.js'), 'send', REVISION, '--root', root, '--state', state, '--confirm', '--connections', '1', '--rate', '0', '--now', NOW],
      { env: { ...process.env, VMSC_SMTP_URL: server.url }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child!.on('exit', (c) => resolve(c)));
    expect(code, out).toBe(1);
    expect(out).toContain('stopping after the messages in flight');
    expect(out).toMatch(/not started \(stopped\)/);
    const states = ledgerStates(readLedger(ledgerPath(state, REVISION)));
    expect([...states.values()].filter((s) => s.state === 'in-doubt')).toEqual([]);
    expect(server.delivered.length).toBeGreaterThanOrEqual(5);
    expect(server.delivered.length).toBeLessThan(expected.length);
    const r = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expectExactlyOnce(server, expected);
  });

  it('one connection: the interrupted message is in doubt, the rerun sends it and the rest, each exactly once', async () => {
    const state = tempDir('vmsc-state-');
    const server = await killedRun(state, 1, 12);
    expect(server.delivered.length).toBe(11);
    const states = ledgerStates(readLedger(ledgerPath(state, REVISION)));
    expect([...states.values()].filter((s) => s.state === 'accepted').length).toBe(11);
    expect([...states.values()].filter((s) => s.state === 'in-doubt').length).toBe(1);
    const held = [...states.entries()].find(([, s]) => s.state === 'in-doubt')![0];
    const r = await send(root, state, server.url, ['--confirm', ...FAST]);
    expect(r.code, r.stdout + r.stderr).toBe(0); // the dead sender's lock was taken over
    expect(r.stdout).toContain(`✓ ${held}: accepted (resent: was in doubt)`);
    expect(r.stdout).toContain('21 sent, 11 already accepted, 0 failed, 0 in doubt');
    expectExactlyOnce(server, expected);
  });

  it('three connections: every customer ends with exactly one message (one Message-ID, identical bytes)', async () => {
    const state = tempDir('vmsc-state-');
    const server = await killedRun(state, 3, 15);
    const before = ledgerStates(readLedger(ledgerPath(state, REVISION)));
    const inDoubt = [...before.entries()].filter(([, s]) => s.state === 'in-doubt').map(([c]) => c);
    expect(inDoubt.length).toBeGreaterThan(0); // the messages in flight at the kill
    expect(inDoubt.length).toBeLessThanOrEqual(3);
    const r = await send(root, state, server.url, ['--confirm', '--connections', '3', ...FAST]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    for (const c of inDoubt) expect(r.stdout).toContain(`✓ ${c}: accepted (resent: was in doubt)`);
    // One Message-ID per customer, every copy byte-identical. SMTP cannot tell a sender that died between the
    // server's 250 and its own fsync whether the message was taken, so such a message (and only such, reported
    // in doubt above) may reach the server twice as the SAME message; see docs/notices.md.
    const counts = countByMessageId(server.delivered);
    expect([...counts.keys()].sort()).toEqual(expected.map((m) => m.messageId).sort());
    for (const m of expected) {
      const n = counts.get(m.messageId)!;
      if (n > 1) expect(inDoubt, `${m.customer} received ${n} copies without being in doubt`).toContain(m.customer);
      for (const d of server.delivered.filter((x) => x.messageId === m.messageId)) expect(d.raw.equals(m.eml)).toBe(true);
    }
  });
});

describe('ledger', () => {
  it('refuses a second sender while the first is alive; takes over a lock whose process is gone', () => {
    const dir = tempDir('vmsc-ledger-');
    const p = ledgerPath(dir, REVISION);
    mkdirSync(join(dir, 'send'), { recursive: true });
    writeFileSync(`${p}.lock`, '1\n'); // pid 1 is always alive
    expect(() => Ledger.open(p)).toThrow(LedgerError);
    writeFileSync(`${p}.lock`, '999999\n'); // no such process
    const l = Ledger.open(p);
    l.close();
    expect(existsSync(`${p}.lock`)).toBe(false);
  });

  it('an unreadable line in the middle is an error; a torn last line is ignored', () => {
    const dir = tempDir('vmsc-ledger-');
    const p = join(dir, 'x.jsonl');
    const rec = { type: 'accepted', revision: 'r', customer: 'c', messageId: 'm', sha256: 's', recipients: [], try: 1, at: '', pid: 1 };
    writeFileSync(p, `${JSON.stringify(rec)}\n{"ty`);
    expect(readLedger(p).length).toBe(1);
    writeFileSync(p, `{"ty\n${JSON.stringify(rec)}\n`);
    expect(() => readLedger(p)).toThrow(/x\.jsonl:1: unreadable ledger line/);
    expect(readFileSync(p, 'utf8')).toContain('accepted');
  });
});
