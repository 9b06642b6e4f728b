/**
 * Global emitter `routing/alertmanager`: out/routing/alertmanager.yml (Alertmanager 0.25+),
 * out/routing/routing.md (the helpdesk's table, Japanese), out/routing/routing.json (machine-readable),
 * out/routing/vvault-mail.tmpl (the Japanese fault mail, named by alertmanager.yml) and, when
 * `monitoring.datadog.notify` is set, out/routing/datadog-webhooks.json (the Datadog Webhooks entries that post
 * every monitor's alert to Alertmanager).
 */
import type { Artifact, EmitContext, GlobalEmitter } from '../types.js';
import type { Model } from '../../model/model.js';
import { buildRouteSet } from './routes.js';
import { alertmanagerYaml } from './alertmanager.js';
import { routingJson, routingMarkdown } from './tables.js';
import { datadogWebhooks } from '../../targets/datadog/webhook.js';
import { MAIL_TEMPLATE_PATH, mailTemplate } from './mail-template.js';
import { MESSAGES } from '../../diagnostics/messages/index.js';

export const KIND = 'routing/alertmanager';
export const ALERTMANAGER_PATH = 'routing/alertmanager.yml';
export const ROUTING_MD_PATH = 'routing/routing.md';
export const ROUTING_JSON_PATH = 'routing/routing.json';
export const DATADOG_WEBHOOKS_PATH = 'routing/datadog-webhooks.json';

export function routingArtifacts(model: Model): Artifact[] {
  const routeSet = buildRouteSet(model);
  const m = model.policies.provider.monitoring;
  const notify = m.targets.includes('datadog') ? m.datadog?.notify : undefined;
  return [
    { path: ALERTMANAGER_PATH, data: alertmanagerYaml(routeSet), kind: KIND },
    { path: ROUTING_JSON_PATH, data: JSON.stringify(routingJson(routeSet, model), null, 2) + '\n', kind: KIND },
    { path: ROUTING_MD_PATH, data: routingMarkdown(routeSet, model), kind: KIND },
    { path: MAIL_TEMPLATE_PATH, data: mailTemplate(routeSet, model), kind: KIND },
    ...(notify ? [{ path: DATADOG_WEBHOOKS_PATH, data: JSON.stringify(datadogWebhooks(notify), null, 2) + '\n', kind: KIND }] : []),
  ];
}

export const routingEmitter: GlobalEmitter = {
  name: KIND,
  scope: 'global',
  emit: (ctx: EmitContext) => routingArtifacts(ctx.model),
  // `vmsc plan`: the meanings that explain a routing change; a removed routing file is a risk flag
  review: {
    topics: ['routing', 'monitoring', 'servers', 'contacts'],
    flags: (c) => {
      if (c.change !== 'removed') return [];
      const t = MESSAGES.U201.file({ path: c.path });
      return [{ kind: 'removed-route', message: t.message, ja: t.ja.message }];
    },
  },
};
