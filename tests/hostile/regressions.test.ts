/**
 * Issue 18: the five classes where check said yes and a consuming tool said no (or did the wrong thing), with
 * their exact values. Each case: check rejects the value with a located error, or the build succeeds and the
 * real consumer reads the artifact back with the value intact.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Root } from '../rule-tester.js';
import { ruleTester } from '../rule-tester.js';
import { itWithTool, withTool } from '../tools.js';
import { amtoolCheck, buildAll, jsonNormal, libyaml, textOf, zabbixTest } from './consumers.js';
import type { Artifact } from '../../src/emit/types.js';

const ACME = 'customers/acme-logistics.yaml';
const KITA = 'customers/kitanihon-seiki.yaml';
const PROVIDER = 'policies/provider.yaml';
const MONITORING = 'policies/monitoring.yaml';
const CALENDAR = 'policies/calendar.yaml';

function find(arts: Artifact[], suffix: string): Artifact[] {
  const a = arts.filter((x) => x.path.endsWith(suffix));
  if (a.length === 0) throw new Error(`no artifact *${suffix}`);
  return a;
}

describe('1. check passes, build crashed: legal Windows folder names as storage paths', () => {
  const PATHS = ['D:\\Data, Archive\\', 'D:\\a]b [c]\\', '\\\\kns-backup\\vvault\\Sub, (1)\\', 'E:\\データ (旧)\\'];

  it.each(PATHS)('%s: no error, and the build gives a Zabbix key and a Datadog device for it', async (path) => {
    const r = Root.of().replace(ACME, 'path: "D:\\\\"', `path: ${JSON.stringify(path)}`);
    const { errors, artifacts } = await buildAll(r.sources());
    expect(errors).toEqual([]);
    const template = textOf(find(artifacts, 'acme-logistics/agents/fs01/zabbix/template.yaml')[0]!);
    const item = (
      parse(template) as { zabbix_export: { templates: Array<{ items: Array<{ key: string; name: string }> }> } }
    ).zabbix_export.templates[0]!.items.find((i) => i.key.startsWith('vfs.fs.size['))!;
    expect(item.name).toContain(path);
    if (withTool('zabbix_agent2')) expect(zabbixTest(item.key)).not.toMatch(/Invalid item key format|Unsupported item key/);
    const disk = textOf(find(artifacts, 'acme-logistics/agents/fs01/datadog/conf.d/disk.d/conf.yaml')[0]!);
    if (withTool('python3') && !path.startsWith('\\\\')) {
      // the Datadog disk check matches devices by these regular expressions: one of them matches the path
      const [doc] = libyaml([disk]) as Array<{ instances: Array<{ device_include: string[] }> }>;
      expect(doc!.instances[0]!.device_include.some((re) => new RegExp(`^${re}$`).test(path))).toBe(true);
    }
  });
});

ruleTester('A010', {
  valid: [
    { name: 'a drive root', edit: (r) => r.replace(ACME, 'path: "D:\\\\"', 'path: "G:\\\\"') },
    { name: 'a folder with a comma (mount point)', edit: (r) => r.replace(ACME, 'path: "D:\\\\"', 'path: "D:\\\\Data, Archive\\\\"') },
    { name: 'a UNC share with a folder', edit: (r) => r.replace(KITA, "'\\\\kns-backup\\vvault'", "'\\\\kns-backup\\vvault\\sub'") },
  ],
  invalid: [
    ...['/mnt/data', 'D:', '\\\\host', 'D:\\a|b'].map((p) => ({
      name: `${p} names no Windows volume`,
      edit: (r: Root) => r.replace(ACME, 'path: "D:\\\\"', `path: ${JSON.stringify(p)}`),
      expect: { code: 'A010', file: ACME, at: [JSON.stringify(p), 0] as [string, number], messageIncludes: JSON.stringify(p) },
    })),
  ],
});

describe('2. YAML 1.1 readers saw line breaks the yaml library wrote raw', () => {
  const sourceEdit = (r: Root) => r.replace(MONITORING, 'sources: [VVAULT]', 'sources: ["VVAULT\\L\\u2029x"]');
  const amEdit = (r: Root) =>
    r
      .replace(
        PROVIDER,
        '  replyTo: support@example.jp',
        '  replyTo: support@example.jp\n  smarthost: smtp.example.jp:587\n  authUsername: "relay\\Luser\\Pname"',
      )
      .replace(CALENDAR, '{ name: 年末年始, from: "12-29"', '{ name: "年末\\N年始: x", from: "12-29"');

  it('U+2028/U+2029 in an event source, U+0085 in a break name (a comment) and U+2028 in the SMTP user still check', async () => {
    const r = Root.of();
    sourceEdit(r);
    amEdit(r);
    const { errors, artifacts } = await buildAll(r.sources());
    expect(errors).toEqual([]);
    for (const a of artifacts) if (/\.ya?ml$/.test(a.path)) expect(textOf(a), a.path).not.toMatch(/[\u0085\u2028\u2029]/);
  });

  itWithTool('amtool')('alertmanager.yml passes amtool check-config, and libyaml reads the SMTP user intact', async () => {
    const r = Root.of();
    amEdit(r);
    const { artifacts } = await buildAll(r.sources());
    const am = textOf(find(artifacts, 'routing/alertmanager.yml')[0]!);
    const c = amtoolCheck(am);
    expect(c.ok, c.out).toBe(true);
    if (withTool('python3')) expect((libyaml([am])[0] as { global: Record<string, string> }).global['smtp_auth_username']).toBe('relay\u2028user\u2029name');
  });

  itWithTool('python3')('Datadog conf.d and the Zabbix template parse in libyaml with the event source intact', async () => {
    const r = Root.of();
    sourceEdit(r);
    const { artifacts } = await buildAll(r.sources());
    const files = artifacts.filter((a) => /\/(datadog\/conf\.d\/.*|zabbix\/template)\.yaml$/.test(a.path));
    expect(files.length).toBeGreaterThan(0);
    const read = libyaml(files.map(textOf));
    read.forEach((doc, i) => {
      expect(doc, files[i]!.path).toEqual(jsonNormal(parse(textOf(files[i]!), { version: '1.1' })));
    });
    const events = files.findIndex((a) => a.path.endsWith('acme-logistics/agents/fs01/datadog/conf.d/win32_event_log.d/conf.yaml'));
    expect(JSON.stringify(read[events])).toContain('VVAULT\u2028\u2029x');
  });
});

ruleTester('R009', {
  valid: [],
  invalid: [
    {
      name: '3. a contact address that is a Go template ({{.Receiver}}) is refused: Alertmanager would mail customer-acme-logistics@…',
      edit: (r) => r.replace(ACME, 'email: hanako.tanaka@acme.example.co.jp', 'email: "{{.Receiver}}@acme.example.co.jp"'),
      expect: { code: 'R009', file: ACME, at: ['"{{.Receiver}}', 0], messageIncludes: 'Go template' },
    },
    {
      name: '3. {{x}} (which made Alertmanager drop the other contact too) is refused',
      edit: (r) => r.replace(ACME, 'email: ichiro.suzuki@acme.example.co.jp', 'email: "{{x}}@acme.example.co.jp"'),
      expect: { code: 'R009', file: ACME, at: ['"{{x}}', 0], messageIncludes: 'Go template' },
    },
    {
      name: 'an address whose top-level domain is one letter (no such domain; yaml-language-server flags it too) is refused',
      edit: (r) => r.replace(ACME, 'email: ichiro.suzuki@acme.example.co.jp', 'email: ichiro.suzuki@acme.example.c'),
      expect: { code: 'R009', file: ACME, at: ['ichiro.suzuki@acme.example.c', 0], messageIncludes: 'top-level domain "c"' },
    },
    {
      name: '3. smtp_from and Reply-To with template delimiters are refused',
      edit: (r) =>
        r
          .replace(PROVIDER, 'address: vvault-managed@example.jp', 'address: "vvault-{{.Receiver}}@example.jp"')
          .replace(PROVIDER, 'replyTo: support@example.jp', 'replyTo: "support}}@example.jp"'),
      expect: [
        { code: 'R009', file: PROVIDER, at: ['"vvault-{{', 0], messageIncludes: 'Go template' },
        { code: 'R009', file: PROVIDER, at: ['"support}}', 0], messageIncludes: 'Go template' },
      ],
    },
  ],
});

ruleTester('A011', {
  valid: [{ name: 'braces that are no Zabbix macro', edit: (r) => r.replace(ACME, 'path: "D:\\\\"', 'path: "D:\\\\{data}\\\\"') }],
  invalid: [
    {
      name: '3. {$MACRO} in a storage path would be expanded in the Zabbix item key and name',
      edit: (r) => r.replace(ACME, 'path: "D:\\\\"', 'path: "D:\\\\{$MACRO}\\\\"'),
      expect: { code: 'A011', file: ACME, at: ['"D:\\\\{$MACRO}', 0], messageIncludes: '{$MACRO}' },
    },
    {
      name: '3. {HOST.NAME} in an event source',
      edit: (r) => r.replace(MONITORING, 'sources: [VVAULT]', 'sources: ["VVAULT {HOST.NAME}"]'),
      expect: { code: 'A011', file: MONITORING, at: ['"VVAULT {HOST', 0], messageIncludes: '{HOST.NAME}' },
    },
  ],
});

ruleTester('A012', {
  valid: [{ name: 'an escaped literal', edit: (r) => r.replace(MONITORING, "regex: '\\[ERROR\\]'", "regex: 'ERROR \\(code \\d+\\)'") }],
  invalid: [
    {
      name: 'found by the property test: an unbalanced parenthesis passed check and no agent compiles it',
      edit: (r) => r.replace(MONITORING, "regex: '\\[ERROR\\]'", "regex: '\\)[ERROR\\]'"),
      expect: { code: 'A012', file: MONITORING, at: ["'\\)[ERROR", 0], messageIncludes: 'is not a regular expression' },
    },
    {
      name: 'a lookahead: PCRE has it, Go RE2 (the Datadog Agent) does not',
      edit: (r) => r.replace(MONITORING, "regex: '\\[ERROR\\]'", "regex: 'ERROR(?!: ignored)'"),
      expect: { code: 'A012', file: MONITORING, at: ["'ERROR(?!", 0], messageIncludes: 'lookahead' },
    },
  ],
});

ruleTester('A013', {
  valid: [{ name: "a source with ' is written in double quotes", edit: (r) => r.replace(MONITORING, 'sources: [VVAULT]', `sources: ["O'Brien Backup"]`) }],
  invalid: [
    {
      name: 'both quote kinds have no XPath literal',
      edit: (r) => r.replace(MONITORING, 'sources: [VVAULT]', `sources: ['O''Brien "Backup"']`),
      expect: { code: 'A013', file: MONITORING, at: ["'O''Brien", 0], messageIncludes: 'both' },
    },
  ],
});

describe('event sources in the Datadog event-log query', () => {
  it(`a source with ' is matched as written (double-quoted XPath literal, no &apos; that XPath would not decode)`, async () => {
    const r = Root.of().replace(MONITORING, 'sources: [VVAULT]', `sources: ["O'Brien Backup"]`);
    const { errors, artifacts } = await buildAll(r.sources());
    expect(errors).toEqual([]);
    const conf = parse(textOf(find(artifacts, 'acme-logistics/agents/fs01/datadog/conf.d/win32_event_log.d/conf.yaml')[0]!)) as {
      instances: Array<{ query: string }>;
    };
    expect(conf.instances.map((i) => i.query)).toContain(`*[System[Provider[@Name="O'Brien Backup"] and (Level=1 or Level=2)]]`);
  });
});
