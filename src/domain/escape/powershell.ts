/**
 * A PowerShell single-quoted string literal: nothing in it is expanded (no `$var`, `$( )` or backtick escapes);
 * the only special characters are the single quotes, which PowerShell takes in four forms (' and the typographic
 * U+2018, U+2019, U+201A, U+201B, about_Quoting_Rules) — each is doubled, in its own form.
 */
export function psLiteral(s: string): string {
  return `'${s.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`;
}
