import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Phrase } from '../../diagnostics/messages/rules.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

/** what makes `re` no regular expression for the agents (PCRE in Zabbix, Go's RE2 in Datadog), or undefined */
export function regexProblem(re: string): Phrase | undefined {
  try {
    new RegExp(re, 'u');
  } catch (e) {
    const detail = (e as Error).message.replace(/^Invalid regular expression: /, '');
    return { en: `is not a regular expression (${detail})`, ja: `正規表現ではありません（${detail}）` };
  }
  if (/\(\?<?[=!]/.test(re))
    return {
      en: 'uses a lookahead or lookbehind, which Go regular expressions (the Datadog Agent) do not have',
      ja: 'Go の正規表現（Datadog Agent）にない先読みまたは後読みを使っています',
    };
  if (/\\[1-9]/.test(re))
    return {
      en: 'uses a backreference, which Go regular expressions (the Datadog Agent) do not have',
      ja: 'Go の正規表現（Datadog Agent）にない後方参照を使っています',
    };
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
      if (why) out.push(ctx.at('A012', 'error', m.file, ['vvaultLog', 'patterns', i, 'regex'], MESSAGES.A012.regex({ id: p.id, regex: p.regex, why })));
    });
    return out;
  },
};
