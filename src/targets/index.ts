/**
 * The agent targets: one line per target, each a descriptor in its own folder (src/targets/<name>/index.ts).
 * Adding a target: its folder, one line here, and its name and endpoint block in schemas/provider.schema.json
 * (tests/agents/targets.test.ts fails until the schema and this list agree).
 */
import { datadog } from './datadog/index.js';
import { zabbix } from './zabbix/index.js';

export const TARGETS = [zabbix, datadog] as const;

/** a target name as provider.yaml `monitoring.targets` lists it */
export type Target = (typeof TARGETS)[number]['name'];
