import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';

const BUSY = ['cpu', 'memory', 'diskBusy', 'network'] as const;

/** A server's monitoring overrides stay within the bounds set in policies/monitoring.yaml. */
export const monitoringBounds: Rule = {
  code: 'A001',
  check(ctx) {
    const m = ctx.inputs.monitoring;
    if (!m) return [];
    const { percent, forMinutes } = m.data.bounds;
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      c.data.servers.forEach((s, i) => {
        const o = s.monitoring;
        if (!o) return;
        const test = (group: string, field: string, v: number | undefined, b: { min: number; max: number }, unit: string) => {
          if (v === undefined || (v >= b.min && v <= b.max)) return;
          out.push(
            ctx.at(
              'A001',
              'error',
              c.file,
              ['servers', i, 'monitoring', group, field],
              MESSAGES.A001.outside({ group, field, value: v, unit, server: s.id, min: b.min, max: b.max, file: m.file }),
            ),
          );
        };
        if (o.storage) {
          test('storage', 'warningPercentUsed', o.storage.warningPercentUsed, percent, '%');
          test('storage', 'criticalPercentUsed', o.storage.criticalPercentUsed, percent, '%');
        }
        for (const g of BUSY) {
          const t = o[g];
          if (!t) continue;
          test(g, 'warning', t.warning, percent, '%');
          test(g, 'critical', t.critical, percent, '%');
          test(g, 'forMinutes', t.forMinutes, forMinutes, ' min');
        }
      });
    }
    return out;
  },
};
