/**
 * Text placed into a Go text/template (Alertmanager's template files): as a string-literal action
 * `{{ "…" }}`, so that the template engine prints it and never evaluates it — braces, `{{`, `$` and quotes in it
 * are data. The literal is a Go interpreted string: `\` and `"` escaped, control characters as \n, \t or \xNN.
 */
export function goTemplateText(s: string): string {
  let lit = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '"') lit += `\\${ch}`;
    else if (ch === '\n') lit += '\\n';
    else if (ch === '\t') lit += '\\t';
    else if (c < 0x20 || c === 0x7f) lit += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c >= 0xd800 && c <= 0xdfff) throw new Error('goTemplateText: a lone surrogate cannot be written in a Go string');
    else lit += ch;
  }
  return `{{ "${lit}" }}`;
}
