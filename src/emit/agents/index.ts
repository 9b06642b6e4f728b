/** The agent-bundle emitters (issue 4): one module per target plus the shared bundle files (prerequisites, manifest). */
import type { Emitter } from '../types.js';
import { bundleEmitter } from './bundle.js';
import { datadogEmitter } from './datadog/index.js';
import { zabbixEmitter } from './zabbix/index.js';

export const AGENT_EMITTERS: Emitter[] = [zabbixEmitter, datadogEmitter, bundleEmitter]
  // `vmsc plan`: the meanings that explain a change to a bundle's files
  .map((e): Emitter => ({ ...e, review: { topics: ['monitoring', 'servers', 'consent'] } }));
