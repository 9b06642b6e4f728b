/**
 * Rules for revisions (第2条) and work orders after completion (第11条) — N codes, owned by notices.
 * (File name = id is R003; a plan or option dropped by a later tariff is R011; CR/LF in a title or name is
 * rejected by the schema's `name` pattern as S005 at the value's line:col.)
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule } from '../rule.js';
import { addDays, addMonths, firstDayOfMonth, formatJapaneseDate, isValidDate, lastDayOfMonth } from '../../util/dates.js';
import { closest } from '../../util/strings.js';

/** N001: a tariff revision names the tariff it brings in, that tariff exists, and takes effect on effectiveOn. */
export const revisionTariff: Rule = {
  code: 'N001',
  check(ctx) {
    const out: Diagnostic[] = [];
    const froms = ctx.inputs.tariffs.map((t) => t.data.effectiveFrom);
    for (const r of ctx.inputs.revisions) {
      const d = r.data;
      if (d.kind !== 'tariff') continue;
      if (d.tariff === undefined) {
        out.push(ctx.at('N001', 'error', r.file, ['kind'], MESSAGES.N001.noTariff({ id: d.id, effectiveOn: d.effectiveOn })));
        continue;
      }
      if (!froms.includes(d.tariff)) {
        const guess = closest(d.tariff, froms);
        out.push(ctx.at('N001', 'error', r.file, ['tariff'], MESSAGES.N001.unknownTariff({ id: d.id, tariff: d.tariff, guess, tariffs: froms })));
        continue;
      }
      if (d.tariff !== d.effectiveOn) {
        out.push(ctx.at('N001', 'error', r.file, ['effectiveOn'], MESSAGES.N001.otherDay({ id: d.id, effectiveOn: d.effectiveOn, tariff: d.tariff })));
      }
    }
    return out;
  },
};

/** N002: a terms revision names an edition of terms.yaml whose effectiveOn equals the revision's. */
export const revisionTermsEdition: Rule = {
  code: 'N002',
  check(ctx) {
    const out: Diagnostic[] = [];
    const editions = ctx.inputs.terms?.data.editions ?? [];
    for (const r of ctx.inputs.revisions) {
      const d = r.data;
      if (d.kind !== 'terms') continue;
      if (d.termsEdition === undefined) {
        const next = editions.length ? Math.max(...editions.map((e) => e.edition)) + 1 : 1;
        out.push(ctx.at('N002', 'error', r.file, ['kind'], MESSAGES.N002.noEdition({ id: d.id, next, effectiveOn: d.effectiveOn })));
        continue;
      }
      const e = editions.find((x) => x.edition === d.termsEdition);
      if (!e) {
        if (!ctx.inputs.terms) continue; // terms.yaml itself is broken: its own diagnostics say so
        out.push(
          ctx.at(
            'N002',
            'error',
            r.file,
            ['termsEdition'],
            MESSAGES.N002.unknownEdition({
              id: d.id,
              edition: d.termsEdition,
              announcedOn: d.announcedOn,
              effectiveOn: d.effectiveOn,
              editions: editions.map((x) => x.edition),
            }),
          ),
        );
        continue;
      }
      if (e.effectiveOn !== d.effectiveOn) {
        out.push(
          ctx.at(
            'N002',
            'error',
            r.file,
            ['effectiveOn'],
            MESSAGES.N002.otherDay({ id: d.id, effectiveOn: d.effectiveOn, edition: e.edition, editionOn: e.effectiveOn }),
          ),
        );
      }
    }
    return out;
  },
};

/** N003: a revision is of one kind: a tariff revision names no terms edition and the other way round. */
export const revisionOneKind: Rule = {
  code: 'N003',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const r of ctx.inputs.revisions) {
      const d = r.data;
      if (d.kind === 'tariff' && d.termsEdition !== undefined) {
        out.push(ctx.at('N003', 'error', r.file, ['termsEdition'], MESSAGES.N003.alsoEdition({ id: d.id, edition: d.termsEdition }), 'key'));
      }
      if (d.kind === 'terms' && d.tariff !== undefined) {
        out.push(ctx.at('N003', 'error', r.file, ['tariff'], MESSAGES.N003.alsoTariff({ id: d.id, tariff: d.tariff }), 'key'));
      }
    }
    return out;
  },
};

