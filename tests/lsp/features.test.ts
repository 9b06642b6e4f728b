/**
 * Hover, completion and go to definition of `vmsc lsp`, asked by a real client (Neovim headless) at five
 * positions of the example root, and once more after an unsaved edit of the tariff (the answers follow the
 * buffer, through the same incremental check as the diagnostics). Then the resolved meanings of dates and of a
 * termination, and the quick fixes ("did you mean", the earliest legal end date), in Japanese and English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { copyRoot, REPO, TODAY } from '../helpers.js';
import { describeWithTool } from '../tools.js';
import { neovim } from './neovim.js';
import type { Answer, Step } from './neovim.js';

const ACME = 'customers/acme-logistics.yaml';
const ROUTING = 'policies/routing.yaml';
const T2019 = 'policies/tariffs/2019-07-01.yaml';
const KITA = 'customers/kitanihon-seiki.yaml';
const CALENDAR = 'policies/calendar.yaml';

/** the 0-based LSP position of the `n`th character of `text` on the line of `file` that contains `line` */
function at(root: string, file: string, line: string, text: string): { line: number; character: number } {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(line));
  if (i < 0) throw new Error(`${line} not in ${file}`);
  const c = lines[i]!.indexOf(text, lines[i]!.indexOf(line));
  return { line: i, character: c + 1 };
}

const labels = (a: Answer) => (a.result as Array<{ label: string }>).map((x) => x.label);
const hoverText = (a: Answer) => (a.result as { contents: { kind: string; value: string } }).contents.value;

