// bench: the targets of issue 17, each row next to its reference measured in the same run, with peak RSS,
// then how check and build grow with the number of customers (100, 1,000, 10,000).
// Runs the real CLI (bin/vmsc.js over the esbuild bundle in dist/) from a private copy of the package.
//   node bench/targets.mjs [--big] [--repeat N]
//   --big       also the cold 10,000-customer build (minutes) and so the 10,000 one-changed row and growth column
//   --repeat N  runs of each quick measurement (default 3; medians are printed)
//   --package DIR  bench another compiled copy of vmsc (e.g. an older commit, for before/after figures)
// Roots: bench/build.mjs's synthetic customers (3 servers, a contract and 3 invoices each).
// The machine is shared: every ratio compares with a reference measured in this run, between the runs of the
// measured command (interleaved), and quotes medians.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { snapshotPackage, syntheticRoot } from './build.mjs';

const REPO = join(import.meta.dirname, '..');
const EXAMPLE = join(REPO, 'tests', 'fixtures', 'example');
const TODAY = '2026-11-27';
const BIG = process.argv.includes('--big');
const ri = process.argv.indexOf('--repeat');
const REPEAT = ri > 0 ? Math.max(1, Number(process.argv[ri + 1])) : 3;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const pi = process.argv.indexOf('--package');
const FROM = pi > 0 ? process.argv[pi + 1] : REPO;
if (!existsSync(join(FROM, 'dist', 'cli', 'main.js')) || (FROM === REPO && !existsSync(join(REPO, 'dist', 'bundle', 'vmsc.js')))) {
  console.error(`${FROM}/dist (or its bundle) is missing: run npm run build:ts first`);
  process.exit(2);
}
const PKG = snapshotPackage(FROM);
const BIN = join(PKG, 'bin', 'vmsc.js');

/** runs node with args; wall seconds, peak RSS (MB, the process and its threads), exit status, output */
function node(args, opts = {}) {
  const t0 = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', 'VMSC_MAXRSS_KB=%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...opts })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  const secs = (performance.now() - t0) / 1000;
  const m = /VMSC_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  const res = { secs, rssMB: m ? Number(m[1]) / 1024 : NaN, status: r.status, stdout: (r.stdout ?? '').trim(), stderr: r.stderr ?? '' };
  if (r.status !== 0 && !opts.okStatus?.includes(r.status)) {
    console.error(`  node ${args.join(' ')} exited ${r.status}:\n${res.stderr.slice(0, 2000)}`);
    failed = true;
  }
  return res;
}
let failed = false;

const vmsc = (cmd, root, extra = [], opts = {}) => node([BIN, cmd, '--root', root, '--today', TODAY, ...extra], opts);
const check = (root) => vmsc('check', root, ['--format', 'json']);
const build = (root) => vmsc('build', root, ['--progress', 'none']);

/** a script that reads the root's YAML files and parses them with positions (yaml, as vmsc check does) */
const PARSE = `import { parseDocument, LineCounter } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const root = process.argv[1];
for (const d of ['policies', 'policies/tariffs', 'policies/revisions', 'customers']) {
  let names = [];
  try { names = readdirSync(join(root, d)); } catch {}
  for (const f of names) if (f.endsWith('.yaml')) parseDocument(readFileSync(join(root, d, f), 'utf8'), { lineCounter: new LineCounter(), version: '1.2', schema: 'core', uniqueKeys: true }).toJS();
}`;
const parse = (root) => node(['--input-type=module', '-e', PARSE, root], { cwd: REPO });

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** `times` interleaved runs of each function; medians of seconds and the largest peak RSS */
function interleaved(times, fns) {
  const runs = fns.map(() => []);
  for (let i = 0; i < times; i++) {
    for (let k = 0; k < fns.length; k++) runs[k].push(fns[k](i));
  }
  return runs.map((rs) => ({ secs: median(rs.map((r) => r.secs)), rssMB: Math.max(...rs.map((r) => r.rssMB)), all: rs.map((r) => r.secs), last: rs.at(-1) }));
}

