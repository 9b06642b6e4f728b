import { describe, expect, it } from 'vitest';
import { progressMode, progressReporter } from '../../src/build/progress.js';

describe('build progress', () => {
  it('a bar on a terminal, plain lines in CI or when piped', () => {
    expect(progressMode(undefined, {}, true)).toBe('bar');
    expect(progressMode(undefined, { CI: 'true' }, true)).toBe('lines');
    expect(progressMode(undefined, {}, false)).toBe('lines');
    expect(progressMode(undefined, { CI: 'false' }, true)).toBe('bar');
    expect(progressMode('none', {}, true)).toBe('none');
  });

  it('lines: one every 10 %, and the last', () => {
    let out = '';
    const p = progressReporter('lines', (s) => {
      out += s;
    });
    for (let i = 0; i <= 100; i++) p.onProgress({ done: i, total: 100, cached: 7 });
    p.finish();
    const lines = out.trim().split('\n');
    expect(lines.length).toBe(11);
    expect(lines[10]).toBe('build: 100/100 artifact groups (7 from cache)');
  });

  it('bar: redrawn in place with a carriage return, ended by a newline', () => {
    let out = '';
    const p = progressReporter('bar', (s) => {
      out += s;
    });
    p.onProgress({ done: 5, total: 10, cached: 0 });
    p.onProgress({ done: 10, total: 10, cached: 0 });
    p.finish();
    expect(out).toBe(`\rbuild [${'#'.repeat(15)}${'.'.repeat(15)}] 5/10 groups (0 cached)\rbuild [${'#'.repeat(30)}] 10/10 groups (0 cached)\n`);
  });
});
