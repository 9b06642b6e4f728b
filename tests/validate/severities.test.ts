/**
 * `vmsc check --codes` and what check emits agree on every code's severity: each literal (code, severity)
 * pair passed to ctx.at() or diag() in src/ is the catalogue's (B003 was once listed as an error and emitted
 * as a warning).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/catalogue.js';
import { checkRootDiagnostics, EXAMPLE, REPO } from '../helpers.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const EMIT = /\b(?:at|diag)\(\s*'([A-Z]\d{3})',\s*'(error|warning)'/g;

describe('catalogue severities', () => {
  const emitted: { code: string; severity: string; file: string }[] = [];
  for (const f of sources(join(REPO, 'src'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(EMIT)) emitted.push({ code: m[1]!, severity: m[2]!, file: f.slice(REPO.length + 1) });
  }
  it('finds the emitting calls', () => expect(emitted.length).toBeGreaterThan(50));
  it('every code is emitted with the severity the catalogue lists', () => {
    const listed = new Map(CODES.map((c) => [c.code, c.severity] as const));
    const wrong = emitted.filter((e) => listed.get(e.code) !== undefined && listed.get(e.code) !== e.severity);
    expect(wrong.map((e) => `${e.file}: ${e.code} emitted as ${e.severity}, listed as ${listed.get(e.code)}`)).toEqual([]);
  });
});

// The same, from what check really emits: the example and the repository's sample root (with its register) on
// days that provoke the date-dependent warnings. Every rule test and corpus case asserts it too (rule-tester.ts).
describe('emitted severities', () => {
  const listed = new Map(CODES.map((c) => [c.code, c.severity] as const));
  for (const [name, root] of [
    ['the example', EXAMPLE],
    ['the sample root', REPO],
  ] as const)
    for (const today of ['2026-11-27', '2027-03-20', '2027-12-30'])
      it(`${name} on ${today}: every diagnostic has the catalogue's severity`, () => {
        const ds = checkRootDiagnostics(root, today);
        expect(ds.filter((d) => listed.get(d.code) !== d.severity).map((d) => `${d.code} ${d.severity} (listed ${listed.get(d.code)}): ${d.message}`)).toEqual(
          [],
        );
      });
});
