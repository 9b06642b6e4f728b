/**
 * The compiler's fingerprint: the one hash that keys every cache (check results, build groups, the
 * whole-result and no-change records). Its inputs are derived, never listed by hand: every code file of the
 * running compiler (dist/ when installed, src/ under a TypeScript runner), the schemas and the validators
 * compiled from them (generated/), package.json and
 * package-lock.json (so the versions of every dependency), and the Node.js version. Any change to any of them
 * gives another fingerprint, so a cache can never hand back a result of other code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** the folder holding the running compiler's code: src/ under vitest, dist/ when installed */
export const CODE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_ROOT = join(CODE_ROOT, '..');

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && keep(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

let memo: string | undefined;

export function compilerFingerprint(): string {
  if (memo) return memo;
  const h = createHash('sha256').update(`vmsc-fingerprint/1\0node ${process.versions.node}\0`);
  const files = [...filesUnder(CODE_ROOT, (n) => /\.(m?js|ts|json)$/.test(n)), ...filesUnder(join(PACKAGE_ROOT, 'schemas'), (n) => n.endsWith('.json'))];
  for (const f of files) h.update(relative(PACKAGE_ROOT, f).split(sep).join('/')).update('\0').update(readFileSync(f)).update('\0');
  for (const name of ['package.json', 'package-lock.json']) {
    try {
      h.update(name)
        .update('\0')
        .update(readFileSync(join(PACKAGE_ROOT, name)))
        .update('\0');
    } catch (e) {
      // an installed copy may have no lock file; anything else is a real failure
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  memo = h.digest('hex');
  return memo;
}
