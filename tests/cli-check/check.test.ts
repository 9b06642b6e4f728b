import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { copyRoot, EXAMPLE, vmsc } from '../helpers.js';
import { renderGithub, renderHuman, renderJson } from '../../src/diagnostics/render.js';
import { diag } from '../../src/diagnostics/diagnostic.js';

interface J {
  diagnostics: Array<{
    code: string;
    severity: string;
    file: string;
    line: number;
    col: number;
    endLine: number;
    endCol: number;
    message: string;
    hint: string;
  }>;
}
const TODAY = ['--today', '2026-11-27'];
const edit = (root: string, file: string, from: string, to: string) => {
  const p = join(root, file);
  const t = readFileSync(p, 'utf8');
  if (!t.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(p, t.replace(from, to));
};

describe('vmsc check: formats', () => {
  it('human: file:line:col  error CODE  message, the source line with a caret underline, and the hint', async () => {
    const root = copyRoot();
    edit(root, 'customers/acme-logistics.yaml', 'environment: azure', 'environment: azur');
    const r = await vmsc(['check', '--root', root, ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      [
        'customers/acme-logistics.yaml:39:18  error S004  servers[0].environment is "azur"; it must be one of "azure", "aws", "gcp", "on-premises", "other"',
        '  39 |     environment: azur',
        '     |                  ^^^^',
        '  hint: did you mean "azure"?',
        '',
      ].join('\n'),
    );
    expect(r.stdout).toMatch(/\n1 error, \d+ warnings? in 11 files checked\n$/);
    expect(r.stderr).toBe('');
  });

  it('human: carets under full-width text take two columns per character', () => {
    const out = renderHuman([diag('R999', 'error', 'f.yaml', { line: 1, col: 7, endLine: 1, endCol: 12 }, 'm', 'h')], { lineText: () => 'name: 田中 花子' });
    expect(out).toBe('f.yaml:1:7  error R999  m\n  1 | name: 田中 花子\n    |       ^^^^^^^^^\n  hint: h\n');
  });

  it('json: {"diagnostics":[{code,severity,file,line,col,endLine,endCol,message,hint}]} with file relative to the root', async () => {
    const root = copyRoot();
    edit(root, 'customers/acme-logistics.yaml', 'server: fs02', 'server: fs03');
    const r = await vmsc(['check', '--root', root, '--format', 'json', ...TODAY]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as J;
    const d = j.diagnostics.find((x) => x.code === 'R021')!;
    expect(Object.keys(d)).toEqual(['code', 'severity', 'file', 'line', 'col', 'endLine', 'endCol', 'message', 'hint']);
    expect(d).toMatchObject({ severity: 'error', file: 'customers/acme-logistics.yaml', line: 64, col: 13, endLine: 64, endCol: 17 });
    expect(renderJson([])).toBe('{\n  "diagnostics": []\n}\n');
  });

  it('github: ::error file=…,line=…,col=…:: lines (paths from the workspace) plus a summary', async () => {
    const root = copyRoot();
    edit(root, 'customers/acme-logistics.yaml', 'server: fs02', 'server: fs03');
    const r = await vmsc(['check', '--root', basename(root), '--format', 'github', ...TODAY], { cwd: dirname(root) });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toContain(
      `::error file=${basename(root)}/customers/acme-logistics.yaml,line=64,col=13,endLine=64,endColumn=17,title=R021::work order wo-2026-002 names server "fs03", which this customer does not have — hint: did you mean "fs01"? servers of this customer: fs01, fs02`,
    );
    expect(lines.at(-1)).toMatch(/^vmsc check: 1 error, \d+ warnings? in 11 files checked$/);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^::(error|warning) /);
  });

  it('github: messages are escaped (%, CR, LF, and : , in properties)', () => {
    const out = renderGithub([diag('R999', 'warning', 'a,b:c.yaml', { line: 2, col: 3, endLine: 2, endCol: 4 }, '50% done\nnext', '')], 1);
    expect(out).toBe(
      '::warning file=a%2Cb%3Ac.yaml,line=2,col=3,endLine=2,endColumn=4,title=R999::50%25 done%0Anext\nvmsc check: 0 errors, 1 warning in 1 file checked\n',
    );
  });
});

describe('vmsc check: exit codes and robustness', () => {
  it('0 for the example (warnings do not fail)', async () => {
    const r = await vmsc(['check', '--root', EXAMPLE, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^0 errors, /m);
  });

  it('0 with a warning only (R023)', async () => {
    const root = copyRoot();
    edit(root, 'policies/provider.yaml', 'T9234567890123', 'T1234567890123');
    const r = await vmsc(['check', '--root', root, '--format', 'json', ...TODAY]);
    expect((JSON.parse(r.stdout) as J).diagnostics.some((d) => d.code === 'R023' && d.severity === 'warning')).toBe(true);
    expect(r.code).toBe(0);
  });

  it('2 for a usage error (unknown format, unknown option)', async () => {
    expect((await vmsc(['check', '--root', EXAMPLE, '--format', 'xml'])).code).toBe(2);
    expect((await vmsc(['check', '--root', EXAMPLE, '--frmat', 'json'])).code).toBe(2);
    expect((await vmsc(['check', '--root', EXAMPLE, '--cache', 'sometimes'])).code).toBe(2);
  });

  it('never a stack trace: garbage, binary, huge and empty files all come back as located diagnostics', async () => {
    const root = copyRoot();
    writeFileSync(join(root, 'customers/binary.yaml'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 10, 0xc3]));
    writeFileSync(join(root, 'customers/huge.yaml'), 'a: ' + 'x'.repeat(1024 * 1024 + 10));
    writeFileSync(join(root, 'customers/empty.yaml'), '');
    writeFileSync(join(root, 'customers/garbage.yaml'), '}{][: : :\n\t- &a *b\n"');
    writeFileSync(join(root, 'policies/routing.yaml'), '- just\n- a list\n');
    writeFileSync(join(root, 'policies/tariffs/2030-01-01.yaml'), 'effectiveFrom: 2030-01-01\ntaxRatePercent: 10\nplans: [1, 2]\noptions: {}\n');
    const r = await vmsc(['check', '--root', root, '--format', 'json', ...TODAY]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const codes = (JSON.parse(r.stdout) as J).diagnostics.map((d) => `${d.file} ${d.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'customers/binary.yaml L002',
        'customers/huge.yaml L001',
        'customers/empty.yaml L007',
        'customers/garbage.yaml L003',
        'policies/routing.yaml L008',
        'policies/tariffs/2030-01-01.yaml S003',
      ]),
    );
    const human = await vmsc(['check', '--root', root, ...TODAY]);
    expect(human.stdout + human.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('is deterministic: the same output twice, whatever the order files were written in', async () => {
    const root = copyRoot();
    edit(root, 'customers/minato-clinic.yaml', 'hostname: MNT-FS01', 'hostname: acme-fs01');
    edit(root, 'customers/acme-logistics.yaml', 'plan: standard', 'plan: gold');
    const a = await vmsc(['check', '--root', root, '--format', 'json', ...TODAY]);
    const b = await vmsc(['check', '--root', root, '--format', 'json', ...TODAY]);
    expect(a.stdout).toBe(b.stdout);
    const j = (JSON.parse(a.stdout) as J).diagnostics;
    const sorted = [...j].sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || x.col - y.col));
    expect(j.map((d) => `${d.file}:${d.line}:${d.col}`)).toEqual(sorted.map((d) => `${d.file}:${d.line}:${d.col}`));
  });
});

describe('vmsc check: the content-hash cache never changes a result', () => {
  it('cold, warm, after an edit, after corruption, and without the cache: the same diagnostics', async () => {
    const root = copyRoot();
    edit(root, 'customers/minato-clinic.yaml', 'department: 事務局 システム担当', 'department: "事務局 \u{1F600} システム\u00e9"'); // astral + Latin-1 text survive the ASCII cache
    const state = join(root, 'state');
    const args = ['check', '--root', root, '--format', 'json', '--cache', 'on', '--state', state, ...TODAY];
    const off = async () => (await vmsc(['check', '--root', root, '--format', 'json', '--cache', 'off', ...TODAY])).stdout;
    const cold = await vmsc(args);
    expect(existsSync(join(state, 'check', 'results.json'))).toBe(true);
    const warm = await vmsc([...args, '--timings']);
    expect(warm.stderr).toContain('(11 files: 11 from the cache, 0 parsed)');
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.stdout).toBe(await off());
    // an edit is seen (the entry is keyed by the bytes' sha256)
    edit(root, 'customers/acme-logistics.yaml', 'environment: azure', 'environment: azur');
    const edited = await vmsc([...args, '--timings']);
    expect(edited.stderr).toContain('(11 files: 10 from the cache, 1 parsed)');
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('"S004"');
    expect(edited.stdout).toBe(await off());
    // the whole-result cache: an unchanged root gives the stored diagnostics; a corrupt one is ignored
    expect((await vmsc(args)).stdout).toBe(edited.stdout);
    writeFileSync(join(state, 'check', 'diagnostics.json'), '{"key": not json');
    expect((await vmsc(args)).stdout).toBe(edited.stdout);
    writeFileSync(join(state, 'check', 'diagnostics.json'), JSON.stringify({ key: 'another root', diagnostics: [] }));
    expect((await vmsc(args)).stdout).toBe(edited.stdout);
    // another --today is another result (date-dependent warnings)
    expect((await vmsc(['check', '--root', root, '--format', 'json', '--cache', 'on', '--state', state, '--today', '2028-11-01'])).stdout).toBe(
      (await vmsc(['check', '--root', root, '--format', 'json', '--cache', 'off', '--today', '2028-11-01'])).stdout,
    );
    // a corrupt per-file cache is ignored, and a deleted one rebuilt
    rmSync(join(state, 'check', 'diagnostics.json'), { force: true });
    writeFileSync(join(state, 'check', 'results.json'), '{"fingerprint":"x", not a cache');
    expect((await vmsc(args)).stdout).toBe(edited.stdout);
    const cache = JSON.parse(readFileSync(join(state, 'check', 'results.json'), 'utf8')) as { fingerprint: string; files: Record<string, unknown> };
    writeFileSync(join(state, 'check', 'results.json'), JSON.stringify({ ...cache, fingerprint: 'another compiler' }));
    rmSync(join(state, 'check', 'diagnostics.json'), { force: true });
    const foreign = await vmsc([...args, '--timings']);
    expect(foreign.stderr).toContain('0 from the cache');
    expect(foreign.stdout).toBe(edited.stdout);
    rmSync(state, { recursive: true });
    expect((await vmsc(args)).stdout).toBe(edited.stdout);
  });

  it('small roots are checked without writing into the root (auto)', async () => {
    const root = copyRoot();
    await vmsc(['check', '--root', root, ...TODAY]);
    expect(existsSync(join(root, '.vmsc-state'))).toBe(false);
  });

  it('from 50 files on, the cache is used (auto), in process: 49 files write nothing, 50 keep their results', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vmsc-mid-'));
    cpSync(join(EXAMPLE, 'policies'), join(root, 'policies'), { recursive: true });
    mkdirSync(join(root, 'customers'));
    const tpl = readFileSync(join(EXAMPLE, 'customers', 'acme-logistics.yaml'), 'utf8');
    const policies = 8; // the example's policy files
    const customer = (i: number) => {
      const n = String(i).padStart(4, '0');
      writeFileSync(join(root, 'customers', `c${n}.yaml`), tpl.replace('id: acme-logistics', `id: c${n}`).replace(/ACME-FS0/g, `C${n}-FS0`));
    };
    for (let i = 0; i < 49 - policies; i++) customer(i);
    const small = await vmsc(['check', '--root', root, '--format', 'json', '--timings', ...TODAY]);
    expect(small.stderr).toContain('(49 files: 0 from the cache, 49 parsed)');
    expect(existsSync(join(root, '.vmsc-state'))).toBe(false);
    customer(49 - policies);
    const cold = await vmsc(['check', '--root', root, '--format', 'json', '--timings', ...TODAY]);
    expect(cold.stderr).toMatch(/load \+ schema \(50 files, 0 workers\)/);
    expect(existsSync(join(root, '.vmsc-state', 'check', 'results.json'))).toBe(true);
    const warm = await vmsc(['check', '--root', root, '--format', 'json', '--timings', ...TODAY]);
    expect(warm.stderr).toContain('(50 files: 50 from the cache, 0 parsed)');
    const off = await vmsc(['check', '--root', root, '--format', 'json', '--cache', 'off', ...TODAY]);
    expect(cold.stdout).toBe(off.stdout);
    expect(warm.stdout).toBe(off.stdout);
  });
});

describe('vmsc check on a large root (worker threads, cache)', () => {
  // the workers run dist/cli/worker.js, which the test set-up (tests/global-setup.ts) keeps built and fresh
  it('250 customers: workers and cache give what the in-process check gives', async () => {
    const root = mkdtempSync(join(tmpdir(), 'vmsc-big-'));
    cpSync(join(EXAMPLE, 'policies'), join(root, 'policies'), { recursive: true });
    mkdirSync(join(root, 'customers'));
    const tpl = readFileSync(join(EXAMPLE, 'customers', 'acme-logistics.yaml'), 'utf8');
    for (let i = 0; i < 250; i++) {
      const n = String(i).padStart(4, '0');
      let t = tpl.replace('id: acme-logistics', `id: c${n}`).replace(/ACME-FS0/g, `C${n}-FS0`);
      if (i === 7) t = t.replace('environment: azure', 'environment: azur');
      if (i === 99) t = t.replace('server: fs02', 'server: fs09');
      if (i === 200) t = t.replace(/C0200-FS01/, 'c0100-fs01');
      writeFileSync(join(root, 'customers', `c${n}.yaml`), t);
    }
    const off = await vmsc(['check', '--root', root, '--format', 'json', '--cache', 'off', ...TODAY]);
    const cold = await vmsc(['check', '--root', root, '--format', 'json', '--timings', ...TODAY]);
    expect(cold.stderr).toMatch(/load \+ schema \(258 files, [1-8] workers\)/);
    expect(existsSync(join(root, '.vmsc-state', 'check', 'results.json'))).toBe(true);
    const warm = await vmsc(['check', '--root', root, '--format', 'json', '--timings', ...TODAY]);
    expect(warm.stderr).toContain('(258 files: 258 from the cache, 0 parsed)');
    expect(cold.stdout).toBe(off.stdout);
    expect(warm.stdout).toBe(off.stdout);
    const codes = (JSON.parse(off.stdout) as J).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`);
    expect(codes).toEqual(['customers/c0007.yaml:39:18 S004', 'customers/c0099.yaml:64:13 R021', 'customers/c0200.yaml:38:15 R007']);
    // one file edited: only its entry is written (results-delta.json beside the unchanged results.json)
    const base = readFileSync(join(root, '.vmsc-state', 'check', 'results.json'));
    const c8 = join(root, 'customers', 'c0008.yaml');
    writeFileSync(c8, readFileSync(c8, 'utf8').replace('environment: azure', 'environment: azur'));
    const edited = await vmsc(['check', '--root', root, '--format', 'json', '--timings', ...TODAY]);
    expect(edited.stderr).toContain('(258 files: 257 from the cache, 1 parsed)');
    expect(edited.stdout).toBe((await vmsc(['check', '--root', root, '--format', 'json', '--cache', 'off', ...TODAY])).stdout);
    expect(readFileSync(join(root, '.vmsc-state', 'check', 'results.json')).equals(base)).toBe(true);
    const delta = JSON.parse(readFileSync(join(root, '.vmsc-state', 'check', 'results-delta.json'), 'latin1')) as { files: Record<string, unknown> };
    expect(Object.keys(delta.files)).toEqual(['customers/c0008.yaml']);
    rmSync(join(root, '.vmsc-state', 'check', 'diagnostics.json'), { force: true });
    rmSync(join(root, '.vmsc-state', 'check', 'stamps.json'), { force: true });
    const again = await vmsc(['check', '--root', root, '--format', 'json', '--timings', ...TODAY]);
    expect(again.stderr).toContain('(258 files: 258 from the cache, 0 parsed)');
    expect(again.stdout).toBe(edited.stdout);
  });
});

describe('human format: hostile or huge source lines', () => {
  it('control characters are shown as symbols, never sent to the terminal', () => {
    const out = renderHuman([diag('L003', 'error', 'f.yaml', { line: 1, col: 4, endLine: 1, endCol: 5 }, 'bad \x1b[2J', 'h')], {
      lineText: () => 'a: \x1b[31mred\x07',
    });
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(out).toContain('a: ␛[31mred␇');
  });
  it('a 1 MiB line is shown as a window around the caret', () => {
    const line = 'x'.repeat(500_000) + 'HERE' + 'y'.repeat(500_000);
    const out = renderHuman([diag('S005', 'error', 'f.yaml', { line: 1, col: 500_001, endLine: 1, endCol: 500_005 }, 'm', 'h')], { lineText: () => line });
    expect(out.length).toBeLessThan(600);
    const [, src, caret] = out.split('\n');
    expect(src!.indexOf('HERE')).toBe(caret!.indexOf('^^^^'));
  });
});

describe('the driver (the one way to a checked model)', () => {
  it('vmsc check with nothing changed: every file stamp as at the last full check gives its result without reading a file; an edit of the same size is seen', async () => {
    const { Driver } = await import('../../src/driver/index.js');
    const { nodeHost } = await import('../../src/cli/host.js');
    const root = copyRoot(EXAMPLE);
    const state = mkdtempSync(join(tmpdir(), 'vmsc-stamps-state-'));
    const check = async () => {
      const host = nodeHost(root, { stateDir: state });
      let read = 0;
      const stamp = host.stampSources!.bind(host);
      // count the files whose bytes the driver asks for
      host.stampSources = () => {
        const r = stamp();
        const sources = r.sources.map((s) =>
          Object.defineProperty(
            {
              path: s.path,
              get problem() {
                return s.problem;
              },
            },
            'bytes',
            {
              enumerable: true,
              get: () => {
                read++;
                return s.bytes;
              },
            },
          ),
        ) as typeof r.sources;
        return { sources, stamps: r.stamps };
      };
      const d = new Driver(host, { today: '2026-11-27', cache: 'on', workers: 0 });
      const r = await d.check({ diagnosticsOnly: true });
      await d.close();
      return { r, read };
    };
    const first = await check();
    expect(first.read).toBeGreaterThan(0);
    const again = await check();
    expect(again.r.stats.wholeResultCached).toBe(true);
    expect(again.read).toBe(0);
    expect(again.r.diagnostics).toEqual(first.r.diagnostics);
    // the same number of bytes, another value: the stamp (mtime) differs, the file is read and checked again
    const f = join(root, 'customers', 'minato-clinic.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/^legalName:/m, 'legalNme: '));
    const edited = await check();
    expect(edited.read).toBeGreaterThan(0);
    expect(edited.r.diagnostics.some((x) => x.file === 'customers/minato-clinic.yaml' && x.severity === 'error')).toBe(true);
  });

  it('loads the files on the workers and on this thread at once: each file once, in order, the in-process result; a failing worker fails the check', async () => {
    const { Driver } = await import('../../src/driver/index.js');
    const { nodeHost } = await import('../../src/cli/host.js');
    const base = nodeHost(EXAMPLE);
    const tpl = readFileSync(join(EXAMPLE, 'customers', 'acme-logistics.yaml'), 'utf8');
    // the example and 240 customers more (one with a schema error), in memory: more files than a worker's batches
    const extra = Array.from({ length: 240 }, (_, i) => {
      const n = String(i).padStart(4, '0');
      let t = tpl.replace('id: acme-logistics', `id: c${n}`).replace(/ACME-FS0/g, `C${n}-FS0`);
      if (i === 123) t = t.replace('environment: azure', 'environment: azur');
      return { path: `customers/c${n}.yaml`, bytes: Buffer.from(t) };
    });
    const sources = [...base.readSources(), ...extra].sort((a, b) => (a.path < b.path ? -1 : 1));
    const onWorkers: string[] = [];
    const host = (fail?: boolean) => {
      const h = nodeHost(EXAMPLE);
      h.readSources = () => sources;
      const start = h.startWorkers!.bind(h);
      h.startWorkers = (n) => {
        const pool = start(n)!;
        const load = pool.load.bind(pool);
        pool.load = async (files) => {
          if (fail) throw new Error('the worker died');
          const r = await load(files);
          onWorkers.push(...files.map((f) => f.path));
          return r;
        };
        return pool;
      };
      return h;
    };
    const inProcess = await new Driver(host(), { today: '2026-11-27', cache: 'off', workers: 0 }).check();
    const d = new Driver(host(), { today: '2026-11-27', cache: 'off', workers: 1 });
    const shared = await d.check();
    await d.close();
    expect(shared.stats.workers).toBe(1);
    expect(shared.diagnostics).toEqual(inProcess.diagnostics);
    expect(shared.diagnostics.filter((x) => x.severity === 'error').map((x) => `${x.file} ${x.code}`)).toEqual(['customers/c0123.yaml S004']);
    expect(JSON.stringify(shared.inputs)).toBe(JSON.stringify(inProcess.inputs));
    // the worker took some files, this thread the others, none twice
    expect(onWorkers.length).toBeGreaterThan(0);
    expect(onWorkers.length).toBeLessThan(sources.length);
    expect(new Set(onWorkers).size).toBe(onWorkers.length);
    const failing = new Driver(host(true), { today: '2026-11-27', cache: 'off', workers: 1 });
    await expect(failing.check()).rejects.toThrow('the worker died');
    await failing.close();
  });

  it('gives on a root on disk, with cache and workers, the model and diagnostics compile() gives in memory', async () => {
    const { Driver, compile } = await import('../../src/driver/index.js');
    const { nodeHost, readRoot } = await import('../../src/cli/host.js');
    const state = mkdtempSync(join(tmpdir(), 'vmsc-driver-state-'));
    const d = new Driver(nodeHost(EXAMPLE, { stateDir: state }), { today: '2026-11-27', cache: 'on', workers: 2 });
    try {
      const a = await d.compile();
      // the disk host also reads schemas/ (P003); give the in-memory check the same folders
      const b = compile(readRoot(EXAMPLE), { today: '2026-11-27', schemas: nodeHost(EXAMPLE).readSchemas!() });
      expect(a.model).toBeDefined();
      expect(a.stats.workers).toBe(2);
      expect(JSON.stringify(a.model)).toBe(JSON.stringify(b.model));
      expect(a.diagnostics).toEqual(b.diagnostics);
      const again = await d.compile(); // every file from the cache now
      expect(again.stats.cached).toBe(again.stats.files);
      expect(JSON.stringify(again.model)).toBe(JSON.stringify(b.model));
    } finally {
      await d.close();
    }
  });

  it('re-checks one changed file (update) as a full check of the changed root would', async () => {
    const { Driver, compile, memoryHost } = await import('../../src/driver/index.js');
    const { readRoot } = await import('../../src/cli/host.js');
    const sources = readRoot(EXAMPLE);
    const d = new Driver(memoryHost(sources), { today: '2026-11-27' });
    await d.check();
    const path = 'customers/acme-logistics.yaml';
    const bad = Buffer.from(
      Buffer.from(sources.find((s) => s.path === path)!.bytes)
        .toString('utf8')
        .replace('environment: azure', 'environment: azur'),
    );
    const u = await d.update(path, bad);
    expect(u.stats.parsed).toBe(1);
    const full = compile(
      sources.map((s) => (s.path === path ? { path, bytes: bad } : s)),
      { today: '2026-11-27' },
    );
    expect(u.diagnostics).toEqual(full.diagnostics);
    expect(u.diagnostics.some((x) => x.code === 'S004' && x.file === path)).toBe(true);
    expect(u.model).toBeUndefined();
    const removed = await d.update('policies/routing.yaml', undefined);
    expect(removed.diagnostics.some((x) => x.code === 'P001' && x.file === 'policies/routing.yaml')).toBe(true);
  });

  it('re-checks tariff edits (update) as a full check would: a fee of one plan, a code rename, a new tariff and revision file, a tax rate, a removal', async () => {
    const { Driver, compile, memoryHost } = await import('../../src/driver/index.js');
    const { readRoot } = await import('../../src/cli/host.js');
    let sources = readRoot(EXAMPLE);
    const d = new Driver(memoryHost(sources), { today: '2026-11-27' });
    const first = await d.check();
    const T = 'policies/tariffs/2019-07-01.yaml';
    const text = (path: string) => Buffer.from(sources.find((s) => s.path === path)!.bytes).toString('utf8');
    const original = text(T);
    const codes = (ds: readonly { code: string; file: string }[]) => ds.map((x) => `${x.code} ${x.file}`);
    /** one edit through update, compared with a full check of the root as edited */
    const edit = async (path: string, next: string | undefined) => {
      const bytes = next === undefined ? undefined : Buffer.from(next);
      sources = [...sources.filter((s) => s.path !== path), ...(bytes ? [{ path, bytes }] : [])];
      const u = await d.update(path, bytes, { resolve: false });
      expect(u.diagnostics).toEqual(compile(sources, { today: '2026-11-27' }).diagnostics);
      return u.diagnostics;
    };
    // the standard plan's fee: acme (standard) paid the old amount of 2026-08, now short; kitanihon (premium) is not re-priced wrong
    const fee = await edit(T, original.replace('initialFee: 100000, monthlyFee: 30000', 'initialFee: 100000, monthlyFee: 31000'));
    expect(codes(fee)).toContain('B003 customers/acme-logistics.yaml');
    expect(codes(first.diagnostics)).not.toContain('B003 customers/acme-logistics.yaml');
    // back: the payment settles the invoice again
    expect(await edit(T, original)).toEqual(first.diagnostics);
    // a plan code renamed: the customers on it cannot be priced (R010), the others still are
    const renamed = await edit(T, original.replace('code: premium,', 'code: premium-2019,'));
    expect(codes(renamed)).toContain('R010 customers/kitanihon-seiki.yaml');
    await edit(T, original);
    // an option's fee (per server): only the customers with that option change
    await edit(T, original.replace('monthlyFee: 3000, per: server', 'monthlyFee: 2000, per: server'));
    await edit(T, original);
    // a new tariff in force from 2026-08: the months from then on are priced by it
    const NEW = 'policies/tariffs/2026-08-01.yaml';
    const added = await edit(NEW, original.replace('effectiveFrom: 2019-07-01', 'effectiveFrom: 2026-08-01').replace('monthlyFee: 30000', 'monthlyFee: 29000'));
    expect(codes(added)).toContain('B005 customers/acme-logistics.yaml');
    // a new revision (change notice) for it
    const R = 'policies/revisions/2027-04-tariff.yaml';
    await edit(
      'policies/revisions/2026-08-tariff.yaml',
      text(R)
        .replace(/2027-04/g, '2026-08')
        .replace('2027-04-01', '2026-08-01'),
    );
    // its tax rate, then the tariff removed again
    await edit(NEW, text(NEW).replace('taxRatePercent: 10', 'taxRatePercent: 8'));
    await edit(NEW, undefined);
    await edit('policies/revisions/2026-08-tariff.yaml', undefined);
    expect(await edit(T, original)).toEqual(first.diagnostics);
  });
});

describe('diagnostics formats come from the registry (src/diagnostics/formats)', () => {
  it('every registered format is accepted by --format; an unknown one names them all', async () => {
    const { FORMATS } = await import('../../src/diagnostics/formats/index.js');
    expect(FORMATS.map((f) => f.name)).toEqual(['human', 'json', 'github']);
    for (const f of FORMATS) {
      const r = await vmsc(['check', '--root', EXAMPLE, '--format', f.name, ...TODAY]);
      expect(r.code, f.name).toBe(0);
      expect(r.stdout.endsWith('\n'), f.name).toBe(true);
    }
    const bad = await vmsc(['check', '--root', EXAMPLE, '--format', 'sarif', ...TODAY]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('human, json, github');
  });
});
