/**
 * The contract (利用契約内容確認書) and invoice (適格請求書) documents: view models built from the model
 * and the billing module (all figures come from src/billing/), rendered through the Handlebars templates
 * in templates/documents/ and the layout engine. Pure: no clock, no disk.
 */
import { tokyoMidnight } from '../../util/dates.js';
import type { Assets } from '../types.js';
import type { Model, ResolvedCustomer } from '../../model/model.js';
import { computeInvoice } from '../../billing/invoice.js';
import type { Invoice } from '../../billing/invoice.js';
import { contractFigures } from '../../billing/contract.js';
import { monthlyCharges } from '../../billing/charges.js';
import { consumptionTax } from '../../billing/money.js';
import { tariffInForce } from '../../resolve/tariff.js';
import { TARGETS } from '../../targets/index.js';
import { documentFonts } from './fonts.js';
import { renderDocument } from './render.js';
import type { RenderedDocument } from './render.js';
import type { DocInfo } from './layout.js';
import type { RecordedDocument } from '../../types/generated/register.js';
import type { PROVIDER_PRINTED } from '../../records/printed.js';

export const CONTRACT_TEMPLATE = 'documents/contract.hbs';
export const INVOICE_TEMPLATE = 'documents/invoice.hbs';
export const CORRECTION_TEMPLATE = 'documents/correction.hbs';

/** out/ paths */
export const contractPath = (customer: string) => `${customer}/documents/contract.pdf`;
export const invoicePath = (customer: string, month: string) => `${customer}/documents/invoice-${month}.pdf`;

function template(assets: Assets, name: string): string {
  const t = assets.templates.get(name);
  if (t === undefined) throw new Error(`internal: template ${name} is missing from templates/`);
  return t;
}

/** midnight JST of a civil date, as the instant pdfkit writes into CreationDate/ModDate and the file ID */
export function instantOf(date: string): Date {
  return new Date(tokyoMidnight(date));
}

function maxDate(ds: Array<string | undefined>): string {
  // biome-ignore lint/complexity/useMathMinMax: ISO dates are strings, compared as text (Math.max would give NaN)
  return ds.filter((d): d is string => d !== undefined).reduce((a, b) => (b > a ? b : a));
}

/** the provider as documents print it: the fields the register hashes of an invoice (records/printed.ts), and the website (contract) */
export function providerView(model: { policies: Pick<Model['policies'], 'provider'> }) {
  const p = model.policies.provider;
  const view: Pick<typeof p, (typeof PROVIDER_PRINTED)[number] | 'website'> = {
    name: p.name,
    address: p.address,
    phone: p.phone,
    invoiceRegistrationNumber: p.invoiceRegistrationNumber,
    serviceName: p.serviceName,
    website: p.website,
    bankAccounts: p.bankAccounts,
  };
  return view;
}

/** 第9条: the monitoring tools the provider installs (provider.monitoring.targets, by their product names) */
function monitoringTools(model: Model): string[] {
  return model.policies.provider.monitoring.targets.map((t) => TARGETS.find((d) => d.name === t)?.label ?? t);
}

const COLLECTED: Record<string, string> = {
  heartbeat: '死活（エージェントの応答）',
  eventlog: 'Windowsイベントログ（該当するイベントの記録）',
  log: 'VVAULTログ（該当する行）',
  service: 'VVAULTサービスの稼働状態',
  process: 'VVAULTプロセスの稼働状態',
  volume: 'ストレージの使用率',
  share: 'ストレージ（共有）の使用率',
  cpu: 'CPU使用率',
  memory: 'メモリ使用率',
  diskBusy: 'ディスク負荷',
  network: 'ネットワーク負荷',
};

/** 第9条2: what the monitoring setup of this customer's servers collects, in the setup's order */
function collectedData(c: ResolvedCustomer): string[] {
  const kinds: string[] = [];
  for (const s of c.servers) for (const k of s.monitoring.checks) if (!kinds.includes(k.kind)) kinds.push(k.kind);
  return kinds.map((k) => COLLECTED[k] ?? k);
}

