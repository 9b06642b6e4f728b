import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Rule } from '../rule.js';
import { baseName } from './helpers.js';

export const revisionFileName: Rule = {
  code: 'R003',
  check(ctx) {
    return ctx.inputs.revisions
      .filter((r) => baseName(r.file) !== r.data.id)
      .map((r) => ctx.at('R003', 'error', r.file, ['id'], MESSAGES.R003.fileName({ id: r.data.id, base: baseName(r.file) })));
  },
};
