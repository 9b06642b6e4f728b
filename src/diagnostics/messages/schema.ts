/**
 * Messages of the schema check (S): `field` is the data path as written (`servers[0].environment`, '' for the
 * top level), values are shown as they are in each language (strings quoted, other kinds named); `desc` is the
 * schema's description of the value ("日本語 / English"), shown as it is.
 */
import { m } from './message.js';
import type { Section } from './message.js';

type Lang = 'en' | 'ja';

const name = (field: string, l: Lang) => field || (l === 'en' ? 'the top level' : '最上位');

function show(v: unknown, l: Lang): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null || v === undefined) return l === 'en' ? 'nothing' : '値なし';
  if (Array.isArray(v)) return l === 'en' ? 'a list' : 'リスト';
  if (typeof v === 'object') return l === 'en' ? 'a mapping' : 'マッピング';
  return String(v);
}

function typeName(v: unknown, l: Lang): string {
  if (l === 'en') {
    if (v === null || v === undefined) return 'nothing (null)';
    if (Array.isArray(v)) return 'a list';
    if (typeof v === 'object') return 'a mapping';
    if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
    return `a ${typeof v}`;
  }
  if (v === null || v === undefined) return '値なし（null）';
  if (Array.isArray(v)) return 'リスト';
  if (typeof v === 'object') return 'マッピング';
  if (typeof v === 'number') return Number.isInteger(v) ? '整数' : '数値';
  return TYPE_JA[typeof v] ?? typeof v;
}

const TYPE_JA: Record<string, string> = { string: '文字列', boolean: '真偽値', number: '数値', integer: '整数', array: 'リスト', object: 'マッピング' };

const aboutEn = (desc: string | undefined) => (desc ? ` (${desc})` : '');
const aboutJa = (desc: string | undefined) => (desc ? `（${desc}）` : '');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** why Y-M-D (undefined: not written YYYY-MM-DD) is not a date */
function dateProblem(ymd: readonly [number, number, number] | undefined, l: Lang): string {
  if (!ymd) return l === 'en' ? 'it is not written YYYY-MM-DD' : 'YYYY-MM-DD の形で書かれていません';
  const [y, mo, d] = ymd;
  if (mo < 1 || mo > 12) return l === 'en' ? `there is no month ${mo}` : `${mo} 月はありません`;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]!;
  const ym = `${y}-${String(mo).padStart(2, '0')}`;
  if (d < 1 || d > max) return l === 'en' ? `${ym} has ${max} days` : `${ym} は ${max} 日までです`;
  return l === 'en' ? 'it is not a valid date' : '正しい日付ではありません';
}

const EMAIL_WHY = {
  en: { break: ' (it contains a line break)', space: ' (it contains a space)', nonAscii: ' (it contains a non-ASCII character)', none: '' },
  ja: { break: '（改行が含まれています）', space: '（空白が含まれています）', nonAscii: '（ASCII 以外の文字が含まれています）', none: '' },
} as const;

interface Value {
  field: string;
  value: unknown;
}

