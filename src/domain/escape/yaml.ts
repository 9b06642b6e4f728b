/**
 * YAML text that every reader reads back as the value written: YAML 1.2 (node's `yaml`) and YAML 1.1 (libyaml
 * behind Python and the Zabbix importer, Go's yaml.v2 behind Alertmanager and the Datadog Agent).
 *
 * The `yaml` library writes U+0085, U+2028 and U+2029 raw, in plain and even in double-quoted scalars and in
 * comments. YAML 1.2 reads them as ordinary characters, YAML 1.1 as line breaks (a plain scalar is cut, a
 * comment ends and its rest becomes YAML), and libyaml refuses the other C1 controls (U+0080–U+009F) outright.
 * So: every scalar holding such a character is double-quoted, and the written text has each of them replaced by
 * its escape (`\N`, `\L`, `\P`, `\xHH`) — inside double quotes, the only place they are then left, every
 * reader decodes those escapes to the same character. Comments (not data) have them replaced by a space.
 */
import { Document, isNode, isScalar, visit } from 'yaml';
import type { ToStringOptions } from 'yaml';

/** characters a YAML 1.1 reader takes as a line break or refuses as non-printable, that `yaml` writes raw */
const YAML11_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/;
const YAML11_UNSAFE_ALL = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

function escapeOf(ch: string): string {
  switch (ch) {
    case '\u0085':
      return '\\N';
    case '\u2028':
      return '\\L';
    case '\u2029':
      return '\\P';
    case '\ufeff':
      return '\\ufeff';
    default:
      return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  }
}

/** comment text without characters that would end a comment (or be refused) in a YAML 1.1 reader */
export function yamlComment(text: string): string {
  return text.replace(/[\r\u0000-\u0008\u000b-\u001f]|[\u007f-\u009f\u2028\u2029\ufeff]/g, ' ');
}

/**
 * The text of `doc` safe for YAML 1.1 and 1.2 readers (see the module comment). Mutates the document's scalar
 * styles and comments.
 */
export function safeYamlText(doc: Document, options: ToStringOptions): string {
  if (doc.commentBefore) doc.commentBefore = yamlComment(doc.commentBefore);
  if (doc.comment) doc.comment = yamlComment(doc.comment);
  visit(doc, (_, node) => {
    if (!isNode(node)) return;
    if (node.commentBefore) node.commentBefore = yamlComment(node.commentBefore);
    if (node.comment) node.comment = yamlComment(node.comment);
    if (isScalar(node) && typeof node.value === 'string' && YAML11_UNSAFE.test(node.value)) node.type = 'QUOTE_DOUBLE';
  });
  return doc.toString(options).replace(YAML11_UNSAFE_ALL, escapeOf);
}

/** plain data as YAML text safe for YAML 1.1 and 1.2 readers, in the 1.1 schema (YES, on, 0x.. are quoted) */
export function safeYamlStringify(value: unknown, options: ToStringOptions): string {
  return safeYamlText(new Document(value, { version: '1.1', aliasDuplicateObjects: false }), options);
}

// ---------------------------------------------------------------------------------------------------------------
// The fast path: the same bytes as `safeYamlStringify(value, BLOCK_OPTIONS)` for the plain data the targets write
// (objects, arrays, single-line strings, booleans, null, safe integers, ±infinity and NaN), without building a
// `yaml` Document.
// Anything else (other numbers, multi-line strings, control or YAML 1.1-unsafe characters, document markers,
// nested sequences) makes it give up (`undefined`) and the caller uses the library. The scalar rules are those of the library's
// stringifyString for a single-line string with `lineWidth: 0` (no folding); the type tests are the library's own
// YAML 1.1 schema tags, so a string that would read back as a number, boolean, null, timestamp… is quoted.

/** the options the fast path reproduces: block style, 2-space indent, sequences indented under their key */
export const BLOCK_OPTIONS: ToStringOptions = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true };

/** the YAML 1.1 schema's non-string tags with a test (as the library's plainString checks them) */
const TYPE_TESTS: RegExp[] = (() => {
  const schema = new Document(null, { version: '1.1' }).schema;
  const tests: RegExp[] = [];
  for (const tag of [...schema.tags, ...(schema.compat ?? [])]) {
    // the merge key `<<` (default: 'key') is written plain by the library
    if (tag.default === true && tag.tag !== 'tag:yaml.org,2002:str' && tag.test) tests.push(tag.test);
  }
  return tests;
})();
/** characters the fast path leaves to the library: breaks, controls, C1, YAML 1.1 breaks, BOM, surrogates */
const FAST_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;
/** the library's "cannot be plain" test (stringifyString's plainString) */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/;

