/**
 * Issue 18: a schema error in a file no longer hides that file's rule errors. The rules run once more on the
 * schema-valid part of such a file (a wrong value replaced by the schema's example, or removed), located in the
 * whole file; what a removed part would make them say (e.g. "no primary contact") is not reported.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/driver/index.js';
import { validPart } from '../../src/validate/schema.js';
import { parse } from 'yaml';
import { Root } from '../rule-tester.js';

const ACME = 'customers/acme-logistics.yaml';
const TODAY = '2026-11-27';

const codes = (r: Root) =>
  check(r.sources(), { today: TODAY })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`);

describe('schema errors and rule errors of one file in one run', () => {
  it('an unknown field (S001), a bad address (S010) and appliedOn after billingStartsOn (R016), all at once', () => {
    const r = Root.of()
      .replace(ACME, 'department: 情報システム部', 'department: 情報システム部\nfoo: 1')
      .replace(ACME, 'email: hanako.tanaka@acme.example.co.jp', 'email: "hanako tanaka@acme"')
      .replace(ACME, 'appliedOn: 2026-06-15', 'appliedOn: 2099-01-01');
    expect(codes(r)).toEqual([`${ACME}:9:1 S001`, `${ACME}:13:12 S010`, `${ACME}:${r.pos(ACME, 'appliedOn: 2099').line}:14 R016`]);
  });

  it('a wrong enum value keeps its server for the rules: no made-up "work order names a missing server" (R021)', () => {
    const r = Root.of().replace(ACME, 'environment: azure', 'environment: azur');
    expect(codes(r)).toEqual([`${ACME}:39:18 S004`]);
  });

  it('a rule error located in a list item after a removed one is located in the whole file', () => {
    // servers[0] loses a required field (removed with its item); servers[1]'s rule error keeps its own line
    const r = Root.of().replace(ACME, 'environment: azure', 'environmentx: azure');
    const t = r.text(ACME);
    const second = t.indexOf('hostname:', t.indexOf('hostname:') + 1);
    const line = t.slice(0, second).split('\n').length;
    r.write(ACME, `${t.slice(0, second)}hostname: ACME-FS01${t.slice(t.indexOf('\n', second))}`);
    const got = check(r.sources(), { today: TODAY }).diagnostics.filter((d) => d.severity === 'error');
    expect(got.map((d) => d.code)).toContain('S001');
    // the duplicate hostname of the second server against the (removed) first is not reported, nothing lands on a wrong line
    for (const d of got.filter((x) => x.code.startsWith('R') || x.code.startsWith('A'))) expect(d.line, JSON.stringify(d)).toBe(line);
  });

  it('validPart: the valid rest, and the paths of what was removed or replaced, in the whole file', () => {
    const data = parse(Root.of().text(ACME)) as { servers: Array<Record<string, unknown>>; contacts: Array<Record<string, unknown>> };
    data.servers[0]!['environment'] = 'azur';
    (data as Record<string, unknown>)['extra'] = 1;
    data.contacts[0]!['email'] = 'no address';
    const p = validPart(data, 'customer')!;
    expect(p.pruned).toEqual([['servers', 0, 'environment'], ['extra'], ['contacts', 0, 'email']].sort());
    expect((p.data as typeof data).servers).toHaveLength(2);
    expect(validPart([1, 2], 'customer')).toBeUndefined(); // nothing valid left: no rules on it
  });
});
