/**
 * What an agent target is (issue 4): one descriptor object in its own folder `src/targets/<name>/`, listed once in
 * `src/targets/index.ts`. Everything that differs between Zabbix, Datadog or a future agent lives in the
 * descriptor: the provider.yaml endpoint block it needs, how it implements each check kind, where it connects out
 * to, and the files of its part of a server's bundle. The bundle, the emitters and the A-rules only iterate the
 * registry.
 *
 * Layering: src/targets imports resolve/, model/ (types) and types/generated; never validate/ nor emit/. So both
 * validate/ (the A-rules read the data part) and emit/agents/ (the bundle asks each target for its files) import it.
 */
import type { Model, ResolvedServer } from '../model/model.js';
import type { CheckKind } from '../resolve/monitoring.js';
import type { ProviderMonitoring } from '../types/generated/provider.js';

/** a file of a bundle, path relative to the bundle folder (a target's own files: relative to its `<name>/` folder) */
export interface BundleFile {
  path: string;
  data: string;
}

export type CapabilityLevel = 'native' | 'approximate' | 'unsupported';

export interface CapabilityEntry {
  level: CapabilityLevel;
  /** how it is implemented (and, when approximate, what differs; when unsupported, why) */
  how: string;
}

/** how a target implements each check kind: A005 (unsupported: error), A006 (approximate: warning), checklist.md */
export type Capabilities = Readonly<Record<CheckKind, CapabilityEntry>>;

/** the key of a target's endpoint block under provider.yaml `monitoring:` */
export type EndpointKey = Exclude<keyof ProviderMonitoring, 'targets' | 'saasEndpoint'>;

/** an outbound connection of an agent: checked by prerequisites.ps1, listed in checklist.md */
export interface Connection {
  what: string;
  host: string;
  port: number;
}

export interface TargetFilesContext {
  model: Model;
  server: ResolvedServer;
}

/** The part of a target the rules read: pure data, no file production. */
export interface TargetData<N extends string = string> {
  /** as listed in provider.yaml `monitoring.targets`; also the folder of its files in the bundle and the emitter `agents/<name>` */
  name: N;
  /** the agent's product name, as the checklist names it */
  label: string;
  endpoint: {
    /** the provider.yaml block `monitoring.<key>` the target needs (A004) */
    key: EndpointKey;
    /** an example of that block, for hints and docs (the schema's first example) */
    example: Readonly<Record<string, string>>;
  };
  capabilities: Capabilities;
  /** set when the target cannot read a VVAULT log whose folder names hold a wildcard: why (A009) */
  logFolderWildcard?: { unsupported: string };
}

export interface TargetDescriptor<N extends string = string> extends TargetData<N> {
  /** the outbound connections of the agent, from the provider's monitoring block ([] when its endpoint is missing) */
  connections(monitoring: ProviderMonitoring): Connection[];
  /** the target's files of one server's bundle, paths relative to `<name>/` */
  files(ctx: TargetFilesContext): BundleFile[];
}

/** `zabbix: { server: zabbix.example.jp, serverActive: zabbix.example.jp }`: the example block as one YAML line */
export function endpointExample(t: TargetData): string {
  return `${t.endpoint.key}: { ${Object.entries(t.endpoint.example)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} }`;
}

/** the descriptors of the named targets, sorted by name (the bundle's order); an unregistered name is a bug */
export function targetsNamed<T extends TargetData>(registry: readonly T[], names: readonly string[]): T[] {
  return [...names].sort().map((n) => {
    const t = registry.find((x) => x.name === n);
    if (!t) throw new Error(`internal: monitoring target ${n} is not registered in src/targets/index.ts`);
    return t;
  });
}
