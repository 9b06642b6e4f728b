/**
 * Hover, completion and go to definition of `vmsc lsp`, asked by a real client (Neovim headless) at five
 * positions of the example root, and once more after an unsaved edit of the tariff (the answers follow the
 * buffer, through the same incremental check as the diagnostics).
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
});
