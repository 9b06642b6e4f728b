import { MESSAGES } from '../../diagnostics/messages/index.js';
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
        MESSAGES.A004.noEndpoint({ target: t.name, key: t.endpoint.key, example: endpointExample(t) }),
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
  // A005 and A006 are one computation: once per check run (and registry)
  const runs = CAPABILITIES.get(ctx.inputs);
  const hit = runs?.get(registry);
  if (hit) return hit;
  const out = computeCapabilityDiagnostics(ctx, registry);
  if (runs) runs.set(registry, out);
  else CAPABILITIES.set(ctx.inputs, new Map([[registry, out]]));
  return out;
}

const CAPABILITIES = new WeakMap<RuleContext['inputs'], Map<readonly TargetData[], Diagnostic[]>>();
const VOLUME_KINDS: ReadonlySet<CheckKind> = new Set<CheckKind>(['volume', 'share']);

function computeCapabilityDiagnostics(ctx: RuleContext, registry: readonly TargetData[]): Diagnostic[] {
  const p = ctx.inputs.provider;
  const m = ctx.inputs.monitoring;
  if (!p || !m) return [];
  const out: Diagnostic[] = [];
  const listed = p.data.monitoring.targets.flatMap((name, i) => {
    const t = targetOf(registry, name);
    return t ? [{ t, i }] : [];
  });
  // the policy-wide kinds: the same on every server (checkKindsOf without its volumes), used when any server is
  const server = ctx.inputs.customers.find((c) => c.data.servers.length > 0)?.data.servers[0];
  const used = server ? [...checkKindsOf(m.data, server)].filter((k) => !VOLUME_KINDS.has(k)) : [];
  for (const { t, i } of listed) {
    const row = t.capabilities;
    const unsupported = used.filter((k) => row[k].level === 'unsupported');
    const approximate = used.filter((k) => row[k].level === 'approximate');
    for (const k of unsupported) {
      out.push(ctx.at('A005', 'error', p.file, ['monitoring', 'targets', i], MESSAGES.A005.kind({ target: t.name, kind: k, how: row[k].how, file: m.file })));
    }
    for (const k of approximate) {
      out.push(ctx.at('A006', 'warning', p.file, ['monitoring', 'targets', i], MESSAGES.A006.kind({ target: t.name, kind: k, how: row[k].how })));
    }
  }
  // per volume kind, the listed targets that cannot implement it or only approximately (the same for every volume)
  const levels = (kind: CheckKind) => ({
    bad: listed.filter(({ t }) => t.capabilities[kind].level === 'unsupported').map(({ t }) => t),
    approx: listed.filter(({ t }) => t.capabilities[kind].level === 'approximate').map(({ t }) => t),
  });
  const byKind = { share: levels('share'), volume: levels('volume') };
  if (byKind.share.bad.length + byKind.share.approx.length + byKind.volume.bad.length + byKind.volume.approx.length === 0) return out;
  for (const c of ctx.inputs.customers) {
    c.data.servers.forEach((s, si) => {
      for (const v of monitoredVolumes(s)) {
        const vi = s.storage.indexOf(v);
        const kind = isShare(v.path) ? 'share' : 'volume';
        const { bad, approx } = byKind[kind];
        if (bad.length) {
          out.push(
            ctx.at(
              'A005',
              'error',
              c.file,
              ['servers', si, 'storage', vi, 'path'],
              MESSAGES.A005.volume({ volume: v.id, server: s.id, kind, targets: bad.map((t) => t.name) }),
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
              MESSAGES.A006.volume({ volume: v.id, server: s.id, kind, details: approx.map((t) => `${t.name}: ${t.capabilities[kind].how}`) }),
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
          out.push(ctx.at('A007', 'error', c.file, ['servers', si, 'storage', vi], MESSAGES.A007.noPath({ volume: v.id, server: s.id, kind: v.kind }), 'key'));
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
          out.push(ctx.at('A008', 'error', m.file, [list, i, 'name'], MESSAGES.A008.sameLabel({ what, name: x.name, label: k, previous: prev })));
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
    return [ctx.at('A009', 'error', m.file, ['vvaultLog', 'path'], MESSAGES.A009.notAbsolute({ path }))];
  }
  if (strict.length && /[*?]/.test(dir)) {
    return [
      ctx.at(
        'A009',
        'error',
        m.file,
        ['vvaultLog', 'path'],
        MESSAGES.A009.folderWildcard({ path, why: strict.map((t) => t.why), targets: strict.map((t) => t.name) }),
      ),
    ];
  }
  return [];
}

export const vvaultLogPath: Rule = {
  code: 'A009',
  check: (ctx) => logPathDiagnostics(ctx, TARGETS),
};
