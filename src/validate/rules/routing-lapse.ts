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

export const coverageEnded: Rule = {
  code: 'T005',
  check(ctx) {
    const c = ctx.inputs.calendar;
    if (!c || !isValidDate(ctx.today)) return [];
    const { from, through } = c.data.coverage;
    if (!isValidDate(from) || !isValidDate(through) || from > through || through >= ctx.today) return [];
    return [
      ctx.at(
        'T005',
        'error',
        c.file,
        ['coverage', 'through'],
        `calendar coverage ended on ${through}, ${daysBetween(through, ctx.today)} days ago: alert routing no longer knows the holidays, so alerts on closed days go to the helpdesk's receivers`,
        'extend coverage.through (e.g. to the end of next year), then run vmsc build and deploy out/routing/alertmanager.yml',
      ),
    ];
  },
};

export const smarthostGiven: Rule = {
  code: 'T006',
  check(ctx) {
    const p = ctx.inputs.provider;
    if (!p || p.data.mail.smarthost !== undefined) return [];
    return [
      ctx.at(
        'T006',
        'warning',
        p.file,
        ['mail'],
        'provider.yaml names no mail.smarthost: Alertmanager would send every alert mail to localhost:25, which reaches nobody unless the Alertmanager host runs a mail relay',
        'set mail.smarthost: <host>:<port> of the SMTP server (and mail.authUsername / mail.authPasswordFile if it needs a login)',
        'key',
      ),
    ];
  },
};

export const ROUTING_LAPSE_RULES: Rule[] = [coverageEnded, smarthostGiven];
