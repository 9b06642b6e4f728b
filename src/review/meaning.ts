/**
 * What a change MEANS, computed from the two resolved models (never from bytes): field changes of each
 * customer, the monitoring setup per server (`fs01 cpu critical 95 → 90`), monthly charges under each tariff
 * (`monthly total ¥71,000 → ¥78,000`), invoices of closed months, alert recipients; and the risk flags a
 * reviewer must see first.
 *
 * Flag codes (U2xx):
 *   U201 removed route or receiver        U202 changed alert recipients     U203 changed monthly total
 *   U204 changed invoice of a closed month (issued documents must not change silently)
 *   U205 第21条 registration field changed (proof documents needed)
 *   U206 changed issued document: an invoice in the register (records/register/) would change, or an entry of
 *        the register is removed or altered
 */
import type { Model, ResolvedCustomer } from '../model/model.js';
import type { Check, MonitoringSetup } from '../resolve/monitoring.js';
import { billedMonths, computeInvoice } from '../billing/invoice.js';
import type { Invoice } from '../billing/invoice.js';
import { monthlyCharges } from '../billing/charges.js';
import { formatYen } from '../billing/money.js';
import { arrow, diffFlat, flatten } from './flatten.js';
import type { FieldChange } from './flatten.js';
import { MESSAGES } from '../diagnostics/messages/index.js';
import type { Localized } from '../diagnostics/messages/index.js';

export type Topic =
  | 'registration'
  | 'contacts'
  | 'contract'
  | 'fees'
  | 'invoice'
  | 'payments'
  | 'work'
  | 'servers'
  | 'monitoring'
  | 'routing'
  | 'consent'
  | 'policies'
  | 'other';

export interface Meaning {
  topic: Topic;
  text: string;
}

export type FlagKind = 'removed-route' | 'alert-recipients' | 'monthly-total' | 'closed-invoice' | 'registration' | 'issued-document';

export const FLAG_CODES: Record<FlagKind, string> = {
  'removed-route': 'U201',
  'alert-recipients': 'U202',
  'monthly-total': 'U203',
  'closed-invoice': 'U204',
  registration: 'U205',
  'issued-document': 'U206',
};

export const FLAG_TITLES: Record<FlagKind, string> = {
  'removed-route': 'removed alert route or receiver',
  'alert-recipients': 'changed alert recipients',
  'monthly-total': 'changed monthly total',
  'closed-invoice': 'changed invoice of a closed month (issued documents must not change silently)',
  registration: '第21条 registration change: proof documents needed',
  'issued-document': 'changed issued document (the register: check refuses it unless a correction is declared)',
};

export const FLAG_TITLES_JA: Record<FlagKind, string> = {
  'removed-route': 'アラートの経路・通知先の削除',
  'alert-recipients': 'アラートの通知先の変更',
  'monthly-total': '月額料金の合計の変更',
  'closed-invoice': '締め済みの月の請求書の変更（発行済みの帳票は黙って変えない）',
  registration: '第21条の届出事項の変更: 証明書類が必要',
  'issued-document': '発行済みの帳票の変更（登録簿: 訂正を宣言しない限り check が拒否します）',
};

export interface Flag {
  code: string;
  kind: FlagKind;
  customer?: string;
  message: string;
  /** the message in Japanese (the message catalogue's U2xx entry) */
  ja?: string;
}

export interface CustomerMeanings {
  id: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  meanings: Meaning[];
}

export interface Explanation {
  customers: Map<string, CustomerMeanings>;
  global: Meaning[];
  flags: Flag[];
}

const yen = formatYen;

