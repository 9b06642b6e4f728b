/**
 * The values billing computes with, shared by charges.ts (what a month costs) and invoice.ts (the invoice of
 * a month): a module of its own so that neither imports the other's types.
 */
import type { ResolvedCustomer } from '../model/model.js';

/** What billing reads of a customer. A `ResolvedCustomer` is one; check builds lighter ones. */
export type BillingCustomer = Pick<ResolvedCustomer, 'id' | 'establishedOn' | 'minimumPeriodEndsOn' | 'endsOn' | 'source'> & {
  servers: readonly unknown[];
};

/**
 * What the monthly charges read of a contract: its id (for messages), its servers (counted) and its plan and
 * options. A customer is one; so is a prospect being quoted (src/sales/), priced by the same code as invoices.
 */
export interface PricedContract {
  id: string;
  servers: readonly unknown[];
  source: { contract: { plan: string; options: readonly string[] } };
}

export type TaxCategory = `standard-${number}` | 'out-of-scope'; // "standard-10" at 10%; out-of-scope = 不課税 (対象外: 遅延損害金 is no consideration for a supply), not 非課税

/** What a late-fee line is for (第17条). */
export interface LateFeeDetail {
  /** the invoice paid late */
  invoiceNumber: string;
  invoiceMonth: string;
  dueDate: string;
  paidOn: string;
  /** days from the day after the due date through the payment day, inclusive */
  days: number;
  /** the part of the unpaid amount this payment settled, on which the fee runs */
  principal: number;
}

export interface InvoiceLine {
  description: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  taxCategory: TaxCategory;
  kind: 'initial' | 'plan' | 'option' | 'work' | 'late-fee';
  /** work lines: the work order id */
  workOrder?: string;
  /** late-fee lines: what the fee is for */
  lateFee?: LateFeeDetail;
}
