/**
 * Rules for revisions (第2条) and work orders after completion (第11条) — N codes, owned by notices.
 * (File name = id is R003; a plan or option dropped by a later tariff is R011; CR/LF in a title or name is
 * rejected by the schema's `name` pattern as S005 at the value's line:col.)
 */
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
        out.push(
          ctx.at(
            'N001',
            'error',
            r.file,
            ['kind'],
            `revision ${d.id} is a tariff revision but names no tariff`,
            `add \`tariff: ${d.effectiveOn}\` (the effectiveFrom of the new file policies/tariffs/${d.effectiveOn}.yaml)`,
          ),
        );
        continue;
      }
      if (!froms.includes(d.tariff)) {
        const guess = closest(d.tariff, froms);
        out.push(
          ctx.at(
            'N001',
            'error',
            r.file,
            ['tariff'],
            `revision ${d.id} brings in tariff ${d.tariff}, but there is no policies/tariffs/${d.tariff}.yaml`,
            guess
              ? `did you mean ${guess}? tariffs: ${froms.join(', ')}`
              : `add policies/tariffs/${d.tariff}.yaml with effectiveFrom: ${d.tariff}${froms.length ? ` (tariffs: ${froms.join(', ')})` : ''}`,
          ),
        );
        continue;
      }
      if (d.tariff !== d.effectiveOn) {
        out.push(
          ctx.at(
            'N001',
            'error',
            r.file,
            ['effectiveOn'],
            `revision ${d.id} takes effect on ${d.effectiveOn}, but the tariff it brings in takes effect on ${d.tariff}`,
            `make them the same day: effectiveOn: ${d.tariff}, or rename the tariff file and its effectiveFrom to ${d.effectiveOn}`,
          ),
        );
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
        out.push(
          ctx.at(
            'N002',
            'error',
            r.file,
            ['kind'],
            `revision ${d.id} is a terms revision but names no terms edition`,
            `add \`termsEdition: ${next}\` and that edition to policies/terms.yaml with effectiveOn: ${d.effectiveOn}`,
          ),
        );
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
            `revision ${d.id} brings in terms edition ${d.termsEdition}, which policies/terms.yaml does not list`,
            `add { edition: ${d.termsEdition}, publishedOn: ${d.announcedOn}, effectiveOn: ${d.effectiveOn}, summary: … } to policies/terms.yaml (editions: ${editions.map((x) => x.edition).join(', ')})`,
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
            `revision ${d.id} takes effect on ${d.effectiveOn}, but terms edition ${e.edition} takes effect on ${e.effectiveOn} (policies/terms.yaml)`,
            `make them the same day (effectiveOn: ${e.effectiveOn} here, or fix edition ${e.edition} in policies/terms.yaml)`,
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
        out.push(
          ctx.at(
            'N003',
            'error',
            r.file,
            ['termsEdition'],
            `revision ${d.id} is a tariff revision but also names terms edition ${d.termsEdition}`,
            'remove termsEdition, or announce the terms change in its own revision file (kind: terms)',
            'key',
          ),
        );
      }
      if (d.kind === 'terms' && d.tariff !== undefined) {
        out.push(
          ctx.at(
            'N003',
            'error',
            r.file,
            ['tariff'],
            `revision ${d.id} is a terms revision but also names tariff ${d.tariff}`,
            'remove tariff, or announce the tariff change in its own revision file (kind: tariff)',
            'key',
          ),
        );
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
            ctx.at(
              'N004',
              'error',
              r.file,
              ['announcedOn'],
              `revision ${d.id} is announced on ${d.announcedOn}, not before it takes effect (${d.effectiveOn})`,
              'announce a change before its effective date (第2条)',
            ),
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
            `revision ${d.id} is announced on ${d.announcedOn}, less than ${days} days before it takes effect on ${d.effectiveOn}: the latest allowed announcement date is ${latest}`,
            `announce on or before ${latest}, or move effectiveOn to ${addDays(d.announcedOn, days)} or later (notices.minimumNoticeDays: ${days} in policies/provider.yaml)`,
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
            `revision ${d.id}: to end the service before the change (on ${endOn}), a customer had to give notice by ${noticeBy} (第6条), before this announcement (${d.announcedOn})`,
            `announce by ${noticeBy} (${formatJapaneseDate(noticeBy)}) so that customers can still end before ${d.effectiveOn}, or move effectiveOn later`,
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
          out.push(
            ctx.at(
              'N006',
              'error',
              c.file,
              ['workOrders', i, 'reworkOf'],
              `work order ${w.id} is a rework of ${w.reworkOf}, which is not another work order of this customer`,
              guess
                ? `did you mean ${guess}?`
                : ids.length
                  ? `work orders: ${ids.join(', ')}`
                  : 'a rework fixes a defect of an earlier work order of the same customer',
            ),
          );
        } else if (original.defectReportedOn === undefined) {
          out.push(
            ctx.at(
              'N006',
              'error',
              c.file,
              ['workOrders', i, 'reworkOf'],
              `work order ${w.id} is a rework of ${original.id}, but ${original.id} records no defect report (第11条3: the customer reports the defect, then the provider fixes it)`,
              `add \`defectReportedOn: <date>\` to work order ${original.id}, the day the customer reported the defect`,
            ),
          );
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
                  ? `work order ${w.id} has ${field} ${v} but no completedOn`
                  : `work order ${w.id} has ${field} ${v}, before its completion on ${w.completedOn}`,
                `${field} comes after the completion (第11条): set completedOn, or correct ${field}`,
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