/** N004: announced at least provider.notices.minimumNoticeDays before it takes effect (第2条: 予め実施する日を定めた上で). */
export const revisionNoticePeriod: Rule = {
  code: 'N004',
  check(ctx) {
    const out: Diagnostic[] = [];
    const days = ctx.inputs.provider?.data.notices.minimumNoticeDays;
    for (const r of ctx.inputs.revisions) {
      const d = r.data;
      if (!isValidDate(d.announcedOn) || !isValidDate(d.effectiveOn)) continue;
      if (days === undefined) {
        if (d.announcedOn >= d.effectiveOn) {
          out.push(
            ctx.at('N004', 'error', r.file, ['announcedOn'], MESSAGES.N004.notBefore({ id: d.id, announcedOn: d.announcedOn, effectiveOn: d.effectiveOn })),
          );
        }
        continue;
      }
      const latest = addDays(d.effectiveOn, -days);
      if (d.announcedOn > latest) {
        out.push(
          ctx.at(
            'N004',
            'error',
            r.file,
            ['announcedOn'],
            MESSAGES.N004.tooLate({
              id: d.id,
              announcedOn: d.announcedOn,
              days,
              effectiveOn: d.effectiveOn,
              latest,
              earliestEffective: addDays(d.announcedOn, days),
            }),
          ),
        );
      }
    }
    return out;
  },
};

/** N005 (warning): the 第6条 deadline to end before the change falls before the announcement. */
export const revisionCancellationWindow: Rule = {
  code: 'N005',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const r of ctx.inputs.revisions) {
      const d = r.data;
      if (!isValidDate(d.announcedOn) || !isValidDate(d.effectiveOn)) continue;
      const endOn = lastDayOfMonth(addMonths(firstDayOfMonth(d.effectiveOn), -1));
      const noticeBy = addMonths(endOn, -1);
      if (noticeBy < d.announcedOn) {
        out.push(
          ctx.at(
            'N005',
            'warning',
            r.file,
            ['announcedOn'],
            MESSAGES.N005.window({
              id: d.id,
              endOn,
              noticeBy,
              noticeByJa: formatJapaneseDate(noticeBy),
              announcedOn: d.announcedOn,
              effectiveOn: d.effectiveOn,
            }),
          ),
        );
      }
    }
    return out;
  },
};

/** N006: a rework (第11条3) names another work order of the same customer, one with a recorded defect report. */
export const workRework: Rule = {
  code: 'N006',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      const orders = c.data.workOrders ?? [];
      orders.forEach((w, i) => {
        if (w.reworkOf === undefined) return;
        const original = orders.find((o) => o.id === w.reworkOf && o !== w);
        const ids = orders.filter((o) => o !== w).map((o) => o.id);
        if (!original) {
          const guess = closest(w.reworkOf, ids);
          out.push(ctx.at('N006', 'error', c.file, ['workOrders', i, 'reworkOf'], MESSAGES.N006.noOriginal({ id: w.id, reworkOf: w.reworkOf, guess, ids })));
        } else if (original.defectReportedOn === undefined) {
          out.push(ctx.at('N006', 'error', c.file, ['workOrders', i, 'reworkOf'], MESSAGES.N006.noDefect({ id: w.id, original: original.id })));
        }
      });
    }
    return out;
  },
};

/** N007: the dates after a completion (mailedOn, confirmedOn, defectReportedOn) need the completion and follow it. */
export const workDates: Rule = {
  code: 'N007',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      (c.data.workOrders ?? []).forEach((w, i) => {
        for (const field of ['mailedOn', 'confirmedOn', 'defectReportedOn'] as const) {
          const v = w[field];
          if (v === undefined || !isValidDate(v)) continue;
          if (w.completedOn === undefined || (isValidDate(w.completedOn) && v < w.completedOn)) {
            out.push(
              ctx.at(
                'N007',
                'error',
                c.file,
                ['workOrders', i, field],
                w.completedOn === undefined
                  ? MESSAGES.N007.noCompletion({ id: w.id, field, value: v })
                  : MESSAGES.N007.beforeCompletion({ id: w.id, field, value: v, completedOn: w.completedOn }),
              ),
            );
          }
        }
      });
    }
    return out;
  },
};

export const NOTICE_RULES: Rule[] = [
  revisionTariff,
  revisionTermsEdition,
  revisionOneKind,
  revisionNoticePeriod,
  revisionCancellationWindow,
  workRework,
  workDates,
];
