/**
 * One escaping function per target format (src/domain/escape/), each read back by the real consumer: YAML by
 * node's `yaml` (1.2) and libyaml (1.1); Zabbix key parameters by zabbix_agent2's key parser; Markdown by its
 * own rules (a table row keeps its cells).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { safeYamlStringify } from '../../src/domain/escape/yaml.js';
import { folderKeyParam, keyParam, regexKeyParam, zabbixMacroIn } from '../../src/domain/escape/zabbix.js';
import { markdownText } from '../../src/domain/escape/markdown.js';
import { psLiteral } from '../../src/domain/escape/powershell.js';
import { windowsVolumePathProblem } from '../../src/domain/windows-path.js';
import { itWithTool } from '../tools.js';
import { libyaml, zabbixTest } from './consumers.js';

const OPTS = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true } as const;

/** every character the yaml library writes raw although YAML 1.1 reads it as a line break or refuses it */
const NASTY = [
  'a\u2028b',
  'a\u2029b',
  'a\u0085b',
  'x\u0080\u009f\u007fy',
  '\ufeffbom',
  'end\u2028',
  ' lead',
  'yes',
  '0x1F',
  'a: b',
  '- x',
  '#c',
  "'q'",
  '"dq"',
  '{{ .X }}',
  '%x',
];

describe('YAML (domain/escape/yaml.ts)', () => {
  it('quotes and escapes line-break-like characters; node reads back every value', () => {
    const value = { list: NASTY, map: Object.fromEntries(NASTY.map((v, i) => [`k${i}${v}`, v])) };
    const text = safeYamlStringify(value, OPTS);
    expect(text).not.toMatch(/[\u0085\u2028\u2029\u0080-\u009f]/);
    expect(parse(text, { version: '1.1' })).toEqual(value);
    expect(parse(text)).toEqual(value);
  });

  itWithTool('python3')('libyaml (YAML 1.1) reads back every value, keys included', () => {
    const value = { list: NASTY, map: Object.fromEntries(NASTY.map((v, i) => [`k${i}${v}`, v])) };
    expect(libyaml([safeYamlStringify(value, OPTS)])[0]).toEqual(value);
  });

  itWithTool('python3')('the test can fail: the yaml library alone writes U+2028 raw and libyaml cuts the value', async () => {
    const { stringify } = await import('yaml');
    const raw = stringify({ a: 'x\u2028y' }, { version: '1.1' });
    expect(raw).toContain('\u2028');
    let read: unknown;
    try {
      read = libyaml([raw])[0];
    } catch (e) {
      read = e; // refused outright: as wrong as a cut value
    }
    expect(read).not.toEqual({ a: 'x\u2028y' });
  });

  it('comments lose the characters that would end them in YAML 1.1', async () => {
    const { Document } = await import('yaml');
    const { safeYamlText } = await import('../../src/domain/escape/yaml.js');
    const doc = new Document({ a: 1 }, { version: '1.1' });
    doc.commentBefore = ' closed: 年末年始\u0085b: 2';
    const text = safeYamlText(doc, OPTS);
    expect(text).not.toMatch(/[\u0085\u2028\u2029]/);
    expect(parse(text)).toEqual({ a: 1 });
  });
});

