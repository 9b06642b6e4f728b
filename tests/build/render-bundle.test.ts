/**
 * The render bundle (src/util/bundle.ts, dist/bundle/render.cjs made by scripts/bundle.mjs): the packages that
 * render and the precompiled templates, run with a V8 code cache. It must hold every package src/ asks for and
 * every template, be used with its cache, and never change a byte of what is built.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
