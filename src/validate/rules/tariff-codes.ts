import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Tariff } from '../../model/inputs.js';
import { tariffInForce } from '../../resolve/tariff.js';
import type { Rule } from '../rule.js';
import { closest } from '../../util/strings.js';

function tariffFile(ctx: Parameters<Rule['check']>[0], t: Tariff): string {
  return ctx.inputs.tariffs.find((x) => x.data === t)?.file ?? `policies/tariffs/${t.effectiveFrom}.yaml`;
}

const sorted = (ctx: Parameters<Rule['check']>[0]): Tariff[] =>
  ctx.inputs.tariffs.map((t) => t.data).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));

export const tariffInForceExists: Rule = {
  code: 'R013',
  check(ctx) {
    const tariffs = sorted(ctx);
    if (!ctx.inputs.tariffs.length && !ctx.inputs.customers.length) return [];
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      if (tariffInForce(tariffs, c.data.contract.billingStartsOn)) continue;
      const oldest = tariffs[0]?.effectiveFrom;
      out.push(
        ctx.at('R013', 'error', c.file, ['contract', 'billingStartsOn'], MESSAGES.R013.noTariff({ billingStartsOn: c.data.contract.billingStartsOn, oldest })),
      );
    }
    return out;
  },
};

export const planInTariff: Rule = {
  code: 'R010',
  check(ctx) {
    const tariffs = sorted(ctx);
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const k = c.data.contract;
      const t = tariffInForce(tariffs, k.billingStartsOn);
      if (!t) continue; // R013
      const plans = t.plans.map((p) => p.code);
      const options = t.options.map((o) => o.code);
      if (!plans.includes(k.plan)) {
        out.push(
          ctx.at(
            'R010',
            'error',
            c.file,
            ['contract', 'plan'],
            MESSAGES.R010.plan({ plan: k.plan, on: k.billingStartsOn, file: tariffFile(ctx, t), guess: closest(k.plan, plans), plans }),
          ),
        );
      }
      k.options.forEach((o, i) => {
        if (!options.includes(o)) {
          out.push(
            ctx.at(
              'R010',
              'error',
              c.file,
              ['contract', 'options', i],
              MESSAGES.R010.option({ option: o, on: k.billingStartsOn, file: tariffFile(ctx, t), guess: closest(o, options), options }),
            ),
          );
        }
      });
    }
    return out;
  },
};

export const laterTariffDropsCode: Rule = {
  code: 'R011',
  check(ctx) {
    const tariffs = sorted(ctx);
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const k = c.data.contract;
      const t = tariffInForce(tariffs, k.billingStartsOn);
      if (!t) continue;
      const end = k.termination?.endsOn;
      for (const later of tariffs) {
        if (later.effectiveFrom <= t.effectiveFrom) continue;
        if (end !== undefined && later.effectiveFrom > end) continue; // the contract has ended by then
        if (t.plans.some((p) => p.code === k.plan) && !later.plans.some((p) => p.code === k.plan)) {
          out.push(
            ctx.at(
              'R011',
              'error',
              c.file,
              ['contract', 'plan'],
              MESSAGES.R011.plan({
                plan: k.plan,
                effectiveFrom: later.effectiveFrom,
                file: tariffFile(ctx, later),
                plans: later.plans.map((p) => p.code),
              }),
            ),
          );
        }
        k.options.forEach((o, i) => {
          if (t.options.some((x) => x.code === o) && !later.options.some((x) => x.code === o)) {
            out.push(
              ctx.at(
                'R011',
                'error',
                c.file,
                ['contract', 'options', i],
                MESSAGES.R011.option({ option: o, effectiveFrom: later.effectiveFrom, file: tariffFile(ctx, later) }),
              ),
            );
          }
        });
      }
    }
    return out;
  },
};