describe('Zabbix item key parameters (domain/escape/zabbix.ts)', () => {
  it('quotes only when needed; a quoted parameter never ends with a backslash', () => {
    expect(keyParam('D:')).toBe('D:');
    expect(keyParam('a,b')).toBe('"a,b"');
    expect(() => keyParam('\\\\nas\\a,b\\')).toThrow();
    expect(folderKeyParam('D:\\Data, Archive\\')).toBe('"D:\\Data, Archive"');
    expect(folderKeyParam('\\\\nas01\\share\\')).toBe('\\\\nas01\\share\\');
    expect(folderKeyParam('\\\\nas01\\share\\a, b\\')).toBe('"\\\\nas01\\share\\a, b"');
  });

  itWithTool('zabbix_agent2')('the real agent parses every folder parameter (no "Invalid item key format")', () => {
    for (const p of [
      'D:\\Data, Archive\\',
      'D:\\a]b\\',
      'D:\\"q"\\',
      'D:\\ (x) |y\\',
      '\\\\nas01\\share\\',
      '\\\\nas01\\share\\sub, x\\',
      'D:\\データ\\',
      'D:\\[x]\\',
    ]) {
      const out = zabbixTest(`vfs.fs.size[${folderKeyParam(p)},pused]`);
      expect(out, p).not.toMatch(/Invalid item key format|Unsupported item key/);
    }
  });

  itWithTool('zabbix_agent2')('a regular expression ending with an escaped backslash gets a key form the agent parses', () => {
    expect(regexKeyParam('ERROR, C:\\\\')).toBe('"ERROR, C:\\\\(?:)"');
    expect(regexKeyParam('\\[ERROR\\]')).toBe(keyParam('\\[ERROR\\]')); // as before when nothing is wrong
    const out = zabbixTest(`logrt[/tmp/vmsc-no-such-dir/x.log,${regexKeyParam('ERROR, C:\\\\')},UTF-8,,skip]`);
    expect(out).not.toMatch(/Invalid item key format|Unsupported item key/);
  });

  itWithTool('zabbix_agent2')('the test can fail: a quoted parameter ending with a backslash is refused by the agent', () => {
    expect(zabbixTest('vfs.fs.size["D:\\Data, Archive\\",pused]')).toMatch(/Invalid item key format/);
  });

  it('finds every kind of Zabbix macro, and nothing in ordinary text', () => {
    for (const m of ['{$MACRO}', '{$A.B:"c"}', '{#FSNAME}', '{?last(/h/k)}', '{HOST.NAME}', '{ITEM.VALUE1}']) expect(zabbixMacroIn(`x ${m} y`)).toBe(m);
    for (const t of ['D:\\{data}\\', 'a{2}', '{}', '{ $x }', 'ERROR|FATAL']) expect(zabbixMacroIn(t)).toBeUndefined();
  });
});

describe('Markdown (domain/escape/markdown.ts)', () => {
  it('a table cell keeps its cells on one row, and backslash paths render as written', () => {
    const row = `| ${markdownText('D:\\a|b\nc')} | x |`;
    expect(row.split('\n')).toHaveLength(1);
    expect(row.split(/(?<!\\)\|/)).toHaveLength(4); // the leading, middle and trailing separators only
    expect(markdownText('\\\\nas\\share\\')).toBe('\\\\\\\\nas\\\\share\\\\');
    expect(markdownText('*x* _y_ `z` <b> [l](u) &amp;')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\<b\\> \\[l\\](u) \\&amp;');
  });
});

describe('Windows volume paths (domain/windows-path.ts)', () => {
  it('accepts drives, folders, mount points and shares', () => {
    for (const p of [
      'D:\\',
      'd:\\',
      'D:\\Data, Archive\\',
      'C:\\Mounts\\Data',
      '\\\\nas01\\share',
      '\\\\nas01\\share\\',
      '\\\\nas01.example.jp\\vv$\\sub (1)\\',
      'D:\\データ\\%TEMP%\\{x}',
    ])
      expect(windowsVolumePathProblem(p), p).toBeUndefined();
  });
  it('rejects what names no volume on Windows', () => {
    for (const p of [
      '/mnt/data',
      'D:',
      'D:data',
      '\\\\host',
      '\\\\host\\',
      '\\\\\\share',
      'data',
      'D:\\a|b',
      'D:\\a\nb',
      'D:\\a\u2028b',
      'D:\\a\\\\b',
      'D:\\a \\',
      '\\\\h\\sh,are\\',
      'D:\\..\\x',
    ])
      expect(windowsVolumePathProblem(p), JSON.stringify(p)).toBeDefined();
  });
});

describe('PowerShell (domain/escape/powershell.ts)', () => {
  it('doubles every form of single quote PowerShell knows; expands nothing else', () => {
    expect(psLiteral("O'Brien")).toBe("'O''Brien'");
    expect(psLiteral('a\u2018b\u2019c\u201ad\u201be')).toBe("'a\u2018\u2018b\u2019\u2019c\u201a\u201ad\u201b\u201be'");
    expect(psLiteral('$(Remove-Item C:\\) `n "x"')).toBe('\'$(Remove-Item C:\\) `n "x"\'');
  });
});
