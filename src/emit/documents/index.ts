/** Emitters `documents/contract` and `documents/invoice` (one invoice per billed month). */
import type { Artifact, CustomerEmitter } from '../types.js';
import { billedMonths, computeInvoice } from '../../billing/invoice.js';
import { contractFigures } from '../../billing/contract.js';
import { documentDataText } from '../../review/hooks.js';
import { contractPath, invoicePath, renderContract, renderInvoice } from './documents.js';
import { MESSAGES } from '../../diagnostics/messages/index.js';

export const contractEmitter: CustomerEmitter = {
  name: 'documents/contract',
  scope: 'customer',
  emit(ctx, customer): Artifact[] {
    const doc = renderContract(ctx.assets, ctx.model, customer);
    return [{ path: contractPath(customer.id), data: doc.bytes, kind: 'documents/contract', customer: customer.id }];
  },
  // `vmsc plan`: a PDF's bytes are not reviewable; the diff shows the registration fields and the figures it prints
  review: {
    topics: ['registration', 'contacts', 'contract', 'fees', 'servers', 'consent'],
    text: (f, side) =>
      documentDataText(f, side, (m, c) => {
        const s = c.source;
        const registration = {
          法人名称: s.legalName,
          住所: s.address,
          代表者名: s.representative,
          電話: s.phone,
          FAX: s.fax ?? null,
          担当部門名: s.department,
          担当者名: c.contacts.all.map((x) => x.name),
          請求書の送付先: s.billing,
        };
        return { registration, contract: s.contract, servers: c.servers.map((x) => x.source.hostname), figures: contractFigures(m, c) };
      }),
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
  // `vmsc plan`: the diff shows the invoice as billing/ computes it; an issued invoice that changes is a risk flag
  review: {
    topics: ['invoice', 'fees', 'payments', 'work', 'registration'],
    text: (f, side) =>
      documentDataText(f, side, (m, c) => {
        const month = /invoice-(\d{4}-\d{2})\.pdf$/.exec(f.path)?.[1];
        return month ? computeInvoice(m, c, month) : undefined;
      }),
    flags: (c, { raised, customerStatus }) => {
      if (c.change === 'added') return [];
      const month = /invoice-(\d{4}-\d{2})\.pdf$/.exec(c.path)?.[1] ?? c.path;
      const said = raised.some((f) => f.kind === 'closed-invoice' && f.customer === c.customer && f.message.includes(month));
      // a removed customer is flagged as such (U201): its documents going with it is no news
      if (said || (c.change === 'removed' && customerStatus === 'removed')) return [];
      const t = MESSAGES.U204.document({ path: c.path, removed: c.change === 'removed', sameFigures: c.note?.startsWith('same') ?? false });
      const f = { kind: 'closed-invoice' as const, message: t.message, ja: t.ja.message };
      return [c.customer ? { ...f, customer: c.customer } : f];
    },
  },
};
