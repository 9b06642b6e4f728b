/**
 * "Commit to a new branch" of the desk: the given files of the root, as they are on disk, committed on top of
 * HEAD to a branch that must not exist yet — with git plumbing and a temporary index, so the work tree, the
 * index and the checked-out branch of the salesperson's clone are never touched, and nothing is pushed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ZERO = '0000000000000000000000000000000000000000';

async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { stdout } = await run('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 16 << 20 });
  return stdout.trim();
}

/** the top of the git work tree holding `root`, or undefined when it is not in one (or git is missing) */
export async function workTreeOf(root: string): Promise<string | undefined> {
  try {
    if ((await git(root, ['rev-parse', '--is-inside-work-tree'])) !== 'true') return undefined;
    return await git(root, ['rev-parse', '--show-toplevel']);
  } catch {
    return undefined;
  }
}

export async function commitToNewBranch(
  root: string,
  top: string,
  branch: string,
  paths: readonly string[],
  message: string,
): Promise<{ commit: string } | { error: string }> {
  try {
    await git(top, ['check-ref-format', '--branch', branch]);
  } catch {
    return { error: `ブランチ名 ${branch} は使えません` };
  }
  const exists = await git(top, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).then(
    () => true,
    () => false,
  );
  if (exists) return { error: `ブランチ ${branch} はすでにあります（git branch -D ${branch} で消すか、別の ID にしてください）` };
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-desk-git-'));
  try {
    const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index') };
    const identity = await git(top, ['config', 'user.email']).catch(() => '');
    if (!identity)
      Object.assign(env, {
        GIT_AUTHOR_NAME: 'vmsc desk',
        GIT_AUTHOR_EMAIL: 'desk@localhost',
        GIT_COMMITTER_NAME: 'vmsc desk',
        GIT_COMMITTER_EMAIL: 'desk@localhost',
      });
    const head = await git(top, ['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => '');
    if (head) await git(top, ['read-tree', head], env);
    for (const p of paths) {
      const abs = resolve(root, p);
      const inRepo = relative(top, abs).split(sep).join('/');
      if (!existsSync(abs)) {
        // a file the desk removed (a promoted prospect): gone on the branch too
        await git(top, ['update-index', '--force-remove', '--', inRepo], env);
        continue;
      }
      const blob = await git(top, ['hash-object', '-w', '--', abs]);
      await git(top, ['update-index', '--add', '--cacheinfo', `100644,${blob},${inRepo}`], env);
    }
    const tree = await git(top, ['write-tree'], env);
    const commit = await git(top, ['commit-tree', tree, ...(head ? ['-p', head] : []), '-m', message], env);
    // the zero old value: fails when the branch appeared meanwhile
    await git(top, ['update-ref', `refs/heads/${branch}`, commit, ZERO]);
    return { commit };
  } catch (e) {
    return { error: `git: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
