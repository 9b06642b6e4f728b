import { MESSAGES } from '../../diagnostics/messages/index.js';
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
          out.push(ctx.at('R025', 'error', r.file, ['rules', i, when, j], MESSAGES.R025.unknown({ id, guess, ids })));
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
      else out.push(ctx.at('R026', 'error', r.file, ['rules', i, 'severity'], MESSAGES.R026.second({ severity: rule.severity, first: f })));
    });
    for (const s of SEVERITIES) {
      if (!first.has(s)) out.push(ctx.at('R026', 'error', r.file, ['rules'], MESSAGES.R026.missing({ severity: s }), 'key'));
    }
    return out;
  },
};
