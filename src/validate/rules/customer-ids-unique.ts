import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

export const customerIdsUnique: Rule = {
  code: 'R006',
  check(ctx) {
    const out: Diagnostic[] = [];
    const first = new Map<string, string>();
    for (const c of ctx.inputs.customers) {
      const f = first.get(c.data.id);
      if (f === undefined) first.set(c.data.id, c.file);
      else out.push(ctx.at('R006', 'error', c.file, ['id'], MESSAGES.R006.duplicate({ id: c.data.id, first: f })));
    }
    return out;
  },
};
