/**
 * The emitter registry: one line per artifact kind, in output order. `vmsc build` runs these emitters and
 * `vmsc plan` reads their `review` hooks (review/hooks.ts), so a kind is added here and in its own folder only.
 */
import type { Emitter } from './types.js';
import { AGENT_EMITTERS } from './agents/index.js';
import { contractEmitter, invoiceEmitter } from './documents/index.js';
import { revisionNoticeEmitter, workCompletionEmitter } from './notices/index.js';
import { routingEmitter } from './routing/index.js';

export const EMITTERS: Emitter[] = [routingEmitter, revisionNoticeEmitter, workCompletionEmitter, contractEmitter, invoiceEmitter, ...AGENT_EMITTERS];
