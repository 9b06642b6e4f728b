/**
 * Text inside a Markdown (CommonMark + GFM tables) line, read back as written: the characters that start inline
 * syntax (`\`, backticks, `*`, `_`, `[`, `]`, `<`, `>`, `&`, `~`) and the table cell separator `|` are
 * backslash-escaped (CommonMark: every ASCII punctuation character may be), and a line break, which would end the table row
 * or the paragraph, becomes `<br>`. For values put into generated Markdown (checklist.md, routing.md).
 */
export function markdownText(s: string): string {
  return s.replace(/[\\`*_[\]<>&~|]/g, '\\$&').replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, '<br>');
}
