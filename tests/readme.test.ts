import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './helpers.js';
import { catalogue } from '../src/diagnostics/catalogue.js';
import { COMMANDS } from '../src/cli/commands/index.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');

describe('README stays current', () => {
  it('gives the set-up and test commands', () => {
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npm test');
    expect(readme).toContain('npx vmsc build');
  });

  it('shows every command with an example', () => {
    for (const c of COMMANDS) expect(readme, `README has no example of vmsc ${c.name}`).toMatch(new RegExp(`npx vmsc ${c.name}\\b`));
  });

  it('lists every diagnostic code of the catalogue, as `vmsc check --codes` prints it', () => {
    for (const c of catalogue()) {
      const row = `| ${c.code} | ${c.severity} | ${c.stage} | ${c.title} | ${c.description.replace(/\|/g, '\\|')} |`;
      expect(readme, `README codes table is stale for ${c.code}: regenerate it with npx vmsc check --codes`).toContain(row);
    }
  });
});
