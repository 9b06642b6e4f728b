/**
 * D001: every character of a field that is printed in a document (contract, invoice) must be drawable by
 * the embedded font (BIZ UDPGothic), else the sent PDF would show an empty box (issue 6 §5).
 * Pure: the font's code points are precomputed in domain/glyphs.generated.ts.
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import { diag } from '../../diagnostics/diagnostic.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/yaml.js';
import type { Rule, RuleContext } from '../rule.js';
import { codePointLabel, missingGlyphs } from '../../domain/glyphs.js';

/** the parts of each input that documents print (every string below them is checked) */
const PRINTED = {
  customer: [
    'legalName',
    'address',
    'representative',
    'phone',
    'fax',
    'department',
    'contacts',
    'billing',
    ['contract', 'reseller'],
    ['contract', 'monitoringConsent'],
    'servers',
    'workOrders',
  ],
  // the quote and the application print all of a prospect but its id and notes (internal)
  prospect: ['legalName', 'address', 'representative', 'phone', 'fax', 'department', 'contact', 'reseller', 'billing', 'monitoringConsent', 'servers'],
  provider: ['name', 'address', 'phone', 'invoiceRegistrationNumber', 'bankAccounts', 'serviceName', 'website', 'remoteAccess'],
  tariff: ['plans', 'options'],
  terms: ['editions'],
} as const;

function fieldName(path: DataPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function strings(v: unknown, path: DataPath, out: Array<{ path: DataPath; text: string }>): void {
  if (typeof v === 'string') out.push({ path, text: v });
  else if (Array.isArray(v)) v.forEach((x, i) => void strings(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) strings(x, [...path, k], out);
}

function check(ctx: RuleContext, file: string, data: unknown, roots: ReadonlyArray<string | readonly string[]>, out: Diagnostic[]): void {
  const found: Array<{ path: DataPath; text: string }> = [];
  for (const r of roots) {
    const path = typeof r === 'string' ? [r] : [...r];
    let v: unknown = data;
    for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    if (v !== undefined) strings(v, path, found);
  }
  for (const { path, text } of found) {
    const missing = missingGlyphs(text);
    if (missing.length === 0) continue;
    const span = ctx.locate(file, path);
    const line = ctx.files.get(file)?.lineText(span.line) ?? '';
    let from = span.col - 1;
    for (const m of missing) {
      // point at the character itself when the value sits on one source line
      let col = span.col;
      if (span.endLine === span.line) {
        const at = line.indexOf(m.char, from);
        if (at >= 0) {
          col = at + 1;
          from = at + m.char.length;
        }
      }
      out.push(
        diag(
          'D001',
          'error',
          file,
          { line: span.line, col, endLine: span.line, endCol: col + m.char.length },
          MESSAGES.D001.glyph({
            field: fieldName(path),
            char: m.char,
            label: codePointLabel(m.codePoint),
            emoji:
              (m.codePoint >= 0x1f000 && m.codePoint <= 0x1faff) ||
              (m.codePoint >= 0x2600 && m.codePoint <= 0x27bf) ||
              (m.codePoint >= 0xfe00 && m.codePoint <= 0xfe0f) ||
              (m.codePoint >= 0xe0100 && m.codePoint <= 0xe01ef),
          }),
        ),
      );
    }
  }
}

export const documentGlyphs: Rule = {
  code: 'D001',
  check(ctx) {
    const out: Diagnostic[] = [];
    const i = ctx.inputs;
    for (const c of i.customers) check(ctx, c.file, c.data, PRINTED.customer, out);
    for (const p of i.prospects) check(ctx, p.file, p.data, PRINTED.prospect, out);
    if (i.provider) check(ctx, i.provider.file, i.provider.data, PRINTED.provider, out);
    for (const t of i.tariffs) check(ctx, t.file, t.data, PRINTED.tariff, out);
    if (i.terms) check(ctx, i.terms.file, i.terms.data, PRINTED.terms, out);
    return out;
  },
};
