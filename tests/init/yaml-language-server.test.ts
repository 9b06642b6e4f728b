/**
 * yaml-language-server (the real one, npm devDependency, over stdio with a vscode-languageserver-protocol
 * client) on a root made by `vmsc init`: it finds the schemas the modelines name (`../schemas/*.schema.json`)
 * and flags a broken file against them; and its format checks (date, e-mail by regex, URI by parsing) agree
 * with vmsc's: every value it flags, `vmsc check` flags at the same line (S005, S006, S010), and what vmsc adds
 * is what a regex cannot see (2026-02-30 is no date; a URI with a space) — the checks the vmsc language server
 * adds beside it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Diagnostic as LspDiagnostic, ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { TODAY, vmsc } from '../helpers.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
const CUSTOMER = 'customers/acme-logistics.yaml';
const PROVIDER = 'policies/provider.yaml';

/** a client on a spawned yaml-language-server: open a document, get the diagnostics it publishes for it */
class YamlLs {
  private readonly child: ChildProcess;
  private readonly conn: ProtocolConnection;
  private readonly waiting = new Map<string, (ds: LspDiagnostic[]) => void>();

  constructor(readonly root: string) {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    const settings = { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false } };
    // the settings a client gives when asked (section "yaml"; the others have none)
    this.conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => (i.section === 'yaml' ? settings : null)));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: LspDiagnostic[] }) => {
      const w = this.waiting.get(p.uri);
      if (w) {
        this.waiting.delete(p.uri);
        w(p.diagnostics);
      }
    });
    this.conn.listen();
  }

  async start(): Promise<void> {
    const rootUri = pathToFileURL(this.root).href;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    });
    await this.conn.sendNotification('initialized', {});
    await this.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { yaml: { validate: true, schemaStore: { enable: false } } },
    });
  }

  /** opens `text` as a new document in the folder of `file` (so that the modeline's relative path holds) */
  diagnostics(file: string, name: string, text: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(join(this.root, dirname(file), name)).href;
    const got = new Promise<LspDiagnostic[]>((done) => this.waiting.set(uri, done));
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return got;
  }

  async stop(): Promise<void> {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    this.conn.dispose();
    this.child.kill();
  }
}

/** the format cases: one value each in the init root, whether yaml-language-server and vmsc flag it */
const CASES: Array<{ name: string; file: string; from: string; to: string; yamlLs: boolean; vmsc: boolean }> = [
  { name: 'date: month 13', file: CUSTOMER, from: 'appliedOn: 2026-06-15', to: 'appliedOn: 2026-13-15', yamlLs: true, vmsc: true },
  { name: 'date: not YYYY-MM-DD', file: CUSTOMER, from: 'appliedOn: 2026-06-15', to: 'appliedOn: "2026/06/15"', yamlLs: true, vmsc: true },
  {
    name: 'date: 2026-02-30 (the regex takes any day up to 31: vmsc adds it)',
    file: CUSTOMER,
    from: 'appliedOn: 2026-06-15',
    to: 'appliedOn: 2026-02-30',
    yamlLs: false,
    vmsc: true,
  },
  { name: 'e-mail: no domain', file: CUSTOMER, from: 'email: keiri@acme.example.co.jp', to: 'email: keiri', yamlLs: true, vmsc: true },
  { name: 'e-mail: a domain without a dot', file: CUSTOMER, from: 'email: keiri@acme.example.co.jp', to: 'email: keiri@localhost', yamlLs: true, vmsc: true },
  {
    name: 'e-mail: two addresses',
    file: CUSTOMER,
    from: 'email: keiri@acme.example.co.jp',
    to: 'email: "keiri@acme.example.co.jp, b@acme.example.co.jp"',
    yamlLs: true,
    vmsc: true,
  },
  { name: 'e-mail: valid', file: CUSTOMER, from: 'email: keiri@acme.example.co.jp', to: 'email: keiri.2@acme-example.co.jp', yamlLs: false, vmsc: false },
  {
    name: 'URI: no scheme',
    file: PROVIDER,
    from: 'website: https://www.example.jp/vvault-managed/',
    to: 'website: www.example.jp/vvault-managed/',
    yamlLs: true,
    vmsc: true,
  },
  {
    name: 'e-mail: a one-letter top-level domain (R009)',
    file: CUSTOMER,
    from: 'email: keiri@acme.example.co.jp',
    to: 'email: keiri@acme.example.c',
    yamlLs: true,
    vmsc: true,
  },
  // what the regex lets through and an SMTP server refuses: vmsc adds these
  {
    name: 'e-mail: a non-ASCII local part (vmsc adds it)',
    file: CUSTOMER,
    from: 'email: keiri@acme.example.co.jp',
    to: 'email: 経理@acme.example.co.jp',
    yamlLs: false,
    vmsc: true,
  },
  {
    name: 'e-mail: a quoted local part with a space (vmsc adds it)',
    file: CUSTOMER,
    from: 'email: keiri@acme.example.co.jp',
    to: `email: '"a b"@acme.example.co.jp'`,
    yamlLs: false,
    vmsc: true,
  },
  {
    name: 'URI: a space in the host (URI.parse takes it: vmsc adds it)',
    file: PROVIDER,
    from: 'website: https://www.example.jp/vvault-managed/',
    to: 'website: https://www.exa mple.jp/',
    yamlLs: false,
    vmsc: true,
  },
  {
    name: 'URI: not https (the schema pattern)',
    file: PROVIDER,
    from: 'website: https://www.example.jp/vvault-managed/',
    to: 'website: "mailto:a@b.jp"',
    yamlLs: true,
    vmsc: true,
  },
  {
    name: 'URI: valid',
    file: PROVIDER,
    from: 'website: https://www.example.jp/vvault-managed/',
    to: 'website: https://www.example.jp/a?b=c#d',
    yamlLs: false,
    vmsc: false,
  },
];