/** 第21条 fields of the customer file, with their Japanese names */
const REGISTRATION: { prefix: string; label: string }[] = [
  { prefix: 'legalName', label: '法人名称' },
  { prefix: 'address', label: '住所' },
  { prefix: 'representative', label: '代表者名' },
  { prefix: 'phone', label: '電話' },
  { prefix: 'fax', label: 'FAX' },
  { prefix: 'department', label: '担当部門名' },
  { prefix: 'billing.recipient', label: '請求書の送付先' },
  { prefix: 'billing.address', label: '請求書の送付先' },
  { prefix: 'billing.email', label: '請求書の送付先' },
];

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function topicOf(path: string): Topic {
  if (REGISTRATION.some((r) => under(path, r.prefix))) return 'registration';
  if (under(path, 'contacts')) return 'contacts';
  if (under(path, 'contract.monitoringConsent')) return 'consent';
  if (under(path, 'contract.plan') || under(path, 'contract.options')) return 'fees';
  if (under(path, 'contract')) return 'contract';
  if (under(path, 'servers')) return 'servers';
  if (under(path, 'workOrders')) return 'work';
  if (under(path, 'payments')) return 'payments';
  return 'other';
}

/** the 第21条 labels a field change touches (contact names are 担当者名) */
function registrationLabels(c: FieldChange): string[] {
  const out = REGISTRATION.filter((r) => under(c.path, r.prefix)).map((r) => r.label);
  if (/^contacts\[[^\]]+\]$/.test(c.path) || /^contacts\[[^\]]+\]\.name$/.test(c.path)) out.push('担当者名');
  return out;
}

// ---------- monitoring ----------

function checkFacets(ch: Check): Record<string, string> {
  switch (ch.kind) {
    case 'heartbeat':
      return { interval: `${ch.intervalSeconds}s`, missed: String(ch.missedBeats), severity: ch.severity };
    case 'cpu':
    case 'memory':
    case 'diskBusy':
    case 'network':
      return Object.fromEntries([...ch.levels.map((l) => [l.severity, String(l.percent.value)] as const), ['for', `${ch.forMinutes.value} min`] as const]);
    case 'volume':
    case 'share':
      return Object.fromEntries([...ch.levels.map((l) => [l.severity, `${l.percent.value}%`] as const), ['path', ch.path] as const]);
    case 'eventlog':
      return { log: ch.log, levels: ch.eventLevels.join(','), sources: (ch.sources ?? []).join(','), ids: (ch.ids ?? []).join(','), severity: ch.severity };
    case 'log':
      return { path: ch.path, regex: ch.regex, encoding: ch.encoding, severity: ch.severity };
    case 'service':
      return { service: ch.service, severity: ch.severity };
    case 'process':
      return { process: ch.process, min: String(ch.min), severity: ch.severity };
  }
}

function monitoringOf(c: ResolvedCustomer): Map<string, MonitoringSetup> {
  const m = new Map<string, MonitoringSetup>();
  for (const s of c.servers) {
    const plan = (s as { monitoring?: MonitoringSetup }).monitoring;
    if (plan && Array.isArray(plan.checks)) m.set(s.id, plan);
  }
  return m;
}

function monitoringMeanings(a: ResolvedCustomer, b: ResolvedCustomer): Meaning[] {
  const out: Meaning[] = [];
  const pa = monitoringOf(a);
  const pb = monitoringOf(b);
  for (const server of [...new Set([...pa.keys(), ...pb.keys()])].sort()) {
    const x = pa.get(server);
    const y = pb.get(server);
    if (!x || !y) continue; // a server added or removed is said by the field changes
    const cx = new Map(x.checks.map((c) => [c.check, c]));
    const cy = new Map(y.checks.map((c) => [c.check, c]));
    for (const check of [...new Set([...cx.keys(), ...cy.keys()])].sort()) {
      const u = cx.get(check);
      const v = cy.get(check);
      if (!u) {
        out.push({ topic: 'monitoring', text: `${server} ${check}: check added` });
        continue;
      }
      if (!v) {
        out.push({ topic: 'monitoring', text: `${server} ${check}: check removed` });
        continue;
      }
      const fu = checkFacets(u);
      const fv = checkFacets(v);
      for (const k of [...new Set([...Object.keys(fu), ...Object.keys(fv)])]) {
        if (fu[k] !== fv[k]) out.push({ topic: 'monitoring', text: `${server} ${check} ${k} ${fu[k] ?? '(none)'} → ${fv[k] ?? '(none)'}` });
      }
    }
  }
  return out;
}

