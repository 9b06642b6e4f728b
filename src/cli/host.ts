/**
 * The CLI host: the only place (with write/) that reads the disk. Reads a root into in-memory sources,
 * and the compiler's own assets (templates, fonts); `nodeHost` gives the driver the files of a root, the
 * clock, the worker threads (cli/pool.ts), the check cache (cli/state.ts) and the fingerprint.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile, SourceProblem } from '../load/yaml.js';
import { MESSAGES } from '../diagnostics/messages/index.js';
import type { Assets } from '../emit/types.js';
import { availableParallelism } from 'node:os';
import type { Host } from '../driver/host.js';
import { compilerFingerprint, filesUnder } from './fingerprint.js';
import { startWorkers } from './pool.js';
import { FolderStore } from './state.js';
import { inFolder } from '../write/write.js';

/** folders of a root that hold inputs (records/register: the register of issued documents; the archive beside it holds no input) */
const INPUT_DIRS = ['policies', 'customers', 'records/register', 'prospects'];

const YAML_NAME = /\.ya?ml$/i;

/** where the walk of a root is: the real path of the root, and the real folders seen (a linked folder cycle) */
interface Walk {
  rootReal: string;
  seen: Set<string>;
  out: Listed[];
}

/** one listed input: its path, or the reason it cannot be read (a located L009/L010/L011 diagnostic) */
interface Listed {
  path: string;
  problem?: SourceProblem;
}

function inside(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : `${rootReal}${sep}`);
}

function errorCode(e: unknown): string {
  const c = (e as NodeJS.ErrnoException).code;
  return typeof c === 'string' ? c : 'error';
}

/** a symbolic link: its real target when it is usable, else what is wrong with it (undefined = not an input) */
function followLink(abs: string, rel: string, w: Walk): { real: string; dir: boolean; file: boolean } | Listed | undefined {
  const yamlName = YAML_NAME.test(rel);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    if (!yamlName) return undefined;
    const to = safeReadlink(abs);
    return {
      path: rel,
      problem: { code: 'L009', ...MESSAGES.L009.broken({ path: rel, to, error: errorCode(e) }) },
    };
  }
  let st: import('node:fs').Stats;
  try {
    st = statSync(real);
  } catch (e) {
    return yamlName ? { path: rel, problem: unreadable(rel, e) } : undefined;
  }
  if (!inside(real, w.rootReal)) {
    if (!yamlName && !st.isDirectory()) return undefined;
    return {
      path: rel,
      problem: { code: 'L010', ...MESSAGES.L010.outside({ path: rel, real }) },
    };
  }
  return { real, dir: st.isDirectory(), file: st.isFile() };
}

function safeReadlink(abs: string): string | undefined {
  try {
    return readlinkSync(abs);
  } catch {
    return undefined; // only for the message: the link is reported as broken either way
  }
}

function unreadable(rel: string, e: unknown): SourceProblem {
  const code = errorCode(e);
  const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
  return { code: 'L011', ...MESSAGES.L011.unreadable({ path: rel, why }) };
}

/**
 * collects the YAML files under `abs` (string concatenation: path.join is costly at 10,000 files). Symbolic links
 * are followed (Kubernetes ConfigMap mounts are links) when they stay inside the root; the `..data` and
 * `..<timestamp>` folders of such a mount hold the same files again and are skipped.
 */
function walk(abs: string, rel: string, w: Walk): void {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') w.out.push({ path: rel, problem: unreadable(rel, e) });
    return;
  }
  for (const e of entries) {
    const childAbs = `${abs}${sep}${e.name}`;
    const childRel = `${rel}/${e.name}`;
    let dir = e.isDirectory();
    let file = e.isFile();
    let real = childAbs;
    if (e.isSymbolicLink()) {
      const t = followLink(childAbs, childRel, w);
      if (t === undefined) continue;
      if ('path' in t) {
        w.out.push(t);
        continue;
      }
      ({ real, dir, file } = t);
    }
    if (dir) {
      if (e.name.startsWith('..')) continue; // a ConfigMap's ..data / ..<timestamp> folder: the same files again
      const key = e.isSymbolicLink() ? real : safeRealpath(childAbs);
      if (w.seen.has(key)) continue; // a linked folder seen before (a cycle)
      w.seen.add(key);
      walk(childAbs, childRel, w);
    } else if (YAML_NAME.test(e.name)) {
      w.out.push(
        file
          ? { path: childRel }
          : {
              path: childRel,
              problem: { code: 'L011', ...MESSAGES.L011.notRegular({ path: childRel }) },
            },
      );
    }
  }
}

function safeRealpath(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs; // a folder that vanished while listing: keyed by its own path, listed (or not) by readdir
  }
}

