/** The emitter registry: one line per artifact kind, in output order. */
import type { Emitter } from './types.js';
import { revisionNoticeEmitter, workCompletionEmitter } from './notices/index.js';

export const EMITTERS: Emitter[] = [revisionNoticeEmitter, workCompletionEmitter];
