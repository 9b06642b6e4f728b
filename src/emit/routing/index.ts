/**
 * Global emitter `routing/alertmanager`: out/routing/alertmanager.yml (Alertmanager 0.25+),
 * out/routing/routing.md (the helpdesk's table, Japanese) and out/routing/routing.json (machine-readable).
 */
import type { Artifact, EmitContext, GlobalEmitter } from '../types.js';
import type { Model } from '../../model/model.js';
import { buildRouteSet } from './routes.js';
import { alertmanagerYaml } from './alertmanager.js';
import { routingJson, routingMarkdown } from './tables.js';

export const KIND = 'routing/alertmanager';
export const ALERTMANAGER_PATH = 'routing/alertmanager.yml';
export const ROUTING_MD_PATH = 'routing/routing.md';
export const ROUTING_JSON_PATH = 'routing/routing.json';

export function routingArtifacts(model: Model): Artifact[] {
  const routeSet = buildRouteSet(model);
  return [
    { path: ALERTMANAGER_PATH, data: alertmanagerYaml(routeSet), kind: KIND },
    { path: ROUTING_JSON_PATH, data: JSON.stringify(routingJson(routeSet, model), null, 2) + '\n', kind: KIND },
    { path: ROUTING_MD_PATH, data: routingMarkdown(routeSet, model), kind: KIND },
  ];
}

export const routingEmitter: GlobalEmitter = {
  name: KIND,
  scope: 'global',
  emit: (ctx: EmitContext) => routingArtifacts(ctx.model),
  // `vmsc plan`: the meanings that explain a routing change; a removed routing file is a risk flag
  review: {
    topics: ['routing', 'monitoring', 'servers', 'contacts'],
    flags: (c) => (c.change === 'removed' ? [{ kind: 'removed-route', message: `${c.path} is removed` }] : []),
  },
};
