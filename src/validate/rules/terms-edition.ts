import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

export const termsEditionExists: Rule = {
  code: 'R012',
  check(ctx) {
    const t = ctx.inputs.terms;
    if (!t) return [];
    const eds = t.data.editions.map((e) => e.edition);
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const e = c.data.contract.termsEdition;
      if (!eds.includes(e)) {
        out.push(ctx.at('R012', 'error', c.file, ['contract', 'termsEdition'], MESSAGES.R012.unknown({ edition: e, file: t.file, editions: eds })));
      }
    }
    return out;
  },
};

export const termsEditionInEffect: Rule = {
  code: 'R014',
  check(ctx) {
    const t = ctx.inputs.terms;
    if (!t) return [];
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const k = c.data.contract;
      const ed = t.data.editions.find((e) => e.edition === k.termsEdition);
      if (!ed || ed.effectiveOn <= k.appliedOn) continue;
      const inEffect = [...t.data.editions]
        .filter((e) => e.effectiveOn <= k.appliedOn)
        .sort((a, b) => (a.effectiveOn < b.effectiveOn ? -1 : 1))
        .pop();
      out.push(
        ctx.at(
          'R014',
          'error',
          c.file,
          ['contract', 'termsEdition'],
          MESSAGES.R014.notInEffect({ edition: ed.edition, effectiveOn: ed.effectiveOn, appliedOn: k.appliedOn, inEffect: inEffect?.edition }),
        ),
      );
    }
    return out;
  },
};
