import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE, vmsc } from './helpers.js';

describe('conformance: the canonical example (tests/fixtures/example, from ../shared/spec/example) is accepted unchanged', () => {
  it('vmsc check exits 0 with no errors', async () => {
    const r = await vmsc(['check', '--root', EXAMPLE, '--format', 'json', '--today', '2026-11-27']);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ severity: string }> };
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('vmsc build succeeds and writes a manifest', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vmsc-out-')), 'out');
    const r = await vmsc(['build', '--root', EXAMPLE, '--out', out, '--today', '2026-11-27']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: unknown[] };
    expect(Array.isArray(m.files)).toBe(true);
  });
});
