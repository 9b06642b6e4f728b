import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

/** what makes `re` no regular expression for the agents (PCRE in Zabbix, Go's RE2 in Datadog), or undefined */
export function regexProblem(re: string): string | undefined {
  try {
    new RegExp(re, 'u');
  } catch (e) {
    return `is not a regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  if (/\(\?<?[=!]/.test(re)) return 'uses a lookahead or lookbehind, which Go regular expressions (the Datadog Agent) do not have';
  if (/\\[1-9]/.test(re)) return 'uses a backreference, which Go regular expressions (the Datadog Agent) do not have';
  return undefined;
}

/** Each VVAULT log pattern is a regular expression both agents compile: else the log item never works. */
export const logPatternsCompile: Rule = {
  code: 'A012',
  check(ctx) {
    const out: Diagnostic[] = [];
    const m = ctx.inputs.monitoring;
    if (!m) return out;
    m.data.vvaultLog.patterns.forEach((p, i) => {
      const why = regexProblem(p.regex);
      if (why)
        out.push(
          ctx.at(
            'A012',
            'error',
            m.file,
            ['vvaultLog', 'patterns', i, 'regex'],
            `log pattern ${p.id}: ${JSON.stringify(p.regex)} ${why}`,
            "escape the special characters ( ) [ ] { } . * + ? | \\ ^ $ with a backslash, e.g. '\\[ERROR\\]'",
          ),
        );
    });
    return out;
  },
};
