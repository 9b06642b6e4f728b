/**
 * `vmsc lsp --stdio` through a real client (Neovim headless): after each edit of a buffer the diagnostics the
 * client holds equal `vmsc check --format json` on the same content written to disk — load, schema, rules and
 * cross-file rules (a tariff edit re-checks the customers), UTF-16 columns after Japanese text included — and a
 * buffer closed unsaved falls back to the file on disk. In both languages: a client whose initialize `locale` is
 * `ja` gets the Japanese messages and hints of `vmsc check --lang ja`, one with no locale (and an English
 * environment) the English ones.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { copyRoot, TODAY, vmsc } from '../helpers.js';
import { describeWithTool } from '../tools.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { asVmsc, neovim } from './neovim.js';
import type { Step } from './neovim.js';
import { it } from 'vitest';

const ACME = 'customers/acme-logistics.yaml';
const KITA = 'customers/kitanihon-seiki.yaml';
const T2027 = 'policies/tariffs/2027-04-01.yaml';

/** cases of the broken-input corpus (tests/corpus/corpus.test.ts), by the same names: one text edit each */
const CASES: Array<{ name: string; file: string; from: string; to: string; code: string; at: string }> = [
  { name: 'load: syntax error (unclosed quote)', file: ACME, from: 'name: 鈴木 一郎', to: 'name: "鈴木 一郎', code: 'L003', at: `${ACME}:17:17` },
  { name: 'schema: value not allowed, with did-you-mean', file: ACME, from: 'environment: azure', to: 'environment: azur', code: 'S004', at: `${ACME}:39:18` },
  { name: 'schema: 2026-02-30 is not a real date', file: ACME, from: 'appliedOn: 2026-06-15', to: 'appliedOn: 2026-02-30', code: 'S006', at: `${ACME}:30:14` },
  { name: 'R010 第15条: plan not in the tariff in force', file: ACME, from: 'plan: standard', to: 'plan: gold', code: 'R010', at: `${ACME}:33:9` },
  {
    name: 'R011 第2条4: a later tariff drops an option (a tariff edit re-checks the customer)',
    file: T2027,
    from: '\n  - { code: config-backup, name: 設定バックアップ, monthlyFee: 3500, per: server }',
    to: '',
    code: 'R011',
    at: `${ACME}:34:29`,
  },
  {
    name: 'R019 第6条1: notice less than a month before the end',
    file: KITA,
    from: 'noticedOn: 2026-11-20',
    to: 'noticedOn: 2026-12-01',
    code: 'R019',
    at: `${KITA}:25:29`,
  },
  {
    name: 'R021 第8条: work order names a server the customer does not have',
    file: ACME,
    from: 'server: fs02',
    to: 'server: fs03',
    code: 'R021',
    at: `${ACME}:64:13`,
  },
];

const order = (ds: Diagnostic[]) =>
  ds
    .filter((d) => d.file !== '')
    .map(({ code, severity, file, line, col, endLine, endCol, message, hint }) => ({ code, severity, file, line, col, endLine, endCol, message, hint }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function checkJson(root: string, lang: 'en' | 'ja'): Promise<Diagnostic[]> {
  const r = await vmsc(['check', '--root', root, '--format', 'json', '--today', TODAY, '--lang', lang]);
  return (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
}

/** kana: a Japanese sentence has them, an English message quoting a kanji term (第6条) does not */
const JAPANESE = /[\u3040-\u30ff]/;

describeWithTool('nvim', 'vmsc lsp with Neovim: diagnostics as vmsc check', () => {
  it.each([
    { lang: 'en' as const, locale: undefined },
    { lang: 'ja' as const, locale: 'ja' },
  ])(
    'each corpus edit, unsaved in a buffer, gives the diagnostics of vmsc check --lang $lang on that content (client locale $locale); closing the buffer gives the disk back',
    async ({ lang, locale }) => {
      const root = copyRoot();
      const steps: Step[] = [{ snapshot: 'start' }];
      for (const c of CASES)
        steps.push({ open: c.file }, { edit: c.file, from: c.from, to: c.to }, { snapshot: c.name }, { close: c.file }, { snapshot: `${c.name}: closed` });
      const answers = neovim(root, steps, TODAY, locale);
      const rootUri = pathToFileURL(`${root}/`).href;
      const snap = (name: string) => asVmsc(answers.find((a) => a.snapshot === name)!.diagnostics!, rootUri, lang);

      const disk = order(await checkJson(root, lang));
      expect(order(snap('start'))).toEqual(disk);
      for (const c of CASES) {
        // the same edit on disk, checked by the CLI
        const abs = join(root, c.file);
        const before = readFileSync(abs, 'utf8');
        expect(before.includes(c.from), c.name).toBe(true);
        writeFileSync(abs, before.replace(c.from, c.to));
        const want = order(await checkJson(root, lang));
        writeFileSync(abs, before);
        const got = order(snap(c.name));
        expect(got, c.name).toEqual(want);
        // the language is the client's: Japanese for a `ja` client, whatever the server's environment says
        const own = got.find((d) => d.code === c.code && `${d.file}:${d.line}:${d.col}` === c.at);
        if (own) expect(JAPANESE.test(own.message), `${c.name}: message in ${lang}`).toBe(lang === 'ja');
        expect(
          got.some((d) => d.code === c.code && `${d.file}:${d.line}:${d.col}` === c.at),
          `${c.name}: ${c.code} at ${c.at}`,
        ).toBe(true);
        expect(order(snap(`${c.name}: closed`)), `${c.name}: closed`).toEqual(disk);
      }
    },
    180_000,
  );
});
