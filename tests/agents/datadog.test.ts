/**
 * Datadog conformance: each generated file uses only the field names and types documented for the Agent and its
 * integrations (integrations-core assets/configuration/spec.yaml of windows_service, win32_event_log, process, disk,
 * windows_performance_counters; the Agent's log-collection docs for `logs:`), and monitors.json has the fields of the
 * monitors API. Read with a YAML 1.1 parser, as the Agent's go-yaml does.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { EXAMPLE } from '../helpers.js';
import { agentArtifacts, model, text } from './util.js';

type Ty = 'string' | 'boolean' | 'number' | 'integer' | 'string[]' | 'object' | 'array';
interface Field {
  type: Ty;
  required?: boolean;
  check?: (v: unknown) => boolean;
}
type Spec = Record<string, Field>;

/** instances/default template of integrations-core, shared by every integration */
const DEFAULT: Spec = {
  tags: { type: 'string[]' },
  service: { type: 'string' },
  min_collection_interval: { type: 'number' },
  empty_default_hostname: { type: 'boolean' },
  metric_patterns: { type: 'object' },
};
const INSTANCE: Record<string, Spec> = {
  windows_service: {
    ...DEFAULT,
    services: { type: 'array', required: true },
    disable_legacy_service_tag: { type: 'boolean' },
    windows_service_startup_type_tag: { type: 'boolean' },
  },
  win32_event_log: {
    ...DEFAULT,
    path: { type: 'string' },
    start: { type: 'string', check: (v) => v === 'now' || v === 'oldest' },
    query: { type: 'string' },
    filters: { type: 'object' },
    included_messages: { type: 'string[]' },
    excluded_messages: { type: 'string[]' },
    interpret_messages: { type: 'boolean' },
    tag_event_id: { type: 'boolean' },
    tag_sid: { type: 'boolean' },
    event_priority: { type: 'string' },
    auth_type: { type: 'string' },
    server: { type: 'string' },
    timeout: { type: 'number' },
    payload_size: { type: 'integer' },
    bookmark_frequency: { type: 'integer' },
    legacy_mode: { type: 'boolean' },
  },
  process: {
    ...DEFAULT,
    name: { type: 'string', required: true },
    search_string: { type: 'string[]' },
    pid: { type: 'integer' },
    pid_file: { type: 'string' },
    exact_match: { type: 'boolean' },
    ignore_denied_access: { type: 'boolean' },
    thresholds: {
      type: 'object',
      check: (v) =>
        Object.entries(v as Record<string, unknown>).every(
          ([k, r]) => (k === 'warning' || k === 'critical') && Array.isArray(r) && r.length === 2 && r.every((x) => typeof x === 'number'),
        ),
    },
    collect_children: { type: 'boolean' },
    user: { type: 'string' },
    try_sudo: { type: 'boolean' },
    pid_cache_duration: { type: 'integer' },
    use_oneshot: { type: 'boolean' },
  },
  disk: {
    ...DEFAULT,
    use_mount: { type: 'boolean' },
    all_partitions: { type: 'boolean' },
    file_system_include: { type: 'string[]' },
    file_system_exclude: { type: 'string[]' },
    device_include: { type: 'string[]' },
    device_exclude: { type: 'string[]' },
    mount_point_include: { type: 'string[]' },
    mount_point_exclude: { type: 'string[]' },
    include_all_devices: { type: 'boolean' },
    service_check_rw: { type: 'boolean' },
    tag_by_filesystem: { type: 'boolean' },
    device_tag_re: { type: 'object', check: (v) => Object.values(v as object).every((x) => typeof x === 'string') },
    min_disk_size: { type: 'number' },
    timeout: { type: 'integer' },
    lowercase_device_tag: { type: 'boolean' },
    create_mounts: {
      type: 'array',
      check: (v) =>
        (v as Array<Record<string, unknown>>).every(
          (m) =>
            Object.keys(m).every((k) => ['mountpoint', 'user', 'password', 'host', 'share', 'type'].includes(k)) &&
            typeof m.mountpoint === 'string' &&
            typeof m.host === 'string' &&
            typeof m.share === 'string',
        ),
    },
  },
  windows_performance_counters: {
    ...DEFAULT,
    metrics: {
      type: 'object',
      required: true,
      check: (v) =>
        Object.values(v as Record<string, Record<string, unknown>>).every(
          (o) =>
            typeof o.name === 'string' &&
            Array.isArray(o.counters) &&
            o.counters.length > 0 &&
            Object.keys(o).every((k) => ['name', 'counters', 'tag_name', 'include', 'exclude', 'instance_counts', 'use_localized_counters'].includes(k)) &&
            (o.counters as unknown[]).every((c) => typeof c === 'object' && c !== null && Object.values(c).every((x) => typeof x === 'string')),
        ),
    },
    server: { type: 'string' },
    enable_health_service_check: { type: 'boolean' },
    server_tag: { type: 'string' },
    namespace: { type: 'string' },
  },
};
/** logs: section (log collection docs: custom log collection, advanced log collection) */
const LOG_FILE: Spec = {
  type: { type: 'string', required: true, check: (v) => v === 'file' },
  path: { type: 'string', required: true },
  service: { type: 'string' },
  source: { type: 'string' },
  encoding: { type: 'string', check: (v) => ['utf-16-le', 'utf-16-be', 'shift-jis'].includes(v as string) },
  tags: { type: 'string[]' },
  exclude_paths: { type: 'string[]' },
  log_processing_rules: {
    type: 'array',
    check: (v) =>
      (v as Array<Record<string, unknown>>).every(
        (r) =>
          ['include_at_match', 'exclude_at_match', 'mask_sequences', 'multi_line'].includes(r.type as string) &&
          typeof r.name === 'string' &&
          typeof r.pattern === 'string' &&
          isRegex(r.pattern as string),
      ),
  },
};
const MAIN: Spec = {
  site: { type: 'string', required: true },
  hostname: { type: 'string', required: true },
  tags: { type: 'string[]' },
  logs_enabled: { type: 'boolean' },
};