// ---------- money ----------

/** monthly charges (tax excluded) under each tariff from the one at the customer's start on */
function monthlyTotals(model: Model, c: ResolvedCustomer): Map<string, number | string> {
  const out = new Map<string, number | string>();
  for (const t of model.policies.tariffs) {
    if (t.effectiveFrom < c.tariffAtStart.effectiveFrom) continue;
    try {
      out.set(t.effectiveFrom, monthlyCharges(t, c).subtotal);
    } catch (e) {
      out.set(t.effectiveFrom, `not computable (${(e as Error).message})`);
    }
  }
  return out;
}

function invoicesOf(model: Model, c: ResolvedCustomer): Map<string, Invoice | string> {
  const out = new Map<string, Invoice | string>();
  let months: string[];
  try {
    months = billedMonths(model, c);
  } catch (e) {
    return new Map([['*', (e as Error).message]]);
  }
  for (const m of months) {
    try {
      out.set(m, computeInvoice(model, c, m));
    } catch (e) {
      out.set(m, (e as Error).message);
    }
  }
  return out;
}

/** a one-line summary of what differs between two invoices of one month */
function invoiceDelta(a: Invoice, b: Invoice): string | undefined {
  const parts: string[] = [];
  if (a.total !== b.total) parts.push(`total ${yen(a.total)} → ${yen(b.total)}`);
  const la = a.lines.map((l) => `${l.description} ${yen(l.amount)}`);
  const lb = b.lines.map((l) => `${l.description} ${yen(l.amount)}`);
  const removed = la.filter((l) => !lb.includes(l));
  const added = lb.filter((l) => !la.includes(l));
  if (removed.length) parts.push(`− ${removed.join('; ')}`);
  if (added.length) parts.push(`+ ${added.join('; ')}`);
  for (const k of ['issueDate', 'dueDate', 'invoiceNumber'] as const) if (a[k] !== b[k]) parts.push(`${k} ${a[k]} → ${b[k]}`);
  if (parts.length === 0 && JSON.stringify(a) !== JSON.stringify(b)) parts.push('details changed');
  return parts.length ? parts.join(', ') : undefined;
}

// ---------- routing ----------

/** contacts that receive fault mail, when any routing rule notifies customers */
function alertRecipients(model: Model, c: ResolvedCustomer): string[] {
  if (!model.policies.routing.rules.some((r) => r.notifyCustomer)) return [];
  return c.contacts.faultNotification.map((x) => x.email).sort();
}

function routingMeanings(a: Model, b: Model, flags: Flag[]): Meaning[] {
  const out: Meaning[] = [];
  const ra = new Map(a.policies.routing.receivers.map((r) => [r.id, r]));
  const rb = new Map(b.policies.routing.receivers.map((r) => [r.id, r]));
  for (const [id, r] of ra) {
    const s = rb.get(id);
    if (!s) {
      out.push({ topic: 'routing', text: `receiver ${id} (${r.email}) removed` });
      flags.push(flag('removed-route', MESSAGES.U201.receiver({ id, name: r.name, email: r.email })));
    } else if (s.email !== r.email) {
      out.push({ topic: 'routing', text: `receiver ${id} email ${r.email} → ${s.email}` });
      flags.push(flag('alert-recipients', MESSAGES.U202.receiverEmail({ id, from: r.email, to: s.email })));
    }
  }
  for (const [id, s] of rb) if (!ra.has(id)) out.push({ topic: 'routing', text: `receiver ${id} (${s.email}) added` });
  const rules = (m: Model) => new Map(m.policies.routing.rules.map((r) => [r.severity, r]));
  const xa = rules(a);
  const xb = rules(b);
  for (const [sev, r] of xa) {
    const s = xb.get(sev);
    if (!s) {
      flags.push(flag('removed-route', MESSAGES.U201.rule({ severity: sev })));
      continue;
    }
    for (const when of ['helpdeskHours', 'outsideHelpdeskHours'] as const) {
      const gone = r[when].filter((x) => !s[when].includes(x));
      const added = s[when].filter((x) => !r[when].includes(x));
      const label = when === 'helpdeskHours' ? 'in helpdesk hours' : 'outside helpdesk hours';
      if (gone.length) flags.push(flag('removed-route', MESSAGES.U201.routeGone({ severity: sev, when, ids: gone })));
      if (added.length) flags.push(flag('alert-recipients', MESSAGES.U202.routeAdded({ severity: sev, when, ids: added })));
      if (gone.length || added.length) out.push({ topic: 'routing', text: `${sev} ${label}: ${r[when].join(', ')} → ${s[when].join(', ')}` });
    }
    if (r.notifyCustomer !== s.notifyCustomer) {
      out.push({ topic: 'routing', text: `${sev} notifyCustomer ${r.notifyCustomer} → ${s.notifyCustomer}` });
      flags.push(
        s.notifyCustomer
          ? flag('alert-recipients', MESSAGES.U202.customerContacts({ severity: sev }))
          : flag('removed-route', MESSAGES.U201.customerContacts({ severity: sev })),
      );
    }
  }
  for (const sev of xb.keys()) if (!xa.has(sev)) out.push({ topic: 'routing', text: `${sev} routing rule added` });
  return out;
}

