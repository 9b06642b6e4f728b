/**
 * `vmsc quote`, `vmsc application` on disk, and item 3 of issue 16: the documents of one customer or prospect need
 * only the policies and its own files to be valid; a broken second customer is a P004 warning naming its file, and
 * `vmsc build` still refuses.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRoot, vmsc } from '../helpers.js';
import { tmp } from '../build/util.js';
import { KAZE, KAZE_TEXT, MINAMI, MINAMI_TEXT, PROVIDER, SALES_BLOCK } from './fixtures.js';

const KITA = 'customers/kitanihon-seiki.yaml';

/** the example on disk with the sales policy and the two prospects */
function salesRoot(): string {
  const root = copyRoot();
  writeFileSync(join(root, PROVIDER), readFileSync(join(root, PROVIDER), 'utf8') + SALES_BLOCK);
  mkdirSync(join(root, 'prospects'));
  writeFileSync(join(root, MINAMI), MINAMI_TEXT);
  writeFileSync(join(root, KAZE), KAZE_TEXT);
  return root;
}

/** a second customer broken by a schema error (a plan code that is no id) */
function breakKita(root: string): void {
  const f = join(root, KITA);
  writeFileSync(f, readFileSync(f, 'utf8').replace(/plan: \w+/, 'plan: 42'));
}

describe('vmsc quote / application', () => {
  it('writes the quote under sales/<id>/<quote number>.pdf and says the totals', async () => {
    const root = salesRoot();
    const r = await vmsc(['quote', 'minami-shoji', '--root', root, '--date', '2026-12-01', '--today', '2026-12-01']);
    expect(r.code, r.stderr).toBe(0);
    const file = join(root, 'sales', 'minami-shoji', 'Q20261201-minami-shoji.pdf');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.stdout).toContain('first month ¥276,100, ¥118,800 a month from 2027-04');
  });

  it('writes the application form to --out', async () => {
    const root = salesRoot();
    const out = join(tmp('vmsc-sales-'), 'app.pdf');
    const r = await vmsc(['application', 'kaze-denki', '--root', root, '--out', out, '--today', '2026-12-01']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('a path as the id: exit 1, in Japanese, nothing written', async () => {
    const root = salesRoot();
    const r = await vmsc(['quote', '../customers/acme-logistics', '--root', root, '--lang', 'ja']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('見込み客 ID ではありません');
    expect(existsSync(join(root, 'sales'))).toBe(false);
  });

  it('an unknown id: exit 1 with the nearest id', async () => {
    const r = await vmsc(['quote', 'minami-shoj', '--root', salesRoot(), '--lang', 'ja', '--today', '2026-12-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('minami-shoji の誤りではありませんか');
  });

  it("the prospect's own error stops its quote, located, in Japanese (2026-02-30)", async () => {
    const root = salesRoot();
    writeFileSync(join(root, MINAMI), MINAMI_TEXT.replace('plannedStartOn: 2027-03-01', 'plannedStartOn: 2026-02-30'));
    const r = await vmsc(['quote', 'minami-shoji', '--root', root, '--lang', 'ja', '--today', '2026-12-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/prospects\/minami-shoji\.yaml:12:17 +error S006 +plannedStartOn は実在する日付ではありません/);
    expect(existsSync(join(root, 'sales'))).toBe(false);
  });
});

describe('one customer’s documents are not blocked by another’s draft', () => {
  it('contract, invoice --customer and quote are produced with a P004 warning naming the broken file; build refuses', async () => {
    const clean = salesRoot();
    const root = salesRoot();
    breakKita(root);
    const out = tmp('vmsc-scope-');
    const ok = await vmsc(['contract', 'acme-logistics', '--root', clean, '--out', join(out, 'clean.pdf')]);
    expect(ok.code, ok.stderr).toBe(0);
    const r = await vmsc(['contract', 'acme-logistics', '--root', root, '--out', join(out, 'scoped.pdf')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/customers\/kitanihon-seiki\.yaml:1:1 +warning P004 .*1 error \(S003\)/);
    // the same contract, byte for byte
    expect(readFileSync(join(out, 'scoped.pdf'))).toEqual(readFileSync(join(out, 'clean.pdf')));

    const inv = await vmsc(['invoice', '--month', '2026-10', '--customer', 'acme-logistics', '--root', root, '--out', out]);
    expect(inv.code, inv.stderr).toBe(0);
    expect(inv.stderr).toContain('P004');
    const q = await vmsc(['quote', 'minami-shoji', '--root', root, '--date', '2026-12-01', '--today', '2026-12-01', '--lang', 'ja']);
    expect(q.code, q.stderr).toBe(0);
    expect(q.stderr).toContain('customers/kitanihon-seiki.yaml に 1 件のエラーがあります');

    // the broken customer's own documents, every invoice run and the build still refuse
    expect((await vmsc(['contract', 'kitanihon-seiki', '--root', root, '--out', join(out, 'k.pdf')])).code).toBe(1);
    expect((await vmsc(['invoice', '--month', '2026-10', '--root', root, '--out', out])).code).toBe(1);
    const b = await vmsc(['build', '--root', root, '--out', join(out, 'build'), '--no-cache', '--jobs', '0', '--progress', 'none']);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('S003');
  });
});