function isRegex(s: string): boolean {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}

function typeOk(t: Ty, v: unknown): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number';
    case 'integer':
      return Number.isInteger(v);
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
  }
}

function conforms(obj: Record<string, unknown>, spec: Spec, where: string): string[] {
  const errs: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    const f = spec[k];
    if (!f) errs.push(`${where}: unknown field ${k}`);
    else if (!typeOk(f.type, v)) errs.push(`${where}: ${k} is not ${f.type}`);
    else if (f.check && !f.check(v)) errs.push(`${where}: ${k} has an undocumented value ${JSON.stringify(v)}`);
  }
  for (const [k, f] of Object.entries(spec)) if (f.required && !(k in obj)) errs.push(`${where}: missing ${k}`);
  return errs;
}

const TAG = /^[a-z][a-z0-9_\-:./]{0,199}$/;

const artifacts = await agentArtifacts(model(EXAMPLE));
const dd = artifacts.filter((a) => a.path.includes('/datadog/'));
const yamls = dd.filter((a) => a.path.endsWith('.yaml'));

describe('Datadog Agent files follow the documented configuration', () => {
  it('every bundle has the required integration files', () => {
    const dirs = [...new Set(dd.map((a) => a.path.slice(0, a.path.indexOf('/datadog/') + 9)))];
    expect(dirs.length).toBe(4);
    for (const d of dirs) {
      for (const f of [
        'datadog.yaml',
        'monitors.json',
        'conf.d/windows_service.d/conf.yaml',
        'conf.d/win32_event_log.d/conf.yaml',
        'conf.d/process.d/conf.yaml',
        'conf.d/disk.d/conf.yaml',
        'conf.d/windows_performance_counters.d/conf.yaml',
        'conf.d/vvault.d/conf.yaml',
      ]) {
        expect(dd.map((a) => a.path)).toContain(d + f);
      }
    }
  });

  it.each(yamls.map((a) => [a.path, a] as const))('%s: documented field names and types', (path, a) => {
    const doc = load(text(a)) as Record<string, unknown>;
    const errs: string[] = [];
    if (path.endsWith('/datadog.yaml')) {
      errs.push(...conforms(doc, MAIN, 'datadog.yaml'));
      for (const t of doc.tags as string[]) expect(t).toMatch(TAG);
    } else {
      const integration = /conf\.d\/([^/]+)\.d\/conf\.yaml$/.exec(path)![1]!;
      if (integration === 'vvault') {
        expect(Object.keys(doc)).toEqual(['logs']);
        for (const [i, l] of (doc.logs as Array<Record<string, unknown>>).entries()) errs.push(...conforms(l, LOG_FILE, `logs[${i}]`));
      } else {
        expect(Object.keys(doc).sort()).toEqual(['init_config', 'instances']);
        const spec = INSTANCE[integration];
        expect(spec, `no documented spec for ${integration}`).toBeDefined();
        for (const [i, inst] of (doc.instances as Array<Record<string, unknown>>).entries()) {
          errs.push(...conforms(inst, spec!, `instances[${i}]`));
          for (const t of (inst.tags as string[] | undefined) ?? []) expect(t).toMatch(TAG);
        }
      }
    }
    expect(errs).toEqual([]);
  });

  it('the conformance check can fail (an undocumented field is reported)', () => {
    expect(conforms({ services: ['x'], bogus: 1 }, INSTANCE.windows_service!, 'x')).toEqual(['x: unknown field bogus']);
    expect(conforms({ type: 'file', path: 'p', encoding: 'shift_jis' }, LOG_FILE, 'x')).toHaveLength(1);
  });

  it('no api_key (nor any secret) in any Datadog file; the host is tagged with customer and server', () => {
    for (const a of dd) expect(text(a)).not.toMatch(/^\s*(api_key|app_key|password)\s*:/m);
    const main = load(text(dd.find((a) => a.path === 'acme-logistics/agents/fs01/datadog/datadog.yaml')!)) as Record<string, unknown>;
    expect(main).toEqual({ site: 'ap1.datadoghq.com', hostname: 'acme-logistics.fs01', tags: ['customer:acme-logistics', 'server:fs01'], logs_enabled: true });
  });

  it('the VVAULT log is collected with its encoding (shift_jis -> shift-jis)', () => {
    const doc = load(text(dd.find((a) => a.path === 'acme-logistics/agents/fs01/datadog/conf.d/vvault.d/conf.yaml')!)) as {
      logs: Array<Record<string, unknown>>;
    };
    expect(doc.logs[0]!.encoding).toBe('shift-jis');
    expect(doc.logs[0]!.path).toBe('C:\\Program Files\\VVAULT\\Log\\*.log');
  });
});