const scalarCache = new Map<string, string | undefined>();

function quoted(s: string): string {
  const hasDouble = s.includes('"');
  return hasDouble && !s.includes("'") ? `'${s}'` : JSON.stringify(s);
}

/** a single-line string scalar as the library writes it, or undefined when it is left to the library */
function fastScalar(s: string): string | undefined {
  const hit = scalarCache.get(s);
  if (hit !== undefined || scalarCache.has(s)) return hit;
  let out: string | undefined;
  if (FAST_UNSAFE.test(s)) out = undefined;
  else if (NOT_PLAIN.test(s))
    out = quoted(s); // single-line: the quotes do not depend on the indent
  else if (DOCUMENT_MARKER.test(s))
    out = undefined; // plain or quoted by the indent: left to the library
  else if (TYPE_TESTS.some((t) => t.test(s))) out = quoted(s);
  else out = s;
  if (scalarCache.size > 100_000) scalarCache.clear();
  scalarCache.set(s, out);
  return out;
}

const GIVE_UP = Symbol('give up');

/**
 * a scalar as the library writes it in the 1.1 schema: a string by fastScalar; `true`/`false`, `null`, a safe
 * integer in decimal, `.inf`, `-.inf`, `.nan` (-0, fractions and exponents are left to the library)
 */
function fastValue(v: unknown): string | undefined {
  if (typeof v === 'string') return fastScalar(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) return 'null';
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v) && !Object.is(v, -0)) return String(v);
    if (v === Number.POSITIVE_INFINITY) return '.inf'; // a Datadog process check's open upper bound
    if (v === Number.NEGATIVE_INFINITY) return '-.inf';
    if (Number.isNaN(v)) return '.nan';
  }
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** the entries of a map the library writes (undefined values are left out, as createNode does) */
function entries(o: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(o).filter(([, v]) => v !== undefined);
}

function mapLines(o: Record<string, unknown>, indent: string, first: string, out: string[]): void {
  let lead = first;
  for (const [k, v] of entries(o)) {
    const key = k.length > 1000 ? undefined : fastScalar(k); // the library writes long keys as `? key`
    if (key === undefined) throw GIVE_UP;
    valueAfter(`${lead}${key}:`, v, indent, out);
    lead = indent;
  }
}

/** `head` (a key with its colon) followed by the value, inline or as the lines of a nested collection */
function valueAfter(head: string, v: unknown, indent: string, out: string[]): void {
  if (typeof v !== 'object' || v === null) {
    const s = fastValue(v);
    if (s === undefined) throw GIVE_UP;
    out.push(`${head} ${s}`);
  } else if (Array.isArray(v)) {
    if (v.length === 0) out.push(`${head} []`);
    else {
      out.push(head);
      seqLines(v, `${indent}  `, out);
    }
  } else if (isRecord(v)) {
    if (entries(v).length === 0) out.push(`${head} {}`);
    else {
      out.push(head);
      mapLines(v, `${indent}  `, `${indent}  `, out);
    }
  } else throw GIVE_UP;
}

function seqLines(a: readonly unknown[], indent: string, out: string[]): void {
  for (const v of a) {
    if (typeof v !== 'object' || v === null) {
      const s = fastValue(v);
      if (s === undefined) throw GIVE_UP;
      out.push(`${indent}- ${s}`);
    } else if (isRecord(v) && entries(v).length > 0) mapLines(v, `${indent}  `, `${indent}- `, out);
    else throw GIVE_UP;
  }
}

/**
 * `safeYamlStringify(value, BLOCK_OPTIONS)`, byte for byte, written directly when `value` is a non-empty plain
 * object of objects, arrays and strings the fast path knows (see above); undefined when it is not.
 */
export function fastBlockYaml(value: unknown): string | undefined {
  if (!isRecord(value) || entries(value).length === 0) return undefined;
  const out: string[] = [];
  try {
    mapLines(value, '', '', out);
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
  out.push('');
  return out.join('\n');
}

/** `safeYamlStringify(value, BLOCK_OPTIONS)`: by the fast path when it can, else by the library */
export function blockYamlStringify(value: unknown): string {
  return fastBlockYaml(value) ?? safeYamlStringify(value, BLOCK_OPTIONS);
}
