/**
 * Promotion: a prospect (prospects/<id>.yaml) becomes a customer (customers/<id>.yaml) once its file holds what a
 * customer needs and a quote did not: `appliedOn` (the stamped application arrived, 第4条1), `monitoringConsent`
 * (第9条) and `servers` (serverCount of them, as in a customer file). The customer file is made from the prospect
 * and checked — schema and every rule — in a copy of the root where it replaces the prospect; what is wrong is
 * located in the prospect file (the field it came from), so the salesperson, the engineer or the desk form fixes
 * it there. Pure: the caller writes the file (never over an existing one) and removes the prospect.
 */
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';
import { diag, sortDiagnostics } from '../diagnostics/diagnostic.js';
import { MESSAGES } from '../diagnostics/messages/index.js';
import { safeYamlText } from '../domain/escape/yaml.js';
import { check } from '../driver/pipeline.js';
import type { CheckResult } from '../driver/pipeline.js';
import { scopedModel } from '../driver/scope.js';
import type { DataPath, LoadedFile, SourceFile } from '../load/yaml.js';
import type { Customer, Prospect, Terms } from '../model/inputs.js';
import { termsInEffect } from '../resolve/terms.js';

export interface Promotion {
  /** customers/<id>.yaml */
  path: string;
  /** the text of the customer file, with its modeline; present only when nothing is wrong */
  yamlText?: string;
  /** errors (and warnings) located in the prospect file; P004 warnings for errors in unrelated files */
  diagnostics: Diagnostic[];
}

/** a contact id from an e-mail address (hanako.kita@… → hanako-kita), or "primary" when none can be made */
function contactId(email: string): string {
  const id = (email.split('@')[0] ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return /^[a-z][a-z0-9-]{1,39}$/.test(id) ? id : 'primary';
}

/** the customer a prospect with everything filled in becomes (the edition of the terms in effect on appliedOn) */
export function customerOf(p: Prospect, terms: Terms): Customer {
  const appliedOn = p.appliedOn ?? p.plannedStartOn;
  const edition = termsInEffect(terms, appliedOn) ?? termsInEffect(terms, p.plannedStartOn);
  const contract: Customer['contract'] = {
    appliedOn,
    billingStartsOn: p.plannedStartOn,
    termsEdition: edition?.edition ?? 1,
    plan: p.plan,
    options: [...p.options],
    ...(p.monitoringConsent ? { monitoringConsent: p.monitoringConsent } : {}),
    ...(p.reseller !== undefined ? { reseller: p.reseller } : {}),
  };
  return {
    id: p.id,
    legalName: p.legalName,
    address: p.address,
    representative: p.representative,
    phone: p.phone,
    ...(p.fax !== undefined ? { fax: p.fax } : {}),
    department: p.department,
    contacts: [
      {
        id: contactId(p.contact.email),
        name: p.contact.name,
        email: p.contact.email,
        ...(p.contact.phone !== undefined ? { phone: p.contact.phone } : {}),
        roles: ['primary', 'technical', 'billing'],
        faultNotification: true,
      },
    ],
    billing: p.billing ?? { recipient: `${p.legalName} ${p.department} 御中`, address: p.address, email: p.contact.email },
    contract,
    servers: p.servers ?? [],
  } as Customer;
}

/** the text of customers/<id>.yaml: the modeline, where it came from, the data */
export function customerText(c: Customer, from: string): string {
  const doc = new Document(c, { aliasDuplicateObjects: false });
  doc.commentBefore = ` yaml-language-server: $schema=../schemas/customer.schema.json\n made by vmsc promote from ${from} (the prospect file is removed; git keeps it)`;
  return safeYamlText(doc, { lineWidth: 0 });
}

/** where a value of the customer file came from in the prospect file */
function prospectPath(path: DataPath, p: Prospect): DataPath {
  const [head, ...rest] = path;
  if (head === 'contract') {
    const [k, ...more] = rest;
    if (k === 'billingStartsOn') return ['plannedStartOn'];
    if (k === 'termsEdition' || k === 'appliedOn') return ['appliedOn'];
    if (k === 'plan' || k === 'options' || k === 'monitoringConsent' || k === 'reseller') return [k, ...more];
    return [];
  }
  if (head === 'contacts') {
    const k = rest[1];
    return k === 'name' || k === 'email' || k === 'phone' ? ['contact', k] : ['contact'];
  }
  if (head === 'billing' && !p.billing) {
    const k = rest[0];
    return k === 'address' ? ['address', ...rest.slice(1)] : k === 'email' ? ['contact', 'email'] : ['legalName'];
  }
  return path;
}

/** every node of a YAML text with its data path and offsets (keys carry the path of their pair) */
function nodesOf(text: string): { lc: LineCounter; nodes: Array<{ path: DataPath; from: number; to: number }> } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const nodes: Array<{ path: DataPath; from: number; to: number }> = [];
  const walk = (n: Node | null | undefined, path: DataPath) => {
    if (!n?.range) return;
    nodes.push({ path, from: n.range[0], to: n.range[1] });
    if (isMap(n))
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const k = pair.key as Node | null;
        if (k?.range) nodes.push({ path: [...path, key], from: k.range[0], to: k.range[1] });
        walk(pair.value as Node | null, [...path, key]);
      }
    else if (isSeq(n))
      n.items.forEach((x, i) => {
        walk(x as Node | null, [...path, i]);
      });
  };
  walk(doc.contents as Node | null, []);
  return { lc, nodes };
}

