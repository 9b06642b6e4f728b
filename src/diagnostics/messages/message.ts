/**
 * One message of the catalogue: its English and Japanese text, each `[message, hint]`, from typed parameters.
 * `m(en, ja)` makes a callable entry: `MESSAGES.R019.late({ endsOn, earliest })` gives a `Localized`
 * (the English text plus `ja`), which `diag()` and `ctx.at()` take in place of a message and a hint.
 */

/** `[message, hint]` */
export type Text = readonly [message: string, hint: string];

export interface Localized {
  message: string;
  hint: string;
  ja: { message: string; hint: string };
}

export interface Message<P> {
  (p: P): Localized;
  en: (p: P) => Text;
  ja: (p: P) => Text;
}

export function m<P>(en: (p: P) => Text, ja: (p: P) => Text): Message<P> {
  const f = (p: P): Localized => {
    const [message, hint] = en(p);
    const [jm, jh] = ja(p);
    return { message, hint, ja: { message: jm, hint: jh } };
  };
  return Object.assign(f, { en, ja });
}

/** a message without parameters: `MESSAGES.L007.empty()` */
export function m0(en: Text, ja: Text): Message<void> {
  return m<void>(
    () => en,
    () => ja,
  );
}

/** a section of the catalogue: code → message id → message */
export type Section = Record<string, Record<string, Message<never>>>;
