/**
 * Issued documents are records (K001–K003): check recomputes every invoice of the register
 * (records/register/<customer>.yaml) from today's inputs; a difference is an error located at the input that
 * made it (the tariff fee line, the plan, the payment…), naming the document. A customer with issued
 * documents keeps its file (it ends by `termination`). Rules read only; `vmsc issue` writes the register.
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { IssuedDoc } from '../../diagnostics/messages/tariff.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { computeInvoice } from '../../billing/invoice.js';
import { contractLines } from '../../billing/contract.js';
import { tariffInForce } from '../../resolve/tariff.js';
import type { Invoice } from '../../billing/invoice.js';
import { formatYen } from '../../billing/money.js';
import { compareInvoice } from '../../records/compare.js';
import type { Difference, Origin } from '../../records/compare.js';
import { registerPath } from '../../records/register.js';
import { pendingCorrections } from '../../records/corrections.js';
import { PRINTED_LABELS, printedDifferences, printedFields, printedOrigin } from '../../records/printed.js';
import type { RecordedDocument } from '../../records/register.js';
import type { DataPath } from '../../load/yaml.js';
import type { Rule, RuleContext } from '../rule.js';
import { billable, billingOutcome } from './billing.js';
import type { Billable } from './billing.js';

const KIND_JA: Record<RecordedDocument['kind'], string> = {
  invoice: '適格請求書',
  correction: '修正適格請求書',
  refund: '適格返還請求書',
  contract: '利用契約内容確認書',
};

/** the file and data path of an origin, for the invoice as computed now */
function locateOrigin(ctx: RuleContext, b: Billable, now: Pick<Invoice, 'tariffEffectiveFrom'> | undefined, o: Origin): { file: string; path: DataPath } {
  const { inputs } = ctx;
  if ('path' in o) {
    if (o.input === 'customer') return { file: b.file, path: o.path };
    const policy = o.input === 'provider' ? inputs.provider : inputs.calendar;
    return policy ? { file: policy.file, path: o.path } : { file: b.file, path: [] };
  }
  const tariff = inputs.tariffs.find((t) => t.data.effectiveFrom === now?.tariffEffectiveFrom);
  if (!tariff) return { file: b.file, path: ['contract'] };
  if (!('list' in o)) return { file: tariff.file, path: [o.field] };
  const list = o.list === 'plans' ? tariff.data.plans : tariff.data.options;
  const i = list.findIndex((x) => x.code === o.code);
  return { file: tariff.file, path: i >= 0 ? [o.list, i, o.field] : [o.list] };
}

function describe(d: RecordedDocument): IssuedDoc {
  return { number: d.number, kindJa: KIND_JA[d.kind], month: d.month, issueDate: d.issueDate, total: formatYen(d.total) };
}

/** the documents of a register in force: the last one recorded for each month, and the last contract */
function lastPerMonth(docs: readonly RecordedDocument[]): RecordedDocument[] {
  const m = new Map<string, RecordedDocument>();
  for (const d of docs)
    if (d.kind === 'contract') m.set('contract', d);
    else if (d.month !== undefined) m.set(d.month, d);
  return [...m.values()];
}

/** a contract: its initial fee and monthly lines under the tariff in force on billingStartsOn, as now computed */
function checkContract(ctx: RuleContext, b: Billable, doc: RecordedDocument): Diagnostic | undefined {
  const outcome = billingOutcome(() => {
    const tariff = tariffInForce(b.model.policies.tariffs, b.customer.establishedOn);
    if (!tariff) return undefined; // R010 reports it
    const { lines, monthly } = contractLines(tariff, b.customer);
    return {
      lines,
      tariffEffectiveFrom: monthly.tariffEffectiveFrom,
      taxRatePercent: monthly.taxRatePercent,
      issueDate: doc.issueDate,
      dueDate: '',
      total: monthly.total,
    };
  });
  if (outcome.kind !== 'ok' || !outcome.value) return undefined; // R010/R011/R013 say why it cannot be priced
  const now = outcome.value;
  const diffs = compareInvoice(doc, now, b.customer);
  const first = diffs[0];
  if (!first) return undefined;
  const at = locateOrigin(ctx, b, now, first.origin);
  return ctx.at('K001', 'error', at.file, at.path, MESSAGES.K001.changed({ doc: describe(doc), differences: diffs.map((d) => d.what) }));
}

