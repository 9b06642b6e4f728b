import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogue, CODES } from '../../src/diagnostics/catalogue.js';
import { RULES } from '../../src/validate/rules/index.js';
import { COVERAGE_MIN_DAYS_AHEAD } from '../../src/validate/rules/routing-calendar.js';
import { CUSTOMER_RECEIVER_PREFIX } from '../../src/domain/routing-names.js';
import { HOLIDAY_DATA_RANGE } from '../../src/calendar/calendar.js';
import { REPO } from '../helpers.js';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e !== 'generated') out.push(...sources(p));
    } else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** every quoted diagnostic code literal in src/ ('R019', "L004", `S001`) */
function emittedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  for (const f of sources(join(REPO, 'src'))) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/['"`]([LSPXRBATDNU]\d{3})['"`]/g)) if (!found.has(m[1]!)) found.set(m[1]!, relative(REPO, f));
  }
  return found;
}

describe('the catalogue of diagnostic codes', () => {
  const all = catalogue();

  it('lists every code once, in the form X000', () => {
    const codes = all.map((c) => c.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    for (const c of all) {
      expect(c.code).toMatch(/^[A-Z]\d{3}$/);
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.description.length).toBeGreaterThan(10);
    }
  });

  it('has an entry of stage "rule" for every rule, and a rule for every such entry', () => {
    const ruleCodes = new Set(RULES.map((r) => r.code));
    expect(
      RULES.filter((r) => all.find((c) => c.code === r.code)?.stage !== 'rule').map((r) => r.code),
      'add these rules to src/diagnostics/catalogue.ts',
    ).toEqual([]);
    expect(
      all.filter((c) => c.stage === 'rule' && !ruleCodes.has(c.code)).map((c) => c.code),
      'no rule module reports these',
    ).toEqual([]);
    expect(CODES.some((c) => c.code === 'L001')).toBe(true);
  });

  it('quotes the constants of the rules as they are', () => {
    const description = (code: string): string => all.find((c) => c.code === code)!.description;
    expect(description('T001')).toContain(`at least ${COVERAGE_MIN_DAYS_AHEAD} days past it`);
    expect(description('T004')).toContain(`"${CUSTOMER_RECEIVER_PREFIX}<customer id>"`);
    expect(description('B001')).toContain(`(${HOLIDAY_DATA_RANGE.from} – ${HOLIDAY_DATA_RANGE.through})`);
  });

  it('loads no rule, calendar or billing module to list the codes', () => {
    const text = readFileSync(join(REPO, 'src', 'diagnostics', 'catalogue.ts'), 'utf8');
    expect([...text.matchAll(/from '([^']+)'/g)].map((m) => m[1])).toEqual(['./diagnostic.js']);
  });

  it('knows every code that src/ can emit', () => {
    const known = new Set(all.map((c) => c.code));
    const missing = [...emittedCodes()].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing, 'add these to src/diagnostics/catalogue.ts (or give them a rule module)').toEqual([]);
  });

  it('the grep finds the foundation codes (so the test above can fail)', () => {
    const e = emittedCodes();
    for (const c of ['L001', 'L008', 'S001', 'S010', 'P001', 'X001', 'R001', 'R027']) expect(e.has(c), c).toBe(true);
  });
});
