/**
 * Running the real Alertmanager (Debian's prometheus-alertmanager) on a generated configuration against a real
 * SMTP server on loopback: shared by tests/routing/alertmanager-e2e.test.ts and tests/hostile/.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { tool } from '../tools.js';
import type { Model } from '../../src/model/model.js';
import { routingArtifacts } from '../../src/emit/routing/index.js';
import { MAIL_TEMPLATE_FILE, MAIL_TEMPLATE_PATH } from '../../src/emit/routing/mail-template.js';

export interface Mail {
  rcpt: string[];
  text: string;
  parsed: ParsedMail;
}

/** the files out/routing/ holds beside alertmanager.yml that it reads (the mail template), by file name */
export function routingFiles(model: Model): Record<string, string> {
  const a = routingArtifacts(model).find((x) => x.path === MAIL_TEMPLATE_PATH);
  if (!a || typeof a.data !== 'string') throw new Error(`no ${MAIL_TEMPLATE_PATH}`);
  return { [MAIL_TEMPLATE_FILE]: a.data };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

export async function until(ok: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await ok()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return ok();
}

/** an SMTP server on loopback that parses every mail it gets (mailparser) into `mails` */
export async function startSmtp(mails: Mail[]): Promise<{ port: number; close(): Promise<void> }> {
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const rcpt = session.envelope.rcptTo.map((r) => r.address);
        simpleParser(Buffer.concat(chunks))
          .then((m) => {
            mails.push({ rcpt, text: `${m.subject ?? ''}\n${m.text ?? ''}\n${typeof m.html === 'string' ? m.html : ''}`, parsed: m });
            cb();
          })
          .catch((e: Error) => cb(e));
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', () => r()));
  return { port: (smtp.server.address() as AddressInfo).port, close: () => new Promise<void>((r) => smtp.close(() => r())) };
}

/**
 * the real Alertmanager on `yaml`, ready to take alerts at `api`; `files` are written beside it (e.g. the mail
 * template it names: `routingFiles(model)`)
 */
export async function startAlertmanager(yaml: string, files: Record<string, string> = {}): Promise<{ api: string; log(): string; stop(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-am-'));
  writeFileSync(join(dir, 'alertmanager.yml'), yaml);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const port = await freePort();
  const api = `http://127.0.0.1:${port}`;
  let log = '';
  const am: ChildProcess = spawn(
    tool('prometheus-alertmanager'),
    [
      `--config.file=${join(dir, 'alertmanager.yml')}`,
      `--storage.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  am.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  am.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const ready = await until(async () => {
    try {
      return (await fetch(`${api}/-/ready`)).ok;
    } catch {
      return false;
    }
  }, 15_000);
  if (!ready) {
    am.kill('SIGTERM');
    throw new Error(`Alertmanager did not start: ${log.slice(-2000)}`);
  }
  return { api, log: () => log, stop: () => am.kill('SIGTERM') };
}
