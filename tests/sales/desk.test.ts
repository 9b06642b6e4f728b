/**
 * The sales library as the desk web page calls it: a Driver on in-memory sources, one `update` per edit of the
 * prospect file, then scopedModel + priceQuote / renderApplication / promoteProspect; and the prospect schema in
 * what `vmsc init` writes.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Driver, memoryHost } from '../../src/driver/index.js';
import { priceQuote, promoteProspect, renderApplication, scopedModel } from '../../src/sales/index.js';
import { vmsc } from '../helpers.js';
import { tmp } from '../build/util.js';
import { ASSETS, pdfText } from '../documents/pdf.js';
import { MINAMI, MINAMI_READY, MINAMI_TEXT, salesRootOf } from './fixtures.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('the sales library on a Driver', () => {
  it('an edit of the prospect re-prices the quote; a broken edit gives located errors; the complete one promotes', async () => {
    const driver = new Driver(memoryHost(salesRootOf().sources()), { today: '2026-12-01' });
    let r = await driver.update(MINAMI, enc(MINAMI_TEXT.replace('serverCount: 2', 'serverCount: 3')), { resolve: false });
    let s = scopedModel(r, { prospect: 'minami-shoji' });
    const prospect = () => r.inputs.prospects.find((p) => p.data.id === 'minami-shoji')!.data;
    // premium 45,000 × 3 + report 5,000 + backup 3,000 × 3 = 149,000; tax 14,900
    expect(priceQuote(s.model!, prospect(), '2026-12-01').monthly.total).toBe(163900);

    r = await driver.update(MINAMI, enc(MINAMI_TEXT.replace('plan: premium', 'plan: premiun')), { resolve: false });
    s = scopedModel(r, { prospect: 'minami-shoji' });
    expect(s.model).toBeUndefined();
    expect(s.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual([`Q003 ${MINAMI}:13`]);

    r = await driver.update(MINAMI, enc(MINAMI_TEXT + MINAMI_READY), { resolve: false });
    s = scopedModel(r, { prospect: 'minami-shoji' });
    const app = await pdfText(renderApplication(ASSETS, s.model!, prospect()).bytes);
    expect(app.text).toContain('MINAMI-FS02'); // the server details, once known, are printed on the form
    const p = promoteProspect(r.sources, 'minami-shoji', { today: '2026-12-01' });
    expect(p.path).toBe('customers/minami-shoji.yaml');
    expect(p.yamlText).toContain('hostname: MINAMI-FS01');
    await driver.close();
  });
});

describe('vmsc init', () => {
  it('writes schemas/prospect.schema.json, so that prospect files validate in the editor', async () => {
    const root = join(tmp('vmsc-init-'), 'root');
    const r = await vmsc(['init', root]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(root, 'schemas', 'prospect.schema.json'))).toBe(true);
    expect((await vmsc(['schemas', '--root', root])).stdout).toContain('schemas/ is current');
  });
});

describe('the language server on a prospect file', () => {
  it('completes plan and option codes from the tariff in force on plannedStartOn, and hovers the schema text', async () => {
    const { TextDocument } = await import('vscode-languageserver-textdocument');
    const { completion, hover } = await import('../../src/lsp/features.js');
    const { compilerSchemaFiles } = await import('../../src/cli/host.js');
    const r = salesRootOf();
    const driver = new Driver(memoryHost(r.sources()), { today: '2026-12-01' });
    const check = await driver.check();
    const ctx = { check, schemas: compilerSchemaFiles(), today: '2026-12-01', uri: (p: string) => `file:///root/${p}` };
    const doc = TextDocument.create('file:///root/prospects/minami-shoji.yaml', 'yaml', 1, MINAMI_TEXT);
    const at = (needle: string, offset: number) => doc.positionAt(MINAMI_TEXT.indexOf(needle) + offset);
    const plans = completion(ctx, MINAMI, doc, at('plan: premium', 8)).map((c) => c.label);
    expect(plans).toEqual(['standard', 'premium']);
    const options = completion(ctx, MINAMI, doc, at('config-backup]', 2));
    expect(options.map((c) => c.label)).toEqual(['monthly-report', 'config-backup']);
    expect(options[1]!.detail).toContain('¥3,000'); // the 2019-07-01 tariff, in force on 2027-03-01
    const h = hover(ctx, MINAMI, doc, at('plan: premium', 8));
    expect(JSON.stringify(h)).toContain('in force on plannedStartOn 2027-03-01');
    expect(JSON.stringify(hover(ctx, MINAMI, doc, at('serverCount: 2', 13)))).toContain('対象サーバー台数');
    await driver.close();
  });
});