function flag(kind: FlagKind, text: Localized, customer?: string): Flag {
  const f: Flag = { code: FLAG_CODES[kind], kind, message: text.message, ja: text.ja.message };
  if (customer) f.customer = customer;
  return f;
}

// ---------- policies ----------

function policyMaps(m: Model): Map<string, Map<string, string>> {
  const p = m.policies;
  const out = new Map<string, Map<string, string>>();
  out.set('provider', flatten(p.provider));
  out.set('calendar', flatten(p.calendar));
  out.set('monitoring', flatten(p.monitoring));
  out.set('routing', flatten(p.routing));
  out.set('terms', flatten(p.terms));
  for (const t of p.tariffs) out.set(`tariffs/${t.effectiveFrom}`, flatten(t));
  for (const r of p.revisions) out.set(`revisions/${r.id}`, flatten(r));
  return out;
}

function policyMeanings(a: Model, b: Model): Meaning[] {
  const pa = policyMaps(a);
  const pb = policyMaps(b);
  const out: Meaning[] = [];
  for (const name of [...new Set([...pa.keys(), ...pb.keys()])].sort()) {
    const x = pa.get(name);
    const y = pb.get(name);
    if (!x) {
      out.push({ topic: 'policies', text: `${name}: added` });
      continue;
    }
    if (!y) {
      out.push({ topic: 'policies', text: `${name}: removed` });
      continue;
    }
    for (const c of diffFlat(x, y)) out.push({ topic: 'policies', text: `${name} ${arrow(c)}` });
  }
  return out;
}

// ---------- customers ----------

function customerSummary(m: Model, c: ResolvedCustomer): string {
  const totals = monthlyTotals(m, c);
  const first = totals.get(c.tariffAtStart.effectiveFrom);
  const monthly = typeof first === 'number' ? `, monthly ${yen(first)} (tax excl.)` : '';
  return `${c.source.legalName}: plan ${c.plan.code}, ${c.servers.length} server${c.servers.length === 1 ? '' : 's'}${monthly}`;
}

/** field changes of the customer file (monitoring overrides are said by the monitoring setups); 第21条 fields and removed servers flagged */
function fieldMeanings(a: ResolvedCustomer, b: ResolvedCustomer, flags: Flag[]): Meaning[] {
  const out: Meaning[] = [];
  const changes = diffFlat(flatten(a.source), flatten(b.source)).filter((c) => !/^servers\[[^\]]+\]\.monitoring(\.|$)/.test(c.path));
  const labels = new Set<string>();
  for (const c of changes) {
    out.push({ topic: topicOf(c.path), text: arrow(c) });
    for (const l of registrationLabels(c)) labels.add(l);
  }
  if (labels.size) flags.push(flag('registration', MESSAGES.U205.registration({ labels: [...labels] }), b.id));
  for (const s of a.servers) {
    if (!b.servers.some((x) => x.id === s.id)) flags.push(flag('removed-route', MESSAGES.U201.server({ id: s.id, hostname: s.source.hostname }), b.id));
  }
  return out;
}

