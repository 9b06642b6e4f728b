import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

export const appliedBeforeBilling: Rule = {
  code: 'R016',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const k = c.data.contract;
      if (k.appliedOn > k.billingStartsOn) {
        out.push(
          ctx.at(
            'R016',
            'error',
            c.file,
            ['contract', 'appliedOn'],
            MESSAGES.R016.appliedAfter({ appliedOn: k.appliedOn, billingStartsOn: k.billingStartsOn }),
          ),
        );
      }
    }
    return out;
  },
};

export const consentBeforeBilling: Rule = {
  code: 'R017',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const k = c.data.contract;
      if (k.monitoringConsent && k.monitoringConsent.agreedOn > k.billingStartsOn) {
        out.push(
          ctx.at(
            'R017',
            'error',
            c.file,
            ['contract', 'monitoringConsent', 'agreedOn'],
            MESSAGES.R017.consentAfter({ agreedOn: k.monitoringConsent.agreedOn, billingStartsOn: k.billingStartsOn }),
          ),
        );
      }
    }
    return out;
  },
};
