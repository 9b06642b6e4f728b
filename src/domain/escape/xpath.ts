/**
 * An XPath 1.0 string literal for a Windows event-log query (the Datadog Agent's win32_event_log `query`): XPath
 * has no escape inside a literal, so a value with `'` is written in double quotes, and one with both quote kinds
 * has no literal at all (Windows' XPath subset has no concat()): undefined, and check rejects such a value.
 * Entities such as `&apos;` are not decoded in a plain query: they would be matched as written.
 */
export function xpathLiteral(s: string): string | undefined {
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes('"')) return `"${s}"`;
  return undefined;
}
