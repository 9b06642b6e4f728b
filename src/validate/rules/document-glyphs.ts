/**
 * D001: every character of a field that is printed in a document (contract, invoice) must be drawable by
 * the embedded font (BIZ UDPGothic), else the sent PDF would show an empty box (issue 6 §5).
 * Pure: the font's code points are precomputed in domain/glyphs.generated.ts.
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import { diag } from '../../diagnostics/diagnostic.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath, PathSegment } from '../../load/yaml.js';
import type { Rule, RuleContext } from '../rule.js';
import { canDraw, codePointLabel, missingGlyphs } from '../../domain/glyphs.js';
import type { MissingGlyph } from '../../domain/glyphs.js';
import { keptAcross } from './helpers.js';

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

/** whether the fonts draw every printable ASCII character (computed from the font's ranges, not assumed) */
const ASCII_DRAWN = (() => {
  for (let cp = 0x20; cp <= 0x7e; cp++) if (!canDraw(cp)) return false;
  return true;
})();
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** missingGlyphs, without looking up each character of a text that is printable ASCII only (most of them) */
function missingIn(text: string): MissingGlyph[] {
  return ASCII_DRAWN && PRINTABLE_ASCII.test(text) ? [] : missingGlyphs(text);
}

/**
 * every string at or below `v` that has characters the fonts cannot draw, in document order, with its path
 * (`path` is the walk's own stack: copied only for such a string)
 */
function strings(v: unknown, path: PathSegment[], out: Array<{ path: DataPath; missing: MissingGlyph[] }>): void {
  if (typeof v === 'string') {
    const missing = missingIn(v);
    if (missing.length) out.push({ path: [...path], missing });
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      strings(v[i], path, out);
      path.pop();
    }
  } else if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      path.push(k);
      strings((v as Record<string, unknown>)[k], path, out);
      path.pop();
    }
  }
}

function check(ctx: RuleContext, file: string, data: unknown, roots: ReadonlyArray<string | readonly string[]>, out: Diagnostic[]): void {
  const found: Array<{ path: DataPath; missing: MissingGlyph[] }> = [];
  for (const r of roots) {
    const path: PathSegment[] = typeof r === 'string' ? [r] : [...r];
    let v: unknown = data;
    for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
    if (v !== undefined) strings(v, path, found);
  }
  for (const { path, missing } of found) {
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

/**
 * A file's D001 diagnostics depend on its data and text only: kept per data object (the driver's incremental
 * `update` hands the unchanged files' results over as the same objects, so an edit re-checks the edited file).
 */
const BY_DATA = new WeakMap<object, { file: string; out: Diagnostic[] }>();

function checkFile(ctx: RuleContext, file: string, data: unknown, roots: ReadonlyArray<string | readonly string[]>, out: Diagnostic[]): void {
  const key = data !== null && typeof data === 'object' ? data : undefined;
  const hit = key ? BY_DATA.get(key) : undefined;
  if (hit && hit.file === file) {
    out.push(...hit.out);
    return;
  }
  // the file's bytes alone (the fonts are the compiler's): kept across processes by their sha256
  const mine = keptAcross(ctx, 'D001', file, '', () => {
    const found: Diagnostic[] = [];
    check(ctx, file, data, roots, found);
    return found;
  });
  if (key) BY_DATA.set(key, { file, out: mine });
  out.push(...mine);
}

export const documentGlyphs: Rule = {
  code: 'D001',
  check(ctx) {
    const out: Diagnostic[] = [];
    const i = ctx.inputs;
    for (const c of i.customers) checkFile(ctx, c.file, c.data, PRINTED.customer, out);
    for (const p of i.prospects) checkFile(ctx, p.file, p.data, PRINTED.prospect, out);
    if (i.provider) checkFile(ctx, i.provider.file, i.provider.data, PRINTED.provider, out);
    for (const t of i.tariffs) checkFile(ctx, t.file, t.data, PRINTED.tariff, out);
    if (i.terms) checkFile(ctx, i.terms.file, i.terms.data, PRINTED.terms, out);
    return out;
  },
};