function checkDocument(ctx: RuleContext, b: Billable, doc: RecordedDocument): Diagnostic | undefined {
  if (doc.kind === 'contract') return checkContract(ctx, b, doc);
  const month = doc.month;
  if (month === undefined) return undefined;
  const outcome = billingOutcome(() => computeInvoice(b.model, b.customer, month));
  if (outcome.kind === 'calendar' || outcome.kind === 'crash') return undefined; // B002 / X001 report these
  if (outcome.kind === 'pricing') {
    // the month is no longer billed, or cannot be priced (R010/R011 say why)
    return ctx.at('K001', 'error', b.file, ['contract'], MESSAGES.K001.noInvoice({ doc: describe(doc), month, detail: outcome.error.message }));
  }
  // a corrected document keeps its own issue and due dates; its figures are the month's, as computed now
  const now = doc.corrects ? { ...outcome.value, issueDate: doc.issueDate, dueDate: doc.dueDate ?? outcome.value.dueDate } : outcome.value;
  const notes = printedFields(b.model.policies.provider, b.customer, outcome.value)['invoice.notes'];
  const diffs: Difference[] = compareInvoice(doc, now, b.customer, notes);
  const first = diffs[0];
  if (!first) return undefined;
  const at = locateOrigin(ctx, b, outcome.value, first.origin);
  return ctx.at('K001', 'error', at.file, at.path, MESSAGES.K001.changed({ doc: describe(doc), differences: diffs.map((d) => d.what) }));
}

export const issuedDocumentsUnchanged: Rule = {
  code: 'K001',
  check(ctx) {
    const out: Diagnostic[] = [];
    const byId = new Map(billable(ctx).map((b) => [b.customer.id, b] as const));
    for (const r of ctx.inputs.registers) {
      const b = byId.get(r.data.customer);
      if (!b) continue; // K002
      // a declared correction not yet issued is the reason its month differs: vmsc issue --corrections issues it
      const correcting = new Set(pendingCorrections(b.customer.source.corrections, r.data).map((p) => p.correction.invoice));
      for (const doc of lastPerMonth(r.data.documents)) {
        if (doc.month !== undefined && correcting.has(doc.month)) continue;
        const d = checkDocument(ctx, b, doc);
        if (d) out.push(d);
      }
    }
    return out;
  },
};

export const issuedCustomerKept: Rule = {
  code: 'K002',
  check(ctx) {
    const ids = new Set(ctx.inputs.customers.map((c) => c.data.id));
    const out: Diagnostic[] = [];
    for (const r of ctx.inputs.registers) {
      if (ids.has(r.data.customer) || r.data.documents.length === 0) continue;
      const n = r.data.documents.length;
      out.push(
        ctx.at(
          'K002',
          'error',
          r.file,
          ['customer'],
          MESSAGES.K002.gone({ customer: r.data.customer, count: n, numbers: r.data.documents.map((d) => d.number) }),
        ),
      );
    }
    return out;
  },
};

export const registerFileNamed: Rule = {
  code: 'K003',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const r of ctx.inputs.registers) {
      const expected = registerPath(r.data.customer);
      if (r.file !== expected) {
        out.push(ctx.at('K003', 'error', r.file, ['customer'], MESSAGES.K003.misplaced({ customer: r.data.customer, expected, file: r.file })));
      }
    }
    return out;
  },
};

