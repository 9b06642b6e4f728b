/** The desk's host on the disk: a root's files (read, written atomically), its driver, assets and git. */
import { readFileSync, rmSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import type { DeskHost } from '../../desk/desk.js';
import { Driver } from '../../driver/index.js';
import { compilerSchemaFiles, nodeHost, readAssets } from '../host.js';
import { writeFileAtomic } from '../../write/atomic.js';
import { commitToNewBranch, workTreeOf } from './git.js';

/** a root-relative path made of safe segments only (the desk builds them from checked ids; this is the last guard) */
function inside(root: string, path: string): string {
  if (!/^[a-z][a-z0-9-]*(\/[a-z0-9][a-z0-9.-]*)*$/.test(path) || path.split('/').some((s) => s === '..' || s === '.')) {
    throw new Error(`not a root file: ${path}`);
  }
  const abs = resolve(root, ...path.split('/'));
  if (!abs.startsWith(resolve(root) + sep)) throw new Error(`not a root file: ${path}`);
  return abs;
}

export async function diskDeskHost(root: string, today: string): Promise<DeskHost> {
  const top = await workTreeOf(root);
  let assets: ReturnType<typeof readAssets> | undefined;
  const host: DeskHost = {
    driver: new Driver(nodeHost(root), { today, cache: 'off', workers: 0 }),
    read(path) {
      try {
        return readFileSync(inside(root, path), 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    write: (path, text, overwrite) => writeFileAtomic(inside(root, path), text, overwrite),
    remove: (path) => rmSync(inside(root, path), { force: true }),
    assets: () => (assets ??= readAssets()),
    schemas: () => compilerSchemaFiles(),
    today,
  };
  if (top) host.git = { commitToNewBranch: (branch, paths, message) => commitToNewBranch(root, top, branch, paths, message) };
  return host;
}
