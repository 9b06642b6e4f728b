/** Emitters `documents/contract` and `documents/invoice` (one invoice per billed month). */
import type { Artifact, CustomerEmitter } from '../types.js';
import { billedMonths } from '../../billing/invoice.js';
import { contractPath, invoicePath, renderContract, renderInvoice } from './documents.js';

export const contractEmitter: CustomerEmitter = {
  name: 'documents/contract',
  scope: 'customer',
  emit(ctx, customer): Artifact[] {
    const doc = renderContract(ctx.assets, ctx.model, customer);
    return [{ path: contractPath(customer.id), data: doc.bytes, kind: 'documents/contract', customer: customer.id }];
  },
};

export const invoiceEmitter: CustomerEmitter = {
  name: 'documents/invoice',
  scope: 'customer',
  emit(ctx, customer): Artifact[] {
    return billedMonths(ctx.model, customer).map((month) => ({
      path: invoicePath(customer.id, month),
      data: renderInvoice(ctx.assets, ctx.model, customer, month).bytes,
      kind: 'documents/invoice',
      customer: customer.id,
    }));
  },
};

export { renderContract, renderInvoice, contractPath, invoicePath } from './documents.js';
