import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

export const onePrimaryContact: Rule = {
  code: 'R008',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const primaries = c.data.contacts.map((x, i) => [x, i] as const).filter(([x]) => x.roles.includes('primary'));
      if (primaries.length === 0) {
        out.push(ctx.at('R008', 'error', c.file, ['contacts'], MESSAGES.R008.none({ id: c.data.id }), 'key'));
      }
      for (const [x, i] of primaries.slice(1)) {
        const roleIdx = x.roles.indexOf('primary');
        out.push(ctx.at('R008', 'error', c.file, ['contacts', i, 'roles', roleIdx], MESSAGES.R008.second({ contact: x.id, first: primaries[0]![0].id })));
      }
    }
    return out;
  },
};
