import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

export const tariffCodesUnique: Rule = {
  code: 'R005',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const t of ctx.inputs.tariffs) {
      const seen = new Map<string, string>();
      const entries: Array<[string, number, string]> = [
        ...t.data.plans.map((p, i) => ['plans', i, p.code] as [string, number, string]),
        ...t.data.options.map((o, i) => ['options', i, o.code] as [string, number, string]),
      ];
      for (const [list, i, code] of entries) {
        const where = `${list}[${i}]`;
        const first = seen.get(code);
        if (first === undefined) {
          seen.set(code, where);
          continue;
        }
        out.push(ctx.at('R005', 'error', t.file, [list, i, 'code'], MESSAGES.R005.duplicate({ code, tariff: t.data.effectiveFrom, first })));
      }
    }
    return out;
  },
};
