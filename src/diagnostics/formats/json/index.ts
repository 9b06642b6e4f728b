/** json: {"diagnostics":[{code,severity,file,line,col,endLine,endCol,message,hint}]} for tools. */
import { renderJson } from '../../render.js';
import type { DiagnosticsFormat } from '../format.js';

export const json: DiagnosticsFormat = {
  name: 'json',
  description: '{"diagnostics":[{code,severity,file,line,col,endLine,endCol,message,hint}]} (tools, bots)',
  render: (ds, ctx) => renderJson(ds, ctx.lang),
};
