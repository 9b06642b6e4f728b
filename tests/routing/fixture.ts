/** Compiles a root and renders its routing artifacts in memory (no disk, no CLI). */
import { compile } from '../../src/driver/index.js';
import type { Model } from '../../src/model/model.js';
import { routingArtifacts, ALERTMANAGER_PATH, ROUTING_JSON_PATH, ROUTING_MD_PATH } from '../../src/emit/routing/index.js';
import type { RoutingJson } from '../../src/emit/routing/tables.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, copyRoot, readRoot } from '../helpers.js';

export interface Routed {
  model: Model;
  yaml: string;
  json: RoutingJson;
  md: string;
}

export function routed(root: string = EXAMPLE, today = '2026-11-27'): Routed {
  const r = compile(readRoot(root), { today });
  if (!r.model) throw new Error(`root ${root} does not compile: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'))}`);
  const arts = routingArtifacts(r.model);
  const text = (p: string) => {
    const a = arts.find((x) => x.path === p);
    if (!a || typeof a.data !== 'string') throw new Error(`no ${p}`);
    return a.data;
  };
  return { model: r.model, yaml: text(ALERTMANAGER_PATH), json: JSON.parse(text(ROUTING_JSON_PATH)) as RoutingJson, md: text(ROUTING_MD_PATH) };
}

/**
 * A copy of the example with other routing shapes: helpdesk Mon–Sat 08:00–20:00, two extra closed dates,
 * a 3-month coverage, noc told of critical alerts at any hour (named in both lists), customers told of
 * warnings too.
 */
export function variantRoot(): string {
  const root = copyRoot();
  const edit = (f: string, fn: (s: string) => string) => writeFileSync(join(root, f), fn(readFileSync(join(root, f), 'utf8')));
  edit('policies/calendar.yaml', (s) =>
    s
      .replace('days: [mon, tue, wed, thu, fri]', 'days: [mon, tue, wed, thu, fri, sat]')
      .replace('opens: "09:00"', 'opens: "08:00"')
      .replace('closes: "17:30"', 'closes: "20:00"')
      .replace('closedDates: []', 'closedDates: [2026-12-25, 2027-01-08]')
      .replace('coverage: { from: 2026-01-01, through: 2028-12-31 }', 'coverage: { from: 2026-12-01, through: 2027-02-28 }'),
  );
  edit('policies/routing.yaml', (s) =>
    s
      .replace(
        /helpdeskHours: \[helpdesk\]\n(\s+)outsideHelpdeskHours: \[noc\]\n(\s+)notifyCustomer: true/,
        'helpdeskHours: [helpdesk, noc]\n$1outsideHelpdeskHours: [noc]\n$2notifyCustomer: true',
      )
      .replace('notifyCustomer: false', 'notifyCustomer: true'),
  );
  return root;
}
