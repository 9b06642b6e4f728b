/**
 * What the Zabbix server should hold for a model, in the name-based form of ./plan.ts, with the import payloads
 * beside it: the VVAULT host group; one template per server (the generated template.yaml, as JSON for
 * configuration.import, its description marked with the sha256 of its source so a later run knows whether it
 * changed); the webhook media type (marked the same way); the user group and user that receive it; one host per
 * server (group, template link, tags incl. managed-by: vmsc, agent interface, no host-level macros: thresholds
 * live in the template); the action.
 */
import { parse } from 'yaml';
import type { Model } from '../../model/model.js';
import {
  ACTION_NAME,
  HOST_GROUP,
  MANAGED_TAG,
  MEDIA_TYPE_NAME,
  SEND_TO,
  USER_GROUP,
  USER_NAME,
  USER_ROLE,
  zabbixActionSpec,
  zabbixMediaTypeExport,
} from '../../targets/zabbix/alerting.js';
import { templateName, zabbixTemplate } from '../../targets/zabbix/template.js';
import type { Json, Resource } from './plan.js';
import { sha256hex } from '../../util/sha256.js';

/** the mark vmsc appends to the description of what it imports: `vmsc-source: sha256:<hex>` */
export const SOURCE_MARK = /\nvmsc-source: sha256:([0-9a-f]{64})$/;

export function sourceHash(text: string): string {
  return sha256hex(text);
}

export function markDescription(description: string, hash: string): string {
  return `${description}\nvmsc-source: sha256:${hash}`;
}

/** the hash in a description vmsc wrote, or undefined */
export function hashOf(description: string): string | undefined {
  return SOURCE_MARK.exec(description)?.[1];
}

/** a user media of the Alertmanager user: every severity, at any time */
export const MEDIA = { active: '0', severity: '63', period: '1-7,00:00-24:00', sendto: SEND_TO } as const;
/** an agent interface by DNS name (active checks need none, but a host without one cannot hold agent items) */
export const AGENT_PORT = '10050';

export interface Desired {
  resources: Resource[];
  /** template name → its configuration.import source (JSON text) */
  templateImports: Map<string, string>;
  /** the media type's configuration.import source (JSON text) */
  mediaTypeImport: string;
}

export class ApplyInputError extends Error {}

export function desiredState(model: Model): Desired {
  const m = model.policies.provider.monitoring;
  if (!m.targets.includes('zabbix') || !m.zabbix) throw new ApplyInputError('provider.yaml monitoring.targets does not include zabbix: nothing to apply');
  const url = m.zabbix.alertmanagerUrl;
  if (!url) throw new ApplyInputError('provider.yaml monitoring.zabbix.alertmanagerUrl is not set: Zabbix problems would reach no one');
  const resources: Resource[] = [{ kind: 'host group', name: HOST_GROUP, spec: {} }];
  const templateImports = new Map<string, string>();
  for (const c of model.customers) {
    for (const s of c.servers) {
      const setup = s.monitoring;
      const yamlText = zabbixTemplate(setup);
      const hash = sourceHash(yamlText);
      const doc = parse(yamlText) as { zabbix_export: { templates: Array<{ description: string }> } };
      for (const t of doc.zabbix_export.templates) t.description = markDescription(t.description, hash);
      const T = templateName(setup);
      templateImports.set(T, JSON.stringify(doc));
      resources.push({ kind: 'template', name: T, spec: { source: hash } });
      resources.push({
        kind: 'host',
        name: setup.monitoredHost,
        spec: {
          groups: [HOST_GROUP],
          templates: [T],
          tags: sortTags([{ ...MANAGED_TAG }, { tag: 'customer', value: setup.customer }, { tag: 'server', value: setup.server }]),
          interface: { type: '1', useip: '0', dns: setup.hostname, ip: '', port: AGENT_PORT },
          macros: [],
          status: '0',
        },
      });
    }
  }
  const mediaText = JSON.stringify(zabbixMediaTypeExport(url));
  const mediaHash = sourceHash(mediaText);
  const media = zabbixMediaTypeExport(url);
  for (const mt of media.zabbix_export.media_types) mt['description'] = markDescription(String(mt['description'] ?? ''), mediaHash);
  resources.push({ kind: 'media type', name: MEDIA_TYPE_NAME, spec: { source: mediaHash } });
  resources.push({ kind: 'user group', name: USER_GROUP, spec: { gui_access: '3', users_status: '0', rights: [{ group: HOST_GROUP, permission: '2' }] } });
  resources.push({
    kind: 'user',
    name: USER_NAME,
    spec: { role: USER_ROLE, groups: [USER_GROUP], medias: [{ mediaType: MEDIA_TYPE_NAME, ...MEDIA }] },
  });
  const { name: _name, ...action } = zabbixActionSpec();
  resources.push({ kind: 'action', name: ACTION_NAME, spec: action as unknown as { [k: string]: Json } });
  return { resources, templateImports, mediaTypeImport: JSON.stringify(media) };
}

export function sortTags<T extends { tag: string; value: string }>(tags: T[]): T[] {
  return [...tags].sort((a, b) => (a.tag === b.tag ? (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : a.tag < b.tag ? -1 : 1));
}
