/** The rule registry: one line per rule module. */
import type { Rule } from '../rule.js';

export const RULES: Rule[] = [];
