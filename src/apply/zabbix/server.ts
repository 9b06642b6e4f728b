/**
 * The server side of `vmsc apply zabbix`: read what the Zabbix 6.0 server holds into the name-based resources of
 * ./plan.ts (`observe`), and carry out a plan's changes through the JSON-RPC API (`execute`).
 *
 * What is read: the VVAULT host group; the templates of the template group whose description carries vmsc's
 * source mark; the media type, user group, user and action by their names; the hosts tagged managed-by: vmsc
 * (no other host is ever read, changed or deleted).
 */
import { TEMPLATE_GROUP } from '../../targets/zabbix/template.js';
import { ACTION_NAME, HOST_GROUP, MANAGED_TAG, MEDIA_TYPE_NAME, USER_GROUP, USER_NAME } from '../../targets/zabbix/alerting.js';
import type { MessageOperation } from '../../targets/zabbix/alerting.js';
import type { ZabbixClient } from './client.js';
import { ZabbixError } from './client.js';
import { hashOf, sortTags } from './desired.js';
import type { Desired } from './desired.js';
import type { Change, Json, Resource } from './plan.js';

type Row = Record<string, unknown>;

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

function rows(v: unknown): Row[] {
  return Array.isArray(v) ? (v as Row[]) : [];
}

async function namesById(z: ZabbixClient, method: string, idField: string, nameField: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const r = rows(await z.call(method, { output: [idField, nameField], [`${idField}s`]: ids }));
  return new Map(r.map((x) => [str(x[idField]), str(x[nameField])]));
}

async function idByName(z: ZabbixClient, method: string, idField: string, nameField: string, name: string): Promise<string | undefined> {
  const r = rows(await z.call(method, { output: [idField], filter: { [nameField]: [name] } }));
  return r.length ? str(r[0]![idField]) : undefined;
}

async function mustId(z: ZabbixClient, method: string, idField: string, nameField: string, name: string, what: string): Promise<string> {
  const id = await idByName(z, method, idField, nameField, name);
  if (id === undefined) throw new ZabbixError(`${what} "${name}" is not on the server`);
  return id;
}

/** an action's operations as (media type, user group) pairs; anything else as a text that never matches */
async function operationsOf(z: ZabbixClient, ops: Row[]): Promise<Json[]> {
  const out: Json[] = [];
  for (const op of ops) {
    const msg = (op['opmessage'] ?? {}) as Row;
    const groups = rows(op['opmessage_grp']);
    if (str(op['operationtype']) !== '0' || rows(op['opmessage_usr']).length || groups.length !== 1 || str(msg['default_msg']) !== '1') {
      out.push(`other operation (type ${str(op['operationtype'])})`);
      continue;
    }
    const media = await namesById(z, 'mediatype.get', 'mediatypeid', 'name', [str(msg['mediatypeid'])]);
    const grp = await namesById(z, 'usergroup.get', 'usrgrpid', 'name', [str(groups[0]!['usrgrpid'])]);
    const pair: MessageOperation = { mediaType: media.get(str(msg['mediatypeid'])) ?? '?', userGroup: grp.get(str(groups[0]!['usrgrpid'])) ?? '?' };
    out.push({ ...pair });
  }
  return out;
}

