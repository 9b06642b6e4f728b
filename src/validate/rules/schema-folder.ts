/**
 * P003: the root's schemas/ folder is missing or differs from the compiler's. Every input file's modeline
 * (`# yaml-language-server: $schema=../schemas/…`) points there; without it an editor validates nothing ("Unable
 * to load schema"), and with an older copy it validates against other rules than `vmsc check`. Files are compared
 * as JSON values (line ends and indentation do not count). One warning per root, located at the modeline of the
 * first input file that names a missing or differing schema (else the first input file). Only known when the host
 * reads folders (the CLI, the language server); an in-memory root has no schemas/ to compare.
 */
import type { Diagnostic, Span } from '../../diagnostics/diagnostic.js';
import { diag } from '../../diagnostics/diagnostic.js';
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Rule } from '../rule.js';

const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/;

/** the same JSON value (parse failures differ from everything): line ends and indentation do not count */
export function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  } catch (e) {
    if (e instanceof SyntaxError) return false;
    throw e;
  }
}

export const schemaFolderRule: Rule = {
  code: 'P003',
  check(ctx) {
    const s = ctx.schemas;
    if (!s || ctx.files.size === 0) return [];
    const missing = [...s.compiler.keys()].filter((n) => !s.root.has(n));
    const stale = [...s.compiler].filter(([n, text]) => s.root.has(n) && !sameJson(s.root.get(n)!, text)).map(([n]) => n);
    if (missing.length === 0 && stale.length === 0) return [];
    const wrong = new Set([...missing, ...stale]);
    // where: the modeline of the first file that names one of them
    const files = [...ctx.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
    let at: { file: string; span: Span } = { file: files[0]!.path, span: { line: 1, col: 1, endLine: 1, endCol: 1 } };
    for (const f of files) {
      const line = f.lineText(1) ?? '';
      const m = MODELINE.exec(line);
      if (!m) continue;
      const name = m[1]!.split('/').pop()!;
      if (!wrong.has(name)) continue;
      const col = line.indexOf(m[1]!) + 1;
      at = { file: f.path, span: { line: 1, col, endLine: 1, endCol: col + m[1]!.length } };
      break;
    }
    const text = s.root.size === 0 ? MESSAGES.P003.missing({ count: s.compiler.size }) : MESSAGES.P003.differs({ count: s.compiler.size, missing, stale });
    const d: Diagnostic = diag('P003', 'warning', at.file, at.span, text);
    return [d];
  },
};
