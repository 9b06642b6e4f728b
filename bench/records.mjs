// bench: `vmsc records search` over the register of 1,000 customers × 12 issued months (12,000 documents).
// The registers are written as `vmsc issue` writes them (figures and printed hashes from billing, made-up sha256: search reads
// only the register). Prints the wall time of the real CLI (a child process, Node start-up included) for a
// few queries, next to the reference (≤ 0.50 s, issue #13).
// Usage: node bench/records.mjs [customers]   (after npx tsc -p tsconfig.build.json)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(REPO, 'tests', 'fixtures', 'example');
const BIN = join(REPO, 'bin', 'vmsc.js');
if (!existsSync(join(REPO, 'dist', 'records', 'register.js'))) {
  console.error('dist/ is missing: run npx tsc -p tsconfig.build.json first');
  process.exit(2);
}
const { compile } = await import(join(REPO, 'dist', 'driver', 'index.js'));
const { readRoot } = await import(join(REPO, 'dist', 'cli', 'host.js'));
const { billedMonths, computeInvoice } = await import(join(REPO, 'dist', 'billing', 'invoice.js'));
const { appendDocuments, recordOfInvoice, registerPath, renderRegister } = await import(join(REPO, 'dist', 'records', 'register.js'));
const { printedFields } = await import(join(REPO, 'dist', 'records', 'printed.js'));

const n = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), `vmsc-bench-records-${n}-`));
cpSync(join(EXAMPLE, 'policies'), join(dir, 'policies'), { recursive: true });
// twelve closed months from the example's first billed month (2026-07 … 2027-06)
const provider = join(dir, 'policies', 'provider.yaml');
writeFileSync(provider, readFileSync(provider, 'utf8').replace(/closedThrough: \d{4}-\d{2}/, 'closedThrough: 2027-06'));
mkdirSync(join(dir, 'customers'));
const template = readFileSync(join(EXAMPLE, 'customers', 'acme-logistics.yaml'), 'utf8');
for (let i = 0; i < n; i++) {
  const num = String(i).padStart(5, '0');
  const id = `c${num}-logistics`;
  const text = template
    .replace(/^id: acme-logistics$/m, `id: ${id}`)
    .replace(/ACME-FS0(\d)/g, `C${num}-FS0$1`)
    .replace(/株式会社アクメ物流/g, `株式会社アクメ物流${num}`)
    .replace(/@acme\.example\.co\.jp/g, `@c${num}.example.co.jp`);
  writeFileSync(join(dir, 'customers', `${id}.yaml`), text);
}
const r = compile(readRoot(dir), { today: '2027-07-15' });
if (!r.model) {
  console.error(JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error').slice(0, 5), null, 1));
  process.exit(1);
}
let docs = 0;
for (const c of r.model.customers) {
  const entries = billedMonths(r.model, c).map((m) => {
    const inv = computeInvoice(r.model, c, m);
    return recordOfInvoice(inv, c, { sha256: 'a'.repeat(64), commit: 'none', printed: printedFields(r.model.policies.provider, c, inv) });
  });
  docs += entries.length;
  const file = join(dir, ...registerPath(c.id).split('/'));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderRegister(appendDocuments(undefined, c.id, entries)));
}

function search(args) {
  const t0 = performance.now();
  const p = spawnSync(process.execPath, [BIN, 'records', 'search', '--root', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = (performance.now() - t0) / 1000;
  if (p.status !== 0) console.error(`  vmsc records search exited ${p.status}: ${p.stderr.slice(0, 2000)}`);
  return { secs, out: p.stdout };
}
const node = (() => {
  const t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return (performance.now() - t0) / 1000;
})();
console.log(`${n} customers × 12 months = ${docs} issued documents in ${n} register files, load average ${loadavg()[0].toFixed(1)}:`);
let ok = true;
for (const q of [
  ['--from', '2027-01-01', '--to', '2027-03-31', '--format', 'json'],
  ['--customer', 'c00500-logistics'],
  ['--min', '80000', '--max', '90000', '--format', 'csv'],
]) {
  search(q); // warm the file cache
  const best = Math.min(...[0, 1, 2].map(() => search(q).secs));
  const hits = search(q).out.split('\n').length;
  ok &&= best <= 0.5;
  console.log(`  vmsc records search ${q.join(' ').padEnd(60)} ${best.toFixed(3)} s wall (best of 3; reference ≤ 0.50 s)  ${hits} output lines`);
}
console.log(`  (Node start-up alone: ${node.toFixed(3)} s)`);
if (process.env.VMSC_BENCH_KEEP) console.log(`  (root kept: ${dir})`);
else rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
