import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, symlinkSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { runPlan } from '../../src/cli/commands/plan.js';
import { run } from '../../src/cli/main.js';
import type { PlanCommandOptions } from '../../src/cli/commands/plan.js';
import { copyExample, testIO, TEST_EMITTERS, cliError } from '../build/util.js';

const TODAY = '2026-11-27';

/** a git repository whose first commit is the example root; returns its folder */
function repo(): string {
  const dir = copyExample();
  const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  g('init', '-q', '-b', 'main');
  g('add', '.');
  g('-c', 'user.email=ci@example.jp', '-c', 'user.name=ci', 'commit', '-q', '-m', 'base');
  return dir;
}

function edit(root: string, file: string, from: string | RegExp, to: string): void {
  const p = join(root, file);
  const s = readFileSync(p, 'utf8');
  const t = s.replace(from, to);
  if (t === s) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(p, t);
}

async function plan(root: string, extra: Partial<PlanCommandOptions> = {}) {
  return runPlan(testIO(), { base: 'main', root, today: TODAY, emitters: TEST_EMITTERS, jobs: '0', ...extra });
}

/** a repository of the example plus `n` copies of acme-logistics (other ids, hostnames and mail domains) */
function bigRepo(n: number): string {
  const dir = copyExample();
  const acme = readFileSync(join(dir, 'customers', 'acme-logistics.yaml'), 'utf8');
  for (let i = 0; i < n; i++) {
    const id = `copy${String(i).padStart(3, '0')}`;
    const text = acme
      .replace('id: acme-logistics', `id: ${id}`)
      .replaceAll('acme.example.co.jp', `${id}.example.co.jp`)
      .replaceAll('ACME-', `${id.toUpperCase()}-`);
    writeFileSync(join(dir, 'customers', `${id}.yaml`), text);
  }
  const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  g('init', '-q', '-b', 'main');
  g('add', '.');
  g('-c', 'user.email=ci@example.jp', '-c', 'user.name=ci', 'commit', '-q', '-m', 'base');
  return dir;
}

