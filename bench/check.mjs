// bench: vmsc check on 1,000 and 10,000 synthetic customers (each like the example's largest, ~70 lines).
// Prints: yaml parse-only time (parseDocument + toJS, one process), js-yaml for reference, `vmsc check` cold,
// `vmsc check` again with nothing changed (content-hash cache), and peak RSS of each check.
// Runs the real CLI (bin/vmsc.js over dist/): build first with `npx tsc -p tsconfig.build.json`.
// Usage: node bench/check.mjs [counts...]   (default: 1000 10000)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseDocument, LineCounter } from 'yaml';
import * as jsyaml from 'js-yaml';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = join(REPO, '..', 'shared', 'spec', 'example');
const BIN = join(REPO, 'bin', 'vmsc.js');
if (!existsSync(join(REPO, 'dist', 'driver', 'index.js'))) {
  console.error('dist/ is missing: run npx tsc -p tsconfig.build.json first');
  process.exit(2);
}

/** a root with the example's policies and `n` customers shaped like customers/acme-logistics.yaml */
export function syntheticRoot(n) {
  const dir = mkdtempSync(join(tmpdir(), `vmsc-bench-${n}-`));
  cpSync(join(EXAMPLE, 'policies'), join(dir, 'policies'), { recursive: true });
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
  return dir;
}

function files(root) {
  const out = [];
  for (const d of ['policies', 'policies/tariffs', 'policies/revisions', 'customers']) {
    for (const f of readdirSync(join(root, d))) if (f.endsWith('.yaml')) out.push(readFileSync(join(root, d, f), 'utf8'));
  }
  return out;
}

/** wall seconds (and CPU seconds of this process) of fn */
function timeIt(fn) {
  globalThis.gc?.();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { secs: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

function runCheck(root) {
  const args = [BIN, 'check', '--root', root, '--format', 'json', '--today', '2026-11-27'];
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const t0 = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', 'VMSC_MAXRSS_KB=%M VMSC_CPU=%U+%S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const secs = (performance.now() - t0) / 1000;
  const m = /VMSC_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  const rssMB = m ? Number(m[1]) / 1024 : NaN;
  const c = /VMSC_CPU=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  const cpu = c ? Number(c[1]) + Number(c[2]) : NaN;
  let errors = NaN;
  try {
    errors = JSON.parse(r.stdout).diagnostics.filter((d) => d.severity === 'error').length;
  } catch {
    /* reported below */
  }
  if (r.status !== 0) console.error(`  vmsc check exited ${r.status}: ${(r.stderr ?? '').slice(0, 2000)}`);
  return { secs, cpu, rssMB, errors, stdout: r.stdout, status: r.status };
}

const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
let ok = true;
for (const n of counts.length ? counts : [1000, 10000]) {
  const root = syntheticRoot(n);
  const texts = files(root);
  const yp = timeIt(() => {
    for (const t of texts) parseDocument(t, { lineCounter: new LineCounter(), version: '1.2', schema: 'core', uniqueKeys: true }).toJS();
  });
  const jp = timeIt(() => {
    for (const t of texts) jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA });
  });
  rmSync(join(root, '.vmsc-state'), { recursive: true, force: true });
  const cold = runCheck(root);
  const warm = runCheck(root);
  const same = cold.stdout === warm.stdout;
  const timings = spawnSync(process.execPath, [BIN, 'check', '--root', root, '--format', 'json', '--today', '2026-11-27', '--timings'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }).stderr;
  const coldRatio = cold.secs / yp.secs;
  const f = texts.length;
  console.log(`${n} customers (${f} files), load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores:`);
  console.log(
    `  yaml parse-only (parseDocument + toJS, 1 process): ${yp.secs.toFixed(2)} s wall  ${yp.cpu.toFixed(2)} s CPU  (${((yp.secs / f) * 1000).toFixed(2)} ms/file)`,
  );
  console.log(
    `  js-yaml parse-only (reference):                     ${jp.secs.toFixed(2)} s wall  ${jp.cpu.toFixed(2)} s CPU  (${((jp.secs / f) * 1000).toFixed(2)} ms/file)`,
  );
  console.log(
    `  vmsc check cold:                                    ${cold.secs.toFixed(2)} s wall  ${cold.cpu.toFixed(2)} s CPU (all threads) = ${coldRatio.toFixed(2)} × yaml parse-only wall (target ≤ 1.20)  peak RSS ${cold.rssMB.toFixed(0)} MB  errors ${cold.errors}`,
  );
  console.log(
    `  vmsc check again, nothing changed:                  ${warm.secs.toFixed(2)} s wall  ${warm.cpu.toFixed(2)} s CPU  (target ≤ 0.50 s at 10,000)  peak RSS ${warm.rssMB.toFixed(0)} MB  same output: ${same}`,
  );
  console.log(`  where a warm check spends its time (vmsc check --timings, ms; rules over 20 ms):`);
  for (const line of timings.split('\n')) {
    const m = /^\s*([\d.]+) ms {2}(.*)$/.exec(line);
    if (m && (!m[2].startsWith('rule ') || Number(m[1]) > 20)) console.log(`    ${m[1].padStart(9)}  ${m[2]}`);
  }
  if (cold.errors !== 0 || !same || cold.status !== 0) ok = false;
  if (coldRatio > 1.2 || cold.rssMB > 500 || warm.rssMB > 500 || (n >= 10000 && warm.secs > 0.5))
    console.log('  (a target was missed; on a busy machine compare CPU seconds: cold CPU / cores vs parse-only CPU)');
  rmSync(root, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
