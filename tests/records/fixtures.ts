/** Registers for tests: the example root's invoices recorded as `vmsc issue` records them (sha256 and commit made up). */
import { computeInvoice } from '../../src/billing/invoice.js';
import { compile } from '../../src/driver/index.js';
import type { Model } from '../../src/model/model.js';
import { contractLines } from '../../src/billing/contract.js';
import { contractDate } from '../../src/emit/documents/documents.js';
import { appendDocuments, contractNumber, recordOfContract, recordOfInvoice, registerPath, renderRegister } from '../../src/records/register.js';
import { printedFields } from '../../src/records/printed.js';
import { EXAMPLE, readRoot, TODAY } from '../helpers.js';

export const ACME = 'customers/acme-logistics.yaml';
export const KITA = 'customers/kitanihon-seiki.yaml';
export const TARIFF_2019 = 'policies/tariffs/2019-07-01.yaml';

export function exampleModel(root: string = EXAMPLE): Model {
  const r = compile(readRoot(root), { today: TODAY });
  if (!r.model) throw new Error(`the example has errors: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'))}`);
  return r.model;
}

/** register files (path → text) with every invoice of `months` of the example root issued */
export function issuedRegisters(months: readonly string[], root: string = EXAMPLE): Record<string, string> {
  const model = exampleModel(root);
  const out: Record<string, string> = {};
  for (const c of model.customers) {
    const docs = months
      .filter((m) => model.customers.includes(c) && computeInvoiceOrUndefined(model, c, m))
      .map((m) => {
        const inv = computeInvoice(model, c, m);
        return recordOfInvoice(inv, c, { sha256: '0'.repeat(64), commit: 'none', printed: printedFields(model.policies.provider, c, inv) });
      });
    if (docs.length) out[registerPath(c.id)] = renderRegister(appendDocuments(undefined, c.id, docs));
  }
  return out;
}

function computeInvoiceOrUndefined(model: Model, c: Model['customers'][number], month: string): boolean {
  try {
    computeInvoice(model, c, month);
    return true;
  } catch {
    return false; // not a billed month of this customer
  }
}

/** register files with the contract of each customer issued (number <id>-contract-1) */
export function issuedContracts(root: string = EXAMPLE): Record<string, string> {
  const model = exampleModel(root);
  const out: Record<string, string> = {};
  for (const c of model.customers) {
    const doc = recordOfContract(c, contractNumber(c.id, 1), contractDate(c), contractLines(c.tariffAtStart, c), { sha256: '0'.repeat(64), commit: 'none' });
    out[registerPath(c.id)] = renderRegister(appendDocuments(undefined, c.id, [doc]));
  }
  return out;
}