describe('vmsc plan on prepared git histories', () => {
  it('no change: exit 0, headline with zeros, "No artifact changes."', async () => {
    const root = repo();
    const r = await plan(root);
    expect(r.code).toBe(0);
    // 4 warnings: A006 twice, P003 (the example has no schemas/ folder) and T006 (no mail.smarthost)
    expect(r.text).toContain('**0 customers affected · 0 artifacts changed · 0 errors · 4 warnings**');
    expect(r.text).toContain('No artifact changes.');
  });

  it('a large root: the base side reads the check cache but never writes it; the report is the one without a cache', async () => {
    const root = bigRepo(200);
    edit(root, 'customers/copy007.yaml', /^representative: .*$/m, 'representative: 山田 次郎');
    const uncached = await plan(root, { cache: false });
    const first = await plan(root);
    expect(first.code).toBe(2);
    expect(first.text).toBe(uncached.text);
    // the working tree's entries are all in the cache now; the base's copy007 is not (it differs): a base side
    // that wrote its results would rewrite the cache file on every plan
    const results = join(root, '.vmsc-state', 'check', 'results.json');
    const before = statSync(results).mtimeMs;
    const again = await plan(root);
    expect(again.text).toBe(uncached.text);
    expect(statSync(results).mtimeMs).toBe(before);
    expect(readFileSync(results, 'utf8')).toContain('\\u6b21\\u90ce'); // 次郎: the working tree's copy007
  }, 60_000);

  it('a fee change (tariff): every customer on it affected, monthly totals flagged', async () => {
    const root = repo();
    edit(root, 'policies/tariffs/2019-07-01.yaml', 'initialFee: 100000, monthlyFee: 30000', 'initialFee: 100000, monthlyFee: 33000');
    const r = await plan(root);
    expect(r.code).toBe(2);
    const flags = r.report.flags.filter((f) => f.code === 'U203');
    // acme: 2 servers × 30,000 + 5,000 + 2 × 3,000 = 71,000 → 77,000
    expect(flags.find((f) => f.customer === 'acme-logistics')?.message).toBe('monthly total ¥71,000 → ¥77,000 (tax excl., tariff from 2019-07-01)');
    expect(r.report.global.meanings.map((m) => m.text)).toContain('tariffs/2019-07-01 plans[standard].monthlyFee: 30000 → 33000');
    // invoices already issued change too: flagged per month
    expect(
      r.report.flags.some(
        (f) => f.code === 'U204' && f.customer === 'acme-logistics' && f.message.startsWith('invoice 2026-08 of a closed month changes: total'),
      ),
    ).toBe(true);
    expect(r.text.indexOf('Risk flags')).toBeLessThan(r.text.indexOf('### Policies'));
  });

  it('risk flags follow --lang: the same codes, the Japanese texts of the message catalogue (U203, U204)', async () => {
    const root = repo();
    edit(root, 'policies/tariffs/2019-07-01.yaml', 'initialFee: 100000, monthlyFee: 30000', 'initialFee: 100000, monthlyFee: 33000');
    const io = { ...testIO({ LANG: 'ja_JP.UTF-8' }), lang: 'ja' as const };
    const opts = { base: 'main', root, today: TODAY, emitters: TEST_EMITTERS, jobs: '0' };
    const md = await runPlan(io, opts);
    expect(md.text).toContain('### ⚠ Risk flags');
    expect(md.text).toContain('月額料金の合計の変更');
    expect(md.text).toContain('- ⚠ **U203** `acme-logistics` 月額料金の合計が ¥71,000 から ¥77,000 に変わります（税抜、2019-07-01 からの料金表）');
    const json = JSON.parse((await runPlan(io, { ...opts, format: 'json' })).text) as {
      flags: Array<{ code: string; customer?: string; message: string; ja?: string }>;
    };
    const en = (await plan(root)).report.flags;
    expect(json.flags.map((f) => [f.code, f.customer])).toEqual(en.map((f) => [f.code, f.customer]));
    expect(json.flags.find((f) => f.code === 'U204' && f.customer === 'acme-logistics')?.message).toMatch(
      /^締め済みの月 \d{4}-\d{2} の請求書が変わります: total /,
    );
    expect(json.flags.every((f) => f.ja === undefined)).toBe(true);
  });

  it('the base read from git blobs (working-tree bytes when they hash to the same object) equals the extracted archive', async () => {
    // a tree with a symbolic link is extracted (git archive | tar) instead: both must give the same plan
    const plain = repo();
    const linked = repo();
    symlinkSync('acme-logistics.yaml', join(linked, 'customers', 'notes.txt'));
    execFileSync('git', ['add', '.'], { cwd: linked });
    execFileSync('git', ['-c', 'user.email=ci@example.jp', '-c', 'user.name=ci', 'commit', '-q', '-m', 'link'], { cwd: linked });
    for (const root of [plain, linked]) {
      edit(root, 'customers/acme-logistics.yaml', 'cpu: { warning: 85, critical: 95, forMinutes: 10 }', 'cpu: { warning: 85, critical: 90, forMinutes: 10 }');
      unlinkSync(join(root, 'customers', 'minato-clinic.yaml'));
    }
    const a = await plan(plain);
    const b = await plan(linked);
    expect(a.code).toBe(2);
    expect(a.text).toContain('critical 95 → 90');
    expect(a.text).toContain('minato-clinic');
    const noCommit = (t: string) => t.replace(/main \([0-9a-f]{7}\)/, 'main (…)');
    expect(noCommit(b.text)).toBe(noCommit(a.text));
  });

  it('blobs deleted from the cache after a plan: the next plan notices when it reads one, and plans again the careful way', async () => {
    const root = repo();
    edit(root, 'customers/acme-logistics.yaml', 'cpu: { warning: 85, critical: 95, forMinutes: 10 }', 'cpu: { warning: 85, critical: 90, forMinutes: 10 }');
    const first = await plan(root);
    expect(first.code).toBe(2);
    // the groups are in the cache (their keys match), their bytes are gone
    rmSync(join(root, '.vmsc-state', 'build', 'v2', 'packs'), { recursive: true });
    const io = testIO();
    const again = await runPlan(io, { base: 'main', root, today: TODAY, emitters: TEST_EMITTERS, jobs: '0' });
    expect(again.text).toBe(first.text);
    expect(io.err()).toContain('checking every cached group and planning again');
  });

  it('a threshold change: "fs01 cpu critical 95 → 90", no risk flag', async () => {
    const root = repo();
    edit(root, 'customers/acme-logistics.yaml', 'cpu: { warning: 85, critical: 95, forMinutes: 10 }', 'cpu: { warning: 85, critical: 90, forMinutes: 10 }');
    const r = await plan(root);
    expect(r.code).toBe(2);
    expect(r.report.summary).toMatchObject({ customersAffected: 1, artifacts: { changed: 1, added: 0, modified: 1, removed: 0 } });
    const acme = r.report.customers.find((c) => c.id === 'acme-logistics');
    expect(acme?.meanings).toEqual([{ topic: 'monitoring', text: 'fs01 cpu critical 95 → 90' }]);
    expect(acme?.kinds).toEqual([{ kind: 'test/servers', added: 0, modified: 1, removed: 0, meaning: 'fs01 cpu critical 95 → 90' }]);
    expect(r.report.flags).toEqual([]);
    expect(r.text).toContain('**1 customer affected · 1 artifact changed (0 added, 1 modified, 0 removed) · 0 errors · 4 warnings**');
    expect(r.text).toContain('-cpu.critical=95\n+cpu.critical=90');
  });

  it('a new customer: added artifacts, a one-line summary, no flags', async () => {
    const root = repo();
    const src = readFileSync(join(root, 'customers', 'minato-clinic.yaml'), 'utf8');
    writeFileSync(
      join(root, 'customers', 'shiba-dental.yaml'),
      src
        .replace('id: minato-clinic', 'id: shiba-dental')
        .replace('legalName: 医療法人社団みなと会', 'legalName: 医療法人しば歯科')
        .replace('MNT-FS01', 'SHB-FS01'),
    );
    const r = await plan(root);
    expect(r.code).toBe(2);
    const c = r.report.customers.find((x) => x.id === 'shiba-dental');
    expect(c?.status).toBe('added');
    expect(c?.meanings[0]?.text).toBe('new customer — 医療法人しば歯科: plan standard, 1 server, monthly ¥33,000 (tax excl.)');
    expect(c?.artifacts.every((a) => a.change === 'added')).toBe(true);
    // the global index changes too
    expect(r.report.global.artifacts.map((a) => a.path)).toEqual(['index.txt']);
    expect(r.report.flags).toEqual([]);
    expect(r.text).toMatch(/^\*\*1 customer affected · 4 artifacts changed \(3 added, 1 modified, 0 removed\)/m);
  });

  it('a removed contact: 第21条 (担当者名) and alert recipients flagged', async () => {
    const root = repo();
    edit(root, 'customers/acme-logistics.yaml', / {2}- id: suzuki\n( {4}.*\n)+?(?= {2}- id: keiri)/, '');
    const r = await plan(root);
    const acme = r.report.flags.filter((f) => f.customer === 'acme-logistics');
    expect(acme.map((f) => f.code).sort()).toEqual(['U202', 'U205']);
    expect(acme.find((f) => f.code === 'U205')?.message).toBe('担当者名 changed: collect the proof documents (第21条)');
    expect(acme.find((f) => f.code === 'U202')?.message).toBe('fault-notification recipients − ichiro.suzuki@acme.example.co.jp');
    expect(r.report.customers.find((c) => c.id === 'acme-logistics')?.meanings.map((m) => m.text)).toContain('contacts[suzuki] removed');
    // no artifact of the test emitters reads contacts: exit 2 all the same (flags are changes)
    expect(r.code).toBe(2);
  });

  it('an edited closed-month payment: the invoice that carries the late fee is a closed-month change', async () => {
    const root = repo();
    edit(
      root,
      'customers/acme-logistics.yaml',
      '{ invoice: "2026-08", paidOn: 2026-09-30, amount: 78100 }',
      '{ invoice: "2026-08", paidOn: 2026-10-20, amount: 78100 }',
    );
    const r = await plan(root);
    const meanings = r.report.customers.find((c) => c.id === 'acme-logistics')?.meanings.map((m) => m.text) ?? [];
    expect(meanings).toContain('payments[2026-08].paidOn: 2026-09-30 → 2026-10-20');
    const closed = r.report.flags.filter((f) => f.code === 'U204' && f.customer === 'acme-logistics');
    expect(closed.length).toBeGreaterThan(0);
    expect(closed[0]?.message).toMatch(/^invoice 2026-\d\d of a closed month changes: total ¥[\d,]+ → ¥[\d,]+, \+ .*遅延損害金/);
    expect(r.code).toBe(2);
  });

  it('a removed customer: removed routes flagged; json has a stable versioned shape', async () => {
    const root = repo();
    unlinkSync(join(root, 'customers', 'minato-clinic.yaml'));
    const r = await plan(root, { format: 'json' });
    const j = JSON.parse(r.text) as Record<string, unknown>;
    expect(Object.keys(j)).toEqual(['version', 'base', 'head', 'summary', 'flags', 'global', 'customers', 'diagnostics']);
    expect(j['version']).toBe(1);
    expect(r.report.flags.map((f) => [f.code, f.customer])).toContainEqual(['U201', 'minato-clinic']);
    expect(r.report.customers.find((c) => c.id === 'minato-clinic')?.status).toBe('removed');
    expect(r.code).toBe(2);
  });

  it('errors in the working tree: exit 1, the errors listed under the headline', async () => {
    const root = repo();
    edit(root, 'customers/acme-logistics.yaml', /^legalName:/m, 'legalNam:');
    const r = await plan(root);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/^\*\*0 customers affected · 0 artifacts changed · [1-9]\d* errors? · \d+ warnings?\*\*$/m);
    expect(r.text).toContain('### ✖ Errors (nothing can be built until they are fixed)');
    expect(r.text).toContain('customers/acme-logistics.yaml:');
  });

  it('through the CLI: markdown on stdout and exit 2; a bad --format is exit 1, never 2 ("changes")', async () => {
    const root = repo();
    edit(root, 'customers/minato-clinic.yaml', 'memory: { warning: 90, critical: 97, forMinutes: 5 }', 'memory: { warning: 90, critical: 97, forMinutes: 7 }');
    const io = testIO({}, root);
    const code = await run(['plan', '--base', 'main', '--today', TODAY, '--jobs', '0'], io);
    expect(code).toBe(2);
    expect(io.out()).toContain('fs01 memory for 5 min → 7 min');
    const io2 = testIO({}, root);
    expect(await run(['plan', '--base', 'main', '--format', 'xml'], io2)).toBe(1);
    expect(io2.err()).toContain('--format must be one of markdown, json');
  });

  it('a ref that is not a commit: exit 1 with a hint', async () => {
    const root = repo();
    const e = await cliError(() => plan(root, { base: 'no-such-branch' }));
    expect(e?.exitCode).toBe(1);
    expect(e?.hint).toContain('fetch');
  });

  it('a root in a subfolder of the repository, and a base where it did not exist yet', async () => {
    const root = repo();
    // move the root into sub/ in a second commit; compare with the first (where sub/ does not exist)
    const g = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
    execFileSync('mkdir', ['sub'], { cwd: root });
    g('mv', 'policies', 'sub/policies');
    g('mv', 'customers', 'sub/customers');
    g('-c', 'user.email=ci@example.jp', '-c', 'user.name=ci', 'commit', '-q', '-m', 'move');
    const r1 = await runPlan(testIO(), { base: 'HEAD', root: join(root, 'sub'), today: TODAY, emitters: TEST_EMITTERS, jobs: '0' });
    expect(r1.code).toBe(0);
    const r2 = await runPlan(testIO(), { base: 'HEAD~1', root: join(root, 'sub'), today: TODAY, emitters: TEST_EMITTERS, jobs: '0' });
    expect(r2.report.summary.customersAffected).toBe(3);
    expect(r2.report.customers.every((c) => c.status === 'added')).toBe(true);
  });
});
