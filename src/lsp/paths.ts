/** File URIs of the client and the root-relative paths of the driver (forward slashes); vmsc spans as LSP ranges. */
import type { Range } from 'vscode-languageserver';
import type { Span } from '../diagnostics/diagnostic.js';
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** the folders of a root that hold inputs (as the CLI host reads them) */
const INPUT_PREFIXES = ['policies/', 'customers/', 'records/register/', 'prospects/'];
const YAML_NAME = /\.ya?ml$/i;

export interface RootPaths {
  /** the root folder, absolute */
  root: string;
  /** the root-relative path of an input file's URI; undefined for anything else (another folder, not YAML) */
  relative(uri: string): string | undefined;
  /** the file URI of a root-relative path */
  uri(path: string): string;
}

export function rootPaths(root: string): RootPaths {
  const base = pathToFileURL(root.endsWith(sep) ? root : `${root}${sep}`);
  return {
    root,
    relative(uri) {
      if (!uri.startsWith('file:')) return undefined;
      let abs: string;
      try {
        abs = fileURLToPath(uri);
      } catch {
        return undefined; // not a local file URI
      }
      const rel = relative(root, abs);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
      const path = rel.split(sep).join('/');
      return YAML_NAME.test(path) && INPUT_PREFIXES.some((p) => path.startsWith(p)) ? path : undefined;
    },
    uri: (path) => new URL(path.split('/').map(encodeURIComponent).join('/'), base).href,
  };
}

/** 1-based line/col (UTF-16 code units, end exclusive: vmsc's spans) to an LSP range (0-based, UTF-16) */
export function lspRange(s: Span): Range {
  const start = { line: Math.max(0, s.line - 1), character: Math.max(0, s.col - 1) };
  const end = { line: Math.max(0, s.endLine - 1), character: Math.max(0, s.endCol - 1) };
  return { start, end: end.line < start.line || (end.line === start.line && end.character < start.character) ? start : end };
}
