/**
 * The external tools some conformance tests run (Debian packages; .ci/run installs them). Where a tool is absent
 * its tests skip and say so (`skipped: <tool> not installed`) — unless VMSC_REQUIRE_TOOLS=1 (set by .ci/run), when
 * they fail instead, so that CI cannot pass by skipping a test whose tool failed to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

interface ToolInfo {
  /** the Debian package that installs it */
  pkg: string;
  /** arguments that make it print its version and exit 0 */
  version: string[];
  /** where Debian installs it when that may be off PATH (e.g. /usr/sbin) */
  paths?: string[];
}

export const TOOLS = {
  zabbix_agent2: { pkg: 'zabbix-agent2', version: ['-V'], paths: ['/usr/sbin/zabbix_agent2'] },
  amtool: { pkg: 'prometheus-alertmanager', version: ['--version'] },
  'prometheus-alertmanager': { pkg: 'prometheus-alertmanager', version: ['--version'], paths: ['/usr/bin/prometheus-alertmanager'] },
  qpdf: { pkg: 'qpdf', version: ['--version'] },
  /** the Zabbix 6.0 server, the PostgreSQL 15 it stores in, and PHP serving the frontend's API (tests/apply/) */
  zabbix_server: { pkg: 'zabbix-server-pgsql', version: ['-V'], paths: ['/usr/sbin/zabbix_server'] },
  pg_ctl: { pkg: 'postgresql', version: ['--version'], paths: ['/usr/lib/postgresql/15/bin/pg_ctl'] },
  /** PHP with the pgsql extension and Debian's Zabbix frontend (the API is /usr/share/zabbix/api_jsonrpc.php) */
  php: {
    pkg: 'php-cli php-pgsql zabbix-frontend-php',
    version: ['-r', 'exit(extension_loaded("pgsql") && extension_loaded("bcmath") && is_file("/usr/share/zabbix/api_jsonrpc.php") ? 0 : 1);'],
  },
  pdftoppm: { pkg: 'poppler-utils', version: ['-v'] },
  /** Python with PyYAML on libyaml (Debian's python3-yaml): the YAML 1.1 reader of the conformance tests */
  /** Neovim 0.7 or later (Debian 12 ships 0.7.2): the real LSP client of tests/lsp/ (vim.lsp.start_client) */
  nvim: { pkg: 'neovim', version: ['--headless', '--clean', '+lua vim.cmd(vim.fn.has("nvim-0.7") == 1 and "qall!" or "cquit 1")'] },
  /** Debian's Chromium, driven by playwright-core in the desk's browser tests (tests/desk/) */
  chromium: { pkg: 'chromium', version: ['--version'], paths: ['/usr/bin/chromium'] },
  python3: { pkg: 'python3-yaml', version: ['-c', 'import sys, yaml; sys.exit(0 if yaml.__with_libyaml__ else 1)'] },
} satisfies Record<string, ToolInfo>;

export type ToolName = keyof typeof TOOLS;

export const REQUIRE_TOOLS = process.env['VMSC_REQUIRE_TOOLS'] === '1';

export type ToolPolicy = 'run' | 'skip' | 'fail';

/** what the tests of a tool do: run when it is there, else fail when tools are required, else skip */
export function toolPolicy(o: { present: boolean; require: boolean }): ToolPolicy {
  if (o.present) return 'run';
  return o.require ? 'fail' : 'skip';
}

const found = new Map<ToolName, string | undefined>();

/** the command to run the tool (a path where Debian puts it off PATH), or undefined when it is not installed */
export function findTool(name: ToolName): string | undefined {
  if (!found.has(name)) {
    const info: ToolInfo = (TOOLS as Record<string, ToolInfo>)[name] ?? { pkg: name, version: ['--version'] };
    const cmd = (info.paths ?? []).find((p) => existsSync(p)) ?? name;
    const r = spawnSync(cmd, info.version, { encoding: 'utf8', timeout: 30_000 });
    found.set(name, r.error === undefined && r.status === 0 ? cmd : undefined);
  }
  return found.get(name);
}

export function hasTool(name: ToolName): boolean {
  return findTool(name) !== undefined;
}

/** the command to run the tool; throws when it is not installed (use inside tests guarded by the helpers below) */
export function tool(name: ToolName): string {
  const cmd = findTool(name);
  if (cmd === undefined) throw new Error(missing(name));
  return cmd;
}

function missing(name: ToolName): string {
  return `${name} not installed (apt-get install ${(TOOLS as Record<string, ToolInfo>)[name]?.pkg ?? name})`;
}

const told = new Set<ToolName>();
function tellSkipped(name: ToolName): void {
  if (told.has(name)) return;
  told.add(name);
  console.log(`skipped: ${missing(name)}`);
}

function policy(name: ToolName): ToolPolicy {
  return toolPolicy({ present: hasTool(name), require: REQUIRE_TOOLS });
}

/** a failing test in place of the tests that need a missing tool, when tools are required */
function failMissing(name: ToolName): void {
  it(`${name} is installed (VMSC_REQUIRE_TOOLS=1)`, () => {
    throw new Error(`${missing(name)}, and VMSC_REQUIRE_TOOLS=1 says it must be`);
  });
}

/** describe() whose tests need the tool: skipped with a printed reason when it is missing (failing when required) */
export function describeWithTool(name: ToolName, title: string, fn: () => void): void {
  const p = policy(name);
  if (p === 'run') {
    describe(title, fn);
    return;
  }
  if (p === 'skip') tellSkipped(name);
  describe.skip(title, fn);
  if (p === 'fail') describe(title, () => failMissing(name));
}

/** describeWithTool for tests that need several tools: the first missing one decides (skip, or fail in CI) */
export function describeWithTools(names: readonly ToolName[], title: string, fn: () => void): void {
  const absent = names.find((n) => policy(n) !== 'run');
  if (absent === undefined) describe(title, fn);
  else describeWithTool(absent, title, fn);
}

/**
 * `it` for tests that need the tool (`itWithTool('qpdf')('…', () => …)`, `.each` works too): skipped with a
 * printed reason when it is missing; when tools are required, a failing test is added in their place.
 */
export function itWithTool(name: ToolName): typeof it {
  const p = policy(name);
  if (p === 'skip') tellSkipped(name);
  if (p === 'fail') failMissing(name);
  return it.skipIf(p !== 'run') as typeof it;
}

/**
 * Inside a test, for a check that needs the tool on top of others: true when it is installed; false (printing the
 * reason) when it is missing; throws when it is missing and tools are required.
 */
export function withTool(name: ToolName): boolean {
  const p = policy(name);
  if (p === 'fail') throw new Error(`${missing(name)}, and VMSC_REQUIRE_TOOLS=1 says it must be`);
  if (p === 'skip') tellSkipped(name);
  return p === 'run';
}
