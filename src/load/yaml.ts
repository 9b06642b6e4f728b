/**
 * load: bytes -> YAML document with source positions -> plain data.
 * YAML 1.2 core schema (a date stays a string), one document, unique keys, a mapping at the top,
 * bounded aliases, at most 1 MiB, valid UTF-8 (a BOM and CRLF line ends are accepted).
 */
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isAlias, visit } from 'yaml';
import type { Document, Node, ParsedNode, Pair } from 'yaml';
import { MESSAGES } from '../diagnostics/messages/index.js';
import type { Localized } from '../diagnostics/messages/index.js';
import { diag, NO_SPAN } from '../diagnostics/diagnostic.js';
import type { Diagnostic, Span } from '../diagnostics/diagnostic.js';

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_ALIASES = 20;

export interface SourceFile {
  /** path relative to the root, forward slashes */
  path: string;
  bytes: Uint8Array;
  /** why the host could not read the file (then `bytes` is empty): a located load error of the file */
  problem?: SourceProblem;
}

/** a file the host lists but cannot read: a broken link (L009), a link out of the root (L010), unreadable (L011) */
export interface SourceProblem extends Localized {
  code: 'L009' | 'L010' | 'L011';
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
  file?: LoadedFile & { release(): void };
  diagnostics: Diagnostic[];
  /** the decoded text when the bytes were valid UTF-8 (for code frames of load errors) */
  text?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** byte offset of the first invalid UTF-8 sequence, or -1 (linear scan, no exceptions) */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.byteLength;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i + 1;
  }
  return { line, col: offset - last + 1 };
}

/** a block node's range runs to the start of the next line: end such a span on its last line instead */
function trimSpan(span: Span, lineText: (n: number) => string): Span {
  if (span.endLine > span.line && span.endCol === 1) {
    const endLine = span.endLine - 1;
    return { ...span, endLine, endCol: lineText(endLine).length + 1 };
  }
  return span;
}

function spanOfOffsets(lc: LineCounter, start: number, end: number): Span {
  const a = lc.linePos(start);
  const b = lc.linePos(Math.max(start, end));
  return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
}

function parse(text: string, lc?: LineCounter): Document.Parsed {
  return parseDocument(text, {
    ...(lc ? { lineCounter: lc } : {}),
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    merge: false,
  });
}

