import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { closest } from '../../util/strings.js';
import type { Rule } from '../rule.js';

const SEVERITIES = ['critical', 'warning'] as const;

export const routingReceivers: Rule = {
  code: 'R025',
  check(ctx) {
    const r = ctx.inputs.routing;
    if (!r) return [];
    const ids = r.data.receivers.map((x) => x.id);
    const out: Diagnostic[] = [];
    r.data.rules.forEach((rule, i) => {
      for (const when of ['helpdeskHours', 'outsideHelpdeskHours'] as const) {
        rule[when].forEach((id, j) => {
          if (ids.includes(id)) return;
          const guess = closest(id, ids);
          out.push(
            ctx.at(
              'R025',
              'error',
              r.file,
              ['rules', i, when, j],
              `receiver "${id}" is not defined under receivers`,
              `${guess ? `did you mean "${guess}"? ` : ''}defined receivers: ${ids.join(', ')}`,
            ),
          );
        });
      }
    });
    return out;
  },
};

export const routingSeverities: Rule = {
  code: 'R026',
  check(ctx) {
    const r = ctx.inputs.routing;
    if (!r) return [];
    const out: Diagnostic[] = [];
    const first = new Map<string, number>();
    r.data.rules.forEach((rule, i) => {
      const f = first.get(rule.severity);
      if (f === undefined) first.set(rule.severity, i);
      else
        out.push(
          ctx.at(
            'R026',
            'error',
            r.file,
            ['rules', i, 'severity'],
            `a second routing rule for severity ${rule.severity} (rules[${f}] already routes it)`,
            'merge the two rules into one',
          ),
        );
    });
    for (const s of SEVERITIES) {
      if (!first.has(s))
        out.push(
          ctx.at(
            'R026',
            'error',
            r.file,
            ['rules'],
            `no routing rule for severity ${s}: its alerts would reach nobody`,
            `add a rule: - { severity: ${s}, helpdeskHours: [...], outsideHelpdeskHours: [...], notifyCustomer: false }`,
            'key',
          ),
        );
    }
    return out;
  },
};
