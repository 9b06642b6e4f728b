/**
 * load: bytes -> YAML document with source positions -> plain data.
 * YAML 1.2 core schema (a date stays a string), one document, unique keys, a mapping at the top,
 * bounded aliases, at most 1 MiB, valid UTF-8 (a BOM and CRLF line ends are accepted).
 */
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, isAlias, visit } from 'yaml';
import type { Document, Node, ParsedNode, Pair } from 'yaml';
import { diag, NO_SPAN } from '../diagnostics/diagnostic.js';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_ALIASES = 20;

export interface SourceFile {
  /** path relative to the root, forward slashes */
  path: string;
  bytes: Uint8Array;
}

export type PathSegment = string | number;
export type DataPath = readonly PathSegment[];

export interface LoadedFile {
  path: string;
  /** decoded text without BOM */
  text: string;
  /** plain data (toJS) */
  data: unknown;
  /** span of the node at `path` ('value': the value node; 'key': the key of the pair holding it) */
  locate(path: DataPath, which?: 'value' | 'key'): Span;
  /** the source line (1-based), without its line end, for code frames */
  lineText(line: number): string;
}

export interface LoadResult {
  file?: LoadedFile;
  diagnostics: Diagnostic[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i + 1;
  }
  return { line, col: offset - last + 1 };
}

function spanOfOffsets(lc: LineCounter, start: number, end: number): Span {
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, end));
  return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
}

function parse(text: string, lc: LineCounter): Document.Parsed {
  return parseDocument(text, {
    lineCounter: lc,
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    merge: false,
  });
}

/** Walks the document to the node at `path`. Returns the pair (for map entries) and the value node. */
export function findNode(doc: Document.Parsed, path: DataPath): { node?: Node; pair?: Pair; parent?: Node } {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let parent: Node | undefined;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const found = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!found) return { parent: node };
      parent = node;
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      if (seg < 0 || seg >= node.items.length) return { parent: node };
      parent = node;
      pair = undefined;
      node = node.items[seg];
    } else {
      return { parent: (node as Node | undefined) ?? parent };
    }
  }
  return { node: (node as Node | null) ?? undefined, pair, parent };
}

function rangeOf(n: unknown): [number, number] | undefined {
  if (n && typeof n === 'object' && 'range' in n) {
    const r = (n as ParsedNode).range;
    if (r) return [r[0], r[1]];
  }
  return undefined;
}

export function loadYaml(src: SourceFile): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const f = src.path;
  if (src.bytes.byteLength > MAX_FILE_BYTES) {
    diagnostics.push(
      diag('L001', 'error', f, NO_SPAN, `file is ${src.bytes.byteLength} bytes; the limit is ${MAX_FILE_BYTES} bytes (1 MiB)`,
        'split the data or remove what does not belong in this file'),
    );
    return { diagnostics };
  }
  let text: string;
  try {
    text = decoder.decode(src.bytes);
  } catch {
    // find the first invalid byte sequence to point at it
    let good = 0;
    for (let end = src.bytes.byteLength; end > 0; end--) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(src.bytes.subarray(0, end));
        good = end;
        break;
      } catch {
        /* keep shrinking */
      }
    }
    const prefix = new TextDecoder('utf-8').decode(src.bytes.subarray(0, good));
    const at = offsetToLineCol(prefix.replace(/^\uFEFF/, ''), prefix.replace(/^\uFEFF/, '').length);
    diagnostics.push(
      diag('L002', 'error', f, { line: at.line, col: at.col, endLine: at.line, endCol: at.col + 1 },
        `invalid UTF-8 byte sequence at byte ${good}`,
        'save the file as UTF-8 (not Shift_JIS or CP932); most editors have "Save with encoding"'),
    );
    return { diagnostics };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lc = new LineCounter();
  const doc = parse(text, lc);
  const lines = text.split(/\r?\n/);
  const lineText = (n: number): string => lines[n - 1] ?? '';

  for (const e of doc.errors) {
    const [s, t] = e.pos;
    const span = spanOfOffsets(lc, s, t);
    const first = e.message.split('\n')[0] ?? e.message;
    if (e.code === 'DUPLICATE_KEY') {
      diagnostics.push(diag('L004', 'error', f, span, 'duplicate key: a key may appear only once in a mapping',
        'remove one of the two entries or merge them'));
    } else if (e.code === 'MULTIPLE_DOCS') {
      diagnostics.push(diag('L005', 'error', f, span, 'more than one YAML document in the file',
        'remove the `---` separator and keep one document per file'));
    } else {
      diagnostics.push(diag('L003', 'error', f, span, `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}`,
        'check indentation (spaces, not tabs), quotes and the `key: value` form near this position'));
    }
  }
  if (diagnostics.length) return { diagnostics };

  if (doc.contents === null || doc.contents === undefined) {
    diagnostics.push(diag('L007', 'error', f, NO_SPAN, 'the file is empty',
      'write the content the schema expects, starting with the yaml-language-server modeline'));
    return { diagnostics };
  }

  // alias abuse: count aliases, and reject aliases of collections nested inside other aliased collections
  let aliases = 0;
  let firstAlias: [number, number] | undefined;
  visit(doc, {
    Alias(_k, n) {
      aliases++;
      firstAlias ??= rangeOf(n);
    },
  });
  if (aliases > MAX_ALIASES) {
    const r = firstAlias ?? [0, 0];
    diagnostics.push(diag('L006', 'error', f, spanOfOffsets(lc, r[0], r[1]),
      `${aliases} YAML aliases; at most ${MAX_ALIASES} are allowed (alias expansion can exhaust memory)`,
      'write the values out instead of using anchors (&) and aliases (*)'));
    return { diagnostics };
  }

  if (!isMap(doc.contents)) {
    const r = rangeOf(doc.contents) ?? [0, 0];
    diagnostics.push(diag('L008', 'error', f, spanOfOffsets(lc, r[0], r[1]), 'the top level must be a mapping (`key: value` lines)',
      'start the file with the fields of its format, e.g. `id: ...`'));
    return { diagnostics };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const r = firstAlias ?? [0, 0];
    diagnostics.push(diag('L006', 'error', f, spanOfOffsets(lc, r[0], r[1]),
      `alias expansion refused: ${(e as Error).message}`,
      'write the values out instead of using anchors (&) and aliases (*)'));
    return { diagnostics };
  }

  const locate = (path: DataPath, which: 'value' | 'key' = 'value'): Span => {
    const { node, pair, parent } = findNode(doc, path);
    let r: [number, number] | undefined;
    if (which === 'key' && pair) r = rangeOf(pair.key);
    if (!r && node) r = rangeOf(node);
    if (!r && pair) r = rangeOf(pair.key);
    if (!r && parent) r = rangeOf(parent);
    if (!r) r = rangeOf(doc.contents) ?? [0, 0];
    const span = spanOfOffsets(lc, r[0], r[1]);
    // a block collection's range runs to the start of the next line: end the span on its last line
    if (span.endLine > span.line && span.endCol === 1) {
      span.endLine--;
      span.endCol = lineText(span.endLine).length + 1;
    }
    return span;
  };

  return { file: { path: f, text, data, locate, lineText }, diagnostics };
}

export { isPair };
