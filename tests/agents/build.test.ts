/** Through the CLI: build writes the bundles; without consent (第9条) build refuses with the located error. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyRoot, EXAMPLE, vmsc } from '../helpers.js';
import { edit } from './util.js';

describe('vmsc build and agent bundles', () => {
  it('writes out/<customer>/agents/<server>/ with a manifest per bundle, listed in out/manifest.json', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vmsc-agents-')), 'out');
    // a copy: a build keeps its caches in the root's .vmsc-state/, which the vendored example must not gain
    const r = await vmsc(['build', '--root', copyRoot(EXAMPLE), '--out', out, '--today', '2026-11-27']);
    expect(r.code).toBe(0);
    for (const b of ['acme-logistics/agents/fs01', 'acme-logistics/agents/fs02', 'kitanihon-seiki/agents/nas01', 'minato-clinic/agents/fs01']) {
      expect(existsSync(join(out, b, 'manifest.json'))).toBe(true);
      expect(existsSync(join(out, b, 'zabbix', 'zabbix_agent2.conf'))).toBe(true);
      expect(existsSync(join(out, b, 'datadog', 'datadog.yaml'))).toBe(true);
    }
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: Array<{ path: string }> };
    expect(m.files.some((f) => f.path === 'kitanihon-seiki/agents/nas01/prerequisites.ps1')).toBe(true);
  });

  it('第9条: without monitoringConsent build exits 1, names the file:line:col of contract, and writes nothing', async () => {
    const root = copyRoot(EXAMPLE);
    edit(root, 'customers/minato-clinic.yaml', (s) => s.replace('  monitoringConsent: { agreedOn: 2026-10-02, by: 小田 亮 }\n', ''));
    const out = join(root, 'out');
    const r = await vmsc(['build', '--root', root, '--out', out, '--today', '2026-11-27']);
    expect(r.code).toBe(1);
    const line =
      readFileSync(join(root, 'customers/minato-clinic.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('contract:')) + 1;
    expect(r.stdout + r.stderr).toContain(`customers/minato-clinic.yaml:${line}:1`);
    expect(r.stdout + r.stderr).toContain('A003');
    expect(existsSync(join(out, 'minato-clinic', 'agents'))).toBe(false);
  });
});
