/** Messages of loading (L), policy files (P) and internal errors (X). */
import { m, m0 } from './message.js';
import type { Section } from './message.js';

const NO_ANCHORS = [
  'write the values out instead of using anchors (&) and aliases (*)',
  'アンカー（&）とエイリアス（*）を使わず、値をそのまま書いてください',
] as const;

export const LOAD = {
  L001: {
    tooLarge: m<{ bytes: number; limit: number }>(
      (p) => [`file is ${p.bytes} bytes; the limit is ${p.limit} bytes (1 MiB)`, 'split the data or remove what does not belong in this file'],
      (p) => [`ファイルが ${p.bytes} バイトあります。上限は ${p.limit} バイト（1 MiB）です`, 'データを分けるか、このファイルに属さない内容を削除してください'],
    ),
  },
  L002: {
    invalid: m<{ offset: number; byte: string; utf16: boolean }>(
      (p) => [
        `invalid UTF-8: byte ${p.offset} (0x${p.byte}) is not part of a valid UTF-8 sequence${p.utf16 ? ' (the file looks like UTF-16)' : ''}`,
        'save the file as UTF-8 (not Shift_JIS, CP932 or UTF-16); most editors have "Save with encoding"',
      ],
      (p) => [
        `UTF-8 として不正です: ${p.offset} バイト目（0x${p.byte}）は正しい UTF-8 の並びではありません${p.utf16 ? '（UTF-16 のファイルのようです）' : ''}`,
        'ファイルを UTF-8 で保存してください（Shift_JIS、CP932、UTF-16 は不可）。多くのエディターに「エンコード付きで保存」があります',
      ],
    ),
  },
  L003: {
    syntax: m<{ detail: string }>(
      (p) => [`YAML syntax error: ${p.detail}`, 'check indentation (spaces, not tabs), quotes and the `key: value` form near this position'],
      (p) => [`YAML の構文エラー: ${p.detail}`, 'この位置の近くのインデント（タブではなく空白）、引用符、`key: value` の形を確認してください'],
    ),
    tooDeep: m0(
      ['YAML nesting too deep to read', 'no vmsc format nests more than a few levels; remove the runaway brackets or indentation'],
      ['YAML の入れ子が深すぎて読めません', 'vmsc の形式はどれも数段しか入れ子になりません。暴走した括弧やインデントを取り除いてください'],
    ),
  },
  L004: {
    duplicate: m<{ shown: string }>(
      (p) => [`duplicate key${p.shown}: a key may appear only once in a mapping`, 'remove one of the two entries or merge them'],
      (p) => [
        `${p.shown ? `キー${p.shown} ` : 'キー'}が重複しています: 一つのマッピングに同じキーは一度しか書けません`,
        '二つのうち一方を削除するか、一つにまとめてください',
      ],
    ),
  },
  L005: {
    second: m0(
      ['more than one YAML document in the file (a `---` separator starts a second one)', 'remove the `---` separator and keep one document per file'],
      [
        'ファイルに YAML 文書が二つ以上あります（`---` の区切りで二つ目が始まっています）',
        '`---` の区切りを削除し、一つのファイルには一つの文書だけにしてください',
      ],
    ),
  },
  L006: {
    tooMany: m<{ aliases: number; max: number }>(
      (p) => [`${p.aliases} YAML aliases; at most ${p.max} are allowed (alias expansion can exhaust memory); this is alias number ${p.max + 1}`, NO_ANCHORS[0]],
      (p) => [
        `YAML のエイリアスが ${p.aliases} 個あります。上限は ${p.max} 個です（エイリアスの展開でメモリーを使い果たすおそれがあります）。これが ${p.max + 1} 個目です`,
        NO_ANCHORS[1],
      ],
    ),
    refused: m<{ detail: string }>(
      (p) => [`alias expansion refused: ${p.detail}`, NO_ANCHORS[0]],
      (p) => [`エイリアスの展開を拒否しました: ${p.detail}`, NO_ANCHORS[1]],
    ),
  },
  L007: {
    empty: m0(
      ['the file is empty (no data, at most comments)', 'write the content the schema expects, starting with the yaml-language-server modeline'],
      ['ファイルが空です（データがなく、あってもコメントだけです）', 'yaml-language-server のモードラインから始めて、スキーマが求める内容を書いてください'],
    ),
  },
  L008: {
    notMapping: m<{ list: boolean }>(
      (p) => [
        `the top level must be a mapping (\`key: value\` lines), not ${p.list ? 'a list' : 'a single value'}`,
        'start the file with the fields of its format, e.g. `id: ...`',
      ],
      (p) => [
        `最上位はマッピング（\`key: value\` の行）でなければなりません。${p.list ? 'リスト' : '単一の値'}は不可です`,
        'ファイルはその形式の項目から始めてください（例: `id: ...`）',
      ],
    ),
  },
  L009: {
    broken: m<{ path: string; to: string | undefined; error: string }>(
      (p) => [
        `${p.path} is a symbolic link${p.to ? ` to ${p.to}` : ''} that leads to no file (${p.error}): it is not read`,
        'point the link at an existing file inside the root, or remove it',
      ],
      (p) => [
        `${p.path} は${p.to ? ` ${p.to} への` : ''}シンボリックリンクですが、リンク先のファイルがありません（${p.error}）。読み込みません`,
        'ルート内の既存のファイルを指すようにリンクを直すか、削除してください',
      ],
    ),
  },
  L010: {
    outside: m<{ path: string; real: string }>(
      (p) => [
        `${p.path} is a symbolic link to ${p.real}, outside the root: it is not read`,
        'copy the file into the root or link to a file inside it: a root must hold all its inputs (vmsc plan and CI read only the checkout)',
      ],
      (p) => [
        `${p.path} はルートの外にある ${p.real} へのシンボリックリンクです。読み込みません`,
        'ファイルをルートの中にコピーするか、ルート内のファイルにリンクしてください。ルートはすべての入力を含む必要があります（vmsc plan と CI はチェックアウトしか読みません）',
      ],
    ),
  },
  L011: {
    unreadable: m<{ path: string; why: string }>(
      (p) => [`${p.path} cannot be read (${p.why}): it is not checked`, 'make it readable by the user running vmsc (e.g. chmod a+r), or remove it'],
      (p) => [
        `${p.path} を読めません（${p.why === 'permission denied' ? '権限がありません' : p.why}）。検査しません`,
        'vmsc を実行するユーザーが読めるようにする（例: chmod a+r）か、削除してください',
      ],
    ),
    notRegular: m<{ path: string }>(
      (p) => [`${p.path} is not a regular file: it is not read`, 'replace it with a YAML file, or remove it'],
      (p) => [`${p.path} は通常のファイルではありません。読み込みません`, 'YAML ファイルに置き換えるか、削除してください'],
    ),
  },
  P001: {
    missing: m<{ path: string; format: string }>(
      (p) => [`required policy file ${p.path} is missing`, `create ${p.path} (see ../shared/spec/formats.md and schemas/${p.format}.schema.json)`],
      (p) => [
        `必須のポリシーファイル ${p.path} がありません`,
        `${p.path} を作成してください（../shared/spec/formats.md と schemas/${p.format}.schema.json を参照）`,
      ],
    ),
  },
  P002: {
    ignored: m<{ path: string; yml: boolean; where: string }>(
      (p) => [`${p.path} is not an input vmsc reads: it is ignored`, p.yml ? 'rename it to .yaml' : `inputs are ${p.where}; move or rename it, or remove it`],
      (p) => [
        `${p.path} は vmsc が読む入力ではありません。無視します`,
        p.yml ? '拡張子を .yaml に変えてください' : `入力は ${p.where} です。移動するか名前を変えるか、削除してください`,
      ],
    ),
  },
  P003: {
    missing: m<{ count: number }>(
      (p) => [
        'schemas/ is missing: the modelines of the input files point to ../schemas/*.schema.json, so an editor validates nothing',
        `run \`vmsc schemas --write\` in the root (it writes the ${p.count} schemas of this vmsc into schemas/), and commit them`,
      ],
      (p) => [
        'schemas/ がありません。入力ファイルのモードラインは ../schemas/*.schema.json を指しているため、エディタでは何も検証されません',
        `ルートで \`vmsc schemas --write\` を実行し（この vmsc の ${p.count} 個のスキーマを schemas/ に書き出します）、コミットしてください`,
      ],
    ),
    differs: m<{ count: number; missing: string[]; stale: string[] }>(
      (p) => [
        `schemas/ differs from the schemas of this vmsc (${[...p.missing.map((n) => `${n} missing`), ...p.stale.map((n) => `${n} differs`)].join(', ')}): an editor validates against other rules than vmsc check`,
        `run \`vmsc schemas --write\` in the root (it writes the ${p.count} schemas of this vmsc into schemas/), and commit them`,
      ],
      (p) => [
        `schemas/ がこの vmsc のスキーマと異なります（${[...p.missing.map((n) => `${n} がない`), ...p.stale.map((n) => `${n} が異なる`)].join('、')}）。エディタは vmsc check とは別の規則で検証します`,
        `ルートで \`vmsc schemas --write\` を実行し（この vmsc の ${p.count} 個のスキーマを schemas/ に書き出します）、コミットしてください`,
      ],
    ),
  },
  X001: {
    rule: m<{ rule: string; detail: string }>(
      (p) => [`internal error in rule ${p.rule}: ${p.detail}`, 'this is a bug in vmsc; please report it with the input that caused it'],
      (p) => [`ルール ${p.rule} の内部エラー: ${p.detail}`, 'vmsc の不具合です。原因となった入力を添えて報告してください'],
    ),
    billing: m<{ customer: string; detail: string }>(
      (p) => [
        `internal error in the billing rules for customer ${p.customer}: ${p.detail}`,
        'this is a bug in vmsc; please report it with the input that caused it',
      ],
      (p) => [`顧客 ${p.customer} の請求ルールの内部エラー: ${p.detail}`, 'vmsc の不具合です。原因となった入力を添えて報告してください'],
    ),
  },
  X002: {
    file: m<{ detail: string }>(
      (p) => [`internal error while reading this file: ${p.detail}`, 'this is a bug in vmsc; please report it with this file'],
      (p) => [`このファイルの読み込み中の内部エラー: ${p.detail}`, 'vmsc の不具合です。このファイルを添えて報告してください'],
    ),
  },
} satisfies Section;
