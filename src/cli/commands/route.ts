/**
 * vmsc route: where does an alert go at a given instant? Generates alertmanager.yml from the root (in
 * memory; or reads --config FILE), parses that YAML text and evaluates it like Alertmanager does,
 * time intervals included (which `amtool config routes test` ignores).
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { CliError } from '../io.js';
import { loadModel, parseChoice, parseToday, rootDir } from '../common.js';
import { routingArtifacts, ALERTMANAGER_PATH } from '../../emit/routing/index.js';
import { AmConfigError, parseAlertmanagerConfig } from '../../route/config.js';
import type { AmConfig } from '../../route/config.js';
import { parseAt, simulate, TimePoint } from '../../route/simulate.js';
import { businessCalendar, CalendarRangeError, weekdayJa } from '../../calendar/calendar.js';
import { closest } from '../../util/strings.js';
import type { Model } from '../../model/model.js';

const SEVERITIES = ['critical', 'warning'] as const;

interface RouteOpts {
  customer?: string;
  severity?: string;
  at?: string;
  root?: string;
  format?: string;
  config?: string;
}

type Instant = NonNullable<ReturnType<typeof parseAt>>;
type Simulation = ReturnType<typeof simulate>;

interface DayAt {
  date: string;
  weekday: string;
  helpdeskDay: boolean;
  closedReasons: string[];
  hours: string;
  helpdeskOpenAtInstant: boolean;
}

/** the alertmanager.yml to evaluate: --config FILE, or the one the root generates (in memory) */
function configOf(io: CliIO, opts: RouteOpts, model: Model, root: string): { cfg: AmConfig; source: string } {
  let text: string;
  let source: string;
  if (opts.config !== undefined) {
    source = resolve(io.cwd, opts.config);
    try {
      text = readFileSync(source, 'utf8');
    } catch (e) {
      throw new CliError(`cannot read ${source}: ${(e as Error).message}`, 1);
    }
  } else {
    const art = routingArtifacts(model).find((a) => a.path === ALERTMANAGER_PATH);
    text = typeof art?.data === 'string' ? art.data : '';
    source = `${ALERTMANAGER_PATH} (generated from ${root})`;
  }
  try {
    return { cfg: parseAlertmanagerConfig(text), source };
  } catch (e) {
    if (e instanceof AmConfigError)
      throw new CliError(
        {
          en: [`${source}: ${e.message}`, 'regenerate it with vmsc build, or check it with amtool check-config'],
          ja: [`${source}: ${e.message}`, 'vmsc build で作り直すか、amtool check-config で確認してください'],
        },
        1,
      );
    throw e;
  }
}

/** the helpdesk calendar at the instant; undefined outside the calendar's coverage */
function dayAt(model: Model, instant: Instant): DayAt | undefined {
  const zdt = instant.toZonedDateTimeISO('Asia/Tokyo');
  try {
    const cal = businessCalendar(model.policies.calendar);
    const d = cal.day(zdt.toPlainDate().toString());
    const hhmm = zdt.toPlainTime().toString({ smallestUnit: 'minute' });
    const { opens, closes } = cal.helpdeskHours;
    return {
      date: d.date,
      weekday: weekdayJa(d.weekday),
      helpdeskDay: d.helpdeskOpen,
      closedReasons: d.helpdeskClosedReasons,
      hours: `${opens}–${closes}`,
      helpdeskOpenAtInstant: d.helpdeskOpen && hhmm >= opens && hhmm < closes,
    };
  } catch (e) {
    if (!(e instanceof CalendarRangeError)) throw e;
    return undefined;
  }
}

interface Mismatch {
  /** what the calendar says at the instant */
  calendar: 'open' | 'closed';
  /** receivers the configuration notifies that routing.yaml names only for the other state */
  receivers: string[];
  message: string;
}

/**
 * The configuration and the calendar disagree: it notifies a receiver routing.yaml names only for helpdesk hours
 * while the calendar says the helpdesk is closed (or only for outside hours while it is open) — a lapsed
 * coverage, or a deployed file older than the calendar. Then the helpdesk state is never printed as if it agreed.
 */
function mismatchOf(model: Model, severity: string, day: DayAt | undefined, sim: Simulation): Mismatch | undefined {
  const rule = model.policies.routing.rules.find((r) => r.severity === severity);
  if (!day || !rule) return undefined;
  const open = day.helpdeskOpenAtInstant;
  const own = open ? rule.outsideHelpdeskHours : rule.helpdeskHours;
  const other = open ? rule.helpdeskHours : rule.outsideHelpdeskHours;
  const wrong = sim.receivers.filter((r) => own.includes(r) && !other.includes(r));
  if (wrong.length === 0) return undefined;
  const through = model.policies.calendar.coverage.through;
  const why =
    day.date > through
      ? `the instant is after calendar.coverage.through ${through}, so the configuration does not know this day's closures`
      : 'the configuration was not generated from this calendar';
  return {
    calendar: open ? 'open' : 'closed',
    receivers: wrong,
    message: `MISMATCH: the calendar says the helpdesk is ${open ? 'open' : 'closed'} at this instant, but the configuration notifies ${wrong.join(', ')}, named in routing.yaml only for ${open ? 'outside helpdesk hours' : 'helpdesk hours'}: ${why}`,
  };
}

