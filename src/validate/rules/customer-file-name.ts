import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Rule } from '../rule.js';
import { baseName } from './helpers.js';

export const customerFileName: Rule = {
  code: 'R001',
  check(ctx) {
    return ctx.inputs.customers
      .filter((c) => baseName(c.file) !== c.data.id)
      .map((c) => ctx.at('R001', 'error', c.file, ['id'], MESSAGES.R001.fileName({ id: c.data.id, base: baseName(c.file) })));
  },
};
