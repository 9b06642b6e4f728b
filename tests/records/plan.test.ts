/**
 * vmsc plan and the register: a pull request that would change an issued document shows it as a risk flag
 * (U206), from the head's K001/K002 errors, from the models, or from the register itself.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/cli/commands/plan.js';
import { copyExample, TEST_EMITTERS, testIO } from '../build/util.js';
import { issuedRegisters, TARIFF_2019 } from './fixtures.js';

const REGISTER = 'records/register/acme-logistics.yaml';

/** a git repository whose first commit is the example root with its 2026-07 – 2026-09 invoices issued */
function repo(): string {
  const dir = copyExample();
  for (const [path, text] of Object.entries(issuedRegisters(['2026-07', '2026-08', '2026-09']))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  g('init', '-q', '-b', 'main');
  g('add', '.');
  g('-c', 'user.email=ci@example.jp', '-c', 'user.name=ci', 'commit', '-q', '-m', 'base');
  return dir;
}

const plan = (root: string) => runPlan(testIO(), { base: 'main', root, today: '2026-11-27', emitters: TEST_EMITTERS, jobs: '0' });
const u206 = (r: Awaited<ReturnType<typeof plan>>) => r.report.flags.filter((f) => f.code === 'U206');

describe('vmsc plan: U206 changed issued document', () => {
  it('消費税法57条の4: a retroactive fee edit flags every issued invoice it changes, naming acme-logistics-202607 at the fee line', async () => {
    const root = repo();
    const t = join(root, TARIFF_2019);
    writeFileSync(t, readFileSync(t, 'utf8').replace('monthlyFee: 30000', 'monthlyFee: 31000'));
    const r = await plan(root);
    expect(r.code).toBe(1); // K001 errors
    const flags = u206(r);
    const acme = flags.find((f) => f.customer === 'acme-logistics' && f.message.includes('acme-logistics-202607 '));
    expect(acme?.message).toContain(`K001 at ${TARIFF_2019}:5:`);
    expect(acme?.message).toContain('total ¥243,100 → ¥245,300');
    expect(r.text).toContain('U206');
  });

  it('電子帳簿保存法: a register entry removed by hand is flagged (a register is only appended)', async () => {
    const root = repo();
    const p = join(root, REGISTER);
    const lines = readFileSync(p, 'utf8').split('\n');
    const kept = lines.filter((l) => !l.includes('"acme-logistics-202609"'));
    writeFileSync(p, kept.join('\n').replace(/,\n\]\}/, '\n]}'));
    const r = await plan(root);
    expect(r.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(u206(r).map((f) => f.message)).toContain(`acme-logistics-202609 (issued 2026-10-01) is removed from ${REGISTER}`);
  });

  it('第6条: removing a customer with issued documents is flagged with its K002', async () => {
    const root = repo();
    rmSync(join(root, 'customers/kitanihon-seiki.yaml'));
    const r = await plan(root);
    expect(u206(r).some((f) => f.customer === 'kitanihon-seiki' && f.message.startsWith('K002 at records/register/kitanihon-seiki.yaml'))).toBe(true);
  });
});
