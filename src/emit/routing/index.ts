/**
 * Global emitter `routing/alertmanager`: out/routing/alertmanager.yml (Alertmanager 0.25+),
 * out/routing/routing.md (the helpdesk's table, Japanese), out/routing/routing.json (machine-readable),
 * out/routing/vvault-mail.tmpl (the Japanese fault mail, named by alertmanager.yml) and, when
 * `monitoring.datadog.notify` is set, out/routing/datadog-webhooks.json (the Datadog Webhooks entries that post
 * every monitor's alert to Alertmanager); when `monitoring.zabbix.alertmanagerUrl` is set,
 * out/routing/zabbix-mediatype.json (the webhook media type, a Zabbix 6.0 export for configuration.import) and
 * out/routing/zabbix-action.json (the action that sends every VVAULT trigger to it, by names): `vmsc apply zabbix`
 * installs both.
 */
import type { Artifact, EmitContext, GlobalEmitter } from '../types.js';
import type { Model } from '../../model/model.js';
import { buildRouteSet } from './routes.js';
import { alertmanagerYaml } from './alertmanager.js';
import { routingJson, routingMarkdown } from './tables.js';
import { datadogWebhooks } from '../../targets/datadog/webhook.js';
import { MAIL_TEMPLATE_PATH, mailTemplate } from './mail-template.js';
import { zabbixActionSpec, zabbixMediaTypeExport } from '../../targets/zabbix/alerting.js';
import { MESSAGES } from '../../diagnostics/messages/index.js';

export const KIND = 'routing/alertmanager';
export const ALERTMANAGER_PATH = 'routing/alertmanager.yml';
export const ROUTING_MD_PATH = 'routing/routing.md';
export const ROUTING_JSON_PATH = 'routing/routing.json';
export const DATADOG_WEBHOOKS_PATH = 'routing/datadog-webhooks.json';
export const ZABBIX_MEDIATYPE_PATH = 'routing/zabbix-mediatype.json';
export const ZABBIX_ACTION_PATH = 'routing/zabbix-action.json';

export function routingArtifacts(model: Model): Artifact[] {
  const routeSet = buildRouteSet(model);
  const m = model.policies.provider.monitoring;
  const notify = m.targets.includes('datadog') ? m.datadog?.notify : undefined;
  const zabbixAm = m.targets.includes('zabbix') ? m.zabbix?.alertmanagerUrl : undefined;
  return [
    { path: ALERTMANAGER_PATH, data: alertmanagerYaml(routeSet), kind: KIND },
    { path: ROUTING_JSON_PATH, data: JSON.stringify(routingJson(routeSet, model), null, 2) + '\n', kind: KIND },
    { path: ROUTING_MD_PATH, data: routingMarkdown(routeSet, model), kind: KIND },
    { path: MAIL_TEMPLATE_PATH, data: mailTemplate(routeSet, model), kind: KIND },
    ...(notify ? [{ path: DATADOG_WEBHOOKS_PATH, data: JSON.stringify(datadogWebhooks(notify), null, 2) + '\n', kind: KIND }] : []),
    ...(zabbixAm
      ? [
          { path: ZABBIX_MEDIATYPE_PATH, data: JSON.stringify(zabbixMediaTypeExport(zabbixAm), null, 2) + '\n', kind: KIND },
          { path: ZABBIX_ACTION_PATH, data: JSON.stringify(zabbixActionSpec(), null, 2) + '\n', kind: KIND },
        ]
      : []),
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
