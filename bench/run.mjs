// npm run bench: runs every benchmark part in turn and prints its figures.
// Each part is a standalone script: node bench/<part>.mjs
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const parts = ['check', 'documents', 'notices', 'build', 'records', 'lsp'].filter((p) => only.length === 0 || only.includes(p));
let failed = 0;
for (const p of parts) {
  const file = join(here, `${p}.mjs`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench: ${p} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', file], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