const FORMAT_CODES = ['S005', 'S006', 'S010'];

describe('yaml-language-server on a vmsc init root', () => {
  let root: string;
  let ls: YamlLs;
  beforeAll(async () => {
    root = join(mkdtempSync(join(tmpdir(), 'vmsc-yamlls-')), 'root');
    expect((await vmsc(['init', root])).code).toBe(0);
    ls = new YamlLs(root);
    await ls.start();
  }, 60_000);
  afterAll(async () => {
    await ls?.stop();
  });

  it('finds the schemas of the modelines: the new files validate clean, a broken one is flagged at its line', async () => {
    for (const file of [CUSTOMER, PROVIDER, 'policies/calendar.yaml', 'policies/routing.yaml']) {
      const text = readFileSync(join(root, file), 'utf8');
      expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\//);
      expect(await ls.diagnostics(file, `clean-${file.replace(/\W/g, '-')}.yaml`, text), file).toEqual([]);
    }
    // a value the customer schema does not allow, and an unknown field: yaml-language-server says so from the schema
    const text = readFileSync(join(root, CUSTOMER), 'utf8').replace('environment: azure', 'environment: azur').replace('appliedOn:', 'appliedOnn:');
    const ds = await ls.diagnostics(CUSTOMER, 'broken.yaml', text);
    const lines = text.split('\n');
    const azur = lines.findIndex((l) => l.includes('environment: azur'));
    expect(ds.some((d) => d.range.start.line === azur)).toBe(true);
    expect(ds.some((d) => d.range.start.line === lines.findIndex((l) => l.includes('appliedOnn:')))).toBe(true);
    // the same file checked by vmsc: S004 and S001 on the same lines
    writeFileSync(join(root, CUSTOMER), text);
    const r = await vmsc(['check', '--root', root, '--format', 'json', '--today', TODAY]);
    writeFileSync(
      join(root, CUSTOMER),
      readFileSync(join(root, CUSTOMER), 'utf8').replace('environment: azur', 'environment: azure').replace('appliedOnn:', 'appliedOn:'),
    );
    const vds = (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter((d) => d.file === CUSTOMER);
    expect(vds.find((d) => d.code === 'S004')?.line).toBe(azur + 1);
    expect(vds.some((d) => d.code === 'S001')).toBe(true);
  }, 60_000);

  it.each(CASES)(
    'format check: $name',
    async (c) => {
      const original = readFileSync(join(root, c.file), 'utf8');
      expect(original.includes(c.from), c.from).toBe(true);
      const text = original.replace(c.from, c.to);
      const line = text.split('\n').findIndex((l) => l.includes(c.to.split('\n')[0]!));
      const theirs = (await ls.diagnostics(c.file, `case-${CASES.indexOf(c)}.yaml`, text)).filter((d) => d.range.start.line === line);
      writeFileSync(join(root, c.file), text);
      let ours: Diagnostic[];
      try {
        const r = await vmsc(['check', '--root', root, '--format', 'json', '--today', TODAY]);
        ours = (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics.filter(
          (d) => d.file === c.file && d.line === line + 1 && (FORMAT_CODES.includes(d.code) || d.code.startsWith('R')),
        );
      } finally {
        writeFileSync(join(root, c.file), original);
      }
      expect({ yamlLs: theirs.length > 0, vmsc: ours.length > 0 }, `yaml-language-server: ${JSON.stringify(theirs)}; vmsc: ${JSON.stringify(ours)}`).toEqual({
        yamlLs: c.yamlLs,
        vmsc: c.vmsc,
      });
    },
    60_000,
  );
});
