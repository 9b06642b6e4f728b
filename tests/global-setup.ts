/**
 * Every temporary folder the tests make (roots, outputs, states) goes under one folder per run, removed at
 * the end, so that repeated runs on one machine (CI, developers) do not fill /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-test-run-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    if (!process.env['VMSC_KEEP_TEST_TMP']) rmSync(dir, { recursive: true, force: true });
  };
}
