import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Phrase } from '../../diagnostics/messages/rules.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { zabbixMacroIn } from '../../domain/escape/zabbix.js';
import type { DataPath } from '../../load/yaml.js';
import type { Rule } from '../rule.js';

/**
 * Free text that reaches the Zabbix template (item keys, item and trigger names) must hold no Zabbix macro:
 * Zabbix expands `{$…}`, `{#…}`, `{?…}` and `{HOST.NAME}`-style macros there and has no way to escape them, so
 * the item would watch another folder or log than the one written, or show another name.
 */
export const noZabbixMacros: Rule = {
  code: 'A011',
  check(ctx) {
    const out: Diagnostic[] = [];
    if (!ctx.inputs.provider?.data.monitoring.targets.includes('zabbix')) return out;
    const test = (file: string, path: DataPath, what: Phrase, text: string) => {
      const m = zabbixMacroIn(text);
      if (m) out.push(ctx.at('A011', 'error', file, path, MESSAGES.A011.macro({ what, text, macro: m })));
    };
    const m = ctx.inputs.monitoring;
    if (m) {
      m.data.eventLog.forEach((r, i) => {
        r.sources?.forEach((s, k) => {
          test(m.file, ['eventLog', i, 'sources', k], { en: `event source of ${r.id}`, ja: `${r.id} のイベントソース` }, s);
        });
      });
      test(m.file, ['vvaultLog', 'path'], { en: 'vvaultLog.path', ja: 'vvaultLog.path' }, m.data.vvaultLog.path);
      m.data.vvaultLog.patterns.forEach((p, i) => {
        test(m.file, ['vvaultLog', 'patterns', i, 'regex'], { en: `log pattern ${p.id}`, ja: `ログパターン ${p.id}` }, p.regex);
      });
    }
    for (const c of ctx.inputs.customers) {
      c.data.servers.forEach((s, si) => {
        s.storage.forEach((v, vi) => {
          if (v.kind !== 'cloud' && typeof v.path === 'string')
            test(c.file, ['servers', si, 'storage', vi, 'path'], { en: `path of volume ${v.id}`, ja: `ボリューム ${v.id} のパス` }, v.path);
        });
      });
    }
    return out;
  },
};
