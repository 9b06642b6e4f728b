/**
 * Routing that must not lapse silently (仕様書3, 4: 24/365 monitoring and notification):
 * - T005 (error): `calendar.coverage` has ended. Closed days are enumerated only inside coverage, so after
 *   `through` national holidays route like business days (to the helpdesk, which is closed). T001 warns while
 *   coverage runs out; once it is over, `vmsc check` fails.
 * - T006 (warning): `provider.yaml mail.smarthost` is missing, so alertmanager.yml sends every alert mail to
 *   localhost:25 — which reaches nobody unless that host runs a relay.
 */
import type { Rule } from '../rule.js';
import { daysBetween, isValidDate } from '../../util/dates.js';
import { MESSAGES } from '../../diagnostics/messages/index.js';

export const coverageEnded: Rule = {
  code: 'T005',
  check(ctx) {
    const c = ctx.inputs.calendar;
    if (!c || !isValidDate(ctx.today)) return [];
    const { from, through } = c.data.coverage;
    if (!isValidDate(from) || !isValidDate(through) || from > through || through >= ctx.today) return [];
    return [ctx.at('T005', 'error', c.file, ['coverage', 'through'], MESSAGES.T005.ended({ through, days: daysBetween(through, ctx.today) }))];
  },
};

export const smarthostGiven: Rule = {
  code: 'T006',
  check(ctx) {
    const p = ctx.inputs.provider;
    if (!p || p.data.mail.smarthost !== undefined) return [];
    return [ctx.at('T006', 'warning', p.file, ['mail'], MESSAGES.T006.noSmarthost({}), 'key')];
  },
};

export const ROUTING_LAPSE_RULES: Rule[] = [coverageEnded, smarthostGiven];
