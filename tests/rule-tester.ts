/**
 * The rule tester, in the spirit of ESLint's RuleTester: each case edits a copy of the example root (in memory),
 * runs the whole check on it (checkDiagnostics of tests/helpers.ts) and compares the diagnostics of the codes under
 * test with what the case expects, at file:line:col exactly.
 *
 *   ruleTester('R019', {
 *     valid: [{ name: '第6条1: notice exactly one month before the end', edit: (r) => r.replace(KITA, '…', '…') }],
 *     invalid: [{ name: '第6条1: notice less than a month before the end', edit: (r) => r.replace(KITA, '…', '…'),
 *                 expect: [{ code: 'R019', file: KITA, line: 40, col: 16, messageIncludes: '2026-11-30' }] }],
 *   });
 *
 * An invalid case passes when every expected diagnostic is reported (code, file, line:col, severity — error unless
 * said —, message, a hint of more than 10 characters) and no other diagnostic of the codes under test is (codes in `also`, of the case, or
 * `allow`, of the tester, excepted). A valid case passes when no diagnostic of the codes under test is reported.
 * Name cases after the article of the terms (or the section of the specification) they check.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import type { SourceFile } from '../src/load/yaml.js';
import { MESSAGES } from '../src/diagnostics/messages/index.js';
import { CODES } from '../src/diagnostics/catalogue.js';
import { checkDiagnostics, EXAMPLE, readRoot, TODAY } from './helpers.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** YAML paths for Root.yaml: keys and list indexes from the top of the document */
export type YamlPath = readonly (string | number)[];

/**
 * A root in memory: path relative to the root (customers/acme-logistics.yaml) → bytes, in the order readRoot
 * lists them. A Map, with helpers for the usual edits; every helper fails when it would change nothing.
 */
export class Root extends Map<string, Uint8Array> {
  /** a copy of the root in a folder (the example root by default) */
  static of(dir: string = EXAMPLE): Root {
    return new Root(readRoot(dir).map((s) => [s.path, s.bytes] as const));
  }

  text(file: string): string {
    const b = this.get(file);
    if (b === undefined) throw new Error(`rule tester: no ${file} in the root`);
    return dec(b);
  }

  /** writes (or adds) a file */
  write(file: string, content: string | Uint8Array): this {
    return this.set(file, typeof content === 'string' ? enc(content) : content);
  }

  remove(file: string): this {
    if (!this.delete(file)) throw new Error(`rule tester: no ${file} to remove`);
    return this;
  }

  rename(from: string, to: string): this {
    const b = this.get(from);
    if (b === undefined) throw new Error(`rule tester: no ${from} to rename`);
    this.delete(from);
    return this.set(to, b);
  }

  /** replaces the first occurrence of `from` in `file` (which must contain it) */
  replace(file: string, from: string, to: string): this {
    const t = this.text(file);
    if (!t.includes(from)) throw new Error(`rule tester: ${JSON.stringify(from)} not in ${file}`);
    return this.write(file, t.replace(from, to));
  }

  /** rewrites the text of a file */
  map(file: string, f: (text: string) => string): this {
    const t = this.text(file);
    const after = f(t);
    if (after === t) throw new Error(`rule tester: the edit of ${file} changed nothing`);
    return this.write(file, after);
  }

  /** edits a YAML file with the yaml library (comments kept): sets values at paths, then deletes paths */
  yaml(file: string, o: { set?: [YamlPath, unknown][]; del?: YamlPath[] }): this {
    const doc = parseDocument(this.has(file) ? this.text(file) : '');
    for (const [path, value] of o.set ?? []) doc.setIn(path, value);
    for (const path of o.del ?? []) doc.deleteIn(path);
    return this.write(file, doc.toString());
  }

  /** 1-based line and column of the first occurrence of `needle` (at `offset` characters into it) in a file */
  pos(file: string, needle: string, offset = 0): { line: number; col: number } {
    const t = this.text(file);
    const i = t.indexOf(needle);
    if (i < 0) throw new Error(`rule tester: ${JSON.stringify(needle)} not in ${file}`);
    const before = t.slice(0, i + offset);
    return { line: before.split('\n').length, col: i + offset - before.lastIndexOf('\n') };
  }

  sources(): SourceFile[] {
    return [...this].map(([path, bytes]) => ({ path, bytes }));
  }
}

/** an edit of the root: a function, or several applied in order */
export type Edit = (root: Root) => void;

/** a YAML edit of one file: values set at paths, paths deleted, or (`text`) the whole file replaced or added */
export type YamlEdit = { file: string; set?: [YamlPath, unknown][]; del?: YamlPath[]; text?: string };

/** the Edit that applies YAML edits in order */
export function yamlEdits(edits: YamlEdit[]): Edit {
  return (r) => {
    for (const e of edits) {
      if (e.text !== undefined) r.write(e.file, e.text);
      else r.yaml(e.file, { ...(e.set ? { set: e.set } : {}), ...(e.del ? { del: e.del } : {}) });
    }
  };
}