const rows = [];
const s = (x) => (Number.isFinite(x) ? `${x.toFixed(2)} s` : '—');
const mb = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} MB` : '—');
/** one row of the table: `limit` is the ratio (or seconds when `ref` is absent) it must stay within */
function row(what, m, ref, limit, extra) {
  const ratio = ref ? m.secs / ref.secs : undefined;
  let ok = ref ? ratio <= limit : m.secs <= limit;
  if (extra?.seconds !== undefined && m.secs > extra.seconds) ok = false;
  const r = {
    what,
    value: s(m.secs),
    ref: ref ? `${s(ref.secs)} ${ref.label}` : '—',
    ratio: ratio === undefined || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}×`,
    target: ref ? `≤ ${limit}×${extra?.seconds !== undefined ? ` and ≤ ${extra.seconds} s` : ''}` : `≤ ${limit} s`,
    rss: mb(m.rssMB),
    met: m.skipped ? 'not run' : ok ? 'yes' : 'NO',
  };
  rows.push(r);
  console.log(
    `  ${what}: ${r.value} (${m.all?.map((x) => x.toFixed(2)).join(', ') ?? ''}) vs ${r.ref} = ${r.ratio}; target ${r.target}: ${r.met}; peak RSS ${r.rss}`,
  );
}
const skipped = { secs: NaN, rssMB: NaN, skipped: true };

function edit(root, id, from, to) {
  const f = join(root, 'customers', `${id}.yaml`);
  const t = readFileSync(f, 'utf8');
  if (!t.includes(from)) throw new Error(`bench: ${from} not in ${f}`);
  writeFileSync(f, t.replace(from, to));
}
const NAME = '山田 太郎';
let edits = 0;
/**
 * changes one customer's representative to a name no earlier run used, then builds: one customer changed, its
 * groups not in the cache (a change back to an earlier state would find them there and measure a cache hit)
 */
const oneChanged = (root, id) => () => {
  const from = edits === 0 ? NAME : `${NAME}${edits}`;
  edits++;
  edit(root, id, `representative: ${from}\n`, `representative: ${NAME}${edits}\n`);
  return build(root);
};
/** the customer's representative back as the cold build had it */
const restore = (root, id) => {
  if (edits > 0) edit(root, id, `representative: ${NAME}${edits}\n`, `representative: ${NAME}\n`);
  edits = 0;
};

