/**
 * The mails shown in docs/mail/ are the ones vmsc really sends: the repository's sample root sent through
 * `vmsc send` to a REAL loopback SMTP server, the received bytes kept as .eml and their text part (decoded
 * with mailparser) as .txt. `npm run test:update` rewrites them; review the diff as the customer would read it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { simpleParser } from 'mailparser';
import { REPO, vmsc } from '../helpers.js';
import { expectGolden } from '../golden.js';
import { removeRoot } from '../notices/util.js';
import { startMx } from './smtp.js';
import type { FakeMx } from './smtp.js';

const DOCS = join(REPO, 'docs', 'mail');
const dirs: string[] = [];
const servers: FakeMx[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of dirs) removeRoot(d);
});

async function sentMail(args: string[], messageId: string): Promise<Buffer> {
  const server = await startMx();
  servers.push(server);
  const state = mkdtempSync(join(tmpdir(), 'vmsc-docs-'));
  dirs.push(state);
  const r = await vmsc(['send', ...args, '--root', REPO, '--state', state, '--confirm', '--rate', '0'], { env: { VMSC_SMTP_URL: server.url } });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const d = server.delivered.find((x) => x.messageId === messageId);
  expect(d, `${messageId} was not delivered`).toBeDefined();
  return d!.raw;
}

describe('docs/mail: one notice and one work-completion mail as sent', () => {
  it('the tariff notice to acme-logistics, sent on the announcement day', async () => {
    const raw = await sentMail(['2027-04-tariff', '--now', '2027-01-15T10:00'], 'notice.2027-04-tariff.acme-logistics@example.jp');
    expectGolden(join(DOCS, 'notice-2027-04-tariff-acme-logistics.eml'), raw);
    expectGolden(join(DOCS, 'notice-2027-04-tariff-acme-logistics.txt'), (await simpleParser(raw)).text ?? '');
  });

  it('the 瑕疵修正 completion mail of hokuriku-kensetsu wo-2026-104, sent on a Friday', async () => {
    const raw = await sentMail(['work', 'hokuriku-kensetsu/wo-2026-104', '--now', '2026-11-27T16:00'], 'work.wo-2026-104.hokuriku-kensetsu@example.jp');
    const text = (await simpleParser(raw)).text ?? '';
    expect(text).toContain('確認期限　　　　: 2026年12月4日'); // Friday → the next Friday
    expectGolden(join(DOCS, 'work-wo-2026-104-hokuriku-kensetsu.eml'), raw);
    expectGolden(join(DOCS, 'work-wo-2026-104-hokuriku-kensetsu.txt'), text);
  });
});