/** a diagnostic a case expects */
export interface Expected {
  code: string;
  file: string;
  /** where it points: line and col, or `at`: the first occurrence of a text in the edited file and an offset into it */
  line?: number;
  col?: number;
  at?: [needle: string, offset: number];
  severity?: 'error' | 'warning';
  message?: RegExp;
  messageIncludes?: string;
  hint?: RegExp;
  hintIncludes?: string;
}

export interface ValidCase {
  name: string;
  edit?: Edit | Edit[];
  /** files to write (content) or remove (null), after `edit` */
  files?: Record<string, string | Uint8Array | null>;
  /** the day to check on (default TODAY) */
  today?: string;
}

export interface InvalidCase extends ValidCase {
  expect: Expected | Expected[];
  /** codes under test this change also (rightly) causes, anywhere, any number of times (the expected code too:
   * more diagnostics of it beside the expected ones) */
  also?: string[];
}

export interface RuleTests {
  valid?: ValidCase[];
  invalid?: InvalidCase[];
  /** codes under test the example itself reports and no case is about (e.g. warnings the example always has) */
  allow?: string[];
  /** the root the cases edit (default: the example root) */
  root?: string;
  /** the describe() title (default: the codes under test) */
  title?: string;
}

const show = (d: Diagnostic) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}`;

/** the diagnostics of the codes under test for a case: its edits applied to a copy of the root, then the whole check */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

export function caseDiagnostics(codes: string | RegExp, c: ValidCase, root: string = EXAMPLE): { root: Root; diagnostics: Diagnostic[] } {
  const r = Root.of(root);
  for (const e of [c.edit ?? []].flat()) e(r);
  for (const [file, content] of Object.entries(c.files ?? {})) {
    if (content === null) r.remove(file);
    else r.write(file, content);
  }
  const inScope = typeof codes === 'string' ? (code: string) => code === codes : (code: string) => codes.test(code);
  const all = checkDiagnostics(r.sources(), c.today ?? TODAY);
  // every case of every rule test and of the corpus: each diagnostic check emits has the severity `vmsc check --codes` lists
  const wrong = all.filter((d) => LISTED.get(d.code) !== undefined && LISTED.get(d.code) !== d.severity);
  expect(
    wrong.map((d) => `${show(d)} (listed as ${LISTED.get(d.code)})`),
    `${c.name}: emitted and listed severities differ`,
  ).toEqual([]);
  return { root: r, diagnostics: all.filter((d) => inScope(d.code)) };
}

const LISTED = new Map(CODES.map((x) => [x.code, x.severity] as const));

/**
 * Registers a describe() of the cases: `codes` is the code under test ('R019') or a family of them
 * (/^[LSPXR]\d{3}$/); only diagnostics of these codes are looked at.
 */
export function ruleTester(codes: string | RegExp, tests: RuleTests): void {
  const allow = new Set(tests.allow ?? []);
  describe(tests.title ?? String(codes), () => {
    for (const c of tests.invalid ?? []) {
      it(c.name, () => {
        const { root, diagnostics: ds } = caseDiagnostics(codes, c, tests.root);
        const got = `got:\n${ds.map(show).join('\n')}`;
        const matched = new Set<Diagnostic>();
        for (const e of [c.expect].flat()) {
          const at = e.at ? root.pos(e.file, e.at[0], e.at[1]) : { line: e.line, col: e.col };
          if (at.line === undefined || at.col === undefined) throw new Error(`rule tester: ${c.name}: ${e.code} has neither line and col nor at`);
          const where = `${e.code} at ${e.file}:${at.line}:${at.col}`;
          const hit = ds.find((d) => !matched.has(d) && d.code === e.code && d.file === e.file && d.line === at.line && d.col === at.col);
          expect(hit, `expected ${where}; ${got}`).toBeDefined();
          matched.add(hit!);
          expect(hit!.severity, where).toBe(e.severity ?? 'error');
          if (e.message) expect(hit!.message, where).toMatch(e.message);
          if (e.messageIncludes !== undefined) expect(hit!.message, where).toContain(e.messageIncludes);
          if (e.hint) expect(hit!.hint, where).toMatch(e.hint);
          if (e.hintIncludes !== undefined) expect(hit!.hint, where).toContain(e.hintIncludes);
          expect(hit!.hint.length, `${where} has no hint`).toBeGreaterThan(10);
          // a code of the message catalogue is built from it: its Japanese text comes with the English
          if (Object.hasOwn(MESSAGES, e.code)) expect(hit!.ja?.message, `${where} has no Japanese message (built without MESSAGES)`).toMatch(JAPANESE);
        }
        const also = new Set(c.also ?? []);
        const unexpected = ds.filter((d) => !matched.has(d) && !also.has(d.code) && !allow.has(d.code));
        expect(unexpected.map(show), 'diagnostics the case does not expect').toEqual([]);
      });
    }
    for (const c of tests.valid ?? []) {
      it(`valid: ${c.name}`, () => {
        const { diagnostics: ds } = caseDiagnostics(codes, c, tests.root);
        expect(ds.filter((d) => !allow.has(d.code)).map(show)).toEqual([]);
      });
    }
  });
}