function routeText(
  labels: { customer: string; severity: string },
  at: string,
  day: DayAt | undefined,
  sim: Simulation,
  source: string,
  mismatch: Mismatch | undefined,
): string {
  const L: string[] = [];
  L.push(`alert {customer="${labels.customer}", severity="${labels.severity}"} at ${at} (Asia/Tokyo)`);
  if (day) {
    const kind = day.helpdeskDay ? `helpdesk day, open ${day.hours}` : `helpdesk closed all day: ${day.closedReasons.join('、')}`;
    L.push(
      `calendar: ${day.date} ${day.weekday} (${kind})${mismatch ? '' : `; at this instant the helpdesk is ${day.helpdeskOpenAtInstant ? 'OPEN' : 'CLOSED'}`}`,
    );
    if (mismatch) L.push(mismatch.message, 'fix: extend calendar.coverage if needed, run vmsc build and deploy out/routing/alertmanager.yml');
  }
  L.push(`receivers: ${sim.receivers.length ? sim.receivers.join(', ') : '(none)'}`);
  L.push('', `matched routes in ${source}:`);
  for (const r of sim.routes) {
    L.push(`  ${r.notified ? 'notify' : 'silent'}  ${r.receiver}  ${r.route}  ${r.chain.join(' > ') || '(root)'}${r.continue ? '  continue: true' : ''}`);
    L.push(`          ${r.reason}`);
  }
  return L.join('\n') + '\n';
}

export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('route')
    .description('show which receivers an alert reaches at an instant, and why, by evaluating the generated alertmanager.yml (time intervals included)')
    .requiredOption('--customer <id>', 'customer id (label customer)')
    .requiredOption('--severity <s>', `alert severity: ${SEVERITIES.join(' | ')}`)
    .requiredOption('--at <datetime>', 'instant: YYYY-MM-DDTHH:MM is Japan time; with Z or +HH:MM it is converted')
    .option('--root <dir>', 'root folder holding policies/ and customers/', '.')
    .option('--config <file>', 'evaluate this alertmanager.yml instead of generating it from the root')
    .option('--format <f>', 'text | json', 'text')
    .action(async (opts: RouteOpts) => {
      const format = parseChoice(opts.format, '--format', ['text', 'json'] as const, 'text');
      const severity = parseChoice(opts.severity, '--severity', SEVERITIES, 'critical');
      const instant = parseAt(opts.at ?? '');
      if (!instant) {
        throw new CliError(
          {
            en: [
              `--at must be a date and time YYYY-MM-DDTHH:MM (Japan time) or with an offset, not ${JSON.stringify(opts.at)}`,
              'e.g. --at 2026-12-29T10:00 or --at 2026-12-29T01:00Z',
            ],
            ja: [
              `--at は日時 YYYY-MM-DDTHH:MM（日本時間）か時差付きで指定してください（${JSON.stringify(opts.at)} は不可）`,
              '例: --at 2026-12-29T10:00、--at 2026-12-29T01:00Z',
            ],
          },
          2,
        );
      }
      const root = rootDir(io, opts.root);
      const { model } = await loadModel(io, root, parseToday(io, undefined));
      const customer = opts.customer ?? '';
      const ids = model.customers.map((c) => c.id);
      if (!ids.includes(customer)) {
        const near = closest(customer, ids);
        throw new CliError(
          {
            en: [`no customer ${JSON.stringify(customer)} in ${root}`, near ? `did you mean ${near}?` : `customers: ${ids.join(', ')}`],
            ja: [`${root} に顧客 ${JSON.stringify(customer)} はありません`, near ? `${near} の誤りではありませんか？` : `顧客: ${ids.join(', ')}`],
          },
          2,
        );
      }
      const { cfg, source } = configOf(io, opts, model, root);
      const labels = { customer, severity };
      const sim = simulate(cfg, labels, new TimePoint(instant));
      const day = dayAt(model, instant);
      const mismatch = mismatchOf(model, severity, day, sim);
      const at = instant.toZonedDateTimeISO('Asia/Tokyo').toString({ timeZoneName: 'never', smallestUnit: 'minute' });
      if (format === 'json')
        io.stdout(
          JSON.stringify({ at, labels, receivers: sim.receivers, routes: sim.routes, ...(day ? { day } : {}), ...(mismatch ? { mismatch } : {}) }, null, 2) +
            '\n',
        );
      else io.stdout(routeText(labels, at, day, sim, source, mismatch));
      // a receiver told at the wrong time is a routing failure too, not a success
      setExit(sim.receivers.length > 0 && !mismatch ? 0 : 1);
    });
}
