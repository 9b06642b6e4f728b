import type { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { cliLang, openDriver, parseChoice, parseToday, rootDir } from '../common.js';
import { readRoot } from '../host.js';
import type { SourceFile } from '../../load/yaml.js';
import type { Emitter } from '../../emit/types.js';
import { Driver, memoryHost } from '../../driver/index.js';
import type { Host } from '../../driver/index.js';
import { openCache, stateFolder } from '../state.js';
import { CacheDamagedError, DiskCache } from '../../write/cache.js';
import type { ArtifactCache } from '../../write/cache.js';
import { computeReview, reviewExitCode } from '../../review/review.js';
import type { ReviewReport, ReviewSide } from '../../review/review.js';
import { COMMENT_LIMIT, renderJson, renderMarkdown } from '../../review/render.js';

export interface PlanCommandOptions {
  base?: string;
  root?: string;
  format?: string;
  today?: string;
  state?: string;
  cache?: boolean;
  jobs?: string;
  /** programmatic only (tests): emitters instead of the registry */
  emitters?: readonly Emitter[];
}

function git(cwd: string, args: string[], input?: Buffer): { ok: boolean; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1 << 30 });
  if (r.error)
    throw new CliError(
      {
        en: [`cannot run git: ${r.error.message}`, 'vmsc plan needs git on the PATH'],
        ja: [`git を実行できません: ${r.error.message}`, 'vmsc plan には PATH 上の git が必要です'],
      },
      1,
    );
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

const YAML_NAME = /\.ya?ml$/i;

/**
 * The input files at `commit` read from the tree's blobs, when the tree holds only regular files under the
 * input folders (else undefined: the archive is extracted, which follows links as a checkout would): the files
 * readRoot would list there (YAML names, no folder named `..*`), each with the bytes of the working tree's
 * file when those hash to the same git object (most files: nothing to fetch), the others fetched by one `git
 * cat-file --batch`. No temporary folder, no extraction, no second read of a thousand unchanged files.
 */
function blobsAt(root: string, toplevel: string, prefix: string, commit: string, dirs: readonly string[]): SourceFile[] | undefined {
  const ls = git(toplevel, ['ls-tree', '-r', '-z', commit, '--', ...dirs]);
  if (!ls.ok) return undefined;
  const wanted: { path: string; oid: string }[] = [];
  for (const entry of ls.stdout.toString('utf8').split('\0')) {
    if (!entry) continue;
    const m = /^(\d{6}) (\w+) ([0-9a-f]{40}|[0-9a-f]{64})\t(.*)$/s.exec(entry);
    if (m?.[2] !== 'blob' || (m[1] !== '100644' && m[1] !== '100755')) return undefined; // a link or a submodule
    if (!m[4]!.startsWith(prefix)) return undefined;
    const path = m[4]!.slice(prefix.length);
    const parts = path.split('/');
    if (parts.slice(0, -1).some((d) => d.startsWith('..')) || !YAML_NAME.test(parts.at(-1)!)) continue;
    wanted.push({ path, oid: m[3]! });
  }
  wanted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const bytes = new Map<string, Uint8Array>();
  const fetch: string[] = [];
  for (const w of wanted) {
    let b: Buffer | undefined;
    try {
      b = readFileSync(join(root, ...w.path.split('/')));
    } catch {
      b = undefined; // gone from the working tree: from git
    }
    const h = createHash(w.oid.length === 40 ? 'sha1' : 'sha256');
    if (b && h.update(`blob ${b.length}\0`).update(b).digest('hex') === w.oid) bytes.set(w.oid, b);
    else fetch.push(w.oid);
  }
  if (fetch.length) {
    const out = git(toplevel, ['cat-file', '--batch'], Buffer.from(`${[...new Set(fetch)].join('\n')}\n`));
    if (!out.ok) return undefined;
    const buf = out.stdout;
    let at = 0;
    while (at < buf.length) {
      const nl = buf.indexOf(10, at);
      const head = /^([0-9a-f]+) blob (\d+)$/.exec(buf.subarray(at, nl).toString('latin1'));
      if (!head) return undefined;
      const size = Number(head[2]);
      bytes.set(head[1]!, new Uint8Array(buf.subarray(nl + 1, nl + 1 + size)));
      at = nl + 1 + size + 1;
    }
  }
  const sources: SourceFile[] = [];
  for (const w of wanted) {
    const b = bytes.get(w.oid);
    if (!b) return undefined;
    sources.push({ path: w.path, bytes: b });
  }
  return sources;
}

