import type { Phrase } from '../../diagnostics/messages/rules.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import { duplicates, keptAcross, perData } from './helpers.js';

const CUSTOMER_MEMO = new WeakMap<object, { deps: readonly unknown[]; out: Diagnostic[] }>();

export const uniqueIds: Rule = {
  code: 'R004',
  check(ctx) {
    const out: Diagnostic[] = [];
    /** the duplicates of one list, pushed to `to` (default: out) */
    const D = <T extends object>(file: string, path: (string | number)[], items: readonly T[] | undefined, field: keyof T & string, what: Phrase, to = out) =>
      to.push(
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
    // a customer's duplicates read its own data only: kept per data object (an edit re-runs one customer)
    for (const c of ctx.inputs.customers) {
      out.push(
        ...perData(CUSTOMER_MEMO, c.data, [], () =>
          keptAcross(ctx, 'R004', c.file, '', () => {
            const mine: Diagnostic[] = [];
            D(c.file, ['contacts'], c.data.contacts, 'id', { en: 'contact id', ja: '連絡先 ID' }, mine);
            D(c.file, ['servers'], c.data.servers, 'id', { en: 'server id', ja: 'サーバー ID' }, mine);
            c.data.servers.forEach((s, i) => {
              D(c.file, ['servers', i, 'storage'], s.storage, 'id', { en: `storage id (server ${s.id})`, ja: `ストレージ ID（サーバー ${s.id}）` }, mine);
            });
            D(c.file, ['workOrders'], c.data.workOrders, 'id', { en: 'work order id', ja: '作業依頼 ID' }, mine);
            return mine;
          }),
        ),
      );
    }
    const m = ctx.inputs.monitoring;
    if (m) {
      D(m.file, ['eventLog'], m.data.eventLog, 'id', { en: 'event-log rule id', ja: 'イベントログ規則 ID' });
      D(m.file, ['vvaultLog', 'patterns'], m.data.vvaultLog.patterns, 'id', { en: 'log pattern id', ja: 'ログパターン ID' });
      D(m.file, ['services'], m.data.services, 'name', { en: 'service name', ja: 'サービス名' });
      D(m.file, ['processes'], m.data.processes, 'name', { en: 'process name', ja: 'プロセス名' });
    }
    const r = ctx.inputs.routing;
    if (r) D(r.file, ['receivers'], r.data.receivers, 'id', { en: 'receiver id', ja: '通知先 ID' });
    const t = ctx.inputs.terms;
    if (t) D(t.file, ['editions'], t.data.editions, 'edition', { en: 'terms edition', ja: '約款の版' });
    return out;
  },
};