describeWithTool('nvim', 'vmsc lsp with Neovim: hover, completion, definition', () => {
  it('answers at five positions from the policies and the schemas', () => {
    const root = copyRoot();
    const plan = at(root, ACME, 'plan: standard', 'standard');
    const steps: Step[] = [
      { open: ACME },
      { open: ROUTING },
      { request: 'textDocument/hover', file: ACME, position: plan },
      { request: 'textDocument/completion', file: ACME, position: at(root, ACME, 'options: [monthly-report', 'config-backup') },
      { request: 'textDocument/definition', file: ACME, position: plan },
      { request: 'textDocument/completion', file: ACME, position: at(root, ACME, 'server: fs02', 'fs02') },
      { request: 'textDocument/completion', file: ROUTING, position: at(root, ROUTING, 'outsideHelpdeskHours: [noc]', 'noc') },
      { request: 'textDocument/hover', file: ACME, position: at(root, ACME, 'billingStartsOn: 2026-07-01', 'billingStartsOn') },
      // the tariff edited in a buffer, not saved: the hover gives the new fee
      { open: T2019 },
      { edit: T2019, from: 'initialFee: 100000, monthlyFee: 30000', to: 'initialFee: 100000, monthlyFee: 31000' },
      { request: 'textDocument/hover', file: ACME, position: plan },
    ];
    const [hoverPlan, complOptions, def, complServer, complReceiver, hoverKey, hoverEdited] = neovim(root, steps, TODAY);

    // 1. hover on a plan code: its fee under the tariff in force on billingStartsOn, and the schema description
    expect(hoverText(hoverPlan!)).toContain(
      '**standard** — スタンダード: monthly ¥30,000 per server, initial ¥100,000 (policies/tariffs/2019-07-01.yaml, in force on billingStartsOn 2026-07-01)',
    );
    expect(hoverText(hoverPlan!)).toContain('Plan code of the tariff in force');
    // 2. completion of option codes: those of the tariff in force (2019-07-01), not of the later one
    expect(labels(complOptions!)).toEqual(['monthly-report', 'config-backup']);
    // 3. definition: the code's line in the tariff
    const loc = def!.result as { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
    expect(loc.uri).toBe(`file://${root}/${T2019}`);
    const tariffLine = readFileSync(join(root, T2019), 'utf8').split('\n')[loc.range.start.line]!;
    expect(tariffLine.slice(loc.range.start.character, loc.range.end.character)).toBe('standard');
    expect(tariffLine).toContain('code: standard');
    // 4. completion of a work order's server: the customer's server ids
    expect(labels(complServer!)).toEqual(['fs01', 'fs02']);
    // 5. completion of a routing rule's receivers: the receiver ids of routing.yaml
    expect(labels(complReceiver!)).toEqual(['helpdesk', 'noc']);
    // a key: the schema description of that field (the compiler's customer schema)
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas/customer.schema.json'), 'utf8')) as {
      properties: { contract: { properties: { billingStartsOn: { description: string } } } };
    };
    expect(hoverText(hoverKey!)).toBe(schema.properties.contract.properties.billingStartsOn.description);
    expect(hoverText(hoverEdited!)).toContain('monthly ¥31,000 per server');
  }, 120_000);

  it.each([
    { lang: 'en', locale: undefined },
    { lang: 'ja', locale: 'ja-JP' },
  ])(
    'hover: the holiday of a closed date, the earliest legal end date; quick fixes: did you mean, the earliest end ($lang)',
    ({ lang, locale }) => {
      const root = copyRoot();
      const ja = lang === 'ja';
      const lineOf = (file: string, text: string) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .findIndex((l) => l.includes(text));
      const whole = (file: string, text: string) => {
        const line = lineOf(file, text);
        return { start: { line, character: 0 }, end: { line, character: 200 } };
      };
      const steps: Step[] = [
        { open: CALENDAR },
        // a closed date on a national holiday: the hover names it (2026-05-04 is みどりの日)
        { edit: CALENDAR, from: 'closedDates: []', to: 'closedDates: [2026-05-04, 2026-06-05]' },
        { request: 'textDocument/hover', file: CALENDAR, position: { line: lineOf(CALENDAR, 'closedDates'), character: '  closedDates: [2026-05'.length } },
        { open: KITA },
        // the termination: the earliest legal end date for its notice
        { request: 'textDocument/hover', file: KITA, position: at(root, KITA, 'termination:', 'termination') },
        // a notice too late (R019): the quick fix sets endsOn to the earliest legal end date; applied, R019 is gone
        { edit: KITA, from: 'noticedOn: 2026-11-20', to: 'noticedOn: 2026-12-01' },
        { request: 'textDocument/codeAction', file: KITA, range: whole(KITA, 'termination:'), apply: true },
        { snapshot: 'after the end-date fix' },
        { open: ACME },
        // a value near an allowed one (S004): did you mean
        { edit: ACME, from: 'environment: azure', to: 'environment: azur' },
        { request: 'textDocument/codeAction', file: ACME, range: whole(ACME, 'environment: azur'), apply: true },
        { open: ROUTING },
        // a receiver id near a defined one (R025)
        { edit: ROUTING, from: 'outsideHelpdeskHours: [noc]', to: 'outsideHelpdeskHours: [nocc]' },
        { request: 'textDocument/codeAction', file: ROUTING, range: whole(ROUTING, 'outsideHelpdeskHours: [nocc]'), apply: true },
        { snapshot: 'after every fix' },
        // the fee of a plan code, in the client's language
        { request: 'textDocument/hover', file: ACME, position: at(root, ACME, 'plan: standard', 'standard') },
      ];
      const answers = neovim(root, steps, TODAY, locale);
      const requests = answers.filter((a) => a.request);
      const [holiday, termination, endFix, azure, noc, fee] = requests;
      expect(hoverText(fee!)).toContain(
        ja
          ? '**standard** — スタンダード: 月額 ¥30,000／サーバー、初期費用 ¥100,000（policies/tariffs/2019-07-01.yaml、課金開始日 2026-07-01 に有効）'
          : '**standard** — スタンダード: monthly ¥30,000 per server, initial ¥100,000 (policies/tariffs/2019-07-01.yaml, in force on billingStartsOn 2026-07-01)',
      );
      expect(hoverText(holiday!)).toContain(
        ja
          ? '**2026-05-04**（月曜日、祝日「みどりの日」）— ヘルプデスク休業: 祝日（みどりの日）、休業日'
          : '**2026-05-04** (月曜日, national holiday みどりの日) — helpdesk closed: 祝日（みどりの日）, 休業日',
      );
      expect(hoverText(termination!)).toContain(
        ja ? '**最短のサービス終了日**: 2026-12-31（2026-11-20 の解約通知' : '**earliest legal end date**: 2026-12-31 (notice on 2026-11-20',
      );
      type Action = { title: string; kind: string; edit: { changes: Record<string, Array<{ newText: string }>> } };
      const first = (a: Answer) => (a.result as Action[])[0]!;
      const newText = (a: Answer) => Object.values(first(a).edit.changes)[0]![0]!.newText;
      expect(first(endFix!).title).toBe(ja ? 'endsOn を最短のサービス終了日 2027-01-31 にする' : 'Set endsOn to the earliest legal end date, 2027-01-31');
      expect(newText(endFix!)).toBe('2027-01-31');
      expect(first(endFix!).kind).toBe('quickfix');
      expect(newText(azure!)).toBe('azure');
      expect(first(azure!).title).toBe(ja ? '"azure" に直す' : 'Change to "azure"');
      expect(newText(noc!)).toBe('noc');
      const codes = (name: string) =>
        Object.values(answers.find((a) => a.snapshot === name)!.diagnostics!)
          .flat()
          .map((d) => d.code);
      expect(codes('after the end-date fix')).not.toContain('R019');
      // every fix applied: the diagnostics are those of the example on disk again (no S004, R025)
      const after = codes('after every fix');
      for (const c of ['R019', 'S004', 'R025']) expect(after).not.toContain(c);
    },
    120_000,
  );
});
