/**
 * Rule results kept between processes (src/driver/kept.ts, `keptAcross` in src/validate/rules/helpers.ts): a
 * driver with a check cache takes the D001, R004 and B-rule results of a file whose bytes — and whatever else its
 * rule read — are unchanged from the last run. Each check below is a fresh driver on the same state (as a new
 * process would be: every file result comes from the cache as new objects, so no in-process memo answers), and
 * must give exactly what a check without any cache gives, after edits of OTHER files than the one a result is
 * about (a tariff, provider.yaml, the calendar, a register).
 */
import { describe, expect, it } from 'vitest';
import { compile, Driver, memoryHost } from '../../src/driver/index.js';
import type { StateStore } from '../../src/driver/host.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { SourceFile } from '../../src/load/yaml.js';
import { issuedRegisters } from '../records/fixtures.js';
import { EXAMPLE, readRoot, TODAY } from '../helpers.js';

const ACME = 'customers/acme-logistics.yaml';
const TARIFF = 'policies/tariffs/2019-07-01.yaml';
const PROVIDER = 'policies/provider.yaml';

/** an in-memory state folder that counts the writes of each file */
function memoryStore(): StateStore & { files: Map<string, string>; writes: Map<string, number> } {
  const files = new Map<string, string>();
  const writes = new Map<string, number>();
  return {
    files,
    writes,
    read: (name) => files.get(name),
    write: (name, chunks) => {
      files.set(name, [...chunks].join(''));
      writes.set(name, (writes.get(name) ?? 0) + 1);
      return true;
    },
  };
}

class Root {
  sources: SourceFile[];
  readonly store = memoryStore();
  constructor(from: SourceFile[], extra: Record<string, string> = {}) {
    this.sources = [...from, ...Object.entries(extra).map(([path, text]) => ({ path, bytes: Buffer.from(text) }))];
  }
  text(path: string): string {
    return Buffer.from(this.sources.find((s) => s.path === path)!.bytes).toString('utf8');
  }
  set(path: string, text: string): void {
    this.sources = [...this.sources.filter((s) => s.path !== path), { path, bytes: Buffer.from(text) }];
  }
  replace(path: string, from: string, to: string): void {
    const t = this.text(path);
    expect(t).toContain(from);
    this.set(path, t.replace(from, to));
  }
  /** a check as a new process makes it, on this root's state, compared with a check without any cache */
  async check(): Promise<Diagnostic[]> {
    const d = new Driver({ ...memoryHost(this.sources), checkState: this.store }, { today: TODAY, cache: 'on', workers: 0 });
    const r = await d.check();
    await d.close();
    expect(r.diagnostics).toEqual(compile(this.sources, { today: TODAY }).diagnostics);
    return r.diagnostics;
  }
}

const about = (ds: readonly Diagnostic[], file: string, code: RegExp) => ds.filter((d) => d.file === file && code.test(d.code));

