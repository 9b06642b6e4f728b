import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import { duplicates } from './helpers.js';

export const uniqueIds: Rule = {
  code: 'R004',
  check(ctx) {
    const out: Diagnostic[] = [];
    const D = <T extends object>(file: string, path: (string | number)[], items: readonly T[] | undefined, field: keyof T & string, what: string) =>
      out.push(
        ...duplicates(
          ctx,
          'R004',
          file,
          path,
          items,
          field,
          (x) => {
            const v: unknown = x[field];
            return typeof v === 'string' || typeof v === 'number' ? v : undefined;
          },
          what,
        ),
      );
    for (const c of ctx.inputs.customers) {
      D(c.file, ['contacts'], c.data.contacts, 'id', 'contact id');
      D(c.file, ['servers'], c.data.servers, 'id', 'server id');
      c.data.servers.forEach((s, i) => {
        D(c.file, ['servers', i, 'storage'], s.storage, 'id', `storage id (server ${s.id})`);
      });
      D(c.file, ['workOrders'], c.data.workOrders, 'id', 'work order id');
    }
    const m = ctx.inputs.monitoring;
    if (m) {
      D(m.file, ['eventLog'], m.data.eventLog, 'id', 'event-log rule id');
      D(m.file, ['vvaultLog', 'patterns'], m.data.vvaultLog.patterns, 'id', 'log pattern id');
      D(m.file, ['services'], m.data.services, 'name', 'service name');
      D(m.file, ['processes'], m.data.processes, 'name', 'process name');
    }
    const r = ctx.inputs.routing;
    if (r) D(r.file, ['receivers'], r.data.receivers, 'id', 'receiver id');
    const t = ctx.inputs.terms;
    if (t) D(t.file, ['editions'], t.data.editions, 'edition', 'terms edition');
    return out;
  },
};
