import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './helpers.js';

describe('generated input types', () => {
  it('src/types/generated matches schemas/ (run npm run gen:types when this fails)', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'gen-types.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
