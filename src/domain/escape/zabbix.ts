/**
 * Zabbix text: item key parameters and macro-free text.
 *
 * Key parameters (Zabbix 6.0 "Item key format"): unquoted unless the value holds `,`, `]`, `"`, starts with `[`
 * or a space, or (to be safe with agent parsers) holds a space, `(`, `)` or `|`; quoted ones escape `"` as `\"`.
 * A quoted parameter cannot end with a backslash: the agent reads `\"` as an escaped quote (checked with the real
 * `zabbix_agent2 -t`). Such a value has no key parameter form: `keyParam` throws, and callers that can say the
 * same thing differently (a folder without its trailing backslash) use `folderKeyParam`.
 *
 * Macros: Zabbix expands `{$USER.MACRO}`, `{#LLD.MACRO}`, `{?expression}` and built-in `{HOST.NAME}`-style macros
 * in item keys, item and trigger names, and there is no escape for them. Text that reaches a template therefore
 * must not hold one; `zabbixMacroIn` finds one (rules reject such values).
 */

function needsQuotes(p: string): boolean {
  return /[,\]"]/.test(p) || /^\s/.test(p) || p.startsWith('[') || /[ ()|]/.test(p);
}

/** one item key parameter: unquoted when it can be, else double-quoted; throws when it has no form */
export function keyParam(p: string): string {
  if (p === '') return '';
  const must = /[,\]"]/.test(p) || /^\s/.test(p) || p.startsWith('[');
  if (!must && (p.endsWith('\\') || !needsQuotes(p))) return p;
  if (p.endsWith('\\')) throw new Error(`internal: Zabbix key parameter ${p} needs quotes and ends with a backslash`);
  return `"${p.replace(/"/g, '\\"')}"`;
}

/**
 * A folder path as a key parameter: a folder that needs quotes loses its trailing backslashes (`D:\Data, Archive\`
 * -> `"D:\Data, Archive"`), which names the same folder to Windows (GetDiskFreeSpaceEx takes any folder of the
 * volume). A drive root (`D:\`) and a share root (`\\nas\share\`) never need quotes (no share name holds `,`).
 */
export function folderKeyParam(path: string): string {
  const must = /[,\]"]/.test(path) || /^\s/.test(path) || path.startsWith('[') || (!path.endsWith('\\') && needsQuotes(path));
  if (must && path.endsWith('\\')) return keyParam(path.replace(/\\+$/, ''));
  return keyParam(path);
}

/**
 * A regular expression as a key parameter: one that needs quotes and ends with a backslash (`path C:\\`, an
 * escaped backslash at the end) gets an empty group appended (`(?:)`), which matches the same text.
 */
export function regexKeyParam(re: string): string {
  const must = /[,\]"]/.test(re) || /^\s/.test(re) || re.startsWith('[') || (!re.endsWith('\\') && needsQuotes(re));
  return keyParam(must && re.endsWith('\\') ? `${re}(?:)` : re);
}

/** the first Zabbix macro in `text` (`{$…}`, `{#…}`, `{?…}`, `{HOST.NAME}`-style), or undefined */
export function zabbixMacroIn(text: string): string | undefined {
  return /\{[$#?][^}]*\}?|\{[A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)*\}/.exec(text)?.[0];
}
