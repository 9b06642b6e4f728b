/** The desk on a copy of the example root, in a git repository of its own, served on 127.0.0.1 at a free port. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diskDeskHost } from '../../src/cli/desk/host.js';
import { startDeskServer } from '../../src/cli/desk/server.js';
import type { DeskServer } from '../../src/cli/desk/server.js';
import { newToken } from '../../src/desk/security.js';
import { copyRoot, TODAY } from '../helpers.js';
import { SALES_BLOCK } from '../sales/fixtures.js';

export interface RunningDesk extends DeskServer {
  root: string;
  token: string;
}

export function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  }).trim();
}

/** a copy of the example (with a comment added to one customer, to see it kept), committed to a fresh git repository */
export async function startDesk(opts: { git?: boolean } = {}): Promise<RunningDesk> {
  const root = copyRoot();
  const minato = join(root, 'customers', 'minato-clinic.yaml');
  const text = readFileSync(minato, 'utf8');
  writeFileSync(minato, text.replace('phone: "03-9876-5432"', 'phone: "03-9876-5432"   # 代表番号（営業確認済み）'));
  // the sales policy the quotes read (as the sales tests' root has it)
  const provider = join(root, 'policies', 'provider.yaml');
  writeFileSync(provider, readFileSync(provider, 'utf8') + SALES_BLOCK);
  if (opts.git !== false) {
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'example');
  }
  const token = newToken();
  const server = await startDeskServer({ host: await diskDeskHost(root, TODAY), bind: '127.0.0.1', port: 0, token });
  return { ...server, root, token };
}
