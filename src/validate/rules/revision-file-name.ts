import type { Rule } from '../rule.js';
import { baseName } from './helpers.js';

export const revisionFileName: Rule = {
  code: 'R003',
  check(ctx) {
    return ctx.inputs.revisions
      .filter((r) => baseName(r.file) !== r.data.id)
      .map((r) =>
        ctx.at(
          'R003',
          'error',
          r.file,
          ['id'],
          `revision id "${r.data.id}" does not match the file name "${baseName(r.file)}.yaml"`,
          `rename the file to policies/revisions/${r.data.id}.yaml, or set \`id: ${baseName(r.file)}\``,
        ),
      );
  },
};
