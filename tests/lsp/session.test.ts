/**
 * The server's logic without a transport: each edit is one incremental Driver.update (one file parsed again,
 * not the root), a tariff edit re-publishes the customers it affects, and ranges are LSP's (0-based, UTF-16).
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { Driver, memoryHost } from '../../src/driver/index.js';
import { RootSession } from '../../src/lsp/server.js';
import { lspRange, rootPaths } from '../../src/lsp/paths.js';
import { codeActions, guessOf } from '../../src/lsp/features.js';
import { EXAMPLE, readRoot, TODAY } from '../helpers.js';

const ROOT = '/srv/root';
const ACME = 'customers/acme-logistics.yaml';
const T2027 = 'policies/tariffs/2027-04-01.yaml';

function session() {
  const sources = readRoot(EXAMPLE);
  const text = (p: string) => new TextDecoder().decode(sources.find((s) => s.path === p)!.bytes);
  const published = new Map<string, LspDiagnostic[]>();
  const paths = rootPaths(ROOT);
  const s = new RootSession(
    paths,
    new Driver(memoryHost(sources), { today: TODAY }),
    { root: () => ROOT, openDriver: () => undefined as never, schemaFiles: () => new Map(), readFile: (_r, p) => sources.find((x) => x.path === p)?.bytes },
    (uri, ds) => published.set(uri, ds),
    () => 0,
  );
  return { s, published, text, uri: (p: string) => paths.uri(p) };
}

describe('RootSession', () => {
  it('an edit is an incremental update: one file parsed, the cross-file rules re-run for the others', async () => {
    const { s, published, text, uri } = session();
    await s.start();
    expect(s.last!.stats.parsed).toBe(s.last!.stats.files);
    s.open(uri(T2027), text(T2027));
    await s.idle();
    s.change(uri(T2027), 2, [{ text: text(T2027).replace('\n  - { code: config-backup, name: 設定バックアップ, monthlyFee: 3500, per: server }', '') }]);
    await s.idle();
    expect(s.last!.stats.parsed).toBe(1);
    // the tariff edit put R011 on the customer (a file not open in the editor)
    expect(published.get(uri(ACME))!.map((d) => d.code)).toContain('R011');
    s.close(uri(T2027));
    await s.idle();
    expect(published.get(uri(ACME))!.map((d) => d.code)).not.toContain('R011');
  });

  it('an open that changes nothing re-checks nothing; files outside the input folders are not the server’s', async () => {
    const { s, text, uri } = session();
    await s.start();
    const before = s.last;
    s.open(uri(ACME), text(ACME));
    s.open(pathToFileURL(`${ROOT}/README.yaml`).href, 'x: 1\n');
    s.open(pathToFileURL('/elsewhere/customers/x.yaml').href, 'x: 1\n');
    await s.idle();
    expect(s.last).toBe(before);
  });

  it('a driver opened incremental keeps the first check for update: the first edit reads no file again', async () => {
    const sources = readRoot(EXAMPLE);
    let reads = 0;
    const host = memoryHost(sources);
    const counting = {
      ...host,
      readSources: () => {
        reads++;
        return host.readSources();
      },
    };
    const driver = new Driver(counting, { today: TODAY, incremental: true });
    await driver.check();
    const acme = sources.find((x) => x.path === ACME)!;
    const r = await driver.update(ACME, new TextEncoder().encode(new TextDecoder().decode(acme.bytes).replace('plan: standard', 'plan: gold')), {
      resolve: false,
    });
    expect(reads).toBe(1);
    expect(r.stats.parsed).toBe(1);
    expect(r.diagnostics.map((d) => d.code)).toContain('R010');
  });

  it('quick fixes from the features API: "did you mean" on a plan code (R010), a work order server (R021) and a field name (S001)', async () => {
    const { s, published, text, uri } = session();
    await s.start();
    const edited = text(ACME).replace('plan: standard', 'plan: premiun').replace('server: fs02', 'server: fs2');
    s.open(uri(ACME), edited);
    await s.idle();
    const fixes = () => {
      const doc = s.document(uri(ACME))!.doc;
      return codeActions(s.features(), ACME, doc, published.get(uri(ACME))!).map((a) => {
        const e = Object.values(a.edit!.changes!)[0]![0]!;
        return [a.title, doc.getText(e.range), e.newText];
      });
    };
    expect(fixes()).toEqual([
      ['Change to "premium"', 'premiun', 'premium'],
      ['Change to "fs02"', 'fs2', 'fs02'],
    ]);
    s.change(uri(ACME), 2, [{ text: text(ACME).replace('appliedOn:', 'appliedOnn:') }]);
    await s.idle();
    expect(fixes()).toEqual([['Change to "appliedOn"', 'appliedOnn', 'appliedOn']]);
    // the guess comes from the English hint whatever the client's language (a Japanese hint says it otherwise)
    expect(guessOf('did you mean "azure"? use one of the listed values')).toBe('azure');
    expect(guessOf('did you mean 2027-04-01? tariffs: 2019-07-01, 2027-04-01')).toBe('2027-04-01');
    expect(guessOf('servers of this customer: fs01, fs02')).toBeUndefined();
  });

  it('ranges: 1-based columns in UTF-16 code units, end exclusive -> 0-based LSP positions', () => {
    expect(lspRange({ line: 17, col: 17, endLine: 17, endCol: 18 })).toEqual({ start: { line: 16, character: 16 }, end: { line: 16, character: 17 } });
    expect(lspRange({ line: 1, col: 1, endLine: 1, endCol: 1 })).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  it('URIs: percent-encoded names map to root paths and back', () => {
    const p = rootPaths(ROOT);
    const u = p.uri('customers/a b.yaml');
    expect(u).toBe('file:///srv/root/customers/a%20b.yaml');
    expect(p.relative(u)).toBe('customers/a b.yaml');
    expect(p.relative('untitled:Untitled-1')).toBeUndefined();
  });
});

describe('vmsc lsp (command line)', () => {
  it('needs --stdio, and a --root that exists, before it talks LSP', async () => {
    const { vmsc } = await import('../helpers.js');
    const noStdio = await vmsc(['lsp']);
    expect(noStdio.code).toBe(2);
    expect(noStdio.stderr).toMatch(/pass --stdio/);
    const noRoot = await vmsc(['lsp', '--stdio', '--root', '/nonexistent/vmsc-root']);
    expect(noRoot.code).toBe(1);
    expect(noRoot.stderr).toMatch(/root folder not found/);
  });
});