export async function observe(z: ZabbixClient): Promise<Resource[]> {
  const out: Resource[] = [];
  const groups = rows(await z.call('hostgroup.get', { output: ['groupid', 'name'], filter: { name: [HOST_GROUP, TEMPLATE_GROUP] } }));
  const groupId = (n: string) => str(groups.find((g) => str(g['name']) === n)?.['groupid']);
  if (groupId(HOST_GROUP)) out.push({ kind: 'host group', name: HOST_GROUP, spec: {} });

  if (groupId(TEMPLATE_GROUP)) {
    for (const t of rows(await z.call('template.get', { output: ['templateid', 'host', 'description'], groupids: [groupId(TEMPLATE_GROUP)] }))) {
      const h = hashOf(str(t['description']));
      if (h) out.push({ kind: 'template', name: str(t['host']), spec: { source: h } });
    }
  }

  for (const m of rows(await z.call('mediatype.get', { output: ['mediatypeid', 'name', 'description'], filter: { name: [MEDIA_TYPE_NAME] } }))) {
    out.push({ kind: 'media type', name: str(m['name']), spec: { source: hashOf(str(m['description'])) ?? 'not written by vmsc' } });
  }

  for (const g of rows(
    await z.call('usergroup.get', { output: ['usrgrpid', 'name', 'gui_access', 'users_status'], filter: { name: [USER_GROUP] }, selectRights: 'extend' }),
  )) {
    const rights = rows(g['rights']);
    const names = await namesById(
      z,
      'hostgroup.get',
      'groupid',
      'name',
      rights.map((r) => str(r['id'])),
    );
    out.push({
      kind: 'user group',
      name: str(g['name']),
      spec: {
        gui_access: str(g['gui_access']),
        users_status: str(g['users_status']),
        rights: rights.map((r) => ({ group: names.get(str(r['id'])) ?? str(r['id']), permission: str(r['permission']) })),
      },
    });
  }

  for (const u of rows(
    await z.call('user.get', { output: ['userid', 'username', 'roleid'], filter: { username: [USER_NAME] }, selectMedias: 'extend', selectUsrgrps: ['name'] }),
  )) {
    const roles = await namesById(z, 'role.get', 'roleid', 'name', [str(u['roleid'])]);
    const medias = rows(u['medias']);
    const mediaNames = await namesById(
      z,
      'mediatype.get',
      'mediatypeid',
      'name',
      medias.map((m) => str(m['mediatypeid'])),
    );
    out.push({
      kind: 'user',
      name: str(u['username']),
      spec: {
        role: roles.get(str(u['roleid'])) ?? str(u['roleid']),
        groups: rows(u['usrgrps'])
          .map((g) => str(g['name']))
          .sort(),
        medias: medias.map((m) => ({
          mediaType: mediaNames.get(str(m['mediatypeid'])) ?? str(m['mediatypeid']),
          active: str(m['active']),
          severity: str(m['severity']),
          period: str(m['period']),
          sendto: Array.isArray(m['sendto']) ? (m['sendto'] as unknown[]).map(str).join(',') : str(m['sendto']),
        })),
      },
    });
  }

  const hosts = rows(
    await z.call('host.get', {
      output: ['hostid', 'host', 'status'],
      tags: [{ tag: MANAGED_TAG.tag, value: MANAGED_TAG.value, operator: 1 }],
      selectGroups: ['name'],
      selectParentTemplates: ['host'],
      selectTags: ['tag', 'value'],
      selectInterfaces: ['type', 'useip', 'dns', 'ip', 'port', 'main'],
      selectMacros: ['macro', 'value'],
    }),
  );
  for (const h of hosts) {
    const agent = rows(h['interfaces']).filter((i) => str(i['type']) === '1');
    const main = agent.find((i) => str(i['main']) === '1');
    out.push({
      kind: 'host',
      name: str(h['host']),
      spec: {
        groups: rows(h['groups'])
          .map((g) => str(g['name']))
          .sort(),
        templates: rows(h['parentTemplates'])
          .map((t) => str(t['host']))
          .sort(),
        tags: sortTags(rows(h['tags']).map((t) => ({ tag: str(t['tag']), value: str(t['value']) }))),
        interface:
          agent.length === 1 && main
            ? { type: '1', useip: str(main['useip']), dns: str(main['dns']), ip: str(main['ip']), port: str(main['port']) }
            : `${agent.length} agent interfaces`,
        macros: rows(h['macros']).map((m) => ({ macro: str(m['macro']), value: str(m['value']) })),
        status: str(h['status']),
      },
    });
  }

  for (const a of rows(
    await z.call('action.get', {
      output: ['actionid', 'name', 'eventsource', 'status', 'esc_period'],
      filter: { name: [ACTION_NAME] },
      selectFilter: 'extend',
      selectOperations: 'extend',
      selectRecoveryOperations: 'extend',
    }),
  )) {
    const conditions = rows((a['filter'] as Row | undefined)?.['conditions']);
    let hostGroup: Json = `${conditions.length} conditions`;
    if (conditions.length === 1 && str(conditions[0]!['conditiontype']) === '0' && str(conditions[0]!['operator']) === '0') {
      hostGroup = (await namesById(z, 'hostgroup.get', 'groupid', 'name', [str(conditions[0]!['value'])])).get(str(conditions[0]!['value'])) ?? '?';
    }
    out.push({
      kind: 'action',
      name: str(a['name']),
      spec: {
        eventsource: str(a['eventsource']),
        status: str(a['status']),
        esc_period: str(a['esc_period']),
        hostGroup,
        operations: await operationsOf(z, rows(a['operations'])),
        recovery_operations: await operationsOf(z, rows(a['recovery_operations'])),
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Carrying out a plan

const TEMPLATE_RULES = {
  groups: { createMissing: true },
  templates: { createMissing: true, updateExisting: true },
  items: { createMissing: true, updateExisting: true, deleteMissing: true },
  triggers: { createMissing: true, updateExisting: true, deleteMissing: true },
  discoveryRules: { createMissing: true, updateExisting: true, deleteMissing: true },
  valueMaps: { createMissing: true, updateExisting: true },
  templateDashboards: { createMissing: true, updateExisting: true, deleteMissing: true },
  httptests: { createMissing: true, updateExisting: true, deleteMissing: true },
  graphs: { createMissing: true, updateExisting: true, deleteMissing: true },
};

function spec(c: Change): Record<string, Json> {
  if (!c.desired) throw new Error(`internal: ${c.op} ${c.kind} ${c.name} without a desired resource`);
  return c.desired.spec;
}

async function messageOps(z: ZabbixClient, ops: Json): Promise<Row[]> {
  const out: Row[] = [];
  for (const op of ops as unknown as MessageOperation[]) {
    const mediatypeid = await mustId(z, 'mediatype.get', 'mediatypeid', 'name', op.mediaType, 'media type');
    const usrgrpid = await mustId(z, 'usergroup.get', 'usrgrpid', 'name', op.userGroup, 'user group');
    out.push({ operationtype: 0, opmessage: { default_msg: 1, mediatypeid }, opmessage_grp: [{ usrgrpid }] });
  }
  return out;
}

async function applyOne(z: ZabbixClient, c: Change, d: Desired): Promise<void> {
  switch (c.kind) {
    case 'host group':
      if (c.op === 'create') await z.call('hostgroup.create', { name: c.name });
      return;
    case 'template': {
      if (c.op === 'delete') {
        await z.call('template.delete', [await mustId(z, 'template.get', 'templateid', 'host', c.name, 'template')]);
        return;
      }
      const source = d.templateImports.get(c.name);
      if (!source) throw new Error(`internal: no import source for template ${c.name}`);
      await z.call('configuration.import', { format: 'json', source, rules: TEMPLATE_RULES });
      return;
    }
    case 'media type':
      await z.call('configuration.import', { format: 'json', source: d.mediaTypeImport, rules: { mediaTypes: { createMissing: true, updateExisting: true } } });
      return;
    case 'user group': {
      const s = spec(c);
      const rights: Row[] = [];
      for (const r of s['rights'] as Array<{ group: string; permission: string }>) {
        rights.push({ id: await mustId(z, 'hostgroup.get', 'groupid', 'name', r.group, 'host group'), permission: Number(r.permission) });
      }
      const body = { gui_access: Number(s['gui_access']), users_status: Number(s['users_status']), rights };
      if (c.op === 'create') await z.call('usergroup.create', { name: c.name, ...body });
      else await z.call('usergroup.update', { usrgrpid: await mustId(z, 'usergroup.get', 'usrgrpid', 'name', c.name, 'user group'), ...body });
      return;
    }
    case 'user': {
      const s = spec(c);
      const roleid = await mustId(z, 'role.get', 'roleid', 'name', String(s['role']), 'user role');
      const usrgrps: Row[] = [];
      for (const g of s['groups'] as string[]) usrgrps.push({ usrgrpid: await mustId(z, 'usergroup.get', 'usrgrpid', 'name', g, 'user group') });
      const medias: Row[] = [];
      for (const m of s['medias'] as Array<{ mediaType: string; active: string; severity: string; period: string; sendto: string }>) {
        medias.push({
          mediatypeid: await mustId(z, 'mediatype.get', 'mediatypeid', 'name', m.mediaType, 'media type'),
          sendto: m.sendto,
          active: Number(m.active),
          severity: Number(m.severity),
          period: m.period,
        });
      }
      if (c.op === 'create') await z.call('user.create', { username: c.name, roleid, usrgrps, medias });
      else await z.call('user.update', { userid: await mustId(z, 'user.get', 'userid', 'username', c.name, 'user'), roleid, usrgrps, medias });
      return;
    }
    case 'host': {
      if (c.op === 'delete') {
        await z.call('host.delete', [await mustId(z, 'host.get', 'hostid', 'host', c.name, 'host')]);
        return;
      }
      const s = spec(c);
      const groups: Row[] = [];
      for (const g of s['groups'] as string[]) groups.push({ groupid: await mustId(z, 'hostgroup.get', 'groupid', 'name', g, 'host group') });
      const templates: Row[] = [];
      for (const t of s['templates'] as string[]) templates.push({ templateid: await mustId(z, 'template.get', 'templateid', 'host', t, 'template') });
      const i = s['interface'] as Record<string, string>;
      const interfaces = [{ type: 1, main: 1, useip: Number(i['useip']), dns: i['dns'], ip: i['ip'], port: i['port'] }];
      const body = { groups, templates, tags: s['tags'], macros: s['macros'], status: Number(s['status']), interfaces };
      if (c.op === 'create') {
        await z.call('host.create', { host: c.name, ...body });
        return;
      }
      const hostid = await mustId(z, 'host.get', 'hostid', 'host', c.name, 'host');
      // templates that are no longer linked are unlinked and cleared (their items leave the host)
      const linked = rows(await z.call('host.get', { output: ['hostid'], hostids: [hostid], selectParentTemplates: ['templateid'] }))[0]?.['parentTemplates'];
      const keep = new Set(templates.map((t) => str(t['templateid'])));
      const clear = rows(linked)
        .map((t) => str(t['templateid']))
        .filter((id) => !keep.has(id))
        .map((templateid) => ({ templateid }));
      await z.call('host.update', { hostid, ...body, ...(clear.length ? { templates_clear: clear } : {}) });
      return;
    }
    case 'action': {
      const s = spec(c);
      const groupid = await mustId(z, 'hostgroup.get', 'groupid', 'name', String(s['hostGroup']), 'host group');
      const body = {
        status: Number(s['status']),
        esc_period: s['esc_period'],
        filter: { evaltype: 0, conditions: [{ conditiontype: 0, operator: 0, value: groupid }] },
        operations: await messageOps(z, s['operations'] ?? []),
        recovery_operations: await messageOps(z, s['recovery_operations'] ?? []),
      };
      if (c.op === 'create') await z.call('action.create', { name: c.name, eventsource: Number(s['eventsource']), ...body });
      else await z.call('action.update', { actionid: await mustId(z, 'action.get', 'actionid', 'name', c.name, 'action'), ...body });
      return;
    }
  }
}

/** carries out the changes in their order (the plan's: dependencies first, deletions last) */
export async function execute(z: ZabbixClient, changes: readonly Change[], d: Desired): Promise<void> {
  for (const c of changes) {
    try {
      await applyOne(z, c, d);
    } catch (e) {
      if (e instanceof ZabbixError) throw new ZabbixError(`${c.op} ${c.kind} ${c.name}: ${e.message}`);
      throw e;
    }
  }
}
