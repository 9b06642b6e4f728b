/**
 * The real consumers of the artifacts, for the hostile-input tests: libyaml (Python's yaml on Debian's
 * python3-yaml: a YAML 1.1 reader), amtool check-config (Go's yaml.v2 and text/template), zabbix_agent2 -t (its
 * item key parser). Each is guarded by tests/tools.ts: callers use itWithTool / withTool.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile } from '../../src/driver/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { emitAll } from '../../src/emit/run.js';
import { AGENT_EMITTERS } from '../../src/emit/agents/index.js';
import { routingEmitter } from '../../src/emit/routing/index.js';
import { revisionNoticeEmitter, workCompletionEmitter } from '../../src/emit/notices/index.js';
import { readAssets } from '../../src/cli/host.js';
import type { Assets } from '../../src/emit/types.js';
import type { Artifact } from '../../src/emit/types.js';
import type { Model } from '../../src/model/model.js';
import type { SourceFile } from '../../src/load/yaml.js';
import { tool } from '../tools.js';

const LIBYAML = `
import sys, json, math, yaml
def norm(x):
    if isinstance(x, float) and not math.isfinite(x):
        return 'nan' if math.isnan(x) else ('+inf' if x > 0 else '-inf')
    if isinstance(x, dict):
        return {str(k): norm(v) for k, v in x.items()}
    if isinstance(x, list):
        return [norm(v) for v in x]
    return x
docs = []
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        docs.append(norm(yaml.load(f, Loader=yaml.CSafeLoader)))
sys.stdout.write(json.dumps(docs, ensure_ascii=True, default=str))
`;

let dirN = 0;
function tmp(): string {
  return mkdtempSync(join(tmpdir(), `vmsc-hostile-${dirN++}-`));
}

/** each text as libyaml (YAML 1.1, C parser) reads it (non-finite numbers as strings, see jsonNormal); throws with libyaml's message when it refuses one */
export function libyaml(texts: readonly string[]): unknown[] {
  const dir = tmp();
  const files = texts.map((t, i) => {
    const f = join(dir, `${i}.yaml`);
    writeFileSync(f, t);
    return f;
  });
  const r = spawnSync(tool('python3'), ['-c', LIBYAML, ...files], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`libyaml refused a file: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown[];
}

/** a value as libyaml() gives it: non-finite numbers as the strings '+inf', '-inf', 'nan' */
export function jsonNormal(v: unknown): unknown {
  return JSON.parse(
    JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' && !Number.isFinite(x) ? (Number.isNaN(x) ? 'nan' : x > 0 ? '+inf' : '-inf') : x)),
  );
}

/** amtool check-config on an Alertmanager configuration: exit status and output */
export function amtoolCheck(yaml: string): { ok: boolean; out: string } {
  const dir = tmp();
  const f = join(dir, 'alertmanager.yml');
  writeFileSync(f, yaml);
  const r = spawnSync(tool('amtool'), ['check-config', f], { encoding: 'utf8', timeout: 60_000 });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

/** what zabbix_agent2 -t says of an item key (the key parser of the real agent) */
export function zabbixTest(key: string): string {
  const dir = tmp();
  const conf = join(dir, 'zabbix_agent2.conf');
  writeFileSync(conf, 'Server=127.0.0.1\nHostname=vmsc-test\nLogType=console\n');
  const r = spawnSync(tool('zabbix_agent2'), ['-c', conf, '-t', key], { encoding: 'utf8', timeout: 30_000 });
  return `${r.stdout}${r.stderr}`;
}

/** the zabbix_agent2 conf loads (`-t agent.ping` exits 0) */
export function zabbixConfLoads(text: string): { ok: boolean; out: string } {
  const dir = tmp();
  const conf = join(dir, 'zabbix_agent2.conf');
  writeFileSync(conf, text);
  const r = spawnSync(tool('zabbix_agent2'), ['-c', conf, '-t', 'agent.ping'], { encoding: 'utf8', timeout: 30_000 });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

let assets: Assets | undefined;

/** check + build in memory: the errors, or the model and the artifacts of the agent and routing emitters (and the mails) */
export async function buildAll(
  sources: SourceFile[],
  today = '2026-11-27',
  withMail = false,
): Promise<{ errors: Diagnostic[]; model?: Model; artifacts: Artifact[] }> {
  const r = compile(sources, { today });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (!r.model) return { errors, artifacts: [] };
  const emitters = [...AGENT_EMITTERS, routingEmitter, ...(withMail ? [revisionNoticeEmitter, workCompletionEmitter] : [])];
  const artifacts = await emitAll({ model: r.model, assets: withMail ? (assets ??= readAssets()) : { templates: new Map(), fonts: new Map() } }, { emitters });
  return { errors, model: r.model, artifacts };
}

export function textOf(a: Artifact): string {
  return typeof a.data === 'string' ? a.data : Buffer.from(a.data).toString('utf8');
}
