/**
 * Names that alert routing generates and that validation must know (T004: a provider receiver must not
 * take a customer receiver's name). Pure constants, shared by validate/ and emit/routing/.
 */

/** Names of the generated time intervals (stable: the simulator's explanations and the docs use them). */
export const INTERVALS = {
  open: 'helpdesk-hours',
  outside: 'outside-helpdesk-hours',
  closed: 'helpdesk-closed-days',
} as const;

export const CUSTOMER_RECEIVER_PREFIX = 'customer-';

export function customerReceiverName(customerId: string): string {
  return `${CUSTOMER_RECEIVER_PREFIX}${customerId}`;
}
