import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Rule } from '../rule.js';
import { baseName } from './helpers.js';

export const tariffFileName: Rule = {
  code: 'R002',
  check(ctx) {
    return ctx.inputs.tariffs
      .filter((t) => baseName(t.file) !== t.data.effectiveFrom)
      .map((t) => ctx.at('R002', 'error', t.file, ['effectiveFrom'], MESSAGES.R002.fileName({ effectiveFrom: t.data.effectiveFrom, base: baseName(t.file) })));
  },
};
