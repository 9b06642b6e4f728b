/**
 * `vmsc check` from bin/vmsc.js runs the check bundle (dist/bundle/check.cjs) with its V8 code cache
 * (src/cli/code-cache.ts): it must answer exactly as the whole CLI does, and a cache that does not belong to the
 * script's bytes must never be used.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IMPORT_META_URL, runCached } from '../../src/cli/code-cache.js';
import { brokenExample, copyRoot, EXAMPLE, REPO, vmsc } from '../helpers.js';
import { tmp } from '../build/util.js';

const BIN = join(REPO, 'bin', 'vmsc.js');
const CHECK = join(REPO, 'dist', 'bundle', 'check.cjs');

/** runs `body` in a new Node.js (with `flags`) after importing runCached from the built bundle */
const inNode = (body: string, flags: string[] = []) =>
  spawnSync(
    process.execPath,
    [
      ...flags,
      '--input-type=module',
      '-e',
      `const { runCached } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'dist', 'bundle', 'code-cache.js')).href)}); ${body}`,
    ],
    { encoding: 'utf8' },
  );

describe('runCached: a CommonJS script with a V8 code cache', () => {
  const script = (dir: string, answer: string) => {
    const file = join(dir, 'script.cjs');
    writeFileSync(
      file,
      `exports.answer = function answer() { return '${answer}'; };\nexports.url = ${IMPORT_META_URL};\nexports.req = typeof require('node:path').join;\n`,
    );
    return file;
  };

  /** a folder with script A and the path of its (absent) cache */
  const fresh = () => {
    const dir = tmp('vmsc-code-cache-');
    return { dir, file: script(dir, 'A'), cache: join(dir, 'script.cjs.cache') };
  };
  it('runs the script as require would, and uses the cache it saved', () => {
    const { file, cache } = fresh();
    const first = runCached(file, cache);
    expect(first.cache).toBe('absent');
    expect((first.exports['answer'] as () => string)()).toBe('A');
    expect(first.exports['url']).toBe(pathToFileURL(file).href);
    expect(first.exports['req']).toBe('function');
    first.save(cache);
    const second = runCached(file, cache);
    expect(second.cache).toBe('used');
    expect((second.exports['answer'] as () => string)()).toBe('A');
  });

  it('never hands V8 the cache of other bytes, even of the same length (V8 checks only the length)', () => {
    const { dir, file: fileA, cache } = fresh();
    const a = runCached(fileA, cache);
    (a.exports['answer'] as () => string)(); // compiled, so in the cache
    a.save(cache);
    const file = script(dir, 'B'); // same length, other code
    const b = runCached(file, cache);
    expect(b.cache).toBe('stale');
    expect((b.exports['answer'] as () => string)()).toBe('B');
  });

  it('does not use a damaged cache', () => {
    const { file, cache } = fresh();
    runCached(file, cache).save(cache);
    const bytes = readFileSync(cache);
    bytes[bytes.length - 9] = bytes[bytes.length - 9]! ^ 0xff;
    writeFileSync(cache, bytes);
    const r = runCached(file, cache);
    expect(r.cache).toBe('stale');
    expect((r.exports['answer'] as () => string)()).toBe('A');
    writeFileSync(cache, bytes.subarray(0, 10)); // truncated
    expect(runCached(file, cache).cache).toBe('stale');
  });

  it('compiles as usual when V8 refuses the cache (made with other flags)', () => {
    const { file, cache } = fresh();
    const r = inNode(`const s = runCached(${JSON.stringify(file)}, ${JSON.stringify(cache)}); s.exports.answer(); s.save(${JSON.stringify(cache)});`, [
      '--stack-size=900',
    ]);
    expect(r.stderr).toBe('');
    const u = inNode(`const s = runCached(${JSON.stringify(file)}, ${JSON.stringify(cache)}); console.log(s.cache, s.exports.answer());`);
    expect(u.stdout.trim()).toBe('rejected A');
  });
});

