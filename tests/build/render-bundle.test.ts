/**
 * The render bundle (src/util/bundle.ts, dist/bundle/render.cjs made by scripts/bundle.mjs): the packages that
 * render and the precompiled templates, run with a V8 code cache. It must hold every package src/ asks for and
 * every template, be used with its cache, and never change a byte of what is built.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { runBuild } from '../../src/cli/commands/build.js';
import { filesUnder } from '../../src/cli/fingerprint.js';
import { compileTemplate, DOCUMENT_OPTIONS, messageOptions, optionSetsOf, templateKey } from '../../src/emit/templates.js';
import { provideRenderBundle } from '../../src/util/bundle.js';
import { copyExample, REPO, testIO, tmp } from './util.js';

const RENDER = join(REPO, 'dist', 'bundle', 'render.cjs');

/** the ids src/ passes to lazyRequire */
function lazyIds(): string[] {
  const ids = new Set<string>();
  for (const f of filesUnder(join(REPO, 'src'), (n) => n.endsWith('.ts'))) {
    for (const m of readFileSync(join(REPO, 'src', f), 'utf8').matchAll(/\blazyRequire(?:<[^(]*>)?\(\s*'([^']+)'\s*\)/g)) ids.add(m[1]!);
  }
  return [...ids].sort();
}

describe('the render bundle of this install (dist/bundle/render.cjs)', () => {
  it('holds every package src/ loads lazily and every template with each option set, and runs with its code cache', () => {
    const r = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { runCached } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'dist', 'bundle', 'code-cache.js')).href)});
const s = runCached(${JSON.stringify(RENDER)}, ${JSON.stringify(`${RENDER}.cache`)});
const pdfkit = s.exports.packages.pdfkit();
console.log(JSON.stringify({ cache: s.cache, packages: Object.keys(s.exports.packages).sort(), templates: Object.keys(s.exports.templates).sort(), pdf: typeof pdfkit }));`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    const got = JSON.parse(r.stdout) as { cache: string; packages: string[]; templates: string[]; pdf: string };
    expect(got.cache).toBe('used');
    expect(lazyIds().length).toBeGreaterThanOrEqual(4);
    expect(got.packages).toEqual(lazyIds());
    expect(got.pdf).toBe('function');
    const keys = new Set<string>();
    for (const name of filesUnder(join(REPO, 'templates'), (n) => n.endsWith('.hbs'))) {
      const source = readFileSync(join(REPO, 'templates', ...name.split('/')), 'utf8');
      for (const o of optionSetsOf(name)) keys.add(templateKey(source, o));
    }
    expect(keys.size).toBeGreaterThanOrEqual(20);
    expect(got.templates).toEqual([...keys].sort());
    // tiny-inflate is the one on zlib (below), not the package's decoder
    const text = readFileSync(RENDER, 'utf8');
    expect(text).toContain('inflateRawSync');
    expect(text).not.toContain('tinf_uncompress');
  });

  it('builds the example byte for byte as the packages from node_modules do (the CLI with the bundle, against this process without it)', async () => {
    const a = copyExample();
    await runBuild(testIO(), { root: a, state: tmp('vmsc-state-'), today: '2026-11-27', jobs: '0', progress: 'none' });
    const b = copyExample();
    const r = spawnSync(
      process.execPath,
      [join(REPO, 'bin', 'vmsc.js'), 'build', '--root', b, '--state', tmp('vmsc-state-'), '--today', '2026-11-27', '--jobs', '0'],
      {
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', VMSC_TIMINGS: '1' },
      },
    );
    expect(r.status).toBe(0);
    // (the run loaded the render bundle: its code cache is reported by the timings)
    expect(r.stderr).toMatch(/render bundle: code cache used/);
    const manifest = (root: string) => readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    expect(manifest(b)).toBe(manifest(a));
    expect(JSON.parse(manifest(a)).files.length).toBeGreaterThan(50);
  });
});

describe('compileTemplate: precompiled from the render bundle when its source and options are those precompiled', () => {
  afterEach(() => provideRenderBundle(() => undefined));

  const source = '{{#each items}}{{name}}: {{yen amount}}\n{{/each}}<{{title}}>';
  const view = { title: 'a & b', items: [{ name: 'x', amount: 1200 }] };
  /** an environment whose compile() is counted */
  const counted = () => {
    const env = Handlebars.create();
    env.registerHelper('yen', (n: number) => `¥${n}`);
    let compiles = 0;
    const compile = env.compile.bind(env);
    env.compile = ((s: string, o?: CompileOptions) => {
      compiles++;
      return compile(s, o);
    }) as typeof env.compile;
    return { env, compiles: () => compiles };
  };
  const spec = (s: string, o: Readonly<CompileOptions>) => new Function(`return ${Handlebars.precompile(s, { ...o })}`)() as object;

  for (const [what, options] of [
    ['a document template', DOCUMENT_OPTIONS],
    ['an HTML mail template', messageOptions('mail/x.html.hbs')],
    ['a text mail template', messageOptions('mail/x.text.hbs')],
  ] as const) {
    it(`${what}: the same text as compiling it, without compiling`, () => {
      const expected = Handlebars.create();
      expected.registerHelper('yen', (n: number) => `¥${n}`);
      const want = expected.compile(source, { ...options })(view);
      provideRenderBundle(() => ({ packages: {}, templates: { [templateKey(source, options)]: spec(source, options) } }));
      const c = counted();
      expect(compileTemplate(c.env, source, options)(view)).toBe(want);
      expect(c.compiles()).toBe(0);
      // another source, or other options: compiled
      expect(compileTemplate(c.env, `${source}!`, options)(view)).toBe(`${want}!`);
      expect(c.compiles()).toBe(1);
      compileTemplate(c.env, source, { ...options, strict: false });
      expect(c.compiles()).toBe(2);
    });
  }

  it('does not change the options it is given (Handlebars adds its defaults to them)', () => {
    const o = { strict: true, noEscape: true };
    compileTemplate(Handlebars.create(), '{{a}}', o)({ a: 1 });
    expect(o).toEqual({ strict: true, noEscape: true });
    expect(Object.isFrozen(DOCUMENT_OPTIONS)).toBe(true);
  });
});

describe('tiny-inflate on zlib (scripts/bundle/tiny-inflate.cjs, in the render bundle in place of the package)', () => {
  const require = createRequire(import.meta.url);
  type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
  const onZlib = require(join(REPO, 'scripts', 'bundle', 'tiny-inflate.cjs')) as Inflate;
  const tiny = require('tiny-inflate') as Inflate;
  /** both on copies of the same input: result bytes, its type and whether it is `dest` itself */
  const both = (source: Uint8Array, destLength: number, asBuffer = false) =>
    [tiny, onZlib].map((f) => {
      const dest = asBuffer ? Buffer.alloc(destLength) : new Uint8Array(destLength);
      const r = f(Uint8Array.from(source), dest);
      return { bytes: [...r], type: r.constructor.name, same: r === dest };
    });

  it('gives what tiny-inflate gives for every table fontkit, linebreak and unicode-properties inflate when they load', () => {
    // a child process: the packages load afresh, with a require hook that records each call of tiny-inflate
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `const Module = require('node:module');
const real = Module._load;
const calls = [];
Module._load = function (request, parent, isMain) {
  const m = real.call(this, request, parent, isMain);
  if (request !== 'tiny-inflate') return m;
  return (s, d) => { calls.push([Buffer.from(s).toString('base64'), d.length, d.constructor.name]); return m(s, d); };
};
const req = Module.createRequire(${JSON.stringify(join(REPO, 'package.json'))});
for (const p of ['fontkit', 'linebreak', 'unicode-properties']) req(p);
process.stdout.write(JSON.stringify(calls));`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    const calls = JSON.parse(r.stdout) as Array<[string, number, string]>;
    // each table twice (unicode-trie inflates its data, then that again): unicode-properties', linebreak's, fontkit's
    expect(calls.length).toBeGreaterThanOrEqual(6);
    let whole = 0;
    for (const [source, length, type] of calls) {
      const [a, b] = both(Buffer.from(source, 'base64'), length, type === 'Buffer');
      expect(b).toEqual(a);
      if (a!.bytes.length === length) whole++;
    }
    expect(whole).toBe(calls.length / 2); // the second inflate of each fills its table
  });

  it.each([
    ['text, level 9', Buffer.from('vmsc 監視 '.repeat(5000)), 9, 0],
    ['random bytes, stored blocks (level 0)', Uint8Array.from({ length: 70000 }, (_, i) => (i * 2654435761) >>> 24), 0, 0],
    ['a destination shorter than the data (the rest dropped)', Buffer.from('abc'.repeat(1000)), 6, -100],
    ['a destination longer than the data (a slice of it)', Buffer.from('abc'.repeat(1000)), 6, 100],
    ['empty data', Buffer.alloc(0), 6, 10],
  ])('%s: the same bytes, type and identity of the result', (_, data, level, extra) => {
    const source = deflateRawSync(data, { level });
    for (const asBuffer of [false, true]) {
      const [a, b] = both(source, data.length + extra, asBuffer);
      expect(b).toEqual(a);
    }
  });

  it('throws on a damaged stream, as tiny-inflate does', () => {
    const bad = Uint8Array.from([0xff, 0xff, 0xff, 0xff]); // block type 3: invalid
    expect(() => tiny(bad, new Uint8Array(10))).toThrow();
    expect(() => onZlib(bad, new Uint8Array(10))).toThrow();
  });
});
