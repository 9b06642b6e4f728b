import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogue, CODES } from '../../src/diagnostics/catalogue.js';
import { RULES } from '../../src/validate/rules/index.js';
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

  it('includes every rule (rules describe themselves)', () => {
    for (const r of RULES) expect(all.find((c) => c.code === r.code)?.title).toBe(r.title);
    expect(CODES.some((c) => c.code === 'L001')).toBe(true);
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
