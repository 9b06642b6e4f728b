/** What there is to render: one contract per customer and one invoice per billed month. */
import type { Artifact, Assets } from '../types.js';
import type { Model } from '../../model/model.js';
import { billedMonths } from '../../billing/invoice.js';
import { contractPath, invoicePath, renderContract, renderInvoice } from './documents.js';

export type DocumentJob = { kind: 'contract'; customer: string } | { kind: 'invoice'; customer: string; month: string };

/** every document of the model (or of the customers in `only`), in a stable order */
export function documentJobs(model: Model, only?: ReadonlySet<string>): DocumentJob[] {
  const jobs: DocumentJob[] = [];
  for (const c of model.customers) {
    if (only && !only.has(c.id)) continue;
    jobs.push({ kind: 'contract', customer: c.id });
    for (const month of billedMonths(model, c)) jobs.push({ kind: 'invoice', customer: c.id, month });
  }
  return jobs;
}

export function renderJob(assets: Assets, model: Model, job: DocumentJob): Artifact {
  const c = model.customers.find((x) => x.id === job.customer);
  if (!c) throw new Error(`internal: no customer ${job.customer}`);
  if (job.kind === 'contract') {
    return { path: contractPath(c.id), data: renderContract(assets, model, c).bytes, kind: 'documents/contract', customer: c.id };
  }
  return { path: invoicePath(c.id, job.month), data: renderInvoice(assets, model, c, job.month).bytes, kind: 'documents/invoice', customer: c.id };
}
