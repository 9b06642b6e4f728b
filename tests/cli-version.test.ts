/** `vmsc --version` alone answers from bin/vmsc.js without loading the CLI: the same line as the CLI's own. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..');
const BIN = join(REPO, 'bin', 'vmsc.js');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('vmsc --version', () => {
  it.each([['--version'], ['-V']])('%s alone prints the version line of package.json and exits 0', (flag) => {
    const r = run(flag);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.stderr).toBe('');
  });

  it('with another argument the CLI answers (commander), with the same line', () => {
    const r = run('--version', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  });
});