function splitLines(text: string): string[] {
  return text.split(/\r?\n|\r/);
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

/**
 * A loaded file that keeps only its text and plain data: the YAML tree is rebuilt on demand (to locate a
 * diagnostic) and may be dropped with `release()`, so that 10,000 files do not hold 10,000 trees.
 */
export function loadedFile(path: string, text: string, data: unknown, doc?: Document.Parsed, lc?: LineCounter): LoadedFile & { release(): void } {
  let tree: { doc: Document.Parsed; lc: LineCounter } | undefined = doc && lc ? { doc, lc } : undefined;
  let lines: string[] | undefined;
  const lineText = (n: number): string => (lines ??= splitLines(text))[n - 1] ?? '';
  const getTree = () => {
    if (!tree) {
      const l = new LineCounter();
      tree = { doc: parse(text, l), lc: l };
    }
    return tree;
  };
  const locate = (p: DataPath, which: 'value' | 'key' = 'value'): Span => {
    const t = getTree();
    const { node, pair, parent } = findNode(t.doc, p);
    let r: [number, number] | undefined;
    if (which === 'key' && pair) r = rangeOf(pair.key);
    if (!r && node) r = rangeOf(node);
    if (!r && pair) r = rangeOf(pair.key);
    if (!r && parent) r = rangeOf(parent);
    if (!r) r = rangeOf(t.doc.contents) ?? [0, 0];
    return trimSpan(spanOfOffsets(t.lc, r[0], r[1]), lineText);
  };
  return {
    path,
    text,
    data,
    locate,
    lineText,
    release: () => {
      tree = undefined;
    },
  };
}

/** decodes bytes as UTF-8 (a BOM is dropped); undefined when invalid */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (firstInvalidUtf8(bytes) !== -1) return undefined;
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** L001 (size) and L002 (UTF-8): the text of the file, or the diagnostic that says why there is none */
function decodeSource(src: SourceFile): { text: string } | { diagnostic: Diagnostic } {
  const f = src.path;
  if (src.bytes.byteLength > MAX_FILE_BYTES) {
    return {
      diagnostic: diag('L001', 'error', f, NO_SPAN, MESSAGES.L001.tooLarge({ bytes: src.bytes.byteLength, limit: MAX_FILE_BYTES })),
    };
  }
  const bad = firstInvalidUtf8(src.bytes);
  if (bad !== -1) {
    const prefix = new TextDecoder('utf-8').decode(src.bytes.subarray(0, bad)).replace(/^\uFEFF/, '');
    const at = offsetToLineCol(prefix, prefix.length);
    const b = src.bytes;
    const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
    return {
      diagnostic: diag(
        'L002',
        'error',
        f,
        { line: at.line, col: at.col, endLine: at.line, endCol: at.col + 1 },
        MESSAGES.L002.invalid({ offset: bad, byte: b[bad]!.toString(16).padStart(2, '0'), utf16 }),
      ),
    };
  }
  const text = decoder.decode(src.bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

type SpanOf = (start: number, end: number) => Span;

/** L003 (syntax), L004 (duplicate key), L005 (a second document): the parser's errors, located */
function parseDiagnostics(f: string, doc: ReturnType<typeof parse>, text: string, lc: LineCounter, span: SpanOf): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of doc.errors) {
    const [s, t] = e.pos;
    const first = e.message.split('\n')[0] ?? e.message;
    if (e.code === 'DUPLICATE_KEY') {
      const m = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n#{}[\],]+?)[ \t]*:/.exec(text.slice(s, s + 200));
      const key = m?.[1]?.trim();
      const shown = key ? ` ${key.startsWith('"') || key.startsWith("'") ? key : `"${key}"`}` : '';
      out.push(diag('L004', 'error', f, span(s, key ? s + key.length : t), MESSAGES.L004.duplicate({ shown })));
    } else if (e.code === 'MULTIPLE_DOCS') {
      const at = lc.linePos(s);
      out.push(diag('L005', 'error', f, { line: at.line, col: at.col, endLine: at.line, endCol: at.col + 3 }, MESSAGES.L005.second()));
    } else {
      const deep = /call stack/i.test(first);
      out.push(
        diag(
          'L003',
          'error',
          f,
          span(s, t),
          deep ? MESSAGES.L003.tooDeep() : MESSAGES.L003.syntax({ detail: first.replace(/ at line \d+, column \d+:?$/, '') }),
        ),
      );
    }
  }
  return out;
}

/**
 * L007 (empty), L006 (too many aliases), L008 (not a mapping): what the document holds, before it becomes data.
 * A YAML file of this project never needs many aliases; bounding their number bounds the size of the expanded
 * data (a "billion laughs" needs many aliases of aliases).
 */
function shapeDiagnostic(f: string, doc: ReturnType<typeof parse>, text: string, span: SpanOf): Diagnostic | undefined {
  if (
    doc.contents === null ||
    doc.contents === undefined ||
    (isScalar(doc.contents) &&
      doc.contents.value === null &&
      text
        .trim()
        .split(/\r?\n/)
        .every((l) => l.trim() === '' || l.trim().startsWith('#')))
  ) {
    return diag('L007', 'error', f, NO_SPAN, MESSAGES.L007.empty());
  }
  let aliases = 0;
  let nthAlias: [number, number] | undefined;
  if (text.includes('*')) {
    // no alias without a '*': most files skip the walk
    visit(doc, {
      Alias(_k, n) {
        aliases++;
        if (aliases === MAX_ALIASES + 1) nthAlias = rangeOf(n);
      },
    });
  }
  if (aliases > MAX_ALIASES) {
    const r = nthAlias ?? [0, 0];
    return diag('L006', 'error', f, span(r[0], r[1]), MESSAGES.L006.tooMany({ aliases, max: MAX_ALIASES }));
  }
  if (!isMap(doc.contents)) {
    const r = rangeOf(doc.contents) ?? [0, 0];
    return diag('L008', 'error', f, span(r[0], r[1]), MESSAGES.L008.notMapping({ list: isSeq(doc.contents) }));
  }
  return undefined;
}

export function loadYaml(src: SourceFile): LoadResult {
  const f = src.path;
  if (src.problem) return { diagnostics: [diag(src.problem.code, 'error', f, NO_SPAN, src.problem)] };
  const decoded = decodeSource(src);
  if ('diagnostic' in decoded) return { diagnostics: [decoded.diagnostic] };
  const { text } = decoded;

  const lc = new LineCounter();
  const doc = parse(text, lc);
  let lines: string[] | undefined;
  const lineText = (n: number): string => (lines ??= splitLines(text))[n - 1] ?? '';
  const span: SpanOf = (s, t) => trimSpan(spanOfOffsets(lc, s, t), lineText);

  const syntax = parseDiagnostics(f, doc, text, lc, span);
  if (syntax.length) return { diagnostics: syntax, text };
  const shape = shapeDiagnostic(f, doc, text, span);
  if (shape) return { diagnostics: [shape], text };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return {
      diagnostics: [diag('L006', 'error', f, NO_SPAN, MESSAGES.L006.refused({ detail: (e as Error).message }))],
      text,
    };
  }
  return { file: loadedFile(f, text, data, doc, lc), diagnostics: [], text };
}
