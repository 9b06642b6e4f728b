import type { Rule } from '../rule.js';
import { baseName } from './helpers.js';

export const tariffFileName: Rule = {
  code: 'R002',
  check(ctx) {
    return ctx.inputs.tariffs
      .filter((t) => baseName(t.file) !== t.data.effectiveFrom)
      .map((t) =>
        ctx.at(
          'R002',
          'error',
          t.file,
          ['effectiveFrom'],
          `tariff effectiveFrom ${t.data.effectiveFrom} does not match the file name "${baseName(t.file)}.yaml"`,
          `rename the file to policies/tariffs/${t.data.effectiveFrom}.yaml, or correct effectiveFrom`,
        ),
      );
  },
};
