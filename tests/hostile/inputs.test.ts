/**
 * Issue 18, classes 4 and 5: files that were silently not read, and an unreadable file that was an internal error.
 * Symbolic links inside the root are followed (a Kubernetes ConfigMap mount is links into `..data/`); a broken
 * link (L009), a link out of the root (L010) and an unreadable file (L011) are located errors, exit 1.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copyRoot, REPO, vmsc } from '../helpers.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

async function checkJson(root: string): Promise<{ code: number; diagnostics: Diagnostic[]; stderr: string }> {
  const r = await vmsc(['check', '--root', root, '--format', 'json', '--today', '2026-11-27']);
  return { code: r.code, diagnostics: (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics, stderr: r.stderr };
}

const errors = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error');

/** moves `rel` of the root elsewhere (inside or outside it) and leaves a symbolic link to it in its place */
function linkAway(root: string, rel: string, to: string, linkText?: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(join(root, rel), to);
  symlinkSync(linkText ?? to, join(root, rel));
}

describe('4. symbolic links', () => {
  it('a symlinked customers/*.yaml is read: the customer is checked and gets its routing', async () => {
    const root = copyRoot();
    linkAway(root, 'customers/acme-logistics.yaml', join(root, 'store', 'acme.yaml'), '../store/acme.yaml');
    const before = await checkJson(copyRoot());
    const r = await checkJson(root);
    expect(r.code).toBe(0);
    expect(r.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(before.diagnostics.map((d) => `${d.file} ${d.code}`));
    const route = await vmsc(['route', '--root', root, '--customer', 'acme-logistics', '--severity', 'critical', '--at', '2026-12-29T10:00']);
    expect(route.code, route.stderr).toBe(0);
    expect(route.stdout).toContain('customer-acme-logistics');
  });

  it('a symlinked policy file is read, not reported missing (P001); a symlinked folder too', async () => {
    const root = copyRoot();
    linkAway(root, 'policies/provider.yaml', join(root, 'shared', 'provider.yaml'), '../shared/provider.yaml');
    linkAway(root, 'policies/tariffs', join(root, 'shared', 'tariffs'), '../shared/tariffs');
    const r = await checkJson(root);
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a Kubernetes ConfigMap mount (links into ..data/, a link to a timestamped folder) is read once', async () => {
    const root = copyRoot();
    const cm = join(root, 'customers');
    const stamp = join(cm, '..2026_12_01_10_00_00.000000001');
    mkdirSync(stamp);
    for (const f of ['acme-logistics.yaml', 'kitanihon-seiki.yaml', 'minato-clinic.yaml']) {
      renameSync(join(cm, f), join(stamp, f));
      symlinkSync(`..data/${f}`, join(cm, f));
    }
    symlinkSync('..2026_12_01_10_00_00.000000001', join(cm, '..data'));
    const r = await checkJson(root);
    expect(r.code).toBe(0);
    expect(r.diagnostics.filter((d) => d.code === 'P002' || d.severity === 'error')).toEqual([]);
    const b = await vmsc(['build', '--root', root, '--today', '2026-11-27']);
    expect(b.code, b.stderr).toBe(0);
  });

  it('a broken link is L009 at the file, exit 1', async () => {
    const root = copyRoot();
    symlinkSync('../nowhere/extra.yaml', join(root, 'customers', 'extra.yaml'));
    const r = await checkJson(root);
    expect(r.code).toBe(1);
    expect(errors(r.diagnostics)).toMatchObject([{ code: 'L009', file: 'customers/extra.yaml', line: 1, col: 1 }]);
    expect(errors(r.diagnostics)[0]!.message).toContain('../nowhere/extra.yaml');
  });

  it('a link out of the root is L010 and is not read (its text is never printed)', async () => {
    const root = copyRoot();
    const outside = mkdtempSync(join(tmpdir(), 'vmsc-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), 'id: top-secret-value\n');
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'customers', 'secret.yaml'));
    const r = await checkJson(root);
    expect(r.code).toBe(1);
    expect(errors(r.diagnostics)).toMatchObject([{ code: 'L010', file: 'customers/secret.yaml', line: 1, col: 1 }]);
    const human = await vmsc(['check', '--root', root, '--today', '2026-11-27']);
    expect(human.stdout + human.stderr).not.toContain('top-secret-value');
  });

  it('a cycle of linked folders ends', async () => {
    const root = copyRoot();
    symlinkSync('..', join(root, 'customers', 'loop'));
    const r = await checkJson(root);
    expect(r.code).toBe(0);
  });
});

describe('5. an unreadable file', () => {
  it('is L011 located at the file, exit 1, never an internal error', () => {
    const root = copyRoot();
    chmodSync(join(root, 'customers', 'minato-clinic.yaml'), 0o000);
    // as root every file is readable: run vmsc as root without the capabilities that bypass file permissions
    // (setpriv, util-linux), so the file's mode 000 applies to its owner; the package stays readable wherever it is
    const asRoot = process.getuid?.() === 0;
    const cmd = [process.execPath, join(REPO, 'bin', 'vmsc.js'), 'check', '--root', root, '--format', 'json', '--today', '2026-11-27'];
    const r = asRoot
      ? spawnSync('setpriv', ['--bounding-set=-dac_override,-dac_read_search', '--', ...cmd], { encoding: 'utf8' })
      : spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const ds = (JSON.parse(r.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
    expect(errors(ds)).toMatchObject([{ code: 'L011', file: 'customers/minato-clinic.yaml', line: 1, col: 1 }]);
    expect(errors(ds)[0]!.message).toContain('permission denied');
  });
});
