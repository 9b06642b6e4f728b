/** Test helpers: run the CLI in-process with captured output, read roots into memory, and check them. */
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';
import { readRoot } from '../src/cli/host.js';
import { check } from '../src/driver/index.js';
import type { Diagnostic } from '../src/diagnostics/diagnostic.js';
import type { SourceFile } from '../src/load/yaml.js';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The canonical example root, vendored from ../shared/spec/example so that a clone of this repository alone
 * runs every test (tests/fixtures/example.test.ts checks that the copy matches the original when it is there).
 */
export const EXAMPLE = join(REPO, 'tests', 'fixtures', 'example');
/** where the canonical example lives when the shared spec is checked out beside the repository */
export const SHARED_EXAMPLE = join(REPO, '..', 'shared', 'spec', 'example');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function vmsc(args: string[], opts: { cwd?: string; env?: Record<string, string>; now?: number } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd: opts.cwd ?? REPO,
    env: { ...(opts.env ?? {}) },
    isTTY: false,
    now: () => opts.now ?? Date.parse('2026-11-27T00:00:00Z'),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** a throwaway copy of a root to edit */
export function copyRoot(from: string = EXAMPLE): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-root-'));
  cpSync(join(from, 'policies'), join(dir, 'policies'), { recursive: true });
  cpSync(join(from, 'customers'), join(dir, 'customers'), { recursive: true });
  return dir;
}

/**
 * a copy of the example whose acme-logistics.yaml has a schema error (`plan: 42`; the rules still run on the valid
 * rest) and a cross-file rule error (the id of another customer); returns the root
 */
export function brokenExample(): string {
  const root = copyRoot(EXAMPLE);
  const f = join(root, 'customers', 'acme-logistics.yaml');
  writeFileSync(
    f,
    readFileSync(f, 'utf8')
      .replace(/^(\s*)plan: (\S+)/m, '$1plan: 42')
      .replace(/^id: .*/m, 'id: kitanihon-seiki'),
  );
  return root;
}

export { readRoot };

/** the day the tests check on, unless a test says otherwise (as `vmsc check --today 2026-11-27`) */
export const TODAY = '2026-11-27';

/**
 * Every diagnostic of the whole check of a root's sources (what `vmsc check` reports). The one place the rule
 * tests call into the pipeline: the rule tester and the diagnostics() helpers of tests/<area>/ go through it.
 */
export function checkDiagnostics(sources: SourceFile[], today: string = TODAY): Diagnostic[] {
  return check(sources, { today }).diagnostics;
}

/** checkDiagnostics of the root in a folder */
export function checkRootDiagnostics(dir: string, today: string = TODAY): Diagnostic[] {
  return checkDiagnostics(readRoot(dir), today);
}
