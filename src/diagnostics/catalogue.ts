/**
 * The catalogue of diagnostic codes. Rules describe themselves (`validate/rules/`, imported here); every
 * other code (loader, schema, policy layout, internal, and codes emitted by other stages) is one entry in
 * CODES below. To add a code: append one `{ code, severity, title, description }` line in your section.
 * A test greps src/ for emitted codes and fails when one is missing here.
 */
import { RULES } from '../validate/rules/index.js';
import type { Severity } from './diagnostic.js';

export interface CodeInfo {
  code: string;
  severity: Severity;
  /** short title */
  title: string;
  /** what it means and how to fix it */
  description: string;
  /** the stage that emits it */
  stage: string;
}

export const CODES: CodeInfo[] = [
  // ── load (foundation) ───────────────────────────────────────────────────────────────────────────────
  { code: 'L001', severity: 'error', stage: 'load', title: 'file too large', description: 'An input file is over 1 MiB; no hand-edited policy or customer file needs that much.' },
  { code: 'L002', severity: 'error', stage: 'load', title: 'invalid UTF-8', description: 'The file is not UTF-8 (e.g. Shift_JIS or UTF-16); the position of the first bad byte is given. A BOM is accepted.' },
  { code: 'L003', severity: 'error', stage: 'load', title: 'YAML syntax error', description: 'The YAML parser rejected the file (indentation, tabs, unclosed quotes or brackets, ...).' },
  { code: 'L004', severity: 'error', stage: 'load', title: 'duplicate key', description: 'A key appears twice in one mapping; YAML would silently keep one of them.' },
  { code: 'L005', severity: 'error', stage: 'load', title: 'more than one document', description: 'A `---` separator starts a second YAML document; each file holds exactly one.' },
  { code: 'L006', severity: 'error', stage: 'load', title: 'too many aliases', description: 'More than 20 YAML aliases (*name), or an alias expansion that was refused: guards against alias bombs.' },
  { code: 'L007', severity: 'error', stage: 'load', title: 'empty file', description: 'The file holds no data (at most comments).' },
  { code: 'L008', severity: 'error', stage: 'load', title: 'top level not a mapping', description: 'The file must be a mapping of `key: value` lines, not a list or a single value.' },
  // ── schema (foundation) ─────────────────────────────────────────────────────────────────────────────
  { code: 'S001', severity: 'error', stage: 'schema', title: 'unknown field', description: 'A field the format does not have (located at the key; "did you mean" for typos). Every object is closed.' },
  { code: 'S002', severity: 'error', stage: 'schema', title: 'missing field', description: 'A required field is missing (located at the mapping that should hold it).' },
  { code: 'S003', severity: 'error', stage: 'schema', title: 'wrong type', description: 'A value has the wrong type, e.g. a number where text is expected ("7.2" must be quoted).' },
  { code: 'S004', severity: 'error', stage: 'schema', title: 'value not allowed', description: 'A value is not one of the allowed values (with "did you mean").' },
  { code: 'S005', severity: 'error', stage: 'schema', title: 'wrong form', description: 'A value does not have the required form (pattern), e.g. a postal code NNN-NNNN, an id, or text with a control character.' },
  { code: 'S006', severity: 'error', stage: 'schema', title: 'not a real date', description: 'A date is not a real calendar date YYYY-MM-DD (2026-02-30 does not exist).' },
  { code: 'S007', severity: 'error', stage: 'schema', title: 'out of range', description: 'A number or text length is outside its allowed range.' },
  { code: 'S008', severity: 'error', stage: 'schema', title: 'list or mapping size', description: 'A list is empty or repeats a value, or a mapping is empty.' },
  { code: 'S009', severity: 'error', stage: 'schema', title: 'schema violation', description: 'Any other schema violation; the message says which.' },
  { code: 'S010', severity: 'error', stage: 'schema', title: 'invalid e-mail address', description: 'An e-mail address is not one valid address (no spaces, no line breaks, ASCII, with a domain).' },
  // ── layout and internal (foundation) ────────────────────────────────────────────────────────────────
  { code: 'P001', severity: 'error', stage: 'layout', title: 'policy file missing', description: 'A required policy file (provider, calendar, monitoring, routing, terms) is missing from policies/.' },
  { code: 'P002', severity: 'warning', stage: 'layout', title: 'file ignored', description: 'A .yaml/.yml file under policies/ or customers/ that is no input format (e.g. customers/acme.yml, customers/old/acme.yaml): vmsc does not read it.' },
  { code: 'X001', severity: 'error', stage: 'internal', title: 'internal error in a rule', description: 'A rule crashed; this is a bug in vmsc. The other rules still ran.' },
  { code: 'X002', severity: 'error', stage: 'internal', title: 'internal error reading a file', description: 'Loading or validating one file crashed; this is a bug in vmsc. The other files were still checked.' },
  // ── other stages: append your non-rule codes below, one line each, in your own section ─────────────
  // ── plan (build & plan): risk flags of `vmsc plan`, not diagnostics of the inputs ──────────────────────
  { code: 'U201', severity: 'warning', stage: 'plan', title: 'removed alert route or receiver', description: 'vmsc plan: a receiver, a routing rule or one of its receivers, customer notification, a server or a customer is removed: some alerts will reach fewer people.' },
  { code: 'U202', severity: 'warning', stage: 'plan', title: 'changed alert recipients', description: "vmsc plan: a receiver's e-mail, a rule's receivers or a customer's fault-notification contacts change." },
  { code: 'U203', severity: 'warning', stage: 'plan', title: 'changed monthly total', description: "vmsc plan: a customer's monthly charges (tax excluded) change under a tariff (fees, plan, options or servers)." },
  { code: 'U204', severity: 'warning', stage: 'plan', title: 'changed invoice of a closed month', description: 'vmsc plan: an invoice already built (month <= billing.closedThrough) changes or disappears: issued documents must not change silently.' },
  { code: 'U205', severity: 'warning', stage: 'plan', title: '第21条 registration change', description: 'vmsc plan: 法人名称, 住所, 代表者名, 電話/FAX, 担当部門名/担当者名 or 請求書の送付先 changes: the customer must send proof documents (第21条).' },
];

/** Rules are self-describing; the catalogue lists them with the other codes, sorted by code. */
export function catalogue(): CodeInfo[] {
  const fromRules: CodeInfo[] = RULES.flatMap((r) => [
    { code: r.code, severity: r.severity ?? 'error', stage: 'rule', title: r.title, description: r.description },
    ...(r.otherCodes ?? []).map((o) => ({ code: o.code, severity: o.severity ?? 'error', stage: 'rule', title: o.title, description: o.description })),
  ]);
  return [...CODES, ...fromRules].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export function codeInfo(code: string): CodeInfo | undefined {
  return catalogue().find((c) => c.code === code);
}
