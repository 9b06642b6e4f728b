/**
 * The CLI host: the only place (with write/) that reads the disk. Reads a root into in-memory sources,
 * and the compiler's own assets (templates, fonts); `nodeHost` gives the driver the files of a root, the
 * clock, the worker threads (cli/pool.ts), the check cache (cli/state.ts) and the fingerprint.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../load/yaml.js';
import type { Assets } from '../emit/types.js';
import { availableParallelism } from 'node:os';
import type { Host } from '../driver/host.js';
import { compilerFingerprint } from './fingerprint.js';
import { startWorkers } from './pool.js';
import { FolderStore } from './state.js';

/** folders of a root that hold inputs (records/register: the register of issued documents; the archive beside it holds no input) */
const INPUT_DIRS = ['policies', 'customers', 'records/register'];

/** collects `rel/name` of the YAML files under `abs` (string concatenation: path.join is costly at 10,000 files) */
function walk(abs: string, rel: string, out: string[]): void {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory()) walk(`${abs}${sep}${e.name}`, `${rel}/${e.name}`, out);
    else if (e.isFile() && /\.ya?ml$/i.test(e.name)) out.push(`${rel}/${e.name}`);
  }
}

/** Lists the input files of a root (sorted, relative, forward slashes). */
export function listRoot(root: string): string[] {
  const out: string[] = [];
  const base = resolve(root);
  for (const d of INPUT_DIRS) walk(`${base}${sep}${d}`, d, out);
  return out.sort();
}

export function readRoot(root: string): SourceFile[] {
  const base = resolve(root);
  return listRoot(base).map((path) => ({ path, bytes: readFileSync(`${base}${sep}${sep === '/' ? path : path.split('/').join(sep)}`) }));
}

export function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** the package root (where package.json, templates/ and schemas/ are) */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

const require = createRequire(import.meta.url);

export const FONT_FILES: Record<string, string> = {
  'BIZUDPGothic-Regular.ttf': '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf',
  'BIZUDPGothic-Bold.ttf': '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf',
};

export function fontPath(name: string): string {
  const spec = FONT_FILES[name];
  if (!spec) throw new Error(`unknown font ${name}`);
  return require.resolve(spec);
}

export function readAssets(templatesDir = join(PACKAGE_ROOT, 'templates')): Assets {
  const templates = new Map<string, string>();
  if (existsSync(templatesDir)) {
    const files: string[] = [];
    const rec = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) rec(p);
        else if (e.isFile()) files.push(p);
      }
    };
    rec(templatesDir);
    for (const f of files.sort()) templates.set(relative(templatesDir, f).split(sep).join('/'), readFileSync(f, 'utf8'));
  }
  const fonts = new Map<string, Uint8Array>();
  for (const name of Object.keys(FONT_FILES)) fonts.set(name, readFileSync(fontPath(name)));
  return { templates, fonts };
}

/**
 * The host of a root on disk: its files, the clock, one worker thread per core, and the check cache under
 * `<stateDir>/check` (none without a state folder).
 */
export function nodeHost(root: string, opts: { stateDir?: string | undefined; now?: () => number } = {}): Host {
  let assets: Assets | undefined;
  const host: Host = {
    readSources: () => readRoot(root),
    now: opts.now ?? (() => Date.now()),
    parallelism: () => Math.max(1, availableParallelism()),
    startWorkers: (n) => startWorkers(n),
    readAssets: () => (assets ??= readAssets()),
    fingerprint: compilerFingerprint,
  };
  if (opts.stateDir) host.checkState = new FolderStore(join(opts.stateDir, 'check'));
  return host;
}
