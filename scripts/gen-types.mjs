// Regenerates src/types/generated/*.ts from schemas/*.schema.json (json-schema-to-typescript).
// `node scripts/gen-types.mjs --check` exits 1 when a committed file is stale (used by the tests).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const outDir = join(root, 'src', 'types', 'generated');

export async function generate() {
  const files = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.schema.json') && f !== 'common.schema.json')
    .sort();
  const out = new Map();
  for (const f of files) {
    const schema = JSON.parse(readFileSync(join(schemaDir, f), 'utf8'));
    const ts = await compile(schema, schema.title, {
      cwd: schemaDir,
      bannerComment: `/* eslint-disable */\n/** Generated from schemas/${f} by \`npm run gen:types\`. Do not edit. */`,
      additionalProperties: false,
      declareExternallyReferenced: true,
      unreachableDefinitions: false,
      strictIndexSignatures: true,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
    });
    out.set(f.replace('.schema.json', '.ts'), ts);
  }
  return out;
}

const check = process.argv.includes('--check');
const generated = await generate();
const stale = [];
for (const [name, ts] of generated) {
  const target = join(outDir, name);
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== ts) stale.push(name);
  } else writeFileSync(target, ts);
}
if (check && stale.length) {
  console.error(`stale generated types: ${stale.join(', ')}; run npm run gen:types`);
  process.exit(1);
}
if (!check) console.log(`wrote ${generated.size} files to src/types/generated/`);
