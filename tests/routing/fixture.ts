/** Compiles a root and renders its routing artifacts in memory (no disk, no CLI). */
import { compile } from '../../src/program.js';
import type { Model } from '../../src/model/model.js';
import { routingArtifacts, ALERTMANAGER_PATH, ROUTING_JSON_PATH, ROUTING_MD_PATH } from '../../src/emit/routing/index.js';
import type { RoutingJson } from '../../src/emit/routing/tables.js';
import { EXAMPLE, readRoot } from '../helpers.js';

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
