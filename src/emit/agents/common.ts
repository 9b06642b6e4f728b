/** Shared helpers of the agent emitters: bundle paths, the consent guard, the selected targets, artifacts. */
import type { Model, ResolvedCustomer, ResolvedServer } from '../../model/model.js';
import type { BundleFile, TargetDescriptor } from '../../targets/target.js';
import { targetsNamed } from '../../targets/target.js';
import type { Artifact } from '../types.js';

export function bundleDir(customer: ResolvedCustomer, server: ResolvedServer): string {
  return `${customer.id}/agents/${server.id}`;
}

/**
 * 第9条: a bundle exists only with the customer's consent. The rule A003 makes check fail first; reaching this
 * without consent is a bug, so it throws rather than skip silently.
 */
export function assertConsent(customer: ResolvedCustomer): void {
  if (!customer.source.contract.monitoringConsent) {
    throw new Error(`internal: agent bundle requested for ${customer.id} without monitoringConsent (第9条; rule A003 should have stopped the build)`);
  }
}

/** the registered targets listed in provider.yaml monitoring.targets, sorted by name */
export function targetsOf(model: Model, registry: readonly TargetDescriptor[]): TargetDescriptor[] {
  return targetsNamed(registry, model.policies.provider.monitoring.targets);
}

export function toArtifacts(kind: string, customer: ResolvedCustomer, server: ResolvedServer, files: readonly BundleFile[]): Artifact[] {
  const dir = bundleDir(customer, server);
  return files.map((f) => ({ path: `${dir}/${f.path}`, data: f.data, kind, customer: customer.id }));
}
