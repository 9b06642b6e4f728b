/**
 * A diagnostics format: how `vmsc check --format NAME` prints the diagnostics of a run. One folder per format
 * under diagnostics/formats/, one line in formats/index.ts.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Lang } from '../lang.js';

export interface FormatContext {
  /** how many input files were checked (for summary lines) */
  fileCount: number;
  /** a source line of an input file, for code frames */
  lineText(file: string, line: number): string | undefined;
  /** ANSI colours allowed (a terminal without NO_COLOR) */
  color: boolean;
  /** prefix that makes a root-relative path relative to the workspace (CI annotations), e.g. `roots/a/` */
  pathPrefix: string;
  /** the language of messages, hints and summary lines (`--lang`, default from the locale) */
  lang: Lang;
}

export interface DiagnosticsFormat {
  name: string;
  /** one line for `--help` */
  description: string;
  /** the whole output of the run (ends with a line break) */
  render(ds: readonly Diagnostic[], ctx: FormatContext): string;
}
