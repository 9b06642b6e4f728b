/**
 * Every temporary folder the tests make (roots, outputs, states) goes under one folder per run, removed at
 * the end, so that repeated runs on one machine (CI, developers) do not fill /tmp.
 *
 * The vendored example root (tests/fixtures/example) has its write bit taken away for the run, as the shared
 * original (../shared/spec/example) is checked out: a build with `--root` on it then keeps no state folder in it
 * (src/build/session.ts stateFolder), so tests leave no files in the repository and share no cache through it.
 */
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** = EXAMPLE of tests/helpers.ts (not imported: that would load the whole program into the setup) */
const EXAMPLE = join(import.meta.dirname, 'fixtures', 'example');

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-test-run-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  const exampleMode = statSync(EXAMPLE).mode & 0o7777;
  chmodSync(EXAMPLE, exampleMode & ~0o222);
  return () => {
    chmodSync(EXAMPLE, exampleMode | 0o200);
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    if (!process.env['VMSC_KEEP_TEST_TMP']) rmSync(dir, { recursive: true, force: true });
  };
}
