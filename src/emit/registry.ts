/** The emitter registry: one line per artifact kind, in output order. */
import type { Emitter } from './types.js';

export const EMITTERS: Emitter[] = [];
