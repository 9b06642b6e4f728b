import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { monthOf } from '../../util/dates.js';
import { closest } from '../../util/strings.js';
import type { Rule } from '../rule.js';

export const workOrderServer: Rule = {
  code: 'R021',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const ids = c.data.servers.map((s) => s.id);
      (c.data.workOrders ?? []).forEach((w, i) => {
        if (ids.includes(w.server)) return;
        const guess = closest(w.server, ids);
        out.push(
          ctx.at('R021', 'error', c.file, ['workOrders', i, 'server'], MESSAGES.R021.noServer({ workOrder: w.id, server: w.server, guess, servers: ids })),
        );
      });
    }
    return out;
  },
};

/** months billed to a customer: from the month of billingStartsOn to closedThrough, and not past the termination month */
export function billedMonthRange(billingStartsOn: string, closedThrough: string, endsOn?: string): { from: string; through: string } {
  const from = monthOf(billingStartsOn);
  const endMonth = endsOn ? monthOf(endsOn) : undefined;
  const through = endMonth !== undefined && endMonth < closedThrough ? endMonth : closedThrough;
  return { from, through };
}

export const paymentBilledMonth: Rule = {
  code: 'R022',
  check(ctx) {
    const p = ctx.inputs.provider;
    if (!p) return [];
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const k = c.data.contract;
      const { from, through } = billedMonthRange(k.billingStartsOn, p.data.billing.closedThrough, k.termination?.endsOn);
      (c.data.payments ?? []).forEach((pay, i) => {
        if (pay.invoice >= from && pay.invoice <= through) return;
        const endMonth = k.termination ? monthOf(k.termination.endsOn) : undefined;
        const why = from > through ? 'none' : pay.invoice < from ? 'before' : endMonth !== undefined && pay.invoice > endMonth ? 'ended' : 'closed';
        out.push(
          ctx.at(
            'R022',
            'error',
            c.file,
            ['payments', i, 'invoice'],
            MESSAGES.R022.notBilled({ invoice: pay.invoice, why, from, through, closedThrough: p.data.billing.closedThrough, endMonth }),
          ),
        );
      });
    }
    return out;
  },
};
