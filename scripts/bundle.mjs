// Bundles the compiler's own code (src/, TypeScript) into dist/bundle/ with esbuild: vmsc.js (the CLI, run by
// bin/vmsc.js) and worker.js (the pool's thread), with the lazily imported commands and emitters in shared
// chunks beside them. Dependencies (node_modules) stay outside the bundle and load as before, only where used.
// Why: one process start then reads a few files instead of ~190 modules (see docs/build.md, start-up).
// The bundle sits at the same depth as dist/cli/, so every path the code derives from import.meta.url
// (package root, templates, generated/validators.cjs, the fingerprint's code folder = dist/) is unchanged.
//
// Beside them, the check bundle: check.cjs, `vmsc check` alone (src/cli/check-main.ts) as one CommonJS script
// with the packages it uses inside (yaml, commander, temporal-polyfill, the holiday data, ajv's runtime), which
// bin/vmsc.js runs with a V8 code cache (src/cli/code-cache.ts), and that cache, check.cjs.cache, made here by
// running it on the example root (tests/fixtures/example) once: docs/build.md, "Start-up of vmsc check".
//
// And the render bundle, render.cjs: every package src/ loads with lazyRequire (PDF, fonts, Handlebars, mail), each
// evaluated on its first use, and every template of templates/ precompiled with each option set it may be compiled
// with (src/emit/templates.ts), with its code cache render.cjs.cache saved after a build of the example: the first
// document of a process neither compiles those packages nor its template (docs/build.md, "Sixth round"). In it,
// tiny-inflate is scripts/bundle/tiny-inflate.cjs (the same function on Node.js's zlib): the Unicode tables those
// packages inflate when they load ("Eighth round").
// Run by `npm run build:ts` (so by `npm ci` through prepare, and by the bench) and by the test set-up when stale.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(REPO, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

/**
 * Packages stay outside (imported where used), except what the validators (generated/validators.cjs, bundled:
 * src/validate/schema.ts imports it) require of ajv's runtime: a require() in an ES module bundle would fail
 */
const packagesOutside = {
  name: 'packages-outside',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (a) => (/[\\/]generated[\\/]validators\.cjs$|[\\/]node_modules[\\/]/.test(a.importer) ? undefined : { external: true }));
  },
};
await build({
  absWorkingDir: REPO,
  entryPoints: { vmsc: 'src/cli/main.ts', worker: 'src/cli/worker.ts', 'code-cache': 'src/cli/code-cache.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [packagesOutside],
});

/** the packages `vmsc check` loads, bundled into check.cjs (every other one stays outside, never loaded by check) */
const CHECK_PACKAGES = new Set(['yaml', 'commander', 'temporal-polyfill', 'temporal-utils', '@holiday-jp/holiday_jp', 'ajv', 'ajv-formats', 'fast-deep-equal']);
// `vmsc build` loads the same at start, and the PDF, font, template and mail packages only when it renders
// something (src/util/lazy.ts): those stay outside build.cjs (required from node_modules then, not in its cache)
const { IMPORT_META_URL } = await import(pathToFileURL(join(outdir, 'code-cache.js')).href);
const EXAMPLE = join(REPO, 'tests', 'fixtures', 'example');

/** a single-command bundle (src/cli/<name>-main.ts -> dist/bundle/<name>.cjs) with `packages` inside */
async function single(name, packages) {
  const file = join(outdir, `${name}.cjs`);
  await build({
    absWorkingDir: REPO,
    entryPoints: [`src/cli/${name}-main.ts`],
    outfile: file,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // the runner (code-cache.ts) passes the script's file URL: every path derived from it is as from dist/bundle/
    define: { 'import.meta.url': IMPORT_META_URL },
    // less to read and hash at each start; names are kept (stack traces, error messages)
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      {
        name: `${name}-packages`,
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) => {
            const pkg = a.path
              .split('/')
              .slice(0, a.path.startsWith('@') ? 2 : 1)
              .join('/');
            return packages.has(pkg) ? undefined : { external: true };
          });
        },
      },
    ],
  });
  return file;
}

