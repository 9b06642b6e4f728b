/**
 * The sales library (issue 16): prospects (prospects/<id>.yaml) to quotes, application forms and customers.
 * Pure — no disk, no clock, no network: the CLI (`vmsc quote`, `vmsc application`, `vmsc promote`) and the sales
 * desk web page call the same functions. Get the inputs from a Driver (src/driver/):
 *
 *   const driver = new Driver(memoryHost(sources), { today });         // or the CLI's nodeHost
 *   let r = await driver.check();                                      // then, on every edit:
 *   r = await driver.update('prospects/minami-shoji.yaml', bytes);     // re-checks that one file
 *   const s = scopedModel(r, { prospect: 'minami-shoji' });            // errors in other files do not block
 *   if (!s.model) show(s.diagnostics);                                 // located errors, English + Japanese (d.ja)
 *   const prospect = r.inputs.prospects.find((p) => p.data.id === 'minami-shoji')!.data;
 *
 * - `priceQuote(model, prospect, date)` → `Quote`: quote number and validity (provider.yaml `sales:`), the
 *   initial fee, the monthly lines (plan × servers, options), tax once per rate, the first month's total, and `after`: the
 *   months after the first in periods of one price — the tariff at start, then each later tariff (an announced
 *   revision) from the first month it prices (a tariff prices a month when in force on its 1st, as invoices do).
 *   Every figure comes from src/billing/ (the code that prices contracts and invoices). Throws `QuoteError` only
 *   for a model the check would have refused (Q003, Q004).
 * - `renderQuote(assets, model, prospect, date)` → `{ bytes, pages, quote }`: the 御見積書 PDF (templates/documents/
 *   quote.hbs); `renderApplication(assets, model, prospect)` → `{ bytes, pages }`: the 利用契約申込書 to be stamped
 *   (第4条1; application.hbs). `assets` = templates and fonts (the CLI's `readAssets()`). Same inputs, same bytes.
 * - `promoteProspect(sources, id, { today })` → `{ path, yamlText?, diagnostics }` (`sources` = `r.sources` of a
 *   Driver check): the text of customers/<id>.yaml made from the prospect (with its modeline), checked in a copy
 *   of the root where it replaces the prospect, under the customer schema and every rule; `yamlText` only when
 *   nothing is wrong, else `diagnostics` located in the prospect file at the field each value came from (Q006 for
 *   what is missing: appliedOn, monitoringConsent, servers; an existing customers/<id>.yaml). Writing the file
 *   (never over an existing one) and removing the prospect file is the caller's (`vmsc promote` does both).
 *   `customerOf(prospect, terms)` / `customerText(customer, from)` are its two steps, for a preview.
 * - `scopedModel(check, { prospect } | { customer })` (re-exported from src/driver/): the model one document needs,
 *   with P004 warnings for errors in other files.
 *
 * Prospects never enter the resolved `Model`: no emitter (agents, routing, invoices, notices) can see one.
 */
export { priceQuote, pricedProspect, quoteNumber, QuoteError } from './quote.js';
export type { MonthlyPeriod, Quote, SalesModel } from './quote.js';
export { applicationFile, applicationView, quoteFile, quoteView, renderApplication, renderQuote } from './documents.js';
export { customerOf, customerText, promoteProspect } from './promote.js';
export type { Promotion } from './promote.js';
export { scopedModel } from '../driver/scope.js';
export type { Scope, ScopedModel } from '../driver/scope.js';
