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
            `appliedOn ${k.appliedOn} is after billingStartsOn ${k.billingStartsOn}`,
            'the application date must be on or before the billing start date; swap or correct the dates',
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
            `monitoring consent agreedOn ${k.monitoringConsent.agreedOn} is after billingStartsOn ${k.billingStartsOn}`,
            'consent (第9条) must be given on or before the billing start date; correct the date',
          ),
        );
      }
    }
    return out;
  },
};
