/**
 * Diagnostics are values: every stage returns them, one renderer per format prints them late.
 * Codes are stable and documented in `catalogue.ts` (the README lists them).
 */
import type { Localized } from './messages/message.js';

export type Severity = 'error' | 'warning';

export interface Span {
  line: number; // 1-based
  col: number; // 1-based, in UTF-16 code units of the line
  endLine: number;
  endCol: number;
}

export interface Diagnostic extends Span {
  code: string;
  severity: Severity;
  /** path relative to the root, with forward slashes; '' for a problem not tied to a file */
  file: string;
  message: string;
  hint: string;
  /** the Japanese message and hint, when the code is in the message catalogue (`lang.ts` picks one at output) */
  ja?: { message: string; hint: string };
  related?: Array<Span & { file: string; message: string }>;
}

export const NO_SPAN: Span = { line: 1, col: 1, endLine: 1, endCol: 1 };

/** a diagnostic from a message of the catalogue (`messages/`: English and Japanese) or from English text only */
export function diag(code: string, severity: Severity, file: string, span: Span, text: Localized, related?: Diagnostic['related']): Diagnostic;
export function diag(code: string, severity: Severity, file: string, span: Span, message: string, hint: string, related?: Diagnostic['related']): Diagnostic;
export function diag(
  code: string,
  severity: Severity,
  file: string,
  span: Span,
  text: string | Localized,
  hintOrRelated?: string | Diagnostic['related'],
  rel?: Diagnostic['related'],
): Diagnostic {
  const related = typeof text === 'string' ? rel : typeof hintOrRelated === 'string' ? undefined : hintOrRelated;
  const d: Diagnostic =
    typeof text === 'string'
      ? { code, severity, file, ...span, message: text, hint: typeof hintOrRelated === 'string' ? hintOrRelated : '' }
      : { code, severity, file, ...span, message: text.message, hint: text.hint, ja: text.ja };
  if (related?.length) d.related = related;
  return d;
}

/** Deterministic order: file, line, col, code, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.col !== b.col) return a.col - b.col;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...ds].sort(compareDiagnostics)) {
    const key = `${d.file}\0${d.line}\0${d.col}\0${d.code}\0${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}

export function hasErrors(ds: readonly Diagnostic[]): boolean {
  return ds.some((d) => d.severity === 'error');
}

export function countBySeverity(ds: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of ds) d.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}
