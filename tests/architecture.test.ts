/**
 * The arrows between the folders of src/: no import cycle (type-only imports count too) and the layer rules
 * below. The import graph is read with a regex (`from '…'`, `import '…'`, `import('…')`), which is enough for
 * this code base: specifiers are always string literals.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO } from './helpers.js';

const SRC = join(REPO, 'src');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** the import specifiers of one module, comments removed first */
function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)) out.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  return out;
}

/** `./x.js` from `src/a/b.ts` -> `src/a/x.ts` (repo-relative, with forward slashes); undefined for packages */
function resolveSpecifier(fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const abs = resolve(dirname(fromFile), spec);
  for (const candidate of [abs.replace(/\.js$/, '.ts'), abs.replace(/\.js$/, '.d.ts'), abs, `${abs}.ts`, join(abs, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return rel(candidate);
  }
  throw new Error(`${rel(fromFile)}: cannot resolve import '${spec}'`);
}

function rel(p: string): string {
  return relative(REPO, p).split('\\').join('/');
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of sources(SRC)) {
    const targets = new Set<string>();
    for (const s of specifiers(readFileSync(f, 'utf8'))) {
      const t = resolveSpecifier(f, s);
      if (t?.startsWith('src/')) targets.add(t);
    }
    graph.set(rel(f), [...targets].sort());
  }
  return graph;
}

/** every elementary cycle found by a depth-first walk, each as a path `a -> b -> a`, deduplicated by rotation */
function cycles(graph: Map<string, string[]>): string[] {
  const found = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const loop = stack.slice(stack.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0]!);
        const rotated = [...loop.slice(start), ...loop.slice(0, start)];
        found.add([...rotated, rotated[0]].join(' -> '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...found].sort();
}

interface Layer {
  /** what the rule says */
  rule: string;
  /** true when the arrow `from -> to` breaks it */
  forbids(from: string, to: string): boolean;
}

const LAYERS: Layer[] = [
  { rule: 'nothing outside src/cli/ imports src/cli/', forbids: (from, to) => to.startsWith('src/cli/') && !from.startsWith('src/cli/') },
  { rule: 'src/validate/ does not import src/emit/', forbids: (from, to) => from.startsWith('src/validate/') && to.startsWith('src/emit/') },
  { rule: 'src/model/ does not import src/resolve/', forbids: (from, to) => from.startsWith('src/model/') && to.startsWith('src/resolve/') },
  {
    rule: 'src/domain/ imports only src/domain/ and src/types/',
    forbids: (from, to) => from.startsWith('src/domain/') && !to.startsWith('src/domain/') && !to.startsWith('src/types/'),
  },
  {
    rule: 'src/diagnostics/catalogue.ts imports nothing from src/validate/rules/',
    forbids: (from, to) => from === 'src/diagnostics/catalogue.ts' && to.startsWith('src/validate/rules/'),
  },
];

/**
 * Known cycles and layer violations outside the "arrows" area, each `from -> to` (a layer arrow) or a cycle
 * path as printed by the test. The list must only shrink.
 */
const KNOWN: string[] = [];

function violations(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, tos] of graph) {
    for (const to of tos) for (const l of LAYERS) if (l.forbids(from, to)) out.push(`${from} -> ${to}  (${l.rule})`);
  }
  return out.sort();
}

describe('the architecture of src/', () => {
  const graph = importGraph();

  it('reads the import graph (so the tests below can fail)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('src/validate/rules/index.ts')).toContain('src/validate/rules/billing.ts');
    expect(specifiers("import type {\n  A,\n} from './a.js';\nexport { b } from \"./b.js\";\nconst c = await import('./c.js');\n// from './no.js'")).toEqual([
      './a.js',
      './b.js',
      './c.js',
    ]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual(['a -> b -> c -> a']);
    expect(violations(new Map([['src/validate/rules/x.ts', ['src/emit/documents/y.ts', 'src/domain/z.ts']]]))).toEqual([
      'src/validate/rules/x.ts -> src/emit/documents/y.ts  (src/validate/ does not import src/emit/)',
    ]);
  });

  it('has no import cycle (type-only imports included)', () => {
    const unexpected = cycles(graph).filter((c) => !KNOWN.includes(c));
    expect(unexpected, 'break these cycles (move the shared part into a module both import)').toEqual([]);
  });

  it('keeps the layer rules', () => {
    const unexpected = violations(graph).filter((v) => !KNOWN.includes(v.replace(/ {2}\(.*\)$/, '')));
    expect(unexpected).toEqual([]);
  });

  it('lists no known exception that is gone (so the list only shrinks)', () => {
    const present = new Set([...cycles(graph), ...violations(graph).map((v) => v.replace(/ {2}\(.*\)$/, ''))]);
    expect(KNOWN.filter((k) => !present.has(k))).toEqual([]);
  });
});

/** which folders may import which outside packages: the disk only in cli/ and write/, the network only in send/ and apply/ */
const EFFECTS: Array<{ what: string; modules: RegExp; allowed: RegExp }> = [
  { what: 'the disk', modules: /^(node:)?fs(\/promises)?$/, allowed: /^src\/(cli|write)\// },
  // apply/: `vmsc apply zabbix` talks to the Zabbix JSON-RPC API (src/apply/zabbix/client.ts)
  { what: 'the network', modules: /^(node:)?(net|tls|http|https|http2|dgram|dns)$|^nodemailer$/, allowed: /^src\/(send|apply)\// },
  { what: 'other processes', modules: /^(node:)?child_process$/, allowed: /^src\/cli\// },
];

describe('effects stay at the edges', () => {
  for (const e of EFFECTS) {
    it(`only ${e.allowed.source.replace(/\\\//g, '/')} modules import ${e.what}`, () => {
      const offenders: string[] = [];
      for (const f of sources(SRC)) {
        const specs = specifiers(readFileSync(f, 'utf8')).filter((s) => e.modules.test(s));
        // type-only imports (e.g. nodemailer's types for composing a message) do not touch anything
        const code = readFileSync(f, 'utf8');
        const real = specs.filter((s) => new RegExp(`^import (?!type )[^;]*from\\s*['"]${s.replace(/[/.]/g, '\\$&')}['"]`, 'm').test(code));
        if (real.length && !e.allowed.test(rel(f))) offenders.push(`${rel(f)}: ${real.join(', ')}`);
      }
      expect(offenders).toEqual([]);
    });
  }
});
