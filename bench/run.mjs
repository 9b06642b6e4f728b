// npm run bench: runs every benchmark part in turn and prints its figures.
// Each part is a standalone script: node bench/<part>.mjs
//   npm run bench                     targets (issue 17's table and the growth table), documents, notices, records, lsp
//   npm run bench -- --big            the same, with the cold 10,000-customer build in targets (minutes more)
//   npm run bench -- check build      only the named parts (check and build: the older, finer check and build benches)
// Options (--big, --repeat N, --package DIR) go to the targets part.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const options = [];
const named = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--repeat' || args[i] === '--package') options.push(args[i], args[++i]);
  else if (args[i].startsWith('--')) options.push(args[i]);
  else named.push(args[i]);
}
const parts = named.length ? named : ['targets', 'documents', 'notices', 'records', 'lsp'];
let failed = 0;
for (const p of parts) {
  const file = join(here, `${p}.mjs`);
  if (!existsSync(file)) {
    console.error(`bench: no part ${p} (bench/${p}.mjs)`);
    failed++;
    continue;
  }
  console.log(`\n=== bench: ${p} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', file, ...(p === 'targets' ? options : [])], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
