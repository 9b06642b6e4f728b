/** human: file:line:col, code, message, the source line with a caret, the hint; a summary line. */
import { renderHuman, summaryLine } from '../../render.js';
import type { DiagnosticsFormat } from '../format.js';

export const human: DiagnosticsFormat = {
  name: 'human',
  description: 'file:line:col, code, message, the source line and the hint (a terminal, a pre-commit hook)',
  render(ds, ctx) {
    const body = ds.length ? renderHuman(ds, { lineText: ctx.lineText }, { color: ctx.color, lang: ctx.lang }) + '\n' : '';
    return body + summaryLine(ds, ctx.fileCount, ctx.lang) + '\n';
  },
};
