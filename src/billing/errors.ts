/** A billing question that has no answer for these inputs (a month outside the billed range, a code missing from a tariff). */
export class BillingError extends Error {
  constructor(
    message: string,
    readonly hint = '',
  ) {
    super(message);
    this.name = 'BillingError';
  }
}
