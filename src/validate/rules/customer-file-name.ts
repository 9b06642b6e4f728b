import type { Rule } from '../rule.js';
import { baseName } from './helpers.js';

export const customerFileName: Rule = {
  code: 'R001',
  check(ctx) {
    return ctx.inputs.customers
      .filter((c) => baseName(c.file) !== c.data.id)
      .map((c) =>
        ctx.at(
          'R001',
          'error',
          c.file,
          ['id'],
          `customer id "${c.data.id}" does not match the file name "${baseName(c.file)}.yaml"`,
          `rename the file to customers/${c.data.id}.yaml, or set \`id: ${baseName(c.file)}\``,
        ),
      );
  },
};
