// Bench: notices for 1,000 customers — rendering (.eml per customer) and SMTP delivery to a loopback server
// (smtp-server), through the real sender (pooled nodemailer + fsync'd ledger). Target: >= 50 messages/s.
// Standalone: node bench/notices.mjs   (imports compiled code from dist/: npx tsc -p tsconfig.build.json)
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SMTPServer } from 'smtp-server';
import { compile } from '../dist/driver/index.js';
import { readRoot, readAssets } from '../dist/cli/host.js';
import { revisionMessages } from '../dist/emit/notices/index.js';
import { Ledger, ledgerPath } from '../dist/write/ledger.js';
import { sendMessages } from '../dist/send/sender.js';

const here = dirname(fileURLToPath(import.meta.url));
const EXAMPLE = join(here, '..', '..', 'shared', 'spec', 'example');
const N = Number(process.env.BENCH_CUSTOMERS ?? 1000);
const REVISION = '2027-04-tariff';

function customerYaml(i) {
  const id = `cust-${String(i).padStart(4, '0')}`;
  const servers = (i % 2) + 1;
  let srv = '';
  for (let k = 1; k <= servers; k++) {
    srv += `  - id: fs0${k}\n    hostname: C${String(i).padStart(4, '0')}-FS0${k}\n    environment: aws\n    os: Windows Server 2022\n    vvaultVersion: "7.2"\n    storage:\n      - { id: master, kind: local, path: "D:\\\\", role: master }\n`;
  }
  return `id: ${id}\nlegalName: 株式会社テスト${i}\naddress: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-${i} }\nrepresentative: 代表 ${i}\nphone: "03-1234-5678"\ndepartment: 情報システム部\ncontacts:\n  - id: main\n    name: 担当 ${i}\n    email: main@${id}.example.jp\n    roles: [primary, technical, billing]\n  - id: sub\n    name: 副担当 ${i}\n    email: sub@${id}.example.jp\n    roles: [technical]\nbilling:\n  recipient: 株式会社テスト${i} 御中\n  address: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-${i} }\ncontract:\n  appliedOn: 2026-05-01\n  billingStartsOn: 2026-06-01\n  termsEdition: 4\n  plan: ${i % 3 === 0 ? 'premium' : 'standard'}\n  options: [${i % 2 ? 'config-backup' : 'monthly-report'}]\n  monitoringConsent: { agreedOn: 2026-05-01, by: 担当 ${i} }\nservers:\n${srv}`;
}

const root = mkdtempSync(join(tmpdir(), 'vmsc-bench-notices-'));
const state = mkdtempSync(join(tmpdir(), 'vmsc-bench-state-'));
cpSync(join(EXAMPLE, 'policies'), join(root, 'policies'), { recursive: true });
cpSync(join(EXAMPLE, 'customers'), join(root, 'customers'), { recursive: true });
for (let i = 1; i <= N; i++) writeFileSync(join(root, 'customers', `cust-${String(i).padStart(4, '0')}.yaml`), customerYaml(i));

let received = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, _session, cb) {
    stream.on('data', () => {});
    stream.on('end', () => {
      received++;
      cb(null, 'OK');
    });
  },
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `smtp://127.0.0.1:${server.server.address().port}`;

try {
  let t = performance.now();
  const r = compile(readRoot(root), { today: '2026-11-27' });
  if (!r.model) throw new Error('bench root does not compile');
  const compileMs = performance.now() - t;
  const assets = readAssets();
  const revision = r.model.policies.revisions.find((x) => x.id === REVISION);
  t = performance.now();
  // rendered as vmsc send renders them: dated the moment they are sent
  const { messages } = await revisionMessages(r.model, assets, revision, { at: { date: '2027-01-15', time: '10:00:00' } });
  const renderMs = performance.now() - t;
  console.log(`customers: ${r.model.customers.length}, messages: ${messages.length}`);
  console.log(`compile (load+check+resolve): ${compileMs.toFixed(0)} ms`);
  console.log(`render .eml: ${renderMs.toFixed(0)} ms = ${(messages.length / (renderMs / 1000)).toFixed(0)} messages/s`);

  for (const [label, connections, rate] of [
    ['3 connections, no rate limit', 3, 0],
    ['5 connections, no rate limit', 5, 0],
    ['default CLI settings (3 connections, --rate 100)', 3, 100],
  ]) {
    rmSync(join(state, 'send'), { recursive: true, force: true });
    const ledger = Ledger.open(ledgerPath(state, REVISION));
    const before = received;
    t = performance.now();
    const outcomes = await sendMessages(REVISION, messages, new Map(), ledger, {
      url,
      connections,
      ratePerSecond: rate,
      maxTries: 3,
      backoffMs: 100,
      inDoubt: 'resend',
    });
    const ms = performance.now() - t;
    ledger.close();
    const ok = outcomes.filter((o) => o.status === 'accepted').length;
    if (ok !== messages.length || received - before !== messages.length)
      throw new Error(`${label}: ${ok} accepted, ${received - before} received of ${messages.length}`);
    const rate2 = messages.length / (ms / 1000);
    console.log(
      `send (${label}): ${messages.length} messages in ${(ms / 1000).toFixed(2)} s = ${rate2.toFixed(0)} messages/s (target >= 50) ${rate2 >= 50 ? 'OK' : 'BELOW TARGET'}`,
    );
  }
} finally {
  await new Promise((r) => server.close(r));
  rmSync(root, { recursive: true, force: true });
  rmSync(state, { recursive: true, force: true });
}
