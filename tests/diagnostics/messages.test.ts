/**
 * The message catalogue (src/diagnostics/messages/): every code of the catalogue has its messages there, each in
 * English and Japanese; the language follows --lang, else LC_ALL / LC_MESSAGES / LANG.
 * (The rule tester checks that every expected diagnostic of a code in MESSAGES carries its Japanese text.)
 */
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/catalogue.js';
import { MESSAGES } from '../../src/diagnostics/messages/index.js';
import { langFromEnv, langOfLocale } from '../../src/diagnostics/lang.js';

/**
 * Codes whose messages are still English only. This list only shrinks: a code leaves it when its messages move
 * into MESSAGES. U201–U206 are the risk flags of `vmsc plan` (src/review/), printed in its report, not
 * diagnostics of check: their texts (FLAG_TITLES and the flag messages) are not in the catalogue yet.
 */
const UNTRANSLATED: readonly string[] = ['U201', 'U202', 'U203', 'U204', 'U205', 'U206'];

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('message catalogue', () => {
  const translated = Object.keys(MESSAGES);

  it('every code of the catalogue has its messages in MESSAGES, except the listed untranslated ones', () => {
    const missing = CODES.map((c) => c.code).filter((c) => !translated.includes(c));
    expect(missing).toEqual([...UNTRANSLATED]);
  });

  it('every code in MESSAGES is a code of the catalogue', () => {
    const known = new Set(CODES.map((c) => c.code));
    expect(translated.filter((c) => !known.has(c))).toEqual([]);
  });

  it('every message has an English and a Japanese text', () => {
    const lacking: string[] = [];
    for (const [code, ids] of Object.entries(MESSAGES)) {
      const entries = Object.entries(ids as Record<string, { en?: unknown; ja?: unknown }>);
      if (entries.length === 0) lacking.push(`${code}: no message`);
      for (const [id, msg] of entries) {
        if (typeof msg.en !== 'function') lacking.push(`${code}.${id}: no en`);
        if (typeof msg.ja !== 'function') lacking.push(`${code}.${id}: no ja`);
      }
    }
    expect(lacking).toEqual([]);
  });

  it('every message, given any parameters, has a Japanese message and hint (the hint of S009 is the schema description)', () => {
    // a stand-in for every parameter: a string, a number, a list, a phrase, a flag, all at once
    const any: unknown = new Proxy(() => any, {
      get: (_t, k) =>
        k === Symbol.toPrimitive
          ? (hint: string) => (hint === 'number' ? 1 : 'x')
          : k === Symbol.iterator
            ? function* () {
                yield* [any, any, any];
              }
            : k === 'length'
              ? 1
              : any,
      apply: () => any,
    });
    const notJapanese: string[] = [];
    for (const [code, ids] of Object.entries(MESSAGES)) {
      for (const [id, msg] of Object.entries(ids as Record<string, { en: (p: unknown) => readonly unknown[]; ja: (p: unknown) => readonly unknown[] }>)) {
        const [em, eh] = msg.en(any);
        const [jm, jh] = msg.ja(any);
        if (typeof em !== 'string' || typeof jm !== 'string' || !JAPANESE.test(jm)) notJapanese.push(`${code}.${id}: message`);
        if (code === 'S009') continue;
        if (typeof eh !== 'string' || typeof jh !== 'string' || !JAPANESE.test(jh)) notJapanese.push(`${code}.${id}: hint`);
      }
    }
    expect(notJapanese).toEqual([]);
  });

  it('a message gives both texts, the Japanese one in Japanese', () => {
    const d = MESSAGES.L007.empty();
    expect(d.message).toBe('the file is empty (no data, at most comments)');
    expect(d.ja.message).toMatch(JAPANESE);
    expect(d.ja.hint).toMatch(JAPANESE);
  });
});

describe('language from the locale', () => {
  it('LANG=ja_JP.UTF-8 gives Japanese; C, POSIX, en_US and nothing give English', () => {
    expect(langFromEnv({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(langFromEnv({ LANG: 'ja_JP.eucJP' })).toBe('ja');
    expect(langFromEnv({ LANG: 'ja' })).toBe('ja');
    expect(langFromEnv({ LANG: 'C' })).toBe('en');
    expect(langFromEnv({ LANG: 'POSIX' })).toBe('en');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });

  it('LC_ALL overrides LC_MESSAGES, which overrides LANG; an empty one is skipped', () => {
    expect(langFromEnv({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'ja_JP.UTF-8', LANG: 'C' })).toBe('ja');
    expect(langFromEnv({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ja');
    expect(langFromEnv({ LC_ALL: 'POSIX', LC_MESSAGES: 'ja_JP.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LANG: 'ja_JP.UTF-8' })).toBe('ja');
  });

  it('an LSP client locale: ja, ja-JP → ja; en, jam (not Japanese) → en', () => {
    expect(langOfLocale('ja')).toBe('ja');
    expect(langOfLocale('ja-JP')).toBe('ja');
    expect(langOfLocale('en')).toBe('en');
    expect(langOfLocale('jam')).toBe('en');
    expect(langOfLocale(undefined)).toBe('en');
  });
});
