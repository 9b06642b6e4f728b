import { parseDocument, LineCounter } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const root = process.argv[2];
for (const d of ['policies', 'policies/tariffs', 'policies/revisions', 'customers']) {
  let names = [];
  try { names = readdirSync(join(root, d)); } catch {}
  for (const f of names) if (f.endsWith('.yaml')) parseDocument(readFileSync(join(root, d, f), 'utf8'), { lineCounter: new LineCounter(), version: '1.2', schema: 'core', uniqueKeys: true }).toJS();
}
