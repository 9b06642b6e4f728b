import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyRoot, REPO, vmsc } from './helpers.js';

// The repository's own sample data (policies/ and customers/): the root `npx vmsc build` runs on.
describe('the repository sample root', () => {
  it('checks with no error', async () => {
    const r = await vmsc(['check', '--root', REPO, '--format', 'json', '--today', '2026-11-27']);
    const ds = (JSON.parse(r.stdout) as { diagnostics: Array<{ severity: string; code: string }> }).diagnostics;
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('builds every kind of artifact for its four customers', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vmsc-sample-')), 'out');
    const r = await vmsc(['build', '--root', REPO, '--out', out, '--no-cache', '--jobs', '0', '--progress', 'none', '--today', '2026-11-27']);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: Array<{ path: string }> };
    const paths = m.files.map((f) => f.path);
    for (const p of [
      'routing/alertmanager.yml',
      'hokuriku-kensetsu/agents/dr01/zabbix/zabbix_agent2.conf',
      'hokuriku-kensetsu/documents/contract.pdf',
      'hokuriku-kensetsu/documents/invoice-2026-09.pdf',
      'hokuriku-kensetsu/mail/wo-2026-101.eml',
      'notices/2027-04-tariff/hokuriku-kensetsu.eml',
    ])
      expect(paths).toContain(p);
    // a work order not yet completed has no completion mail
    expect(paths).not.toContain('hokuriku-kensetsu/mail/wo-2026-103.eml');
    // a cloud volume is never monitored
    const plan = readFileSync(join(out, 'hokuriku-kensetsu/agents/fs02/monitoring-plan.json'), 'utf8');
    expect(plan).not.toContain('glacier');
  });

  it('holds the register and archive of the months already issued: records verify passes, search finds them', async () => {
    const v = await vmsc(['records', 'verify', '--root', REPO]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).toContain('30 files match the register, 0 differences');
    const s = await vmsc(['records', 'search', '--root', REPO, '--customer', 'kitanihon-seiki', '--format', 'json']);
    const docs = (JSON.parse(s.stdout) as { documents: { number: string; issueDate: string }[] }).documents;
    expect(docs.length).toBe(20); // 2025-04 … 2026-10 and the contract
    // 元日 is no issue date: the 2025-12 invoice is dated on the first bank business day after it
    expect(docs.find((d) => d.number === 'kitanihon-seiki-202512')?.issueDate).toBe('2026-01-05');
  });

  it('check recomputes the issued documents: a retroactive fee edit is K001 at the fee line', async () => {
    const root = copyRoot(REPO);
    cpSync(join(REPO, 'records'), join(root, 'records'), { recursive: true });
    const file = join(root, 'policies/tariffs/2019-07-01.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('monthlyFee: 30000', 'monthlyFee: 31000'));
    const r = await vmsc(['check', '--root', root, '--today', '2026-11-27']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/policies\/tariffs\/2019-07-01\.yaml:\d+:\d+ {2}error K001 {2}acme-logistics-202607 /);
  });
});
