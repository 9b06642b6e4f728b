import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './helpers.js';

describe('files generated from schemas/ (run npm run gen:types when one of these fails)', () => {
  it('src/types/generated matches schemas/', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'gen-types.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('generated/validators.cjs (the precompiled schema validators) matches schemas/', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'gen-validators.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