/** 第2条: tariff revisions already announced that take effect after the contract starts, with this contract's new monthly fee */
function announcedRevisions(model: Model, c: ResolvedCustomer) {
  const out: { effectiveOn: string; announcedOn: string; title: string; subtotal: number; total: number }[] = [];
  for (const r of model.policies.revisions) {
    if (r.kind !== 'tariff' || r.effectiveOn <= c.establishedOn || (c.endsOn !== undefined && r.effectiveOn > c.endsOn)) continue;
    const tariff = tariffInForce(model.policies.tariffs, r.effectiveOn);
    if (!tariff) continue;
    const m = monthlyCharges(tariff, c);
    out.push({ effectiveOn: r.effectiveOn, announcedOn: r.announcedOn, title: r.title, subtotal: m.subtotal, total: m.total });
  }
  return out;
}

export function contractView(model: Model, c: ResolvedCustomer) {
  const src = c.source;
  const fig = contractFigures(model, c);
  const contact = (x: ResolvedCustomer['contacts']['primary']) => ({
    name: x.name,
    email: x.email,
    phone: x.phone ?? null,
    primary: x.roles.includes('primary'),
    technical: x.roles.includes('technical'),
    billing: x.roles.includes('billing'),
    faultNotification: x.faultNotification === true,
  });
  return {
    provider: providerView(model),
    customer: {
      id: c.id,
      legalName: src.legalName,
      address: src.address,
      representative: src.representative,
      phone: src.phone,
      fax: src.fax ?? null,
      department: src.department,
    },
    primary: contact(c.contacts.primary),
    contacts: c.contacts.all.map(contact),
    billing: { recipient: src.billing.recipient, address: src.billing.address, email: src.billing.email ?? null },
    reseller: src.contract.reseller ?? null,
    contract: {
      appliedOn: src.contract.appliedOn,
      establishedOn: fig.establishedOn,
      minimumPeriodEndsOn: fig.minimumPeriodEndsOn,
    },
    termination: src.contract.termination && fig.endsOn ? { noticedOn: src.contract.termination.noticedOn, endsOn: fig.endsOn } : null,
    terms: c.termsEdition,
    plan: { code: c.plan.code, name: c.plan.name },
    options: c.options.map((o) => ({ code: o.code, name: o.name })),
    fees: {
      tariffEffectiveFrom: fig.monthly.tariffEffectiveFrom,
      initialFee: fig.initialFee,
      lines: fig.monthly.lines,
      subtotal: fig.monthly.subtotal,
      tax: fig.monthly.tax,
      total: fig.monthly.total,
      taxRatePercent: fig.monthly.taxRatePercent,
    },
    damagesCap: fig.damagesCap,
    issuedOn: contractDate(c),
    initial: {
      amount: fig.initialFee,
      tax: consumptionTax(fig.initialFee, fig.monthly.taxRatePercent),
      total: fig.initialFee + consumptionTax(fig.initialFee, fig.monthly.taxRatePercent),
    },
    monitoringTools: monitoringTools(model),
    collected: collectedData(c),
    revisions: announcedRevisions(model, c),
    servers: c.servers.map((s) => ({
      id: s.id,
      hostname: s.source.hostname,
      environment: s.source.environment,
      os: s.source.os,
      vvaultVersion: s.source.vvaultVersion,
      storage: s.source.storage
        .filter((v) => v.kind !== 'cloud')
        .map((v) => `${v.id}${'path' in v && v.path ? ` (${v.path})` : ''}`)
        .join('、'),
    })),
    consent: src.contract.monitoringConsent ?? null,
    rdpSourceAddresses: model.policies.provider.remoteAccess.rdpSourceAddresses,
    operatorAccount: model.policies.provider.remoteAccess.operatorAccount,
    helpdesk: { opens: model.policies.calendar.helpdesk.opens, closes: model.policies.calendar.helpdesk.closes },
  };
}

export function invoiceView(model: Model, c: ResolvedCustomer, invoice: Invoice) {
  const src = c.source;
  return {
    provider: providerView(model),
    customer: { id: c.id, legalName: src.legalName },
    recipient: { name: src.billing.recipient, address: src.billing.address },
    invoice,
    taxable: invoice.lines.filter((l) => l.taxCategory !== 'out-of-scope').map((l) => ({ ...l, rateLabel: `${l.taxCategory.replace('standard-', '')}%` })),
    nonTaxable: invoice.lines.filter((l) => l.taxCategory === 'out-of-scope'),
    breakdown: invoice.taxBreakdown,
  };
}