/** monthly charges under each tariff */
function monthlyMeanings(ma: Model, mb: Model, a: ResolvedCustomer, b: ResolvedCustomer, flags: Flag[]): Meaning[] {
  const out: Meaning[] = [];
  const ta = monthlyTotals(ma, a);
  const tb = monthlyTotals(mb, b);
  const several = new Set([...ta.keys(), ...tb.keys()]).size > 1;
  for (const eff of [...new Set([...ta.keys(), ...tb.keys()])].sort()) {
    const x = ta.get(eff);
    const y = tb.get(eff);
    if (x === y || x === undefined || y === undefined) continue;
    const show = (v: number | string) => (typeof v === 'number' ? yen(v) : v);
    const total = MESSAGES.U203.total({ from: show(x), to: show(y), tariff: several ? eff : undefined });
    out.push({ topic: 'fees', text: total.message });
    flags.push(flag('monthly-total', total, b.id));
  }
  return out;
}

/** invoices: a changed or removed invoice of a closed month is a flag; a new month is news */
function invoiceMeanings(ma: Model, mb: Model, a: ResolvedCustomer, b: ResolvedCustomer, flags: Flag[]): Meaning[] {
  const out: Meaning[] = [];
  const ia = invoicesOf(ma, a);
  const ib = invoicesOf(mb, b);
  for (const month of [...new Set([...ia.keys(), ...ib.keys()])].sort()) {
    const x = ia.get(month);
    const y = ib.get(month);
    if (x === undefined && y !== undefined) {
      out.push({ topic: 'invoice', text: typeof y === 'string' ? `invoice ${month}: ${y}` : `invoice ${month} added: total ${yen(y.total)}` });
      continue;
    }
    if (x !== undefined && y === undefined) {
      out.push({ topic: 'invoice', text: `invoice ${month} removed` });
      flags.push(flag('closed-invoice', MESSAGES.U204.invoiceRemoved({ month }), b.id));
      continue;
    }
    if (x === undefined || y === undefined) continue;
    const delta =
      typeof x === 'string' || typeof y === 'string'
        ? x === y
          ? undefined
          : `${typeof x === 'string' ? x : yen(x.total)} → ${typeof y === 'string' ? y : yen(y.total)}`
        : invoiceDelta(x, y);
    if (delta) {
      out.push({ topic: 'invoice', text: `invoice ${month}: ${delta}` });
      flags.push(flag('closed-invoice', MESSAGES.U204.invoiceChanged({ month, delta }), b.id));
      const issued = issuedInvoice(mb, b.id, month) ?? issuedInvoice(ma, b.id, month);
      if (issued)
        flags.push(
          flag(
            'issued-document',
            MESSAGES.U206.wouldChange({
              number: issued.number,
              issueDate: issued.issueDate,
              total: yen(issued.total),
              delta,
              corrected: corrected(mb, b.id, month),
            }),
            b.id,
          ),
        );
    }
  }
  return out;
}

type RecordedDocument = NonNullable<Model['records']>[number]['documents'][number];

/** the original invoice of a month in a model's register */
function issuedInvoice(m: Model, customer: string, month: string): RecordedDocument | undefined {
  return m.records?.find((r) => r.customer === customer)?.documents.find((d) => d.kind === 'invoice' && d.month === month);
}

/** a correction of the month is declared (pending or issued) in the customer file */
function corrected(m: Model, customer: string, month: string): boolean {
  return m.customers.find((c) => c.id === customer)?.source.corrections?.some((k) => k.invoice === month) === true;
}