function listed(root: string): Listed[] {
  const base = resolve(root);
  const rootReal = safeRealpath(base);
  const w: Walk = { rootReal, seen: new Set(), out: [] };
  for (const d of INPUT_DIRS) {
    const abs = `${base}${sep}${d}`;
    let st: import('node:fs').Stats | undefined;
    try {
      st = lstatSync(abs);
    } catch {
      continue; // no such folder: P001 says which policy files are missing
    }
    if (st.isSymbolicLink()) {
      const t = followLink(abs, d, w);
      if (t === undefined) continue;
      if ('path' in t) {
        w.out.push(t);
        continue;
      }
    }
    w.seen.add(safeRealpath(abs));
    walk(abs, d, w);
  }
  return w.out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Lists the input files of a root (sorted, relative, forward slashes), also those that cannot be read. */
export function listRoot(root: string): string[] {
  return listed(root).map((l) => l.path);
}

/** Reads the input files of a root; a file that cannot be read comes with its problem and no bytes. */
export function readRoot(root: string): SourceFile[] {
  const base = resolve(root);
  return listed(base).map(({ path, problem }): SourceFile => {
    if (problem) return { path, bytes: new Uint8Array(0), problem };
    try {
      return { path, bytes: readFileSync(inFolder(base, path)) };
    } catch (e) {
      return { path, bytes: new Uint8Array(0), problem: unreadable(path, e) };
    }
  });
}

/**
 * The files of the root with their stamps (size, mtime, ctime, inode: like git's index), taken before any file
 * is read; each file's bytes are read only when first asked for. For `vmsc check`'s no-change path: when
 * every stamp is the one recorded at the last full check, its stored result is used without reading a file.
 */
export function stampRoot(root: string): { sources: SourceFile[]; stamps: string[] } {
  const base = resolve(root);
  const sources: SourceFile[] = [];
  const stamps: string[] = [];
  for (const { path, problem } of listed(base)) {
    if (problem) {
      sources.push({ path, bytes: new Uint8Array(0), problem });
      stamps.push(`problem ${problem.code} ${problem.message}`);
      continue;
    }
    const abs = inFolder(base, path);
    try {
      const st = statSync(abs);
      stamps.push(`${st.size} ${st.mtimeMs} ${st.ctimeMs} ${st.ino}`);
    } catch (e) {
      sources.push({ path, bytes: new Uint8Array(0), problem: unreadable(path, e) });
      stamps.push('unreadable');
      continue;
    }
    sources.push(new UnreadSource(path, abs));
  }
  return { sources, stamps };
}

/**
 * a file of stampRoot, read when its bytes (or its problem) are first asked for: one object per file, its getters on
 * the prototype (10,000 of them on an unchanged root, where none is read)
 */
class UnreadSource implements SourceFile {
  private read: { bytes: Uint8Array; problem?: SourceProblem } | undefined;
  constructor(
    readonly path: string,
    private readonly abs: string,
  ) {}
  private load(): { bytes: Uint8Array; problem?: SourceProblem } {
    if (this.read) return this.read;
    try {
      this.read = { bytes: readFileSync(this.abs) };
    } catch (e) {
      this.read = { bytes: new Uint8Array(0), problem: unreadable(this.path, e) };
    }
    return this.read;
  }
  get bytes(): Uint8Array {
    return this.load().bytes;
  }
  get problem(): SourceProblem | undefined {
    return this.load().problem;
  }
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

/** where scripts/bundle.mjs writes the table of the font `name` (emit/documents/font-table.ts) */
export function fontTablePath(name: string): string {
  return join(PACKAGE_ROOT, 'dist', 'fonts', `${name}.table`);
}

export function readAssets(templatesDir = join(PACKAGE_ROOT, 'templates')): Assets {
  const templates = new Map<string, string>();
  if (existsSync(templatesDir)) {
    for (const f of filesUnder(templatesDir, () => true)) templates.set(f, readFileSync(join(templatesDir, ...f.split('/')), 'utf8'));
  }
  const fonts = new Map<string, Uint8Array>();
  for (const name of Object.keys(FONT_FILES)) fonts.set(name, readFileSync(fontPath(name)));
  // the fonts' tables made at install by scripts/bundle.mjs, read when a document is first rendered (8 MB: a build
  // with nothing to render never reads them); none under a TypeScript runner before a build: computed as needed
  let fontTables: Map<string, Uint8Array> | undefined;
  return {
    templates,
    fonts,
    get fontTables() {
      if (!fontTables) {
        fontTables = new Map();
        for (const name of fonts.keys()) {
          try {
            fontTables.set(name, readFileSync(fontTablePath(name)));
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
          }
        }
      }
      return fontTables;
    },
  };
}

/**
 * The host of a root on disk: its files, the clock, one worker thread per core, and the check cache under
 * `<stateDir>/check` (none without a state folder).
 */
/** the JSON files directly in `dir` (name -> text); empty when there is no such folder */
export function readSchemaFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out; // no schemas/ folder (P003 says so)
  }
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    try {
      if (statSync(join(dir, name)).isFile()) out.set(name, readFileSync(join(dir, name), 'utf8'));
    } catch {
      // unreadable: counted as missing
    }
  }
  return out;
}

let compilerSchemas: Map<string, string> | undefined;

/** the schemas of this vmsc (`<package>/schemas/*.schema.json`): what `vmsc schemas --write` and `vmsc init` write */
export function compilerSchemaFiles(): Map<string, string> {
  compilerSchemas ??= new Map([...readSchemaFolder(join(PACKAGE_ROOT, 'schemas'))].filter(([n]) => n.endsWith('.schema.json')));
  return compilerSchemas;
}

export function nodeHost(root: string, opts: { stateDir?: string | undefined; now?: () => number; sources?: SourceFile[] } = {}): Host {
  let assets: Assets | undefined;
  // files the caller has read already (vmsc build, to key its run): the first read gives them, later ones read again
  let given = opts.sources;
  const host: Host = {
    readSources: () => {
      const s = given ?? readRoot(root);
      given = undefined;
      return s;
    },
    stampSources: () => stampRoot(root),
    readSchemas: () => ({ root: readSchemaFolder(join(root, 'schemas')), compiler: compilerSchemaFiles() }),
    now: opts.now ?? (() => Date.now()),
    parallelism: () => Math.max(1, availableParallelism()),
    startWorkers: (n) => startWorkers(n),
    readAssets: () => (assets ??= readAssets()),
    fingerprint: compilerFingerprint,
  };
  if (opts.stateDir) host.checkState = new FolderStore(join(opts.stateDir, 'check'));
  return host;
}
