import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

export const onePrimaryContact: Rule = {
  code: 'R008',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const primaries = c.data.contacts.map((x, i) => [x, i] as const).filter(([x]) => x.roles.includes('primary'));
      if (primaries.length === 0) {
        out.push(
          ctx.at(
            'R008',
            'error',
            c.file,
            ['contacts'],
            `customer ${c.data.id} has no primary contact`,
            'add `primary` to the roles of exactly one contact, e.g. roles: [primary, technical]',
            'key',
          ),
        );
      }
      for (const [x, i] of primaries.slice(1)) {
        const roleIdx = x.roles.indexOf('primary');
        out.push(
          ctx.at(
            'R008',
            'error',
            c.file,
            ['contacts', i, 'roles', roleIdx],
            `contact ${x.id} is a second primary contact (${primaries[0]![0].id} already is)`,
            'exactly one contact may have the role primary; remove it from the others',
          ),
        );
      }
    }
    return out;
  },
};