export const SCHEMA = {
  S001: {
    unknown: m<{ field: string; key: string; guess: string | undefined; allowed: readonly string[] }>(
      (p) => [
        `unknown field "${p.key}" in ${name(p.field, 'en')}`,
        p.guess ? `did you mean "${p.guess}"? allowed fields: ${p.allowed.join(', ')}` : `allowed fields: ${p.allowed.join(', ')}`,
      ],
      (p) => [
        `${name(p.field, 'ja')} に未知の項目 "${p.key}" があります`,
        p.guess ? `"${p.guess}" の誤りではありませんか？ 使える項目: ${p.allowed.join(', ')}` : `使える項目: ${p.allowed.join(', ')}`,
      ],
    ),
  },
  S002: {
    missing: m<{ field: string; missing: string; desc: string | undefined }>(
      (p) => [`missing required field "${p.missing}" in ${name(p.field, 'en')}`, `add \`${p.missing}:\`${p.desc ? ` — ${p.desc}` : ''}`],
      (p) => [`${name(p.field, 'ja')} に必須の項目 "${p.missing}" がありません`, `\`${p.missing}:\` を追加してください${aboutJa(p.desc)}`],
    ),
  },
  S003: {
    type: m<Value & { want: string; desc: string | undefined }>(
      (p) => [
        `${name(p.field, 'en')} must be ${p.want === 'integer' ? 'an integer' : p.want === 'array' ? 'a list' : p.want === 'object' ? 'a mapping' : `a ${p.want}`}, not ${typeName(p.value, 'en')}`,
        p.want === 'string'
          ? 'quote the value, e.g. "03-1234-5678" or "7.2"'
          : `write ${p.want === 'array' ? 'a list: [a, b] or "- item" lines' : p.want === 'object' ? 'a mapping of `key: value` lines' : `a value of type ${p.want}`}${aboutEn(p.desc)}`,
      ],
      (p) => [
        `${name(p.field, 'ja')} は${TYPE_JA[p.want] ?? p.want}でなければなりません（${typeName(p.value, 'ja')}は不可）`,
        p.want === 'string'
          ? '値を引用符で囲んでください（例: "03-1234-5678"、"7.2"）'
          : `${p.want === 'array' ? 'リスト（[a, b] または "- item" の行）' : p.want === 'object' ? '`key: value` の行からなるマッピング' : `${TYPE_JA[p.want] ?? p.want}の値`}を書いてください${aboutJa(p.desc)}`,
      ],
    ),
  },
  S004: {
    notListed: m<Value & { allowed: readonly unknown[]; guess: string | undefined; desc: string | undefined }>(
      (p) => [
        `${name(p.field, 'en')} is ${show(p.value, 'en')}; it must be one of ${p.allowed.map((v) => show(v, 'en')).join(', ')}`,
        p.guess ? `did you mean ${show(p.guess, 'en')}?` : `use one of the listed values${aboutEn(p.desc)}`,
      ],
      (p) => [
        `${name(p.field, 'ja')} が ${show(p.value, 'ja')} です。${p.allowed.map((v) => show(v, 'ja')).join(', ')} のいずれかでなければなりません`,
        p.guess ? `${show(p.guess, 'ja')} の誤りではありませんか？` : `挙げた値のいずれかを使ってください${aboutJa(p.desc)}`,
      ],
    ),
    notConst: m<{ field: string; allowed: unknown; desc: string | undefined }>(
      (p) => [`${name(p.field, 'en')} must be ${show(p.allowed, 'en')}`, `set it to that value${aboutEn(p.desc)}`],
      (p) => [`${name(p.field, 'ja')} は ${show(p.allowed, 'ja')} でなければなりません`, `その値にしてください${aboutJa(p.desc)}`],
    ),
  },
  S005: {
    format: m<Value & { format: string }>(
      (p) => [
        `${name(p.field, 'en')} is not a valid ${p.format}: ${show(p.value, 'en')}`,
        p.format === 'uri' ? 'write an absolute https:// address' : `write a valid ${p.format}`,
      ],
      (p) => [
        `${name(p.field, 'ja')} は正しい ${p.format} ではありません: ${show(p.value, 'ja')}`,
        p.format === 'uri' ? 'https:// で始まる絶対アドレスを書いてください' : `正しい ${p.format} を書いてください`,
      ],
    ),
    control: m<{ field: string }>(
      (p) => [`${name(p.field, 'en')} contains a control character (tab, line break or similar)`, 'remove the control character; write the value on one line'],
      (p) => [`${name(p.field, 'ja')} に制御文字（タブ、改行など）が含まれています`, '制御文字を取り除き、値を一行で書いてください'],
    ),
    pattern: m<Value & { desc: string | undefined; example: unknown }>(
      (p) => [`${name(p.field, 'en')} has the wrong form: ${show(p.value, 'en')}`, `${p.desc ? `${p.desc}; ` : ''}for example ${show(p.example, 'en')}`],
      (p) => [`${name(p.field, 'ja')} の形が正しくありません: ${show(p.value, 'ja')}`, `${p.desc ? `${p.desc}。` : ''}例: ${show(p.example, 'ja')}`],
    ),
  },
  S006: {
    notDate: m<Value & { ymd: readonly [number, number, number] | undefined }>(
      (p) => [
        `${name(p.field, 'en')} is not a real calendar date: ${show(p.value, 'en')} (${dateProblem(p.ymd, 'en')})`,
        'write a real calendar date YYYY-MM-DD, e.g. 2026-11-01 (2026-02-30 does not exist)',
      ],
      (p) => [
        `${name(p.field, 'ja')} は実在する日付ではありません: ${show(p.value, 'ja')}（${dateProblem(p.ymd, 'ja')}）`,
        '実在する日付を YYYY-MM-DD で書いてください（例: 2026-11-01。2026-02-30 は存在しません）',
      ],
    ),
  },
  S007: {
    range: m<Value & { rule: string; comparison: string; limit: unknown; desc: string | undefined }>(
      (p) => [`${name(p.field, 'en')} is ${show(p.value, 'en')}; it must be ${p.rule}`, `use a value in range${aboutEn(p.desc)}`],
      (p) => [
        `${name(p.field, 'ja')} が ${show(p.value, 'ja')} です。${p.comparison} ${String(p.limit)} でなければなりません`,
        `範囲内の値を使ってください${aboutJa(p.desc)}`,
      ],
    ),
    length: m<{ field: string; short: boolean; rule: string; limit: unknown; desc: string | undefined }>(
      (p) => [`${name(p.field, 'en')} ${p.short ? 'is too short' : 'is too long'} (${p.rule})`, `shorten or complete the value${aboutEn(p.desc)}`],
      (p) => [
        `${name(p.field, 'ja')} が${p.short ? `短すぎます（${String(p.limit)} 文字以上）` : `長すぎます（${String(p.limit)} 文字以下）`}`,
        `値を短くするか補ってください${aboutJa(p.desc)}`,
      ],
    ),
  },
  S008: {
    items: m<{ field: string; rule: string; fewer: boolean; limit: unknown; desc: string | undefined }>(
      (p) => [`${name(p.field, 'en')} ${p.rule}`, `add entries to the list${aboutEn(p.desc)}`],
      (p) => [
        `${name(p.field, 'ja')} の要素は ${String(p.limit)} 個${p.fewer ? '以上' : '以下'}でなければなりません`,
        `${p.fewer ? 'リストに要素を追加してください' : 'リストの要素を減らしてください'}${aboutJa(p.desc)}`,
      ],
    ),
    duplicate: m<{ field: string; first: number; second: number }>(
      (p) => [`${name(p.field, 'en')} lists the same value twice (items ${p.first} and ${p.second})`, 'remove the duplicate'],
      (p) => [`${name(p.field, 'ja')} に同じ値が二度あります（${p.first} 番目と ${p.second} 番目）`, '重複を取り除いてください'],
    ),
    empty: m<{ field: string; desc: string | undefined }>(
      (p) => [`${name(p.field, 'en')} is empty`, `set at least one field or remove it${aboutEn(p.desc)}`],
      (p) => [`${name(p.field, 'ja')} が空です`, `項目を一つ以上設定するか、削除してください${aboutJa(p.desc)}`],
    ),
  },
  S009: {
    other: m<{ field: string; rule: string | undefined; desc: string | undefined }>(
      (p) => [`${name(p.field, 'en')}: ${p.rule ?? 'invalid'}`, p.desc ?? 'see the schema'],
      (p) => [`${name(p.field, 'ja')} がスキーマに合いません${p.rule ? `（${p.rule}）` : ''}`, p.desc ?? 'スキーマを参照してください'],
    ),
  },
  S010: {
    email: m<Value & { why: 'break' | 'space' | 'nonAscii' | 'none' }>(
      (p) => [
        `${name(p.field, 'en')} is not a valid e-mail address: ${show(p.value, 'en')}${EMAIL_WHY.en[p.why]}`,
        'write a single address like name@example.co.jp, without spaces or line breaks',
      ],
      (p) => [
        `${name(p.field, 'ja')} は正しいメールアドレスではありません: ${show(p.value, 'ja')}${EMAIL_WHY.ja[p.why]}`,
        '空白や改行を含めず、name@example.co.jp のような一つのアドレスを書いてください',
      ],
    ),
  },
} satisfies Section;
