/**
 * Messages of what the agents and documents read literally: A011 (Zabbix macros), A012 (log patterns as
 * regular expressions), D001 (characters the document font cannot draw).
 */
import { m } from './message.js';
import type { Section } from './message.js';
import type { Phrase } from './rules.js';

export const AGENTS = {
  A011: {
    macro: m<{ what: Phrase; text: string; macro: string }>(
      (p) => [
        `${p.what.en} ${JSON.stringify(p.text)} holds ${p.macro}, which Zabbix would expand as a macro in the item key or name`,
        'remove the braces: Zabbix cannot escape {$…}, {#…}, {?…} or {NAME} in a template',
      ],
      (p) => [
        `${p.what.ja} ${JSON.stringify(p.text)} に ${p.macro} が含まれており、Zabbix がアイテムのキーや名前の中でマクロとして展開してしまいます`,
        '波括弧を取り除いてください: Zabbix はテンプレート内の {$…}、{#…}、{?…}、{NAME} をエスケープできません',
      ],
    ),
  },
  A012: {
    regex: m<{ id: string; regex: string; why: Phrase }>(
      (p) => [
        `log pattern ${p.id}: ${JSON.stringify(p.regex)} ${p.why.en}`,
        "escape the special characters ( ) [ ] { } . * + ? | \\ ^ $ with a backslash, e.g. '\\[ERROR\\]'",
      ],
      (p) => [
        `ログパターン ${p.id}: ${JSON.stringify(p.regex)} は${p.why.ja}`,
        "特殊文字 ( ) [ ] { } . * + ? | \\ ^ $ はバックスラッシュでエスケープしてください（例: '\\[ERROR\\]'）",
      ],
    ),
  },
  D001: {
    glyph: m<{ field: string; char: string; label: string; emoji: boolean }>(
      (p) => [
        `${p.field} contains ${JSON.stringify(p.char)} (${p.label}), which the document font BIZ UDPGothic cannot draw: the contract or invoice would show an empty box`,
        p.emoji
          ? 'remove the emoji or variation selector from this field'
          : 'write the character in a common form the font has (e.g. a rare kanji variant as its usual form: 髙→高, 𠮷→吉)',
      ],
      (p) => [
        `${p.field} に、書類のフォント BIZ UDPゴシックで描けない文字 ${JSON.stringify(p.char)}（${p.label}）が含まれています: 利用契約内容確認書や適格請求書に空の四角が表示されます`,
        p.emoji
          ? 'この項目から絵文字や異体字セレクターを取り除いてください'
          : 'フォントにある一般的な字形で書いてください（例: 珍しい異体字は通常の字に: 髙→高、𠮷→吉）',
      ],
    ),
  },
} satisfies Section;
