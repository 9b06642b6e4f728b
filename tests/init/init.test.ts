/**
 * Roots whose modelines work (issue 15, part 3): `vmsc init` creates a root that checks clean, `vmsc schemas
 * [--write]` compares and refreshes schemas/, and check warns (P003) when schemas/ is missing or differs,
 * naming the command that fixes it.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyRoot, REPO, TODAY, vmsc } from '../helpers.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

async function diagnostics(root: string): Promise<{ code: number; ds: Diagnostic[] }> {
  const r = await vmsc(['check', '--root', root, '--format', 'json', '--today', TODAY]);
  return { code: r.code, ds: (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics };
}

const yamlFiles = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(d, e.name)) : e.name.endsWith('.yaml') ? [join(d, e.name)] : []));

describe('vmsc init', () => {
  it('creates a root that vmsc check passes, whose every modeline names a schema that is there', async () => {
    const root = join(mkdtempSync(join(tmpdir(), 'vmsc-init-')), 'new-root');
    const r = await vmsc(['init', root]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const f of ['.gitignore', '.github/workflows/vmsc.yml', 'customers/acme-logistics.yaml', 'policies/provider.yaml', 'schemas/customer.schema.json']) {
      expect(existsSync(join(root, f)), f).toBe(true);
    }
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^out\/$[\s\S]*^\.vmsc-state\/$/m);
    expect(readFileSync(join(root, '.github/workflows/vmsc.yml'), 'utf8')).toBe(readFileSync(join(REPO, '.github/workflows/vmsc.yml'), 'utf8'));
    const { code, ds } = await diagnostics(root);
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    expect(ds.map((d) => d.code)).not.toContain('P003');
    expect(code).toBe(0);
    // yaml-language-server resolves $schema relative to the file: every one must exist in the new root
    const files = yamlFiles(root);
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) {
      const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(f, 'utf8').split('\n')[0]!);
      expect(m, relative(root, f)).not.toBeNull();
      expect(existsSync(join(dirname(f), m![1]!)), `${relative(root, f)} -> ${m![1]}`).toBe(true);
    }
    expect((await vmsc(['schemas', '--root', root])).code).toBe(0);
  });

  it('refuses a folder that is a root already', async () => {
    const root = copyRoot();
    const before = readFileSync(join(root, 'policies/provider.yaml'));
    const r = await vmsc(['init', root]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is a root already/);
    expect(readFileSync(join(root, 'policies/provider.yaml'))).toEqual(before);
    expect(existsSync(join(root, 'schemas'))).toBe(false);
  });
});

describe('P003 and vmsc schemas --write', () => {
  it('a root without schemas/ (as ../shared/spec/example) gets one P003 warning at a modeline, naming the command; --write ends it', async () => {
    const root = copyRoot();
    const before = await diagnostics(root);
    const p3 = before.ds.filter((d) => d.code === 'P003');
    expect(p3).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'customers/acme-logistics.yaml',
        line: 1,
        col: 33,
        endCol: 64,
        message: expect.stringMatching(/schemas\/ is missing/),
        hint: expect.stringMatching(/vmsc schemas --write/),
      }),
    ]);
    expect(before.code).toBe(0); // a warning: the example still checks without errors
    const status = await vmsc(['schemas', '--root', root]);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/missing {2}schemas\/customer\.schema\.json/);
    expect((await vmsc(['schemas', '--write', '--root', root])).stdout).toMatch(/^wrote schemas\/calendar\.schema\.json, /);
    const after = await diagnostics(root);
    expect(after.ds.filter((d) => d.code === 'P003')).toEqual([]);
    // everything else is as before
    expect(after.ds).toEqual(before.ds.filter((d) => d.code !== 'P003'));
  });

  it('a schema that differs is named; CRLF line ends and indentation are no difference', async () => {
    const root = copyRoot();
    await vmsc(['schemas', '--write', '--root', root]);
    const tariff = join(root, 'schemas/tariff.schema.json');
    const text = readFileSync(tariff, 'utf8');
    writeFileSync(tariff, JSON.stringify(JSON.parse(text)).replace(/\n/g, '\r\n'));
    const customerFile = join(root, 'schemas/customer.schema.json');
    writeFileSync(customerFile, readFileSync(customerFile, 'utf8').replace(/\r?\n/g, '\r\n'));
    expect((await diagnostics(root)).ds.filter((d) => d.code === 'P003')).toEqual([]);
    const customer = JSON.parse(readFileSync(join(root, 'schemas/customer.schema.json'), 'utf8')) as { title?: string };
    customer.title = 'an older copy';
    writeFileSync(join(root, 'schemas/customer.schema.json'), JSON.stringify(customer, null, 2));
    const p3 = (await diagnostics(root)).ds.filter((d) => d.code === 'P003');
    expect(p3).toEqual([
      expect.objectContaining({ file: 'customers/acme-logistics.yaml', line: 1, message: expect.stringMatching(/customer\.schema\.json differs/) }),
    ]);
    expect((await vmsc(['schemas', '--write', '--root', root])).stdout).toBe('wrote schemas/customer.schema.json\n');
    expect((await diagnostics(root)).ds.filter((d) => d.code === 'P003')).toEqual([]);
  });
});