/**
 * The root's input files as they were at REF: from the tree's blobs (blobsAt), or, for a tree with links,
 * `git archive REF -- <root>/policies <root>/customers | tar -x` into a temporary folder (removed afterwards).
 * A root that did not exist at REF gives no files.
 */
function sourcesAt(root: string, ref: string): { sources: SourceFile[]; commit: string } {
  const top = git(root, ['rev-parse', '--show-toplevel']);
  if (!top.ok)
    throw new CliError(
      {
        en: [`${root} is not inside a git repository`, 'vmsc plan compares the working tree with a git ref: run it in a clone'],
        ja: [`${root} は git リポジトリの中にありません`, 'vmsc plan は作業ツリーを git の参照と比べます: クローンの中で実行してください'],
      },
      1,
    );
  const toplevel = top.stdout.toString('utf8').trim();
  const prefix = git(root, ['rev-parse', '--show-prefix']).stdout.toString('utf8').trim();
  const c = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!c.ok)
    throw new CliError(
      {
        en: [
          `--base ${JSON.stringify(ref)} is not a commit in this repository`,
          'pass a branch, tag or commit, e.g. --base origin/main (in CI, fetch it first: git fetch origin main)',
        ],
        ja: [
          `--base ${JSON.stringify(ref)} はこのリポジトリのコミットではありません`,
          'ブランチ、タグまたはコミットを指定してください（例: --base origin/main。CI では先に git fetch origin main で取得してください）',
        ],
      },
      1,
    );
  const commit = c.stdout.toString('utf8').trim();
  // the inputs: policies/, customers/ and the register of issued documents (not the archive: check never reads it)
  const present = git(toplevel, ['ls-tree', '--name-only', commit, '--', `${prefix}policies`, `${prefix}customers`, `${prefix}records/register`]);
  const paths = present.ok ? present.stdout.toString('utf8').split('\n').filter(Boolean) : [];
  if (paths.length === 0) return { sources: [], commit };
  const quick = blobsAt(root, toplevel, prefix, commit, paths);
  if (quick) return { sources: quick, commit };
  const tar = git(toplevel, ['archive', '--format=tar', commit, '--', ...paths]);
  if (!tar.ok) throw new CliError(`git archive ${commit} failed: ${tar.stderr}`, 1);
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-plan-base-'));
  try {
    const x = spawnSync('tar', ['-x', '-C', dir], { input: tar.stdout, maxBuffer: 1 << 30 });
    if (x.status !== 0)
      throw new CliError(
        {
          en: [`cannot extract the tree of ${ref}: ${x.stderr.toString('utf8').trim() || x.error?.message}`, 'vmsc plan needs tar on the PATH'],
          ja: [`${ref} のツリーを展開できません: ${x.stderr.toString('utf8').trim() || x.error?.message}`, 'vmsc plan には PATH 上の tar が必要です'],
        },
        1,
      );
    const baseRoot = join(dir, ...prefix.split('/').filter(Boolean));
    return { sources: existsSync(baseRoot) ? readRoot(baseRoot) : [], commit };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** one side of the plan: check and resolve through its driver, then build into the cache (the parsed files are dropped on return) */
async function side(label: string, driver: Driver, cache: ArtifactCache, opts: PlanCommandOptions, workers: number | undefined): Promise<ReviewSide> {
  const s: ReviewSide = {
    label,
    diagnostics: [],
    files: [],
    read: (sha) => {
      try {
        return cache.readBlob(sha);
      } catch (e) {
        // a blob gone from the cache (deleted meanwhile): the plan is made again with every group's blobs looked at
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CacheDamagedError(`the build cache lacked a file (${sha})`);
        throw e;
      }
    },
  };
  try {
    const r = await driver.compile();
    if (r.sources.length === 0) return s; // the root did not exist at the base: everything is new
    s.diagnostics = r.diagnostics;
    if (!r.model) return s;
    s.model = r.model;
    const built = await driver.emit(r.model, r.sources, {
      cache,
      ...(opts.emitters ? { emitters: opts.emitters } : {}),
      ...(workers !== undefined ? { workers } : {}),
    });
    s.files = built.files;
    return s;
  } finally {
    await driver.close();
  }
}

export async function runPlan(io: CliIO, opts: PlanCommandOptions): Promise<{ report: ReviewReport; text: string; code: 0 | 1 | 2 }> {
  const format = parseChoice(opts.format, '--format', ['markdown', 'json'] as const, 'markdown');
  if (!opts.base)
    throw new CliError(
      { en: ['--base REF is required', 'e.g. vmsc plan --base origin/main'], ja: ['--base REF が必要です', '例: vmsc plan --base origin/main'] },
      2,
    );
  const root = rootDir(io, opts.root);
  const today = parseToday(io, opts.today);
  let workers: number | undefined;
  if (opts.jobs !== undefined) {
    if (!/^\d+$/.test(opts.jobs))
      throw new CliError(
        {
          en: [`--jobs must be a whole number, not ${JSON.stringify(opts.jobs)}`],
          ja: [`--jobs は整数で指定してください（${JSON.stringify(opts.jobs)} は不可）`],
        },
        2,
      );
    workers = Number(opts.jobs);
  }
  const { sources: baseSources, commit } = sourcesAt(root, opts.base);
  const stateDir = stateFolder(io.cwd, root, opts.state, opts.cache);
  const { cache, note } = openCache(stateDir);
  if (note) io.stderr(`vmsc: note: ${note}\n`);
  // the working tree is checked like `vmsc check` does it (its cache and workers for a large root); the base
  // is checked in memory with the same threads and assets, reading the working tree's check cache but never
  // writing it (its entries would evict the working tree's): a file the same at the base is not parsed again
  const headDriver = openDriver(io, root, { today, stateDir });
  const node = headDriver.host;
  const store = node.checkState;
  const baseHost: Host = {
    ...memoryHost(baseSources),
    now: node.now,
    parallelism: node.parallelism,
    readAssets: node.readAssets,
    fingerprint: node.fingerprint,
    ...(node.startWorkers ? { startWorkers: node.startWorkers } : {}),
    ...(store ? { checkState: { read: (name, encoding) => store.read(name, encoding), write: () => false } } : {}),
  };
  const baseDriver = new Driver(baseHost, { today, cache: store ? 'auto' : 'off' });
  const review = async () => {
    const base = await side(`${opts.base} (${commit.slice(0, 7)})`, baseDriver, cache, opts, workers);
    base.ref = opts.base;
    base.commit = commit;
    const head = await side('working tree', headDriver, cache, opts, workers);
    return computeReview(base, head);
  };
  // a group's blobs are looked at only when the review reads them (the files that differ), not all 53,000 of
  // both sides first; a blob found missing then makes the plan again the careful way
  if (cache instanceof DiskCache) cache.checkBlobsOnCopy = true;
  let report: ReviewReport;
  try {
    report = await review();
  } catch (e) {
    if (!(e instanceof CacheDamagedError) || !(cache instanceof DiskCache)) throw e;
    io.stderr(`vmsc: note: ${e.message}; checking every cached group and planning again\n`);
    cache.checkBlobsOnCopy = false;
    report = await review();
  }
  const lang = cliLang(io);
  const text = format === 'json' ? renderJson(report, lang) : renderMarkdown(report, COMMENT_LIMIT, lang);
  return { report, text, code: reviewExitCode(report) };
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('plan')
    .description(
      'compare the artifacts of the tree at a git ref with the working tree: headline, risk flags, meanings, folded diffs (exit 0 no change, 2 changes, 1 errors)',
    )
    .requiredOption('--base <ref>', 'git ref to compare with, e.g. origin/main')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--format <format>', 'markdown | json', 'markdown')
    .option('--today <date>', 'the date used by date-dependent warnings; never changes outputs')
    .option('--state <dir>', 'state folder for the build cache (default <root>/.vmsc-state)')
    .option('--no-cache', 'keep no build cache')
    .option('--jobs <n>', 'worker threads for rendering (0 = none)')
    .action(async (opts: PlanCommandOptions) => {
      let r: Awaited<ReturnType<typeof runPlan>>;
      try {
        r = await runPlan(io, opts);
      } catch (e) {
        // exit 2 means "changes" for plan: a bad option value is an error (1) here
        if (e instanceof CliError && e.exitCode === 2)
          throw new CliError(e.ja ? { en: [e.message, e.hint], ja: [e.ja.message, e.ja.hint] } : e.message, 1, e.hint);
        throw e;
      }
      io.stdout(r.text);
      setExit(r.code);
    });
}
