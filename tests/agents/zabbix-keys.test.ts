/**
 * Every item key of every generated Zabbix template is a key Zabbix agent 2 documents, with the documented number
 * of parameters (tests/agents/data/zabbix-agent-active-keys.txt: the 6.0.14 frontend's CItemData.php, its source
 * named in the file), and the real zabbix_agent2 installed here answers every key that is not Windows-only (on
 * Linux, `proc.num[VVAULT.exe]` is 0 and `vfs.fs.size[D:,pused]` finds no D:, but neither is an "Unknown metric").
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { EXAMPLE } from '../helpers.js';
import { itWithTool, tool } from '../tools.js';
import { agentArtifacts, model, text } from './util.js';

/** keys agent 2 implements only on Windows (Zabbix 6.0 manual, "Windows-specific item keys"); Linux answers "Unknown metric" */
const WINDOWS_ONLY = ['eventlog', 'perf_counter_en', 'perf_instance_en.discovery', 'service.info'];
/** keys the agent refuses in `-t` mode (active-only log items): Linux can only say so */
const ACTIVE_ONLY = ['logrt'];

interface Sig {
  name: string;
  required: number;
  max: number;
}

function documented(): Map<string, Sig> {
  const file = join(import.meta.dirname, 'data', 'zabbix-agent-active-keys.txt');
  const out = new Map<string, Sig>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([^[]+)(?:\[(.*)\])?$/.exec(line);
    if (!m) throw new Error(`bad line in the key list: ${line}`);
    const params = m[2] === undefined ? [] : m[2].split(',');
    out.set(m[1]!, { name: m[1]!, required: params.filter((p) => !p.startsWith('<')).length, max: params.length });
  }
  return out;
}

/** split a Zabbix item key into its name and parameters (quoted with "…" and \" inside, or unquoted up to a comma) */
function parseKey(key: string): { name: string; params: string[] } {
  const open = key.indexOf('[');
  if (open < 0) return { name: key, params: [] };
  if (!key.endsWith(']')) throw new Error(`key without a closing ]: ${key}`);
  const body = key.slice(open + 1, -1);
  const params: string[] = [];
  let i = 0;
  for (;;) {
    if (body[i] === '"') {
      let v = '';
      i++;
      while (i < body.length && body[i] !== '"') {
        if (body[i] === '\\' && body[i + 1] === '"') i++;
        v += body[i];
        i++;
      }
      if (body[i] !== '"') throw new Error(`unterminated quoted parameter in ${key}`);
      i++;
      params.push(v);
      if (i < body.length && body[i] !== ',') throw new Error(`text after a quoted parameter in ${key}`);
    } else {
      const end = body.indexOf(',', i);
      params.push(body.slice(i, end < 0 ? body.length : end));
      i = end < 0 ? body.length : end;
    }
    if (i >= body.length) break;
    i++; // the comma
  }
  return { name: key.slice(0, open), params };
}

interface ZItem {
  key: string;
}
interface Export {
  zabbix_export: { templates: Array<{ items: ZItem[]; discovery_rules: Array<ZItem & { item_prototypes: ZItem[] }> }> };
}

const artifacts = await agentArtifacts(model(EXAMPLE));
const templates = artifacts.filter((a) => a.path.endsWith('/zabbix/template.yaml'));
const keys = [
  ...new Set(
    templates.flatMap((a) => {
      const t = (load(text(a)) as Export).zabbix_export.templates[0]!;
      return [...t.items.map((i) => i.key), ...t.discovery_rules.flatMap((r) => [r.key, ...r.item_prototypes.map((p) => p.key)])];
    }),
  ),
].sort();
const DOCUMENTED = documented();

describe('Zabbix item keys', () => {
  it('the key parser reads quoted and unquoted parameters (the check below can fail)', () => {
    expect(parseKey('vfs.fs.size[D:,pused]')).toEqual({ name: 'vfs.fs.size', params: ['D:', 'pused'] });
    expect(parseKey('perf_counter_en["\\A(x)\\B",60]')).toEqual({ name: 'perf_counter_en', params: ['\\A(x)\\B', '60'] });
    expect(parseKey('eventlog[System,,"a\\"b",,skip]').params).toEqual(['System', '', 'a"b', '', 'skip']);
    expect(DOCUMENTED.has('vm.memory.util')).toBe(false);
    expect(DOCUMENTED.get('vm.memory.size')).toEqual({ name: 'vm.memory.size', required: 0, max: 1 });
  });

  it('the example yields every check kind (memory included)', () => {
    expect(keys).toContain('vm.memory.size[pused]');
    expect(keys.length).toBeGreaterThan(10);
  });

  it.each(keys.map((k) => [k]))('%s is a documented agent key with its documented parameters', (k) => {
    const { name, params } = parseKey(k);
    const sig = DOCUMENTED.get(name);
    expect(sig, `${name} is not in the agent's key list`).toBeDefined();
    expect(params.length).toBeLessThanOrEqual(sig!.max);
    for (let i = 0; i < sig!.required; i++) expect(params[i] ?? '', `required parameter ${i + 1} of ${name}`).not.toBe('');
  });

  const linux = keys.filter((k) => !WINDOWS_ONLY.includes(parseKey(k).name));
  itWithTool('zabbix_agent2').each(linux.map((k) => [k]))('the real zabbix_agent2 knows %s', (k) => {
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-zbx-keys-'));
    const conf = join(dir, 'zabbix_agent2.conf');
    writeFileSync(conf, 'Server=127.0.0.1\nHostname=vmsc-test\nLogType=console\n');
    const r = spawnSync(tool('zabbix_agent2'), ['-c', conf, '-t', k], { encoding: 'utf8', timeout: 30000 });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/Unknown metric|Invalid (first|second|third|number of) parameter/i);
    if (ACTIVE_ONLY.includes(parseKey(k).name)) expect(r.stdout).toMatch(/not supported in test or single passive check mode/);
    else if (/^(agent\.ping|system\.cpu\.util|vm\.memory\.size|proc\.num)/.test(k)) expect(r.stdout).toMatch(/\[s\|[0-9.]+\]/);
  });

  itWithTool('zabbix_agent2').each(WINDOWS_ONLY.map((k) => [k]))('%s is Windows-only: the Linux agent does not know it', (name) => {
    expect(keys.some((k) => parseKey(k).name === name)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-zbx-keys-'));
    const conf = join(dir, 'zabbix_agent2.conf');
    writeFileSync(conf, 'Server=127.0.0.1\nHostname=vmsc-test\nLogType=console\n');
    const r = spawnSync(tool('zabbix_agent2'), ['-c', conf, '-t', `${name}[x]`], { encoding: 'utf8', timeout: 30000 });
    expect(r.stdout).toMatch(/Unknown metric/);
  });

  itWithTool('zabbix_agent2')('the real agent rejects the old vm.memory.util (the Linux check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmsc-zbx-keys-'));
    const conf = join(dir, 'zabbix_agent2.conf');
    writeFileSync(conf, 'Server=127.0.0.1\nHostname=vmsc-test\nLogType=console\n');
    const r = spawnSync(tool('zabbix_agent2'), ['-c', conf, '-t', 'vm.memory.util'], { encoding: 'utf8', timeout: 30000 });
    expect(r.stdout).toMatch(/Unknown metric/);
  });
});