describe('vmsc check from bin/vmsc.js (the check bundle)', () => {
  const bin = (args: string[]) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' };
    for (const k of ['LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'VMSC_DEBUG']) delete env[k];
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is built with a code cache that this Node.js uses', () => {
    expect(existsSync(CHECK)).toBe(true);
    const r = inNode(`console.log(runCached(${JSON.stringify(CHECK)}, ${JSON.stringify(`${CHECK}.cache`)}).cache);`);
    expect(r.stdout.trim()).toBe('used');
  });

  it('answers as the whole CLI does: every format, errors, help, the catalogue', async () => {
    // a schema error (the rules still run on the valid rest) and a rule error
    const broken = brokenExample();
    const cases = [
      ['check', '--root', EXAMPLE, '--today', '2026-11-27', '--format', 'json'],
      ['check', '--root', EXAMPLE, '--today', '2026-11-27'],
      ['check', '--root', EXAMPLE, '--today', '2026-11-27', '--format', 'github', '--lang', 'ja'],
      ['check', '--root', broken, '--today', '2026-11-27', '--format', 'json'],
      ['check', '--root', broken, '--today', '2026-11-27'],
      ['check', '--help'],
      ['check', '--codes'],
      ['check', '--format', 'xml', '--root', EXAMPLE],
      ['check', '--root', join(broken, 'nowhere')],
    ];
    for (const args of cases) {
      const child = bin(args);
      const here = await vmsc(args, { env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
      expect({ args, code: child.code, stdout: child.stdout, stderr: child.stderr }).toEqual({
        args,
        code: here.code,
        stdout: here.stdout,
        stderr: here.stderr,
      });
    }
    expect(bin(cases[3]!).code).toBe(1);
  });
});

describe('vmsc build from bin/vmsc.js (the build bundle)', () => {
  const BUILD = join(REPO, 'dist', 'bundle', 'build.cjs');

  it('is built with a code cache that this Node.js uses', () => {
    expect(existsSync(BUILD)).toBe(true);
    const r = inNode(`console.log(runCached(${JSON.stringify(BUILD)}, ${JSON.stringify(`${BUILD}.cache`)}).cache);`);
    expect(r.stdout.trim()).toBe('used');
  });

  it('builds what the whole CLI builds: the same out/ cold, after an edit and up to date; errors and help alike', async () => {
    const run = (args: string[]) => {
      const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', CI: 'true' };
      for (const k of ['LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'VMSC_DEBUG', 'VMSC_TIMINGS']) delete env[k];
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', env });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const a = copyRoot(EXAMPLE);
    const b = copyRoot(EXAMPLE);
    const build = (root: string) => ['build', '--root', root, '--today', '2026-11-27', '--progress', 'none', '--state', join(root, 'state')];
    const manifest = (root: string) => readFileSync(join(root, 'out', 'manifest.json'), 'utf8');
    // a: the build bundle (bin/vmsc.js); b: the whole CLI in this process
    const one = run(build(a));
    expect(one.code).toBe(0);
    expect((await vmsc(build(b))).code).toBe(0);
    expect(manifest(a)).toBe(manifest(b));
    for (const root of [a, b]) {
      const f = join(root, 'customers', 'minato-clinic.yaml');
      writeFileSync(f, readFileSync(f, 'utf8').replace(/^representative: .*$/m, 'representative: 港 次郎'));
    }
    expect(run(build(a)).stdout.replace(a, 'ROOT')).toBe((await vmsc(build(b))).stdout.replace(b, 'ROOT'));
    expect(manifest(a)).toBe(manifest(b));
    expect(run(build(a)).stdout).toMatch(/^up to date: /);
    for (const args of [
      ['build', '--help'],
      ['build', '--root', join(a, 'nowhere')],
      ['build', '--jobs', 'x', '--root', a],
    ]) {
      const child = run(args);
      const here = await vmsc(args, { env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' } });
      expect({ args, code: child.code, stdout: child.stdout, stderr: child.stderr }).toEqual({
        args,
        code: here.code,
        stdout: here.stdout,
        stderr: here.stderr,
      });
    }
  }, 120_000);
});
