/** github: ::error file=…,line=…,col=…:: workflow annotations and a summary line. */
import { renderGithub } from '../../render.js';
import type { DiagnosticsFormat } from '../format.js';

export const github: DiagnosticsFormat = {
  name: 'github',
  description: '::error file=…,line=…,col=…:: annotations on the pull request (GitHub Actions)',
  render: (ds, ctx) => renderGithub(ds, ctx.fileCount, ctx.pathPrefix, ctx.lang),
};