/** the contract's date (its PDF date and its issue date in the register): the latest of the dates it records */
export function contractDate(c: ResolvedCustomer): string {
  const src = c.source.contract;
  return maxDate([src.appliedOn, src.billingStartsOn, src.monitoringConsent?.agreedOn, src.termination?.noticedOn]);
}

/** the contract: its info (and so its bytes) depend only on the inputs, never on the clock */
export function renderContract(assets: Assets, model: Model, c: ResolvedCustomer): RenderedDocument {
  const date = contractDate(c);
  const info: DocInfo = {
    Title: `利用契約内容確認書 ${c.source.legalName}`,
    Author: model.policies.provider.name,
    Subject: `${model.policies.provider.serviceName} ${c.id}`,
    CreationDate: instantOf(date),
  };
  return renderDocument(documentFonts(assets), info, CONTRACT_TEMPLATE, template(assets, CONTRACT_TEMPLATE), contractView(model, c));
}

export function renderInvoice(assets: Assets, model: Model, c: ResolvedCustomer, month: string): RenderedDocument {
  const invoice = computeInvoice(model, c, month);
  const info: DocInfo = {
    Title: `請求書 ${invoice.invoiceNumber} ${c.source.legalName}`,
    Author: model.policies.provider.name,
    Subject: `${model.policies.provider.serviceName} ${month}`,
    CreationDate: instantOf(invoice.issueDate),
  };
  return renderDocument(documentFonts(assets), info, INVOICE_TEMPLATE, template(assets, INVOICE_TEMPLATE), invoiceView(model, c, invoice));
}

/** the rows 修正前 / 修正後 / 差額: taxable amount and tax per rate, out-of-scope amount, total */
function comparison(invoice: Invoice, original: RecordedDocument) {
  const rows: { label: string; before: number; after: number; difference: number }[] = [];
  const row = (label: string, before: number, after: number) => rows.push({ label, before, after, difference: after - before });
  for (const t of invoice.taxBreakdown) {
    const o = (original.taxes ?? []).find((x) => x.ratePercent === t.ratePercent);
    row(`${t.ratePercent}%対象（税抜）`, o?.taxable ?? 0, t.taxable);
    row(`消費税（${t.ratePercent}%）`, o?.tax ?? 0, t.tax);
  }
  if ((original.nonTaxable ?? 0) !== 0 || invoice.nonTaxable !== 0) row('不課税（対象外）', original.nonTaxable ?? 0, invoice.nonTaxable);
  row('合計（税込）', original.total, invoice.total);
  return rows;
}

export function correctionView(model: Model, c: ResolvedCustomer, invoice: Invoice, doc: RecordedDocument, original: RecordedDocument, paid: number) {
  const difference = invoice.total - original.total;
  const refund = doc.kind === 'refund';
  return {
    ...invoiceView(model, c, invoice),
    title: refund ? '適格返還請求書（修正適格請求書）' : '修正適格請求書',
    doc: { number: doc.number, issueDate: doc.issueDate, reason: doc.reason ?? '', dueDate: doc.dueDate ?? invoice.dueDate },
    original: { number: original.number, issueDate: original.issueDate, total: original.total },
    compare: comparison(invoice, original),
    difference,
    increase: difference > 0,
    refund,
    refundAmount: Math.max(0, paid - invoice.total),
  };
}

/**
 * The corrected document of `doc` (a register entry of kind correction or refund): the invoice of its month as
 * computed now, referring to `original`. Dated its issue date, like an invoice.
 */
export function renderCorrection(
  assets: Assets,
  model: Model,
  c: ResolvedCustomer,
  doc: RecordedDocument,
  original: RecordedDocument,
  paid: number,
): RenderedDocument {
  const month = doc.month ?? '';
  const invoice = computeInvoice(model, c, month);
  const info: DocInfo = {
    Title: `${doc.kind === 'refund' ? '適格返還請求書' : '修正適格請求書'} ${doc.number} ${c.source.legalName}`,
    Author: model.policies.provider.name,
    Subject: `${model.policies.provider.serviceName} ${month} (${original.number})`,
    CreationDate: instantOf(doc.issueDate),
  };
  return renderDocument(
    documentFonts(assets),
    info,
    CORRECTION_TEMPLATE,
    template(assets, CORRECTION_TEMPLATE),
    correctionView(model, c, invoice, doc, original, paid),
  );
}
