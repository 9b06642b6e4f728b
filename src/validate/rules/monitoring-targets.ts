import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Rule, RuleContext } from '../rule.js';
import { checkKindsOf, isShare, monitoredVolumes, slug, splitLogPath } from '../../resolve/monitoring.js';
import type { CheckKind } from '../../resolve/monitoring.js';
import { TARGETS } from '../../targets/index.js';
import type { TargetData } from '../../targets/target.js';
import { endpointExample } from '../../targets/target.js';

/** the registered target of a listed name; none for a name the schema already rejects (S-codes) */
function targetOf(registry: readonly TargetData[], name: string): TargetData | undefined {
  return registry.find((t) => t.name === name);
}

/** Each target listed in provider.yaml monitoring.targets has its endpoint configuration. */
export function endpointDiagnostics(ctx: RuleContext, registry: readonly TargetData[]): Diagnostic[] {
  const p = ctx.inputs.provider;
  if (!p) return [];
  const out: Diagnostic[] = [];
  p.data.monitoring.targets.forEach((name, i) => {
    const t = targetOf(registry, name);
    if (!t || p.data.monitoring[t.endpoint.key]) return;
    out.push(
      ctx.at(
        'A004',
        'error',
        p.file,
        ['monitoring', 'targets', i],
        `monitoring target ${t.name} is listed but monitoring.${t.endpoint.key} (its endpoint) is missing`,
        `add under monitoring: ${endpointExample(t)} — or remove ${t.name} from targets`,
      ),
    );
  });
  return out;
}

export const monitoringEndpoints: Rule = {
  code: 'A004',
  check: (ctx) => endpointDiagnostics(ctx, TARGETS),
};

/**
 * Each target's capabilities decide: a check kind a target cannot implement is an error (never silently dropped),
 * an approximate one a warning that says what differs. Policy-wide kinds are reported at the target in
 * provider.yaml, volume kinds at the customer's volume.
 */
export function capabilityDiagnostics(ctx: RuleContext, registry: readonly TargetData[]): Diagnostic[] {
  const p = ctx.inputs.provider;
  const m = ctx.inputs.monitoring;
  if (!p || !m) return [];
  const out: Diagnostic[] = [];
  const used = new Set<CheckKind>();
  for (const c of ctx.inputs.customers) for (const s of c.data.servers) for (const k of checkKindsOf(m.data, s)) used.add(k);
  const VOLUME_KINDS: ReadonlySet<CheckKind> = new Set<CheckKind>(['volume', 'share']);
  const listed = p.data.monitoring.targets.flatMap((name, i) => {
    const t = targetOf(registry, name);
    return t ? [{ t, i }] : [];
  });
  for (const { t, i } of listed) {
    const row = t.capabilities;
    const unsupported = [...used].filter((k) => !VOLUME_KINDS.has(k) && row[k].level === 'unsupported');
    const approximate = [...used].filter((k) => !VOLUME_KINDS.has(k) && row[k].level === 'approximate');
    for (const k of unsupported) {
      out.push(
        ctx.at(
          'A005',
          'error',
          p.file,
          ['monitoring', 'targets', i],
          `target ${t.name} cannot monitor ${k} checks (${row[k].how}), which ${m.file} requires`,
          `remove ${t.name} from monitoring.targets, or monitor ${k} with another target`,
        ),
      );
    }
    for (const k of approximate) {
      out.push(
        ctx.at(
          'A006',
          'warning',
          p.file,
          ['monitoring', 'targets', i],
          `target ${t.name} monitors ${k} checks only approximately: ${row[k].how}`,
          `accept the difference, or monitor ${k} with another target`,
        ),
      );
    }
  }
  for (const c of ctx.inputs.customers) {
    c.data.servers.forEach((s, si) => {
      for (const v of monitoredVolumes(s)) {
        const vi = s.storage.indexOf(v);
        const kind: CheckKind = isShare(v.path) ? 'share' : 'volume';
        const bad = listed.filter(({ t }) => t.capabilities[kind].level === 'unsupported').map(({ t }) => t);
        const approx = listed.filter(({ t }) => t.capabilities[kind].level === 'approximate').map(({ t }) => t);
        if (bad.length) {
          out.push(
            ctx.at(
              'A005',
              'error',
              c.file,
              ['servers', si, 'storage', vi, 'path'],
              `volume ${v.id} of server ${s.id} (${kind}) cannot be monitored by ${bad.map((t) => t.name).join(', ')}`,
              'give the volume a drive letter or mount point, or change monitoring.targets',
            ),
          );
        }
        if (approx.length) {
          out.push(
            ctx.at(
              'A006',
              'warning',
              c.file,
              ['servers', si, 'storage', vi, 'path'],
              `volume ${v.id} of server ${s.id} is a ${kind}: monitored approximately — ${approx.map((t) => `${t.name}: ${t.capabilities[kind].how}`).join('; ')}`,
              'map the share to a drive letter on the server if the figure must be exact, or accept the difference',
            ),
          );
        }
      }
    });
  }
  return out;
}