export const correctionOfIssued: Rule = {
  code: 'K004',
  check(ctx) {
    const out: Diagnostic[] = [];
    const registers = new Map(ctx.inputs.registers.map((r) => [r.data.customer, r.data] as const));
    for (const c of ctx.inputs.customers) {
      const reg = registers.get(c.data.id);
      (c.data.corrections ?? []).forEach((k, i) => {
        const issued = (reg?.documents ?? []).find((d) => d.kind !== 'contract' && d.month === k.invoice);
        if (!issued) {
          out.push(ctx.at('K004', 'error', c.file, ['corrections', i, 'invoice'], MESSAGES.K004.notIssued({ index: i, invoice: k.invoice })));
        } else if (k.issuedOn < issued.issueDate) {
          out.push(
            ctx.at(
              'K004',
              'error',
              c.file,
              ['corrections', i, 'issuedOn'],
              MESSAGES.K004.beforeIssue({ index: i, issuedOn: k.issuedOn, number: issued.number, issueDate: issued.issueDate }),
            ),
          );
        }
      });
    }
    return out;
  },
};

/** the invoice-kind documents in force (the last per month), latest issue first */
function latestInvoices(docs: readonly RecordedDocument[]): RecordedDocument[] {
  return lastPerMonth(docs)
    .filter((d) => d.kind !== 'contract')
    .sort((a, b) => (a.issueDate < b.issueDate ? 1 : a.issueDate > b.issueDate ? -1 : a.number < b.number ? 1 : -1));
}

/**
 * K005 (warning): a field an issued invoice printed besides its figures (the provider's name, address, bank
 * accounts, registration number; the customer's name, billing recipient and address) is no longer what the
 * customer's latest issued invoice printed. The issued documents keep what they printed (the archive is the
 * record; vmsc build puts the archived copy into out/), so this is news, not an error: the next invoice prints
 * the new value. A provider field is reported once, at the provider file. The billed period and the notes are
 * facts of their month: K001 compares them.
 */
export const issuedDocumentsPrintedAsIssued: Rule = {
  code: 'K005',
  check(ctx) {
    const out: Diagnostic[] = [];
    const byId = new Map(billable(ctx).map((b) => [b.customer.id, b] as const));
    const providerDocs = new Map<string, RecordedDocument[]>();
    for (const r of ctx.inputs.registers) {
      const b = byId.get(r.data.customer);
      const latest = latestInvoices(r.data.documents).find((d) => d.printed !== undefined && d.month !== undefined);
      if (!b || !latest?.month) continue;
      const month = latest.month;
      const outcome = billingOutcome(() => computeInvoice(b.model, b.customer, month));
      if (outcome.kind !== 'ok') continue; // K001 reports a month no longer billed
      const now = printedFields(b.model.policies.provider, b.customer, outcome.value);
      for (const key of printedDifferences(latest.printed, now)) {
        if (key.startsWith('invoice.')) continue; // K001
        if (key.startsWith('provider.')) {
          const list = providerDocs.get(key) ?? [];
          list.push(latest);
          providerDocs.set(key, list);
          continue;
        }
        const issued = r.data.documents.filter((d) => {
          const was = d.printed?.[key];
          return d.kind !== 'contract' && was !== undefined && was !== now[key];
        });
        out.push(
          ctx.at(
            'K005',
            'warning',
            b.file,
            printedOrigin(key).path,
            MESSAGES.K005.changed({ field: key, label: PRINTED_LABELS[key] ?? key, latest: describe(latest), count: issued.length }),
          ),
        );
      }
    }
    const provider = ctx.inputs.provider;
    if (provider)
      for (const [key, docs] of providerDocs) {
        const latest = docs.reduce((a, d) => (d.issueDate > a.issueDate ? d : a));
        out.push(
          ctx.at(
            'K005',
            'warning',
            provider.file,
            printedOrigin(key).path,
            MESSAGES.K005.provider({ field: key, label: PRINTED_LABELS[key] ?? key, latest: describe(latest), customers: docs.length }),
          ),
        );
      }
    return out;
  },
};