/** the render bundle (src/util/bundle.ts): the lazily required packages and the precompiled templates */
async function renderBundle() {
  const { filesUnder } = await import(pathToFileURL(join(REPO, 'dist', 'cli', 'fingerprint.js')).href);
  const ids = new Set();
  for (const f of filesUnder(join(REPO, 'src'), (n) => n.endsWith('.ts'))) {
    for (const m of readFileSync(join(REPO, 'src', f), 'utf8').matchAll(/\blazyRequire(?:<[^(]*>)?\(\s*'([^']+)'\s*\)/g)) ids.add(m[1]);
  }
  if (ids.size === 0) throw new Error('scripts/bundle.mjs: no lazyRequire found in src/');
  const { optionSetsOf, templateKey } = await import(pathToFileURL(join(REPO, 'dist', 'emit', 'templates.js')).href);
  const handlebars = createRequire(join(REPO, 'package.json'))('handlebars');
  const templates = [];
  for (const name of filesUnder(join(REPO, 'templates'), (n) => n.endsWith('.hbs'))) {
    const source = readFileSync(join(REPO, 'templates', ...name.split('/')), 'utf8');
    for (const options of optionSetsOf(name)) {
      let spec;
      try {
        spec = handlebars.precompile(source, { ...options }); // (a copy: precompile adds its defaults to it)
      } catch {
        continue; // a template that does not compile is compiled, and its error reported, when it is rendered
      }
      templates.push(`${JSON.stringify(templateKey(source, options))}: ${spec}`);
    }
  }
  const file = join(outdir, 'render.cjs');
  await build({
    absWorkingDir: REPO,
    stdin: {
      contents: `exports.packages = {\n${[...ids]
        .sort()
        .map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(id)}),`)
        .join('\n')}\n};\nexports.templates = {\n${templates.join(',\n')}\n};\n`,
      resolveDir: REPO,
      sourcefile: 'render-bundle.cjs',
      loader: 'js',
    },
    outfile: file,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [
      {
        // tiny-inflate on zlib (scripts/bundle/tiny-inflate.cjs): the Unicode tables the packages inflate at load
        name: 'tiny-inflate-on-zlib',
        setup(b) {
          b.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: join(REPO, 'scripts', 'bundle', 'tiny-inflate.cjs') }));
        },
      },
      {
        // pdfkit's standard fonts (never used: documents embed their own) are left to its package, as pdfkit/standard-fonts/<name>
        name: 'pdfkit-standard-fonts',
        setup(b) {
          b.onResolve({ filter: /^#standard-fonts\// }, (a) => ({ path: `pdfkit/standard-fonts/${a.path.slice('#standard-fonts/'.length)}`, external: true }));
        },
      },
    ],
  });
  return file;
}

/**
 * the code cache of a single-command bundle: `runs` (command lines after `vmsc`) run once in a child process
 * with the flags of a run, then the bytecode of every function compiled is saved. `inside`: none of these
 * packages may load from outside (they would not be in the cache); undefined: no package at all may. `finish`: code
 * run after that (in the same process)
 */
function warm(file, runs, inside, setup = '', finish = '') {
  const cacheFile = `${file}.cache`;
  const code = `
const { runCached } = await import(${JSON.stringify(pathToFileURL(join(outdir, 'code-cache.js')).href)});
${setup}
const s = runCached(${JSON.stringify(file)}, ${JSON.stringify(cacheFile)});
for (const r of ${JSON.stringify(existsSync(EXAMPLE) ? runs : [])}) {
  const code = await s.exports.main([process.execPath, 'vmsc', ...r.map((a) => a.replace('$ROOT', root).replace('$STATE', state))]);
  if (code !== 0) throw new Error('vmsc ' + r.join(' ') + ' exited ' + code);
  if (typeof after === 'function') after();
}
// every package of the bundle is inside it, so in its code cache: none loaded from outside
const inside = ${inside ? JSON.stringify([...inside]) : 'undefined'};
const pkg = (p) => { const rest = p.split(/[\\\\/]node_modules[\\\\/]/).at(-1).split(/[\\\\/]/); return rest.slice(0, rest[0].startsWith('@') ? 2 : 1).join('/'); };
const outside = Object.keys((await import('node:module')).createRequire(import.meta.url).cache).filter((p) => p.includes('node_modules') && (!inside || inside.includes(pkg(p))));
if (outside.length) throw new Error('the bundle loaded packages from outside (add them to its packages in scripts/bundle.mjs): ' + outside.join(', '));
s.save(${JSON.stringify(cacheFile)});
${finish}
`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`scripts/bundle.mjs: ${file} failed on the example root:\n${r.stderr}`);
}

/**
 * dist/fonts/<name>.table: each document font's table (src/emit/documents/font-table.ts), what fontkit and zlib
 * answer about its glyphs, so that the first document of a process need not compute them ("Tenth round" in
 * docs/build.md). Made before the warm-up runs below, so that their code caches hold the code that reads it.
 */
async function fontTables() {
  const dist = (p) => import(pathToFileURL(join(REPO, 'dist', ...p.split('/'))).href);
  const { FONT_FILES, fontPath, fontTablePath } = await dist('cli/host.js');
  const { makeFontTable } = await dist('emit/documents/font-table.js');
  const fontkit = createRequire(join(REPO, 'package.json'))('fontkit');
  for (const name of Object.keys(FONT_FILES)) {
    const bytes = readFileSync(fontPath(name));
    const file = fontTablePath(name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, makeFontTable(bytes, fontkit.create(bytes)));
  }
}
await fontTables();

const tmpState = mkdtempSync(join(tmpdir(), 'vmsc-bundle-warm-'));
try {
  // check: what `vmsc check` compiles (loading, schemas, every rule, the output formats, the check cache)
  const check = await single('check', CHECK_PACKAGES);
  const checkArgs = ['check', '--root', '$ROOT', '--today', '2026-11-27'];
  warm(
    check,
    [
      [...checkArgs, '--format', 'json', '--cache', 'on', '--state', '$STATE'],
      [...checkArgs, '--format', 'json', '--cache', 'on', '--state', '$STATE'],
      [...checkArgs, '--format', 'human', '--cache', 'off'],
      [...checkArgs, '--format', 'github', '--cache', 'off'],
    ],
    undefined,
    `const root = ${JSON.stringify(EXAMPLE)}; const state = ${JSON.stringify(join(tmpState, 'check'))};`,
  );
  // build: a cold build of a copy of the example, a build after one customer changed, then an up-to-date one;
  // the cold one renders on this thread (--jobs 0), so that the render bundle's cache holds every document and mail
  const renderFile = await renderBundle();
  const buildFile = await single('build', CHECK_PACKAGES);
  const buildArgs = ['build', '--root', '$ROOT', '--today', '2026-11-27', '--progress', 'none', '--state', '$STATE'];
  warm(
    buildFile,
    [[...buildArgs, '--jobs', '0'], buildArgs, buildArgs],
    // every package is inside build.cjs or the render bundle
    undefined,
    `const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
const root = ${JSON.stringify(join(tmpState, 'root'))}; const state = ${JSON.stringify(join(tmpState, 'build'))};
if (${JSON.stringify(existsSync(EXAMPLE))}) cpSync(${JSON.stringify(EXAMPLE)}, root, { recursive: true });
let n = 0;
const after = () => {
  // after the cold build: one customer changed; after that: nothing (the up-to-date path)
  if (n++ !== 0) return;
  const f = root + '/customers/minato-clinic.yaml';
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^representative: .*$/m, 'representative: 港 次郎'));
};`,
    `const render = s.exports.renderScript();
if (${JSON.stringify(existsSync(EXAMPLE))}) {
  if (!render) throw new Error('the build of the example did not load the render bundle');
  render.save(${JSON.stringify(`${renderFile}.cache`)});
}`,
  );
} finally {
  rmSync(tmpState, { recursive: true, force: true });
}
