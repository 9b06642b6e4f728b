/**
 * The fast block-YAML writer (domain/escape/yaml.ts `fastBlockYaml`, used for every agent YAML file) writes the
 * same bytes as the yaml library through `safeYamlStringify`, or gives up so that the library writes them.
 * Checked on YAML indicators, type look-alikes of YAML 1.1 and 1.2, quotes, unsafe characters and seeded random
 * strings over those pieces, as keys and as values in maps and sequences.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BLOCK_OPTIONS, blockYamlStringify, fastBlockYaml, safeYamlStringify } from '../../src/domain/escape/yaml.js';

const LOOKALIKES = [
  '',
  ' ',
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'n',
  '~',
  'null',
  'NULL',
  'true',
  'False',
  '6.0',
  '1e3',
  '0x1F',
  '0o17',
  '017',
  '1_000',
  '+12',
  '-1.5',
  '.inf',
  '-.Inf',
  '.nan',
  '190:20:30',
  '2026-12-01',
  '2026-12-01 10:00:00',
  '<<',
  '=',
  '60s',
  'a: b',
  'a:b',
  'a:',
  ':a',
  '- x',
  '-x',
  '-',
  '?',
  '? x',
  '#c',
  'a #c',
  'a#c',
  "'q'",
  '"dq"',
  `it's "x"`,
  'x "y"',
  "x 'y'",
  '{$VVAULT.CPU.CRIT}',
  '[a/b] x',
  'eventlog[System,,"^(Critical|Error)$",,,,skip]',
  'logrt["C:\\Program Files\\VVAULT\\Log\\^.*\\.log$","\\[ERROR\\]",SHIFT_JIS,,skip]',
  '%x',
  '---',
  '...',
  '--- x',
  'a\nb',
  'tab\tin',
  'trail ',
  'a\u2028b',
  'x\u0085y',
  '\ufeffbom',
  'ファイルサーバー',
  '@x',
  '`x',
  '&a',
  '*a',
  '!t',
  '|x',
  '>x',
  ',x',
  'x,',
  '}',
];

const PIECES = [...LOOKALIKES.filter((s) => s.length < 6), 'a', 'Z', '9', '.', '/', '\\', '$', '(', ')', '%', ' ', ': ', ' #', '"', "'"];

/** a seeded linear congruential generator: the same strings on every run */
function randomStrings(n: number, seed: number): string[] {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = 1 + (next() % 5);
    for (let j = 0; j < len; j++) s += PIECES[next() % PIECES.length];
    out.push(s);
  }
  return out;
}

function shapes(strings: readonly string[]): unknown[] {
  return strings.map((s, i) => ({
    [s || 'empty']: s,
    plain: { [`k${i}`]: s, list: [s, { [s || 'e']: [s], tags: [{ tag: s, value: s }] }], empty: [], none: {} },
    skipped: undefined,
  }));
}

describe('fastBlockYaml writes what the yaml library writes', () => {
  it('on indicators, type look-alikes, quotes and unsafe characters, as keys and values', () => {
    for (const value of shapes(LOOKALIKES)) expect(blockYamlStringify(value)).toBe(safeYamlStringify(value, BLOCK_OPTIONS));
  });

  it('on 3,000 seeded random strings of those pieces', () => {
    let fast = 0;
    for (const value of shapes(randomStrings(3000, 17))) {
      const text = fastBlockYaml(value);
      if (text === undefined) continue;
      fast++;
      expect(text).toBe(safeYamlStringify(value, BLOCK_OPTIONS));
    }
    expect(fast).toBeGreaterThan(1000); // the fast path really ran
  });

  it('takes the fast path for plain template-like data, and it reads back', () => {
    const value = { zabbix_export: { version: '6.0', templates: [{ name: '[a/b] x', macros: [{ macro: '{$X}', value: '90' }] }] } };
    const text = fastBlockYaml(value);
    expect(text).toBe(safeYamlStringify(value, BLOCK_OPTIONS));
    expect(parse(text ?? '', { version: '1.1' })).toEqual(value);
  });

  it('writes booleans, null, safe integers, the infinities and NaN as the library does, as values and in sequences', () => {
    const scalars = [
      true,
      false,
      null,
      0,
      1,
      -1,
      60,
      443,
      -273,
      2 ** 31,
      Number.MAX_SAFE_INTEGER,
      Number.MIN_SAFE_INTEGER,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.NaN,
    ];
    for (const v of scalars) {
      for (const value of [{ k: v }, { k: [v, 'x', v] }, { k: { thresholds: { critical: [1, v] } } }, { list: [{ a: v, b: [v] }] }]) {
        const text = fastBlockYaml(value);
        expect(text, JSON.stringify(value)).toBe(safeYamlStringify(value, BLOCK_OPTIONS));
        expect(parse(text ?? '', { version: '1.1' })).toEqual(value);
      }
    }
    // a Datadog check configuration as the target writes it
    const conf = {
      init_config: {},
      instances: [
        {
          name: 'vvault.exe',
          search_string: ['VVAULT.exe'],
          exact_match: true,
          thresholds: { critical: [1, Number.POSITIVE_INFINITY] },
          tags: ['customer:c', 'check:x'],
        },
      ],
    };
    expect(fastBlockYaml(conf)).toMatch(/critical:\n +- 1\n +- \.inf\n/);
    expect(fastBlockYaml(conf)).toBe(safeYamlStringify(conf, BLOCK_OPTIONS));
  });

  it('gives up on other numbers, multi-line strings and unsafe characters (the library writes them)', () => {
    for (const v of [1.5, -0, 1e21, Number.MAX_SAFE_INTEGER + 1, 'a\nb', 'a\u2028b', '---', [['nested']], 10n]) expect(fastBlockYaml({ k: v })).toBeUndefined();
  });
});
