/**
 * Promotion (第4条1: the stamped application arrived; 第9条: the monitoring consent): a prospect becomes
 * customers/<id>.yaml only when complete and valid under the customer schema and rules; until then, located errors
 * in the prospect file and nothing written.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { check } from '../../src/driver/index.js';
import { promoteProspect } from '../../src/sales/index.js';
import { copyRoot, vmsc } from '../helpers.js';
import { mkdirSync } from 'node:fs';
import { MINAMI, MINAMI_READY, MINAMI_TEXT, PROVIDER, SALES_BLOCK, salesRootOf } from './fixtures.js';

const TODAY = '2026-12-01';
const ready = (edit: (t: string) => string = (t) => t) => {
  const r = salesRootOf();
  r.write(MINAMI, edit(MINAMI_TEXT + MINAMI_READY));
  return r;
};
const codes = (ds: ReadonlyArray<{ code: string; file: string; line: number; col: number }>) => ds.map((d) => `${d.code} ${d.file}:${d.line}:${d.col}`);

describe('promoteProspect', () => {
  it('refuses a prospect without appliedOn, monitoringConsent and servers: three Q006 at its first line', () => {
    const p = promoteProspect(salesRootOf().sources(), 'minami-shoji', { today: TODAY });
    expect(p.yamlText).toBeUndefined();
    expect(codes(p.diagnostics.filter((d) => d.severity === 'error'))).toEqual([`Q006 ${MINAMI}:2:1`, `Q006 ${MINAMI}:2:1`, `Q006 ${MINAMI}:2:1`]);
    expect(p.diagnostics.map((d) => d.message).join('\n')).toMatch(/appliedOn[\s\S]*monitoringConsent[\s\S]*servers/);
    expect(p.diagnostics[0]!.ja?.message).toContain('第4条1');
  });

  it('refuses fewer servers than quoted, at servers:', () => {
    const r = ready((t) => t.replace('serverCount: 2', 'serverCount: 3'));
    const p = promoteProspect(r.sources(), 'minami-shoji', { today: TODAY });
    const line = r.pos(MINAMI, 'servers:').line;
    expect(codes(p.diagnostics)).toEqual([`Q006 ${MINAMI}:${line}:1`]);
    expect(p.diagnostics[0]!.message).toContain('serverCount (what was quoted) is 3');
  });

  it('errors of the customer it would be are located at the prospect field they came from', () => {
    // a hostname another customer has (R007), a Unix path (A010), an application after the start (R016)
    const r = ready((t) =>
      t
        .replace('hostname: MINAMI-FS02', 'hostname: ACME-FS01')
        .replace('path: "E:\\\\"', 'path: "/mnt/data"')
        .replace('appliedOn: 2027-02-10', 'appliedOn: 2027-03-05'),
    );
    const p = promoteProspect(r.sources(), 'minami-shoji', { today: TODAY });
    expect(p.yamlText).toBeUndefined();
    const errors = p.diagnostics.filter((d) => d.severity === 'error');
    const at = (needle: string) => {
      const { line, col } = r.pos(MINAMI, needle);
      return `${MINAMI}:${line}:${col}`;
    };
    expect(errors.map((d) => `${d.code} ${d.file}:${d.line}:${d.col}`).sort()).toEqual(
      [`A010 ${at('"/mnt/data"')}`, `R007 ${at('ACME-FS01')}`, `R016 ${at('2027-03-05')}`].sort(),
    );
    const r007 = errors.find((d) => d.code === 'R007')!;
    expect(r007.message).toContain('customers/minami-shoji.yaml servers[1].hostname');
    expect(r007.ja?.message).toContain('promote が作る顧客ファイルでは');
  });

  it('a missing server field (S002) is located in the prospect’s server', () => {
    const r = ready((t) => t.replace('    os: Windows Server 2022\n', ''));
    const p = promoteProspect(r.sources(), 'minami-shoji', { today: TODAY });
    const s002 = p.diagnostics.find((d) => d.code === 'S002')!;
    expect(s002.file).toBe(MINAMI);
    expect(s002.line).toBe(r.pos(MINAMI, '  - id: fs01').line);
  });

  it('a prospect whose id is already a customer is refused with its Q002', () => {
    const r = ready();
    r.write(
      'customers/minami-shoji.yaml',
      r
        .text('customers/acme-logistics.yaml')
        .replace('id: acme-logistics', 'id: minami-shoji')
        .replace(/ACME-FS0/g, 'MINA-X'),
    );
    const p = promoteProspect(r.sources(), 'minami-shoji', { today: TODAY });
    expect(p.yamlText).toBeUndefined();
    expect(p.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['Q002']);
  });

  it('a complete prospect: the customer text, with its modeline, that checks clean in the root without the prospect', () => {
    const r = ready();
    const p = promoteProspect(r.sources(), 'minami-shoji', { today: TODAY });
    expect(p.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(p.yamlText).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/customer\.schema\.json\n/);
    const c = parse(p.yamlText!) as { contract: Record<string, unknown>; contacts: Array<{ roles: string[] }>; servers: unknown[] };
    expect(c.contract).toMatchObject({
      appliedOn: '2027-02-10',
      billingStartsOn: '2027-03-01',
      termsEdition: 4,
      plan: 'premium',
      reseller: '株式会社サンプル販売',
    });
    expect(c.contacts[0]!.roles).toEqual(['primary', 'technical', 'billing']);
    expect(c.servers).toHaveLength(2);
    r.remove(MINAMI).write(p.path, p.yamlText!);
    expect(check(r.sources(), { today: TODAY }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('vmsc promote', () => {
  function diskRoot(text: string): string {
    const root = copyRoot();
    writeFileSync(join(root, PROVIDER), readFileSync(join(root, PROVIDER), 'utf8') + SALES_BLOCK);
    mkdirSync(join(root, 'prospects'));
    writeFileSync(join(root, MINAMI), text);
    return root;
  }

  it('refuses with located Japanese errors and writes nothing', async () => {
    const root = diskRoot(MINAMI_TEXT);
    const r = await vmsc(['promote', 'minami-shoji', '--root', root, '--today', TODAY, '--lang', 'ja']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/prospects\/minami-shoji\.yaml:2:1 +error Q006 +顧客にできません: appliedOn/);
    expect(r.stderr).toContain('何も作成しませんでした');
    expect(existsSync(join(root, 'customers', 'minami-shoji.yaml'))).toBe(false);
    expect(existsSync(join(root, MINAMI))).toBe(true);
  });

  it('writes customers/<id>.yaml, removes the prospect; the root then checks and the contract renders', async () => {
    const root = diskRoot(MINAMI_TEXT + MINAMI_READY);
    const r = await vmsc(['promote', 'minami-shoji', '--root', root, '--today', TODAY]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('wrote customers/minami-shoji.yaml; removed prospects/minami-shoji.yaml');
    expect(existsSync(join(root, MINAMI))).toBe(false);
    const c = await vmsc(['check', '--root', root, '--today', TODAY, '--format', 'json']);
    expect(c.code, c.stdout).toBe(0);
    const k = await vmsc(['contract', 'minami-shoji', '--root', root, '--out', join(root, 'c.pdf')]);
    expect(k.code, k.stderr).toBe(0);
    // a second promote finds no prospect
    expect((await vmsc(['promote', 'minami-shoji', '--root', root])).code).toBe(1);
  });
});
