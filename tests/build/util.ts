/** Test helpers for build/plan: an in-memory CliIO, editable roots, and test emitters (the real ones are tested too). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { CliError } from '../../src/cli/io.js';
import type { Emitter } from '../../src/emit/types.js';
import { copyRoot, EXAMPLE, REPO } from '../helpers.js';

export { EXAMPLE, REPO };

export function tmp(prefix = 'vmsc-build-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** a throwaway copy of the example root */
export function copyExample(): string {
  return copyRoot(EXAMPLE);
}

export type TestIO = CliIO & { out: () => string; err: () => string };

export function testIO(env: Record<string, string> = {}, cwd = REPO): TestIO {
  let stdout = '';
  let stderr = '';
  return {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd,
    env,
    isTTY: false,
    now: () => Date.parse('2026-11-27T00:00:00Z'),
    out: () => stdout,
    err: () => stderr,
  };
}

/** runs fn; returns the CliError it threw (or undefined) */
export async function cliError(fn: () => Promise<unknown>): Promise<CliError | undefined> {
  try {
    await fn();
    return undefined;
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
}

/**
 * Test emitters that read the model like real ones: a per-customer summary, a per-server file, a binary
 * file, and a global index of all customers. Their bytes depend only on the model.
 */
export const TEST_EMITTERS: Emitter[] = [
  {
    name: 'test/summary',
    scope: 'customer',
    emit: (_ctx, c) => [{ path: `${c.id}/summary.txt`, kind: 'test/summary', data: `${c.id}\n${c.source.legalName}\nplan ${c.plan.code}\n` }],
  },
  {
    name: 'test/servers',
    scope: 'customer',
    emit: (ctx, c) =>
      c.servers.map((s) => ({
        path: `${c.id}/servers/${s.id}.conf`,
        kind: 'test/servers',
        data: `host=${s.source.hostname}\ncpu.critical=${s.source.monitoring?.cpu?.critical ?? ctx.model.policies.monitoring.thresholds.cpu.critical}\n`,
      })),
  },
  {
    name: 'test/binary',
    scope: 'customer',
    emit: (_ctx, c) => [{ path: `${c.id}/blob.bin`, kind: 'test/binary', data: new Uint8Array([0, 1, 2, c.id.length, ...Buffer.from(c.id)]) }],
  },
  {
    name: 'test/index',
    scope: 'global',
    emit: (ctx) => [{ path: 'index.txt', kind: 'test/index', data: ctx.model.customers.map((c) => c.id).join('\n') + '\n' }],
  },
];
