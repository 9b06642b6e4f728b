import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DataPath } from '../../load/yaml.js';
import type { Rule } from '../rule.js';

type Group = 'storage' | 'cpu' | 'memory' | 'diskBusy' | 'network';
const FIELDS: ReadonlyArray<[Group, string, string]> = [
  ['storage', 'warningPercentUsed', 'criticalPercentUsed'],
  ['cpu', 'warning', 'critical'],
  ['memory', 'warning', 'critical'],
  ['diskBusy', 'warning', 'critical'],
  ['network', 'warning', 'critical'],
];

/** A warning threshold lies below its critical one, in the defaults and after a server's overrides are applied. */
export const monitoringOrder: Rule = {
  code: 'A002',
  check(ctx) {
    const m = ctx.inputs.monitoring;
    if (!m) return [];
    const out: Diagnostic[] = [];
    const num = (x: unknown, k: string): number | undefined => {
      const v = (x as Record<string, unknown> | undefined)?.[k];
      return typeof v === 'number' ? v : undefined;
    };
    for (const [g, w, c] of FIELDS) {
      const dw = num(m.data.thresholds[g], w);
      const dc = num(m.data.thresholds[g], c);
      if (dw !== undefined && dc !== undefined && dw >= dc) {
        out.push(
          ctx.at(
            'A002',
            'error',
            m.file,
            ['thresholds', g, w],
            MESSAGES.A002.defaults({ group: g, warning: dw, critical: dc, warningField: w, criticalField: c }),
          ),
        );
      }
    }
    for (const cu of ctx.inputs.customers) {
      cu.data.servers.forEach((s, i) => {
        const o = s.monitoring;
        if (!o) return;
        for (const [g, w, c] of FIELDS) {
          const ow = num(o[g], w);
          const oc = num(o[g], c);
          if (ow === undefined && oc === undefined) continue;
          const ew = ow ?? num(m.data.thresholds[g], w);
          const ec = oc ?? num(m.data.thresholds[g], c);
          if (ew === undefined || ec === undefined || ew < ec) continue;
          const at: DataPath = ['servers', i, 'monitoring', g, ow !== undefined ? w : c];
          out.push(
            ctx.at(
              'A002',
              'error',
              cu.file,
              at,
              MESSAGES.A002.server({
                server: s.id,
                group: g,
                warning: ew,
                critical: ec,
                warningDefault: ow === undefined,
                criticalDefault: oc === undefined,
                file: m.file,
                warningField: w,
                criticalField: c,
              }),
            ),
          );
        }
      });
    }
    return out;
  },
};