function git(root, ...args) {
  const r = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

console.log(`issue 17 targets of ${FROM}: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}; medians of ${REPEAT} runs unless said`);
const growth = new Map(); // customers -> figures

// 1. vmsc check of the example root (11 files; no cache: a small root is checked in process)
{
  const [c, p] = interleaved(Math.max(5, REPEAT), [() => check(EXAMPLE), () => parse(EXAMPLE)]);
  row('vmsc check, example root, no cache', c, { ...p, label: 'node + yaml parse' }, 1.2);
}

// 2, 3 and growth of check: 100, 1,000, 10,000 customers
const roots = new Map();
for (const n of [100, 1000, 10000]) {
  const root = syntheticRoot(n);
  roots.set(n, root);
  const state = join(root, '.vmsc-state');
  const [cold, ref] = interleaved(n >= 10000 ? 1 : REPEAT, [
    () => {
      rmSync(state, { recursive: true, force: true });
      return check(root);
    },
    () => parse(root),
  ]);
  const [warm] = interleaved(REPEAT, [() => check(root)]);
  growth.set(n, { checkCold: cold, checkWarm: warm, parse: ref });
  if (n === 1000) row('vmsc check, 1,000 customers, cold', cold, { ...ref, label: 'single-process yaml parse' }, 1.2);
  if (n === 10000) row('vmsc check, 10,000 customers, nothing changed', warm, undefined, 0.3);
}

// build: cold, no change, one customer changed, at 100 and 1,000 (10,000 with --big)
for (const n of BIG ? [100, 1000, 10000] : [100, 1000]) {
  const root = roots.get(n);
  const id = 'c00007-logistics';
  const cold = build(root);
  const manifest = readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
  const [noop, one] = interleaved(REPEAT, [() => build(root), oneChanged(root, id)]);
  restore(root, id);
  const back = build(root); // the edits undone: incremental, must equal the cold build
  const incrementalSame = readFileSync(join(root, 'out', 'manifest.json'), 'utf8') === manifest;
  rmSync(join(root, 'out'), { recursive: true, force: true });
  const fromCache = build(root);
  const cacheSame = readFileSync(join(root, 'out', 'manifest.json'), 'utf8') === manifest;
  if (!incrementalSame || !cacheSame) failed = true;
  growth.set(n, { ...growth.get(n), buildCold: cold, buildNoop: noop, buildOne: one, fromCache, same: incrementalSame && cacheSame });
  console.log(
    `  ${n} customers: cold build ${s(cold.secs)} (${cold.stdout.split('\n').at(-1)}); back to the cold inputs ${s(back.secs)}; out/ deleted, from the cache ${s(fromCache.secs)}; manifest identical to the cold build's: incremental ${incrementalSame}, from cache ${cacheSame}`,
  );
  if (n === 1000) row('vmsc build, 1,000 customers, one customer changed', one, { ...noop, label: 'no-change rebuild' }, 2, { seconds: 1 });
  if (n === 10000) row('vmsc build, 10,000 customers, one customer changed', one, { ...noop, label: 'no-change rebuild' }, 2);
  if (n === 1000) {
    const pdfs = node([join(REPO, 'bench', 'pdfs-alone.mjs'), root, PKG], { cwd: REPO });
    console.log(`  PDFs alone: ${pdfs.stdout}`);
    row('vmsc build, 1,000 customers, cold', { ...cold, all: [cold.secs] }, { ...pdfs, label: 'rendering the same PDFs alone' }, 1.5);
  }
}
if (!BIG) row('vmsc build, 10,000 customers, one customer changed', skipped, { secs: NaN, label: 'no-change rebuild (run with --big)' }, 2);

// vmsc plan, 1,000 customers, one changed, warm cache, against the no-change rebuild
{
  const root = roots.get(1000);
  git(root, 'init', '-q');
  writeFileSync(join(root, '.gitignore'), '.vmsc-state/\nout/\n');
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-qm', 'base');
  const id = 'c00011-logistics';
  const [noop, plan] = interleaved(REPEAT, [
    () => build(root),
    (i) => {
      // a new change each run (95 → 90 → 89 …), so that no run finds the plan of an earlier one in the cache
      edit(root, id, `critical: ${i === 0 ? 95 : 91 - i}`, `critical: ${90 - i}`);
      return vmsc('plan', root, ['--base', 'HEAD', '--format', 'json'], { okStatus: [2] });
    },
  ]);
  row('vmsc plan, 1,000 customers, one changed', plan, { ...noop, label: 'no-change rebuild' }, 3);
}

// peak RSS of any of the above
const all = [...rows.filter((r) => r.rss !== '—').map((r) => Number.parseFloat(r.rss))];
for (const g of growth.values()) for (const m of Object.values(g)) if (m && typeof m === 'object' && Number.isFinite(m.rssMB)) all.push(m.rssMB);
const peak = Math.max(...all);
rows.push({ what: 'peak RSS of any of the above', value: mb(peak), ref: '—', ratio: '—', target: '≤ 500 MB', rss: mb(peak), met: peak <= 500 ? 'yes' : 'NO' });

console.log('\n| what | measured | reference in the same run | ratio | target | peak RSS | met |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.what} | ${r.value} | ${r.ref} | ${r.ratio} | ${r.target} | ${r.rss} | ${r.met} |`);

const cols = [...growth.keys()];
const cell = (n, k) => {
  const m = growth.get(n)?.[k];
  return m ? `${s(m.secs)}, ${mb(m.rssMB)}` : 'run with --big';
};
console.log(`\ngrowth (wall time, peak RSS; check and quick builds: medians of ${REPEAT}, cold builds one run)`);
console.log(`| | ${cols.map((n) => `${n.toLocaleString('en')} customers`).join(' | ')} |`);
console.log(`|---|${cols.map(() => '---|').join('')}`);
for (const [k, label] of [
  ['parse', 'yaml parse only (reference)'],
  ['checkCold', 'vmsc check, cold'],
  ['checkWarm', 'vmsc check, nothing changed'],
  ['buildCold', 'vmsc build, cold'],
  ['buildNoop', 'vmsc build, no change'],
  ['buildOne', 'vmsc build, one customer changed'],
  ['fromCache', 'vmsc build, out/ deleted (from the cache)'],
]) {
  console.log(`| ${label} | ${cols.map((n) => cell(n, k)).join(' | ')} |`);
}

for (const root of roots.values()) rmSync(root, { recursive: true, force: true });
rmSync(PKG, { recursive: true, force: true });
if (rows.some((r) => r.met === 'NO')) console.log('\n(a target was missed: see the met column)');
process.exit(failed ? 1 : 0);
