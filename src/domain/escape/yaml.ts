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
