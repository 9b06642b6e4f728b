import { describe, expect, it } from 'vitest';
import { copyRoot, EXAMPLE } from '../helpers.js';
import { diagnostics, edit } from './util.js';

const A = (root: string) => diagnostics(root).filter((d) => d.code.startsWith('A'));

describe('A rules on the example root', () => {
  it('the example has no A error', () => {
    const ds = A(EXAMPLE);
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    console.log(ds.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`).join('\n'));
  });
});
