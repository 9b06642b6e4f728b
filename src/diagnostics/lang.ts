/**
 * The language of messages: every diagnostic carries its English text (`message`, `hint`: sorting, caches and
 * every existing consumer read them) and, when its code is in the message catalogue (`messages/`), the Japanese
 * text too (`ja`). The renderers pick one with `localize` at output time, so cached diagnostics do not depend on
 * the language and a language server can answer each client in its own locale.
 */
import type { Diagnostic } from './diagnostic.js';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/**
 * The language of a POSIX locale environment: the first set of LC_ALL, LC_MESSAGES, LANG (that order, as
 * setlocale reads them); `ja`, `ja_JP`, `ja_JP.UTF-8`, … give Japanese, anything else (C, POSIX, en_US.UTF-8,
 * unset) English.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  return langOfLocale(locale);
}

/** the language of a locale tag (`ja`, `ja-JP`, `ja_JP.UTF-8`, an LSP client's `locale`): ja or en */
export function langOfLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^ja(?:$|[-_.@])/i.test(locale) ? 'ja' : 'en';
}

/** the diagnostic with its message and hint in `lang` (English when the code has no Japanese text yet) */
export function localize(d: Diagnostic, lang: Lang): Diagnostic {
  if (lang === 'en' || !d.ja) return d;
  return { ...d, message: d.ja.message, hint: d.ja.hint };
}