/** U206: entries of the base's register that the head's no longer has as they were (a register is only appended) */
function registerFlags(ma: Model, mb: Model, flags: Flag[]): void {
  const head = new Map((mb.records ?? []).map((r) => [r.customer, new Map(r.documents.map((d) => [d.number, d] as const))] as const));
  for (const r of ma.records ?? []) {
    const now = head.get(r.customer);
    for (const d of r.documents) {
      const n = now?.get(d.number);
      const p = { number: d.number, issueDate: d.issueDate, customer: r.customer };
      if (!n) flags.push(flag('issued-document', MESSAGES.U206.removed(p), r.customer));
      else if (n.sha256 !== d.sha256 || n.total !== d.total || n.issueDate !== d.issueDate)
        flags.push(flag('issued-document', MESSAGES.U206.altered(p), r.customer));
    }
  }
}

/** the customer's contacts that receive fault mail */
function recipientMeanings(ma: Model, mb: Model, a: ResolvedCustomer, b: ResolvedCustomer, flags: Flag[]): Meaning[] {
  const ra = alertRecipients(ma, a);
  const rb = alertRecipients(mb, b);
  const gone = ra.filter((x) => !rb.includes(x));
  const added = rb.filter((x) => !ra.includes(x));
  if (!gone.length && !added.length) return [];
  const parts = [...added.map((x) => `+ ${x}`), ...gone.map((x) => `− ${x}`)].join(', ');
  flags.push(flag('alert-recipients', MESSAGES.U202.recipients({ added, gone }), b.id));
  return [{ topic: 'routing', text: `fault-notification recipients: ${parts}` }];
}

function customerMeanings(ma: Model, mb: Model, a: ResolvedCustomer, b: ResolvedCustomer, flags: Flag[]): Meaning[] {
  return [
    ...fieldMeanings(a, b, flags),
    ...monitoringMeanings(a, b),
    ...monthlyMeanings(ma, mb, a, b, flags),
    ...invoiceMeanings(ma, mb, a, b, flags),
    ...recipientMeanings(ma, mb, a, b, flags),
  ];
}

/** Everything that changes in meaning between two models (either may be absent: an empty tree). */
export function explain(base: Model | undefined, head: Model | undefined): Explanation {
  const flags: Flag[] = [];
  const customers = new Map<string, CustomerMeanings>();
  const global: Meaning[] = [];
  const ca = new Map((base?.customers ?? []).map((c) => [c.id, c]));
  const cb = new Map((head?.customers ?? []).map((c) => [c.id, c]));
  // a customer's meanings read only the policies, its own data (resolveCustomer is a pure function of the
  // policies, its file and its data) and its register: when all three are equal, it has none (a plan of one
  // changed customer among 1,000 computes the invoices of one, not of all)
  const samePolicies = base !== undefined && head !== undefined && JSON.stringify(base.policies) === JSON.stringify(head.policies);
  const ra = new Map((base?.records ?? []).map((r) => [r.customer, r]));
  const rb = new Map((head?.records ?? []).map((r) => [r.customer, r]));
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  if (base && head) {
    global.push(...policyMeanings(base, head));
    global.push(...routingMeanings(base, head, flags));
    registerFlags(base, head, flags);
  }
  for (const id of [...new Set([...ca.keys(), ...cb.keys()])].sort()) {
    const a = ca.get(id);
    const b = cb.get(id);
    if (!a && b && head) {
      customers.set(id, { id, status: 'added', meanings: [{ topic: 'contract', text: `new customer — ${customerSummary(head, b)}` }] });
    } else if (a && !b && base) {
      customers.set(id, { id, status: 'removed', meanings: [{ topic: 'contract', text: `customer removed — ${customerSummary(base, a)}` }] });
      flags.push(flag('removed-route', MESSAGES.U201.customer({ id }), id));
    } else if (a && b && base && head) {
      if (samePolicies && a.file === b.file && same(a.source, b.source) && same(ra.get(id), rb.get(id))) {
        customers.set(id, { id, status: 'unchanged', meanings: [] });
        continue;
      }
      const ms = customerMeanings(base, head, a, b, flags);
      customers.set(id, { id, status: ms.length ? 'changed' : 'unchanged', meanings: ms });
    }
  }
  return { customers, global, flags };
}
