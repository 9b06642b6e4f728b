import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

/** 第9条: the monitoring agent is used only with the customer's consent; no consent, no agent bundle (an error, never a silent skip). */
export const monitoringConsent: Rule = {
  code: 'A003',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      if (c.data.contract.monitoringConsent) continue;
      out.push(ctx.at('A003', 'error', c.file, ['contract'], MESSAGES.A003.noConsent({ id: c.data.id }), 'key'));
    }
    return out;
  },
};