export const monitoringCapabilities: Rule = {
  code: 'A005',
  check: (ctx) => capabilityDiagnostics(ctx, TARGETS).filter((d) => d.code === 'A005'),
};

export const monitoringApproximations: Rule = {
  code: 'A006',
  check: (ctx) => capabilityDiagnostics(ctx, TARGETS).filter((d) => d.code === 'A006'),
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
          out.push(
            ctx.at(
              'A007',
              'error',
              c.file,
              ['servers', si, 'storage', vi],
              `volume ${v.id} of server ${s.id} is ${v.kind} storage without a path: it cannot be monitored`,
              'add its path, e.g. path: "D:\\\\" or path: \'\\\\nas01\\share\' (only cloud volumes go unmonitored)',
              'key',
            ),
          );
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
    for (const [list, what] of [
      ['services', 'service'],
      ['processes', 'process'],
    ] as const) {
      const seen = new Map<string, string>();
      m.data[list].forEach((x, i) => {
        const k = slug(x.name);
        const prev = seen.get(k);
        if (prev !== undefined && prev !== x.name) {
          out.push(
            ctx.at(
              'A008',
              'error',
              m.file,
              [list, i, 'name'],
              `${what} ${x.name} gives the same check label ${what}-${k} as ${prev}`,
              `check labels ignore case and punctuation: list each ${what} once`,
            ),
          );
        }
        if (prev === undefined) seen.set(k, x.name);
      });
    }
    return out;
  },
};

/** The VVAULT log path is an absolute Windows path; some targets (Zabbix logrt[]) take wildcards only in the file name. */
export function logPathDiagnostics(ctx: RuleContext, registry: readonly TargetData[]): Diagnostic[] {
  const m = ctx.inputs.monitoring;
  if (!m) return [];
  const path = m.data.vvaultLog.path;
  const { dir } = splitLogPath(path);
  const absolute = /^[A-Za-z]:\\/.test(path) || path.startsWith('\\\\');
  const strict = (ctx.inputs.provider?.data.monitoring.targets ?? []).flatMap((name) => {
    const t = targetOf(registry, name);
    return t?.logFolderWildcard ? [{ name: t.name, why: t.logFolderWildcard.unsupported }] : [];
  });
  if (!absolute) {
    return [
      ctx.at(
        'A009',
        'error',
        m.file,
        ['vvaultLog', 'path'],
        `vvaultLog.path ${path} is not an absolute Windows path`,
        "write the full path, e.g. 'C:\\Program Files\\VVAULT\\Log\\*.log'",
      ),
    ];
  }
  if (strict.length && /[*?]/.test(dir)) {
    return [
      ctx.at(
        'A009',
        'error',
        m.file,
        ['vvaultLog', 'path'],
        `vvaultLog.path ${path} has a wildcard in a folder name: ${strict.map((t) => t.why).join('; ')}`,
        `put the wildcard in the file name only, e.g. C:\\VVAULT\\Log\\*.log, or remove ${strict.map((t) => t.name).join(' and ')} from monitoring.targets`,
      ),
    ];
  }
  return [];
}

export const vvaultLogPath: Rule = {
  code: 'A009',
  check: (ctx) => logPathDiagnostics(ctx, TARGETS),
};
