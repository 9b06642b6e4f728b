/**
 * The rules of prospects/<id>.yaml (Q001–Q005): file name = id, an id no other prospect or customer has, plan and
 * options in the tariff in force on the planned start (and kept by a later tariff, whose prices the quote shows),
 * the sales policy the quote needs, a terms edition in effect on the planned start. Printable characters are D001
 * (document-glyphs.ts); lengths and real dates are the schema's.
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Tariff } from '../../model/inputs.js';
import { tariffInForce } from '../../resolve/tariff.js';
import { termsInEffect } from '../../resolve/terms.js';
import { closest } from '../../util/strings.js';
import type { Rule, RuleContext } from '../rule.js';
import { baseName } from './helpers.js';

export const prospectFileName: Rule = {
  code: 'Q001',
  check(ctx) {
    return ctx.inputs.prospects
      .filter((p) => baseName(p.file) !== p.data.id)
      .map((p) => ctx.at('Q001', 'error', p.file, ['id'], MESSAGES.Q001.fileName({ id: p.data.id, base: baseName(p.file) })));
  },
};

export const prospectIdUnique: Rule = {
  code: 'Q002',
  check(ctx) {
    const out: Diagnostic[] = [];
    const customers = new Map(ctx.inputs.customers.map((c) => [c.data.id, c.file] as const));
    const seen = new Map<string, string>();
    for (const p of ctx.inputs.prospects) {
      const id = p.data.id;
      const customerFile = customers.get(id);
      if (customerFile !== undefined) out.push(ctx.at('Q002', 'error', p.file, ['id'], MESSAGES.Q002.customer({ id, customerFile })));
      const other = seen.get(id);
      if (other !== undefined) out.push(ctx.at('Q002', 'error', p.file, ['id'], MESSAGES.Q002.duplicate({ id, other })));
      else seen.set(id, p.file);
    }
    return out;
  },
};

function tariffFile(ctx: RuleContext, t: Tariff): string {
  return ctx.inputs.tariffs.find((x) => x.data === t)?.file ?? `policies/tariffs/${t.effectiveFrom}.yaml`;
}

export const prospectTariffCodes: Rule = {
  code: 'Q003',
  check(ctx) {
    const tariffs = ctx.inputs.tariffs.map((t) => t.data).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
    const out: Diagnostic[] = [];
    for (const p of ctx.inputs.prospects) {
      const d = p.data;
      const on = d.plannedStartOn;
      const t = tariffInForce(tariffs, on);
      if (!t) {
        out.push(ctx.at('Q003', 'error', p.file, ['plannedStartOn'], MESSAGES.Q003.noTariff({ on, oldest: tariffs[0]?.effectiveFrom })));
        continue;
      }
      const plans = t.plans.map((x) => x.code);
      const options = t.options.map((x) => x.code);
      const file = tariffFile(ctx, t);
      const planOk = plans.includes(d.plan);
      if (!planOk) out.push(ctx.at('Q003', 'error', p.file, ['plan'], MESSAGES.Q003.plan({ plan: d.plan, on, file, guess: closest(d.plan, plans), plans })));
      const optionOk = d.options.map((o) => options.includes(o));
      d.options.forEach((o, i) => {
        if (!optionOk[i])
          out.push(ctx.at('Q003', 'error', p.file, ['options', i], MESSAGES.Q003.option({ option: o, on, file, guess: closest(o, options), options })));
      });
      // a later tariff must still price what the quote shows from its date on
      for (const later of tariffs) {
        if (later.effectiveFrom <= t.effectiveFrom) continue;
        const f = tariffFile(ctx, later);
        if (planOk && !later.plans.some((x) => x.code === d.plan))
          out.push(ctx.at('Q003', 'error', p.file, ['plan'], MESSAGES.Q003.dropped({ code: d.plan, effectiveFrom: later.effectiveFrom, file: f })));
        d.options.forEach((o, i) => {
          if (optionOk[i] && !later.options.some((x) => x.code === o))
            out.push(ctx.at('Q003', 'error', p.file, ['options', i], MESSAGES.Q003.dropped({ code: o, effectiveFrom: later.effectiveFrom, file: f })));
        });
      }
    }
    return out;
  },
};

export const salesPolicyPresent: Rule = {
  code: 'Q004',
  check(ctx) {
    const pr = ctx.inputs.provider;
    if (!pr || pr.data.sales || ctx.inputs.prospects.length === 0) return [];
    return [ctx.at('Q004', 'error', pr.file, ['name'], MESSAGES.Q004.noSales({ file: pr.file }), 'key')];
  },
};

export const prospectTermsInEffect: Rule = {
  code: 'Q005',
  check(ctx) {
    const t = ctx.inputs.terms;
    if (!t) return [];
    return ctx.inputs.prospects
      .filter((p) => !termsInEffect(t.data, p.data.plannedStartOn))
      .map((p) => ctx.at('Q005', 'error', p.file, ['plannedStartOn'], MESSAGES.Q005.noTerms({ on: p.data.plannedStartOn, file: t.file })));
  },
};

export const PROSPECT_RULES: Rule[] = [prospectFileName, prospectIdUnique, prospectTariffCodes, salesPolicyPresent, prospectTermsInEffect];
