// bench: vmsc build on 1,000 synthetic customers (3 servers each; a contract and 3 invoices each: the customers
// start billing 3 months before policies' billing.closedThrough), with every emitter in the registry.
// Prints: the cold build (empty cache, no out/), a no-change rebuild, a rebuild after one customer changed,
// and peak RSS of each (the build's own process, worker threads included).
// Runs the real CLI (bin/vmsc.js over dist/): build first with `npx tsc -p tsconfig.build.json`.
// Usage: node bench/build.mjs [customers]   (default 1000)
// Targets (2 cores): cold ≤ 60 s, no-change rebuild ≤ 1 s, peak RSS ≤ 1 GB.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(REPO, '..', 'shared', 'spec', 'example');
let BIN = join(REPO, 'bin', 'vmsc.js');
if (!existsSync(join(REPO, 'dist', 'cli', 'commands', 'build.js'))) {
  console.error('dist/ is missing: run npx tsc -p tsconfig.build.json first');
  process.exit(2);
}

const CLOSED_THROUGH = '2026-10';
const STARTS = '2026-08-01'; // 2026-08, -09, -10 billed: 3 invoices

/** the example's acme-logistics with 3 servers, billing from STARTS, work orders and payments dropped */
function customerText(num) {
  const id = `c${num}-logistics`;
  const server = (k) => `  - id: fs0${k}
    hostname: C${num}-FS0${k}
    environment: azure
    os: Windows Server 2022
    vvaultVersion: "7.2"
    storage:
      - { id: master, kind: local, path: "D:\\\\", role: master }
      - { id: backup, kind: local, path: "E:\\\\", role: backup }
      - { id: archive, kind: cloud, provider: azure-blob, role: tier }
    monitoring:
      cpu: { warning: 85, critical: 95, forMinutes: 10 }
`;
  return `# yaml-language-server: $schema=../schemas/customer.schema.json
id: ${id}
legalName: 株式会社アクメ物流${num}
address: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-1 アクメビル${num} }
representative: 山田 太郎
phone: "03-1234-5678"
department: 情報システム部
contacts:
  - id: tanaka
    name: 田中 花子
    email: hanako.tanaka@c${num}.example.co.jp
    roles: [primary, technical]
    faultNotification: true
  - id: keiri
    name: 佐藤 経理
    email: keiri@c${num}.example.co.jp
    roles: [billing]
billing:
  recipient: 株式会社アクメ物流${num} 経理部 御中
  address: { postalCode: "100-0005", text: 東京都千代田区丸の内1-1-1 アクメビル${num} }
contract:
  appliedOn: 2026-07-15
  billingStartsOn: ${STARTS}
  termsEdition: 4
  plan: standard
  options: [monthly-report, config-backup]
  monitoringConsent: { agreedOn: 2026-07-15, by: 田中 花子 }
servers:
${server(1)}${server(2)}${server(3)}`;
}

export function syntheticRoot(n) {
  const dir = mkdtempSync(join(tmpdir(), `vmsc-bench-build-${n}-`));
  cpSync(join(EXAMPLE, 'policies'), join(dir, 'policies'), { recursive: true });
  const prov = join(dir, 'policies', 'provider.yaml');
  writeFileSync(prov, readFileSync(prov, 'utf8').replace(/closedThrough: \S+/, `closedThrough: ${CLOSED_THROUGH}`));
  mkdirSync(join(dir, 'customers'));
  for (let i = 0; i < n; i++) {
    const num = String(i).padStart(5, '0');
    writeFileSync(join(dir, 'customers', `c${num}-logistics.yaml`), customerText(num));
  }
  return dir;
}

function build(root, extra = []) {
  const args = [BIN, 'build', '--root', root, '--today', '2026-11-27', '--progress', 'none', ...extra];
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const t0 = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', 'VMSC_MAXRSS_KB=%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = (performance.now() - t0) / 1000;
  const m = /VMSC_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  const rssMB = m ? Number(m[1]) / 1024 : NaN;
  if (r.status !== 0) console.error(`  vmsc build exited ${r.status}:\n${(r.stderr ?? '').slice(0, 3000)}`);
  return { secs, rssMB, status: r.status, stdout: (r.stdout ?? '').trim() };
}

function countFiles(dir) {
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(join(d, e.name)) : n++;
  };
  walk(dir);
  return n;
}

/**
 * A private copy of the compiled package (dist/, bin/, templates/, package files; node_modules linked), so that
 * a `tsc` run in the work tree during the bench (the build cache keys on the compiler's code) cannot change it.
 */
export function snapshotPackage(from = REPO) {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-bench-pkg-'));
  for (const d of ['dist', 'bin', 'templates', 'schemas', 'generated']) if (existsSync(join(from, d))) cpSync(join(from, d), join(dir, d), { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) if (existsSync(join(from, f))) cpSync(join(from, f), join(dir, f));
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function main() {
  const pkg = snapshotPackage();
  BIN = join(pkg, 'bin', 'vmsc.js');
  const n = Number(process.argv[2] ?? 1000);
  const root = syntheticRoot(n);
  console.log(`${n} customers × 3 servers, invoices for ${STARTS.slice(0, 7)}..${CLOSED_THROUGH} (3 each) + contract; ${availableParallelism()} cores`);
  const cold = build(root);
  console.log(`  cold build:                ${cold.secs.toFixed(2)} s  (target ≤ 60 s)   peak RSS ${cold.rssMB.toFixed(0)} MB (target ≤ 1024)`);
  console.log(`    ${cold.stdout}`);
  const manifest1 = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
  const files = countFiles(join(root, 'out'));
  const pdfs = (manifest1.match(/\.pdf"/g) ?? []).length;
  console.log(`    out/: ${files} files (${pdfs} PDFs)`);
  const warm = build(root);
  console.log(`  no-change rebuild:         ${warm.secs.toFixed(2)} s  (target ≤ 1 s)    peak RSS ${warm.rssMB.toFixed(0)} MB`);
  console.log(`    ${warm.stdout}`);
  const f = join(root, 'customers', 'c00007-logistics.yaml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('representative: 山田 太郎', 'representative: 山田 次郎'));
  const one = build(root);
  console.log(`  one customer changed:      ${one.secs.toFixed(2)} s                    peak RSS ${one.rssMB.toFixed(0)} MB`);
  console.log(`    ${one.stdout}`);
  rmSync(join(root, 'out'), { recursive: true, force: true });
  writeFileSync(f, readFileSync(f, 'utf8').replace('representative: 山田 次郎', 'representative: 山田 太郎'));
  const restore = build(root);
  const same = readFileSync(join(root, 'out', 'manifest.json'), 'utf8') === manifest1;
  console.log(`  out/ deleted, from cache:  ${restore.secs.toFixed(2)} s  identical manifest to the cold build: ${same}`);
  const ok = cold.status === 0 && warm.status === 0 && one.status === 0 && same;
  const missed = cold.secs > 60 || warm.secs > 1 || cold.rssMB > 1024;
  if (missed) console.log('  (a target was missed)');
  rmSync(root, { recursive: true, force: true });
  rmSync(pkg, { recursive: true, force: true });
  process.exit(ok ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