/** the data path of the smallest node holding a position of a text */
function pathAt(index: ReturnType<typeof nodesOf>, line: number, col: number): DataPath {
  const offset = (index.lc.lineStarts[line - 1] ?? 0) + col - 1;
  let best: { path: DataPath; from: number; to: number } | undefined;
  for (const n of index.nodes) if (n.from <= offset && offset < Math.max(n.to, n.from + 1) && (!best || n.to - n.from <= best.to - best.from)) best = n;
  return best?.path ?? [];
}

/** a span shown on its first line only (a whole mapping would underline half the file) */
function firstLine(s: Span, file: LoadedFile): Span {
  return s.endLine === s.line ? s : { ...s, endLine: s.line, endCol: Math.max(s.col + 1, file.lineText(s.line).length + 1) };
}

const dotted = (path: DataPath) =>
  path
    .map((s) => (typeof s === 'number' ? `[${s}]` : s))
    .join('.')
    .replace(/\.\[/g, '[');

/** a diagnostic of the would-be customer file, moved to the prospect field it came from */
function relocate(d: Diagnostic, index: ReturnType<typeof nodesOf>, prospect: Prospect, file: LoadedFile, customerFile: string): Diagnostic {
  const cpath = pathAt(index, d.line, d.col);
  const span = firstLine(file.locate(prospectPath(cpath, prospect)), file);
  const where = `${customerFile}${cpath.length ? ` ${dotted(cpath)}` : ''}`;
  return {
    ...d,
    file: file.path,
    ...span,
    message: `${d.message} (in the customer file promote would write: ${where})`,
    ...(d.ja ? { ja: { ...d.ja, message: `${d.ja.message}（promote が作る顧客ファイルでは ${where}）` } } : {}),
  };
}

/**
 * customers/<id>.yaml made from prospects/<id>.yaml of `sources` (the files of the root, as a Driver's check holds
 * them): `yamlText` when the prospect is complete and the customer passes every check; else located diagnostics.
 * Errors in files other than the policies and this prospect do not stop it (P004 warnings).
 */
export function promoteProspect(sources: readonly SourceFile[], id: string, opts: { today: string }): Promotion {
  const from = `prospects/${id}.yaml`;
  const path = `customers/${id}.yaml`;
  const before: CheckResult = check(sources, { today: opts.today });
  const own = scopedModel(before, { prospect: id });
  if (!own.model) return { path, diagnostics: own.diagnostics };
  const input = before.inputs.prospects.find((p) => p.file === from);
  const file = before.files.get(from);
  if (!input || !file) throw new Error(`no prospect ${id} (${from}) in the sources`);
  const p = input.data;
  const at = (text: ReturnType<typeof MESSAGES.Q006.missing>, dataPath: DataPath) =>
    diag('Q006', 'error', from, firstLine(file.locate(dataPath, 'key'), file), text);
  const missing: Diagnostic[] = [];
  if (sources.some((s) => s.path === path)) missing.push(at(MESSAGES.Q006.exists({ file: path }), ['id']));
  if (p.appliedOn === undefined) missing.push(at(MESSAGES.Q006.missing({ field: 'appliedOn', count: p.serverCount }), []));
  if (p.monitoringConsent === undefined) missing.push(at(MESSAGES.Q006.missing({ field: 'monitoringConsent', count: p.serverCount }), []));
  if (p.servers === undefined) missing.push(at(MESSAGES.Q006.missing({ field: 'servers', count: p.serverCount }), []));
  else if (p.servers.length !== p.serverCount) missing.push(at(MESSAGES.Q006.count({ servers: p.servers.length, count: p.serverCount }), ['servers']));
  const warnings = own.diagnostics.filter((d) => d.code === 'P004');
  if (missing.length) return { path, diagnostics: sortDiagnostics([...missing, ...warnings]) };

  const text = customerText(customerOf(p, own.model.policies.terms), from);
  const after = check([...sources.filter((s) => s.path !== from), { path, bytes: new TextEncoder().encode(text) }], { today: opts.today });
  const scoped = scopedModel(after, { customer: id });
  const index = nodesOf(text);
  // what concerns the promotion: every error, the customer file's warnings (moved into the prospect), P004
  const diagnostics = scoped.diagnostics
    .filter((d) => d.severity === 'error' || d.file === path || d.code === 'P004')
    .map((d) => (d.file === path ? relocate(d, index, p, file, path) : d));
  const errors = diagnostics.some((d) => d.severity === 'error');
  return errors ? { path, diagnostics: sortDiagnostics(diagnostics) } : { path, yamlText: text, diagnostics: sortDiagnostics(diagnostics) };
}
