/** One renderer per format: human (code frame), json, github (workflow commands). */
import type { Diagnostic } from './diagnostic.js';
import { countBySeverity } from './diagnostic.js';
import type { Lang } from './lang.js';
import { localize } from './lang.js';

export interface RenderSource {
  lineText(file: string, line: number): string | undefined;
}

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

export function summaryLine(ds: readonly Diagnostic[], fileCount: number, lang: Lang = 'en'): string {
  const { errors, warnings } = countBySeverity(ds);
  if (lang === 'ja') return `エラー ${errors} 件、警告 ${warnings} 件（${fileCount} ファイルを検査）`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')} checked`;
}

/** display width: CJK and full-width characters take two columns */
function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x1f300)
        ? 2
        : 1;
  }
  return w;
}

/** control characters shown as visible symbols (U+2400 block), so that no input can drive the terminal */
export function visible(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x20 ? String.fromCharCode(0x2400 + c) : c === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** longest source line shown in a code frame (columns) */
const MAX_FRAME = 160;

export function renderHuman(ds: readonly Diagnostic[], src: RenderSource, opts: { color?: boolean; lang?: Lang } = {}): string {
  const c = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const lang = opts.lang ?? 'en';
  const out: string[] = [];
  for (const one of ds) {
    const d = localize(one, lang);
    const where = d.file ? `${d.file}:${d.line}:${d.col}` : '(root)';
    const sev = d.severity === 'error' ? c('31;1', 'error') : c('33;1', 'warning');
    out.push(`${c('1', where)}  ${sev} ${d.code}  ${visible(d.message)}`);
    const text = d.file ? src.lineText(d.file, d.line) : undefined;
    if (text !== undefined && text.length > 0) {
      const gutter = String(d.line);
      let line = visible(text.replace(/\t/g, ' '));
      let startCol = Math.min(d.col, line.length + 1);
      let endCol = d.endLine === d.line ? Math.max(d.endCol, startCol + 1) : line.length + 1;
      if (line.length > MAX_FRAME) {
        // a window around the caret: a minified or 1 MiB line must not flood the terminal
        const from = Math.max(0, startCol - 1 - 40);
        const to = Math.min(line.length, from + MAX_FRAME);
        const head = from > 0 ? '…' : '';
        line = head + line.slice(from, to) + (to < line.length ? '…' : '');
        startCol = startCol - from + head.length;
        endCol = Math.min(endCol - from + head.length, line.length + 1);
      }
      out.push(`  ${gutter} | ${line}`);
      const pad = width(line.slice(0, startCol - 1));
      const len = Math.max(1, width(line.slice(startCol - 1, Math.max(startCol, endCol - 1))) || 1);
      out.push(`  ${' '.repeat(gutter.length)} | ${' '.repeat(pad)}${c(d.severity === 'error' ? '31' : '33', '^'.repeat(len))}`);
    }
    if (d.hint) out.push(`  ${lang === 'ja' ? 'ヒント' : 'hint'}: ${visible(d.hint)}`);
    for (const r of d.related ?? []) out.push(`  note: ${r.file}:${r.line}:${r.col}  ${r.message}`);
    out.push('');
  }
  return out.join('\n');
}

export function renderJson(ds: readonly Diagnostic[], lang: Lang = 'en'): string {
  return (
    JSON.stringify(
      {
        diagnostics: ds
          .map((one) => localize(one, lang))
          .map((d) => ({
            code: d.code,
            severity: d.severity,
            file: d.file,
            line: d.line,
            col: d.col,
            endLine: d.endLine,
            endCol: d.endCol,
            message: d.message,
            hint: d.hint,
            ...(d.related ? { related: d.related } : {}),
          })),
      },
      null,
      2,
    ) + '\n'
  );
}

function ghEscapeData(s: string): string {
  return visible(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
function ghEscapeProp(s: string): string {
  return ghEscapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderGithub(ds: readonly Diagnostic[], fileCount: number, rootPrefix = '', lang: Lang = 'en'): string {
  const out: string[] = [];
  for (const one of ds) {
    const d = localize(one, lang);
    const kind = d.severity === 'error' ? 'error' : 'warning';
    const props = d.file
      ? `file=${ghEscapeProp(rootPrefix + d.file)},line=${d.line},col=${d.col},endLine=${d.endLine},endColumn=${d.endCol},title=${ghEscapeProp(d.code)}`
      : `title=${ghEscapeProp(d.code)}`;
    out.push(`::${kind} ${props}::${ghEscapeData(`${d.message}${d.hint ? ` — ${lang === 'ja' ? 'ヒント' : 'hint'}: ${d.hint}` : ''}`)}`);
  }
  out.push(`vmsc check: ${summaryLine(ds, fileCount, lang)}`);
  return out.join('\n') + '\n';
}