interface Monitor {
  name: string;
  type: string;
  query: string;
  message: string;
  tags: string[];
  priority: number;
  options: { thresholds: Record<string, number>; notify_no_data: boolean; no_data_timeframe?: number };
}

describe('monitors.json is ready for the monitors API', () => {
  const monitors = dd.filter((a) => a.path.endsWith('/monitors.json'));
  it.each(monitors.map((a) => [a.path, a] as const))('%s', (path, a) => {
    const [customer, , server] = path.split('/');
    const list = JSON.parse(text(a)) as Monitor[];
    expect(list.length).toBeGreaterThan(0);
    const names = new Set<string>();
    for (const m of list) {
      expect(Object.keys(m).sort()).toEqual(['message', 'name', 'options', 'priority', 'query', 'tags', 'type']);
      expect(['service check', 'query alert', 'log alert', 'event-v2 alert']).toContain(m.type);
      expect(Number.isInteger(m.priority) && m.priority >= 1 && m.priority <= 5).toBe(true);
      expect(names.has(m.name)).toBe(false);
      names.add(m.name);
      for (const t of m.tags) expect(t).toMatch(TAG);
      const tag = (k: string) => m.tags.filter((t) => t.startsWith(`${k}:`)).map((t) => t.slice(k.length + 1));
      expect(tag('customer')).toEqual([customer]);
      expect(tag('server')).toEqual([server]);
      expect(tag('check')).toHaveLength(1);
      expect(tag('severity').length).toBeGreaterThan(0);
      for (const s of tag('severity')) {
        expect(['critical', 'warning']).toContain(s);
        expect(m.message).toContain(`customer=${customer} server=${server} check=${tag('check')[0]} severity=${s}`);
      }
      const th = m.options.thresholds;
      expect(typeof th.critical).toBe('number');
      if (m.type !== 'service check') expect(m.query).toMatch(new RegExp(`[<>]=? ${th.critical}$`));
      if (th.warning !== undefined) {
        expect(tag('severity').sort()).toEqual(['critical', 'warning']);
        expect(th.warning).toBeLessThan(th.critical);
      }
    }
    const hb = list.find((m) => m.tags.includes('check:heartbeat'))!;
    expect(hb.type).toBe('service check');
    expect(hb.query).toContain('"datadog.agent.up"');
    expect(hb.options.notify_no_data).toBe(true);
    expect(hb.options.no_data_timeframe).toBe(3);
  });
});
