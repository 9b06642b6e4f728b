/**
 * The sales documents of a prospect: the quote (御見積書) and the application form (利用契約申込書, 第4条1),
 * view models rendered through templates/documents/quote.hbs and application.hbs with the documents emitter's
 * renderer (src/emit/documents/render.ts). Pure: no clock (the quote date is given), no disk.
 */
import type { Assets } from '../emit/types.js';
import { instantOf, providerView } from '../emit/documents/documents.js';
import { documentFonts } from '../emit/documents/fonts.js';
import { renderDocument } from '../emit/documents/render.js';
import type { RenderedDocument } from '../emit/documents/render.js';
import type { DocInfo } from '../emit/documents/layout.js';
import type { Prospect } from '../model/inputs.js';
import { termsInEffect } from '../resolve/terms.js';
import { TARGETS } from '../targets/index.js';
import { priceQuote } from './quote.js';
import type { Quote, SalesModel } from './quote.js';

export const QUOTE_TEMPLATE = 'documents/quote.hbs';
export const APPLICATION_TEMPLATE = 'documents/application.hbs';

/** where the CLI writes them by default, relative to the root: sales/<id>/ (out/ is replaced by every build) */
export const quoteFile = (quote: Pick<Quote, 'prospect' | 'number'>) => `sales/${quote.prospect}/${quote.number}.pdf`;
export const applicationFile = (prospect: string) => `sales/${prospect}/application.pdf`;

function template(assets: Assets, name: string): string {
  const t = assets.templates.get(name);
  if (t === undefined) throw new Error(`internal: template ${name} is missing from templates/`);
  return t;
}

const ENVIRONMENTS: Record<Prospect['environment'], string> = {
  azure: 'Microsoft Azure',
  aws: 'Amazon Web Services',
  gcp: 'Google Cloud',
  'on-premises': 'オンプレミス',
  other: 'その他',
};

function prospectView(p: Prospect) {
  return {
    id: p.id,
    legalName: p.legalName,
    address: p.address,
    representative: p.representative,
    phone: p.phone,
    fax: p.fax ?? null,
    department: p.department,
    contact: { name: p.contact.name, email: p.contact.email, phone: p.contact.phone ?? null },
    plan: p.plan,
    options: p.options,
    serverCount: p.serverCount,
    environment: ENVIRONMENTS[p.environment],
    reseller: p.reseller ?? null,
    plannedStartOn: p.plannedStartOn,
  };
}

function planName(model: SalesModel, quote: Quote, code: string): string {
  const t = model.policies.tariffs.find((x) => x.effectiveFrom === quote.tariffEffectiveFrom);
  return t?.plans.find((x) => x.code === code)?.name ?? code;
}

export function quoteView(model: SalesModel, prospect: Prospect, quote: Quote) {
  const t = model.policies.tariffs.find((x) => x.effectiveFrom === quote.tariffEffectiveFrom);
  return {
    provider: providerView(model),
    prospect: prospectView(prospect),
    quote,
    planName: planName(model, quote, prospect.plan),
    optionNames: prospect.options.map((o) => t?.options.find((x) => x.code === o)?.name ?? o),
    startsMidMonth: !prospect.plannedStartOn.endsWith('-01'),
    validDays: model.policies.provider.sales?.quoteValidDays ?? 0,
  };
}

/** the quote of a prospect dated `date`, as PDF bytes (its bytes depend only on the inputs and `date`) */
export function renderQuote(assets: Assets, model: SalesModel, prospect: Prospect, date: string): RenderedDocument & { quote: Quote } {
  const quote = priceQuote(model, prospect, date);
  const info: DocInfo = {
    Title: `御見積書 ${quote.number} ${prospect.legalName}`,
    Author: model.policies.provider.name,
    Subject: `${model.policies.provider.serviceName} ${prospect.id}`,
    CreationDate: instantOf(date),
  };
  const doc = renderDocument(documentFonts(assets), info, QUOTE_TEMPLATE, template(assets, QUOTE_TEMPLATE), quoteView(model, prospect, quote));
  return { ...doc, quote };
}

export function applicationView(model: SalesModel, prospect: Prospect) {
  const edition = termsInEffect(model.policies.terms, prospect.plannedStartOn);
  const tariff = model.policies.tariffs.filter((t) => t.effectiveFrom <= prospect.plannedStartOn).at(-1);
  const blank = '　';
  const servers = prospect.servers?.length
    ? prospect.servers.map((s) => ({
        id: s.id,
        hostname: s.hostname,
        environment: ENVIRONMENTS[s.environment],
        os: s.os,
        vvaultVersion: s.vvaultVersion,
        storage: s.storage
          .filter((v) => v.kind !== 'cloud')
          .map((v) => `${v.id}${'path' in v && v.path ? ` (${v.path})` : ''}`)
          .join('、'),
      }))
    : Array.from({ length: prospect.serverCount }, (_, i) => ({
        id: String(i + 1),
        hostname: blank,
        environment: ENVIRONMENTS[prospect.environment],
        os: blank,
        vvaultVersion: blank,
        storage: blank,
      }));
  const consent = prospect.monitoringConsent ?? null;
  return {
    provider: providerView(model),
    prospect: prospectView(prospect),
    billing: prospect.billing ?? null,
    terms: edition ?? null,
    planName: tariff?.plans.find((x) => x.code === prospect.plan)?.name ?? prospect.plan,
    optionNames: prospect.options.map((o) => tariff?.options.find((x) => x.code === o)?.name ?? o),
    servers,
    consent,
    monitoringTools: model.policies.provider.monitoring.targets.map((t) => TARGETS.find((d) => d.name === t)?.label ?? t),
    rdpSourceAddresses: model.policies.provider.remoteAccess.rdpSourceAddresses,
    operatorAccount: model.policies.provider.remoteAccess.operatorAccount,
  };
}

/**
 * The application form to be filled in, stamped and sent back (第4条1). Undated (the customer writes the date):
 * its PDF date is the planned start's, so its bytes depend only on the inputs.
 */
export function renderApplication(assets: Assets, model: SalesModel, prospect: Prospect): RenderedDocument {
  const info: DocInfo = {
    Title: `利用契約申込書 ${prospect.legalName}`,
    Author: model.policies.provider.name,
    Subject: `${model.policies.provider.serviceName} ${prospect.id}`,
    CreationDate: instantOf(prospect.plannedStartOn),
  };
  return renderDocument(documentFonts(assets), info, APPLICATION_TEMPLATE, template(assets, APPLICATION_TEMPLATE), applicationView(model, prospect));
}
