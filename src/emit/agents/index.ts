/**
 * The agent-bundle emitters (issue 4): one `agents/<name>` emitter per registered target (src/targets/index.ts)
 * plus `agents/bundle` (prerequisites, checklist, monitoring setup, manifest).
 */
import { TARGETS } from '../../targets/index.js';
import type { TargetDescriptor } from '../../targets/target.js';
import type { Emitter } from '../types.js';
import { bundleEmitter, targetEmitter } from './bundle.js';

/** the emitters of a registry of targets, in registry order, the bundle last */
export function agentEmitters(registry: readonly TargetDescriptor[]): Emitter[] {
  return [...registry.map(targetEmitter), bundleEmitter(registry)];
}

export const AGENT_EMITTERS: Emitter[] = agentEmitters(TARGETS);
