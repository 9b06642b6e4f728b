/**
 * safeJoin (write/write.ts): every file of out/ and of the records archive is put at base + its artifact path, and
 * a path must never leave (or alias) base. Table of paths an emitter or a register could hand it.
 */
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { safeJoin } from '../../src/write/write.js';

const BASE = resolve('/tmp/vmsc-safe-join/out');

describe('safeJoin', () => {
  it.each(['a', 'a.txt', 'a/b.txt', 'c/agents/fs01/datadog/conf.d/disk.d/conf.yaml', 'a/.hidden', 'a/..b', 'a/b..', '...', 'a/.../b', 'ｃ/請求書.pdf'])(
    'keeps %j inside the base',
    (rel) => {
      const p = safeJoin(BASE, rel);
      expect(p).toBe(join(BASE, ...rel.split('/')));
      expect(p.startsWith(`${BASE}/`)).toBe(true);
    },
  );

  it.each(['', '/a', '/', 'a/', 'a//b', '.', '..', './a', 'a/.', 'a/./b', '../a', 'a/..', 'a/../b', 'a/../../etc/passwd', 'a\\b', '..\\a', 'a\0b'])(
    'refuses %j',
    (rel) => {
      expect(() => safeJoin(BASE, rel)).toThrow(/unsafe artifact path/);
    },
  );

  it('a relative base is resolved, and another base after it too', () => {
    expect(safeJoin('out', 'a/b')).toBe(join(process.cwd(), 'out', 'a', 'b'));
    expect(safeJoin(BASE, 'a')).toBe(join(BASE, 'a'));
  });
});