describe('rule results kept between processes', () => {
  it('are written once, then used and not written again while nothing changed', async () => {
    const r = new Root(readRoot(EXAMPLE));
    const first = await r.check();
    expect(r.store.writes.get('rules.json')).toBe(1);
    const kept = JSON.parse(r.store.files.get('rules.json')!) as { files: Record<string, [string, Record<string, unknown>]> };
    expect(Object.keys(kept.files[ACME]![1]).sort()).toEqual(['B002', 'B003', 'B004', 'B005', 'B006', 'B007', 'D001', 'R004']);
    expect(await r.check()).toEqual(first);
    expect(r.store.writes.get('rules.json')).toBe(1);
    // a kept result is what the check reports: one planted here shows (so the checks above did read them)
    const planted = structuredClone(kept);
    const d001 = planted.files[ACME]![1]['D001'] as [string, Diagnostic[]];
    d001[1] = [{ ...first[0]!, code: 'D001', file: ACME, message: 'planted' }];
    r.store.files.set('rules.json', JSON.stringify(planted));
    const d = new Driver({ ...memoryHost(r.sources), checkState: r.store }, { today: TODAY, cache: 'on', workers: 0 });
    expect((await d.check()).diagnostics.some((x) => x.message === 'planted')).toBe(true);
    // another today: nothing kept is used
    const other = new Driver({ ...memoryHost(r.sources), checkState: r.store }, { today: '2026-11-28', cache: 'on', workers: 0 });
    expect((await other.check()).diagnostics.some((x) => x.message === 'planted')).toBe(false);
  });

  it('of an unchanged customer follow a tariff edit: a fee, a plan code, a tax rate', async () => {
    const r = new Root(readRoot(EXAMPLE));
    const first = await r.check();
    const original = r.text(TARIFF);
    // acme (standard plan) paid the old fee of 2026-08: now short (B003), its own file unchanged
    r.replace(TARIFF, 'initialFee: 100000, monthlyFee: 30000', 'initialFee: 100000, monthlyFee: 31000');
    const fee = await r.check();
    expect(about(fee, ACME, /^B003$/)).not.toEqual(about(first, ACME, /^B003$/));
    r.set(TARIFF, original);
    expect(await r.check()).toEqual(first);
    r.replace(TARIFF, 'monthlyFee: 3000, per: server', 'monthlyFee: 2000, per: server');
    await r.check();
    r.set(TARIFF, original.replace('taxRatePercent: 10', 'taxRatePercent: 8'));
    const tax = await r.check();
    expect(about(tax, ACME, /^B00/)).not.toEqual(about(first, ACME, /^B00/));
    r.set(TARIFF, original.replace('code: premium,', 'code: premium-2019,'));
    await r.check();
    r.set(TARIFF, original);
    expect(await r.check()).toEqual(first);
  });

  it('of an unchanged customer follow an edit of provider.yaml and of the calendar', async () => {
    const r = new Root(readRoot(EXAMPLE));
    // acme paid 2026-08 short (B003), and before the month (B004)
    r.replace(ACME, 'paidOn: 2026-09-30, amount: 78100', 'paidOn: 2026-07-30, amount: 78000');
    const first = await r.check();
    expect(about(first, ACME, /^B00[34]$/).map((d) => d.code)).toEqual(['B004', 'B003']);
    // 2026-08 no longer closed: no invoice for it yet, so neither — acme's file unchanged
    r.replace(PROVIDER, 'closedThrough: 2026-10', 'closedThrough: 2026-07');
    expect(about(await r.check(), ACME, /^B00[34]$/)).toHaveLength(0);
    r.replace(PROVIDER, 'closedThrough: 2026-07', 'closedThrough: 2026-10');
    expect(await r.check()).toEqual(first);
    const cal = 'policies/calendar.yaml';
    r.set(cal, `${r.text(cal)}\n# a comment: other bytes, the same calendar\n`);
    expect(await r.check()).toEqual(first);
  });

  it('stay right beside a file with schema errors (its valid part is checked by a second run of the rules)', async () => {
    const r = new Root(readRoot(EXAMPLE));
    const first = await r.check();
    // a schema error in acme, and a short payment (B003) in its valid rest
    r.replace(ACME, 'paidOn: 2026-09-30, amount: 78100', 'paidOn: 2026-09-30, amount: 78000');
    r.replace(ACME, 'environment: azure', 'environment: azur');
    const broken = await r.check();
    expect(about(broken, ACME, /^S/).length).toBeGreaterThan(0);
    expect(about(broken, ACME, /^B003$/)).toHaveLength(1);
    expect(await r.check()).toEqual(broken);
    // the tariff's fee for the valid rest too
    r.replace(TARIFF, 'initialFee: 100000, monthlyFee: 30000', 'initialFee: 100000, monthlyFee: 29000');
    expect(about(await r.check(), ACME, /^B00[35]$/).map((d) => d.code)).toEqual(['B005', 'B005']);
    r.replace(TARIFF, 'initialFee: 100000, monthlyFee: 29000', 'initialFee: 100000, monthlyFee: 30000');
    r.replace(ACME, 'environment: azur', 'environment: azure');
    r.replace(ACME, 'paidOn: 2026-09-30, amount: 78000', 'paidOn: 2026-09-30, amount: 78100');
    expect(await r.check()).toEqual(first);
  });

  it("of an unchanged customer follow an edit of its register's issued totals", async () => {
    const registers = issuedRegisters(['2026-07', '2026-08', '2026-09']);
    const path = 'records/register/acme-logistics.yaml';
    expect(registers[path]).toBeDefined();
    const r = new Root(readRoot(EXAMPLE), registers);
    const first = await r.check();
    // the issued total of each acme invoice one yen more: what was paid settles it no longer (B003)
    r.set(
      path,
      r.text(path).replace(/"total":(\d+)/g, (_, n: string) => `"total":${Number(n) + 1}`),
    );
    const edited = await r.check();
    expect(about(edited, ACME, /^B00[35]$/)).not.toEqual(about(first, ACME, /^B00[35]$/));
  });
});
