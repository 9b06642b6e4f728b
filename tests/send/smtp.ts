/**
 * A real SMTP server on loopback (smtp-server) that stores what it accepts, with fault hooks:
 * per-message replies (4xx/5xx), dropped connections, and a "hold" that never answers a message.
 * A message counts as delivered only once the server has answered 250 to its DATA.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Delivered {
  from: string;
  rcpt: string[];
  raw: Buffer;
  messageId: string;
}

/** what to do with the n-th DATA (1-based, over the server's life) of a message with this Message-ID */
export type DataAction = 'accept' | 'hold' | 'drop' | { code: number; message: string };

export interface FakeMx {
  port: number;
  url: string;
  delivered: Delivered[];
  /** number of DATA commands completed (whatever the answer) */
  dataCount: number;
  close(): Promise<void>;
}

export interface MxOptions {
  onData?: (info: { messageId: string; rcpt: string[]; n: number; triesOfThis: number }) => DataAction;
  onRcpt?: (info: { address: string; n: number }) => 'accept' | 'drop' | { code: number; message: string };
}

function smtpError(code: number, message: string): Error {
  const e = new Error(message) as Error & { responseCode: number };
  e.responseCode = code;
  return e;
}

export async function startMx(opts: MxOptions = {}): Promise<FakeMx> {
  const sockets = new Map<string, Socket>();
  const tries = new Map<string, number>();
  let rcptN = 0;
  const mx: FakeMx = { port: 0, url: '', delivered: [], dataCount: 0, close: async () => {} };
  const drop = (session: SMTPServerSession) => sockets.get(`${session.remoteAddress}:${session.remotePort}`)?.destroy();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, session, cb) {
      const a = opts.onRcpt?.({ address: address.address, n: ++rcptN }) ?? 'accept';
      if (a === 'drop') {
        drop(session);
        return;
      }
      if (a !== 'accept') return cb(smtpError(a.code, a.message));
      cb();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const head = raw.toString('latin1', 0, Math.min(raw.length, 4000));
        const messageId = /^Message-ID:\s*<([^>]+)>/im.exec(head)?.[1] ?? '';
        const rcpt = session.envelope.rcptTo.map((r) => r.address);
        mx.dataCount++;
        const t = (tries.get(messageId) ?? 0) + 1;
        tries.set(messageId, t);
        const a = opts.onData?.({ messageId, rcpt, n: mx.dataCount, triesOfThis: t }) ?? 'accept';
        if (a === 'hold') return; // never answered: the client cannot know; the message is not kept
        if (a === 'drop') {
          drop(session);
          return;
        }
        if (a !== 'accept') return cb(smtpError(a.code, a.message));
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        mx.delivered.push({ from, rcpt, raw, messageId });
        cb(null, 'OK: queued as ' + messageId);
      });
    },
  });
  server.on('error', () => {}); // connection errors (a killed client resets its sockets) are expected here
  server.server.on('connection', (s: Socket) => {
    const key = `${s.remoteAddress}:${s.remotePort}`;
    sockets.set(key, s);
    s.on('error', () => {}); // a client killed mid-transaction resets the connection: expected here
    s.on('close', () => sockets.delete(key));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  mx.port = (server.server.address() as AddressInfo).port;
  mx.url = `smtp://127.0.0.1:${mx.port}`;
  mx.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets.values()) s.destroy();
      server.close(() => resolve());
    });
  return mx;
}

/** deliveries per Message-ID */
export function countByMessageId(d: readonly Delivered[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of d) m.set(x.messageId, (m.get(x.messageId) ?? 0) + 1);
  return m;
}

/**
 * Per test file: temporary folders and loopback SMTP servers, all removed or closed after the file's tests
 * (registers an afterAll hook; call it at the top level of the file).
 */
export function sendScratch(prefix: string): { tempDir(): string; keep(dir: string): void; mx(opts?: MxOptions): Promise<FakeMx> } {
  const dirs: string[] = [];
  const servers: FakeMx[] = [];
  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return {
    tempDir() {
      const d = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(d);
      return d;
    },
    /** removes dir with the others (e.g. a copied root) */
    keep(dir) {
      dirs.push(dir);
    },
    async mx(opts) {
      const s = await startMx(opts);
      servers.push(s);
      return s;
    },
  };
}
