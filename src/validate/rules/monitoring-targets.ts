import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule, RuleContext } from '../rule.js';
import { CAPABILITIES, checkKindsOf, isShare, monitoredVolumes, slug, splitLogPath } from '../../resolve/monitoring.js';
import type { CapabilityEntry, CheckKind, Target } from '../../resolve/monitoring.js';

/** Each target listed in provider.yaml monitoring.targets has its endpoint configuration. */
export const monitoringEndpoints: Rule = {
  code: 'A004',
  check(ctx) {
    const p = ctx.inputs.provider;
    if (!p) return [];
    const out: Diagnostic[] = [];
    p.data.monitoring.targets.forEach((t, i) => {
      if (p.data.monitoring[t]) return;
      const example = t === 'zabbix' ? 'zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp }' : 'datadog: { site: ap1.datadoghq.com }';
      out.push(ctx.at('A004', 'error', p.file, ['monitoring', 'targets', i],
        `monitoring target ${t} is listed but monitoring.${t} (its endpoint) is missing`,
        `add under monitoring: ${example} — or remove ${t} from targets`));
    });
    return out;
  },
};

type Table = Readonly<Record<Target, Readonly<Record<CheckKind, CapabilityEntry>>>>;

/**
 * The capability table decides: a check kind a target cannot implement is an error (never silently dropped),
 * an approximate one a warning that says what differs. Policy-wide kinds are reported at the target in
 * provider.yaml, volume kinds at the customer's volume.
 */
export function capabilityDiagnostics(ctx: RuleContext, table: Table): Diagnostic[] {
  const p = ctx.inputs.provider;
  const m = ctx.inputs.monitoring;
  if (!p || !m) return [];
  const out: Diagnostic[] = [];
  const used = new Set<CheckKind>();
  for (const c of ctx.inputs.customers) for (const s of c.data.servers) for (const k of checkKindsOf(m.data, s)) used.add(k);
  const VOLUME_KINDS: ReadonlySet<CheckKind> = new Set<CheckKind>(['volume', 'share']);
  p.data.monitoring.targets.forEach((t, i) => {
    const row = table[t];
    const unsupported = [...used].filter((k) => !VOLUME_KINDS.has(k) && row[k].level === 'unsupported');
    const approximate = [...used].filter((k) => !VOLUME_KINDS.has(k) && row[k].level === 'approximate');
    for (const k of unsupported) {
      out.push(ctx.at('A005', 'error', p.file, ['monitoring', 'targets', i],
        `target ${t} cannot monitor ${k} checks (${row[k].how}), which ${m.file} requires`,
        `remove ${t} from monitoring.targets, or monitor ${k} with another target`));
    }
    for (const k of approximate) {
      out.push(ctx.at('A006', 'warning', p.file, ['monitoring', 'targets', i],
        `target ${t} monitors ${k} checks only approximately: ${row[k].how}`,
        `accept the difference, or monitor ${k} with another target`));
    }
  });
  for (const c of ctx.inputs.customers) {
    c.data.servers.forEach((s, si) => {
      for (const v of monitoredVolumes(s)) {
        const vi = s.storage.indexOf(v);
        const kind: CheckKind = isShare(v.path) ? 'share' : 'volume';
        const bad = p.data.monitoring.targets.filter((t) => table[t][kind].level === 'unsupported');
        const approx = p.data.monitoring.targets.filter((t) => table[t][kind].level === 'approximate');
        if (bad.length) {
          out.push(ctx.at('A005', 'error', c.file, ['servers', si, 'storage', vi, 'path'],
            `volume ${v.id} of server ${s.id} (${kind}) cannot be monitored by ${bad.join(', ')}`,
            'give the volume a drive letter or mount point, or change monitoring.targets'));
        }
        if (approx.length) {
          out.push(ctx.at('A006', 'warning', c.file, ['servers', si, 'storage', vi, 'path'],
            `volume ${v.id} of server ${s.id} is a ${kind}: monitored approximately — ${approx.map((t) => `${t}: ${table[t][kind].how}`).join('; ')}`,
            'map the share to a drive letter on the server if the figure must be exact, or accept the difference'));
        }
      }
    });
  }
  return out;
}

export const monitoringCapabilities: Rule = {
  code: 'A005',
  check: (ctx) => capabilityDiagnostics(ctx, CAPABILITIES).filter((d) => d.code === 'A005'),
};

export const monitoringApproximations: Rule = {
  code: 'A006',
  check: (ctx) => capabilityDiagnostics(ctx, CAPABILITIES).filter((d) => d.code === 'A006'),
};

/** Non-cloud volumes need a path to be monitored (仕様書3). */
export const monitoredVolumesHavePaths: Rule = {
  code: 'A007',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const c of ctx.inputs.customers) {
      c.data.servers.forEach((s, si) => {
        s.storage.forEach((v, vi) => {
          if (v.kind === 'cloud' || (typeof v.path === 'string' && v.path.length > 0)) return;
          out.push(ctx.at('A007', 'error', c.file, ['servers', si, 'storage', vi],
            `volume ${v.id} of server ${s.id} is ${v.kind} storage without a path: it cannot be monitored`,
            'add its path, e.g. path: "D:\\\\" or path: \'\\\\nas01\\share\' (only cloud volumes go unmonitored)', 'key'));
        });
      });
    }
    return out;
  },
};

/** Service and process names give the check labels; two names must not give the same label. */
export const distinctCheckLabels: Rule = {
  code: 'A008',
  check(ctx) {
    const out: Diagnostic[] = [];
    const m = ctx.inputs.monitoring;
    if (!m) return out;
    for (const [list, what] of [['services', 'service'], ['processes', 'process']] as const) {
      const seen = new Map<string, string>();
      m.data[list].forEach((x, i) => {
        const k = slug(x.name);
        const prev = seen.get(k);
        if (prev !== undefined && prev !== x.name) {
          out.push(ctx.at('A008', 'error', m.file, [list, i, 'name'],
            `${what} ${x.name} gives the same check label ${what}-${k} as ${prev}`,
            `check labels ignore case and punctuation: list each ${what} once`));
        }
        if (prev === undefined) seen.set(k, x.name);
      });
    }
    return out;
  },
};

/** The VVAULT log path is an absolute Windows path; Zabbix logrt[] takes wildcards only in the file name. */
export const vvaultLogPath: Rule = {
  code: 'A009',
  check(ctx) {
    const m = ctx.inputs.monitoring;
    if (!m) return [];
    const path = m.data.vvaultLog.path;
    const { dir } = splitLogPath(path);
    const absolute = /^[A-Za-z]:\\/.test(path) || path.startsWith('\\\\');
    const zabbix = ctx.inputs.provider?.data.monitoring.targets.includes('zabbix') ?? false;
    if (!absolute) {
      return [ctx.at('A009', 'error', m.file, ['vvaultLog', 'path'], `vvaultLog.path ${path} is not an absolute Windows path`,
        "write the full path, e.g. 'C:\\Program Files\\VVAULT\\Log\\*.log'")];
    }
    if (zabbix && /[*?]/.test(dir)) {
      return [ctx.at('A009', 'error', m.file, ['vvaultLog', 'path'], `vvaultLog.path ${path} has a wildcard in a folder name: Zabbix logrt[] matches only file names`,
        'put the wildcard in the file name only, e.g. C:\\VVAULT\\Log\\*.log, or remove zabbix from monitoring.targets')];
    }
    return [];
  },
};
