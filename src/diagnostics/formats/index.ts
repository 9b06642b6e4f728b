/** The diagnostics formats of `vmsc check --format`: one line per format, the first is the default. */
import type { DiagnosticsFormat } from './format.js';
import { human } from './human/index.js';
import { json } from './json/index.js';
import { github } from './github/index.js';

export const FORMATS: readonly DiagnosticsFormat[] = [human, json, github];

export type { DiagnosticsFormat } from './format.js';
