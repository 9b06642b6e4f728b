/**
 * What the records commands (issue, records, contract --issue) share on the disk side: the root's register
 * files as parsed from the model, the archive folder, the git commit a document is built from.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Model } from '../model/model.js';
import { DEFAULT_ARCHIVE, registerPath } from '../records/register.js';
import type { Register } from '../records/register.js';

/** the archive folder of a root: provider.records.archive, default records/archive */
export function archiveDir(root: string, model: Pick<Model, 'policies'>): string {
  return resolve(root, model.policies.provider.records?.archive ?? DEFAULT_ARCHIVE);
}

export const registerFile = (root: string, customer: string) => resolve(root, ...registerPath(customer).split('/'));

/** the register of each customer that has one */
export function registersOf(model: Pick<Model, 'records'>): Map<string, Register> {
  return new Map((model.records ?? []).map((r) => [r.customer, r] as const));
}

/** the git commit of the root's work tree: `<sha>`, `<sha>+dirty` with uncommitted changes, `none` outside git */
export function gitCommit(root: string): string {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const sha = head.status === 0 ? head.stdout.trim() : '';
  if (!/^[0-9a-f]{40}$/.test(sha)) return 'none';
  const status = spawnSync('git', ['status', '--porcelain', '--', 'policies', 'customers'], { cwd: root, encoding: 'utf8' });
  return status.status === 0 && status.stdout.trim() === '' ? sha : `${sha}+dirty`;
}
