/** Drives `vmsc lsp --stdio` with a real client: Neovim headless running tests/lsp/client.lua on a JSON script. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers.js';
import { tool } from '../tools.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

export type Step =
  | { open: string }
  | { edit: string; from: string; to: string }
  | { close: string }
  | { snapshot: string }
  | { request: string; file: string; position: { line: number; character: number } }
  /** code actions on a range (for the diagnostics the client holds); `apply`: apply the first one's edit */
  | { request: 'textDocument/codeAction'; file: string; range: LspRange; apply?: boolean };

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  data: { message: string; hint: string };
  relatedInformation?: unknown[];
}

export interface Answer {
  snapshot?: string;
  diagnostics?: Record<string, LspDiagnostic[]>;
  request?: string;
  result?: unknown;
  err?: unknown;
}

/**
 * runs Neovim on the steps against `vmsc lsp --stdio --today <today>` in `root`; what the client received.
 * `locale` is the client's (initialize `locale`); the server's own environment is English (LANG=C.UTF-8), so a
 * Japanese answer can only come from the client's locale.
 */
export function neovim(root: string, steps: Step[], today: string, locale?: string): Answer[] {
  const dir = mkdtempSync(join(tmpdir(), 'vmsc-nvim-'));
  const out = join(dir, 'out.json');
  const script = join(dir, 'script.json');
  const cmd = [process.execPath, join(REPO, 'bin', 'vmsc.js'), 'lsp', '--stdio', '--today', today];
  writeFileSync(script, JSON.stringify({ cmd, root, out, steps, ...(locale ? { locale } : {}) }));
  for (const d of ['config', 'data', 'state', 'cache']) mkdirSync(join(dir, d));
  const r = spawnSync(tool('nvim'), ['--headless', '--clean', '-i', 'NONE', '-u', join(REPO, 'tests', 'lsp', 'client.lua')], {
    env: {
      ...process.env,
      LANG: 'C.UTF-8',
      LC_ALL: '',
      LC_MESSAGES: '',
      VMSC_LSP_SCRIPT: script,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_STATE_HOME: join(dir, 'state'),
      XDG_CACHE_HOME: join(dir, 'cache'),
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`nvim exited ${r.status ?? r.signal}: ${r.stderr}${r.stdout}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Answer[];
}

/** the diagnostics a client received, in vmsc's shape (what `vmsc check --format json` prints) */
export function asVmsc(received: Record<string, LspDiagnostic[]>, rootUri: string, lang: 'en' | 'ja' = 'en'): Diagnostic[] {
  const hint = lang === 'ja' ? 'ヒント' : 'hint';
  const out: Diagnostic[] = [];
  for (const [uri, ds] of Object.entries(received)) {
    if (!uri.startsWith(rootUri)) throw new Error(`diagnostics for ${uri}, outside the root`);
    const file = decodeURIComponent(uri.slice(rootUri.length));
    for (const d of ds) {
      if (d.source !== 'vmsc') throw new Error(`source ${d.source}`);
      if (d.message !== (d.data.hint ? `${d.data.message}\n${hint}: ${d.data.hint}` : d.data.message)) throw new Error(`message ${d.message}`);
      out.push({
        code: d.code,
        severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : (`severity ${d.severity}` as 'error'),
        file,
        line: d.range.start.line + 1,
        col: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endCol: d.range.end.character + 1,
        message: d.data.message,
        hint: d.data.hint,
      });
    }
  }
  return out;
}
