import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { xpathLiteral } from '../../domain/escape/xpath.js';
import type { Rule } from '../rule.js';

/**
 * With the datadog target, each event source becomes an XPath string literal in the win32_event_log query;
 * XPath cannot write a value holding both ' and " (no escape, no concat() in Windows' subset).
 */
export const eventSourcesQuotable: Rule = {
  code: 'A013',
  check(ctx) {
    const out: Diagnostic[] = [];
    const m = ctx.inputs.monitoring;
    if (!m || !ctx.inputs.provider?.data.monitoring.targets.includes('datadog')) return out;
    m.data.eventLog.forEach((r, i) => {
      r.sources?.forEach((s, k) => {
        if (xpathLiteral(s) === undefined)
          out.push(ctx.at('A013', 'error', m.file, ['eventLog', i, 'sources', k], MESSAGES.A013.bothQuotes({ source: s, rule: r.id })));
      });
    });
    return out;
  },
};
