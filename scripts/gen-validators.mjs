// Regenerates generated/validators.cjs: the schema validators compiled ahead of time (ajv standalone code), so
// that no process (the CLI, each worker thread) compiles the schemas at start-up. Same ajv options as at run
// time would need: all errors, strict, verbose (errors carry the parent schema and the data, for the messages).
// `node scripts/gen-validators.mjs --check` exits 1 when the committed file is stale (used by the tests).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const target = join(root, 'generated', 'validators.cjs');
// every format with a schema (common.schema.json holds shared definitions only)
const FORMATS = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.schema.json') && f !== 'common.schema.json')
  .map((f) => f.replace('.schema.json', ''))
  .sort();

export function generate() {
  const addFormats = addFormatsModule.default ?? addFormatsModule;
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: false, verbose: true, code: { source: true, lines: true } });
  addFormats(ajv, ['date', 'email', 'uri']);
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, 'common.schema.json'), 'utf8')), 'common.schema.json');
  for (const f of FORMATS) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, `${f}.schema.json`), 'utf8')), f);
  const code = (standaloneCode.default ?? standaloneCode)(ajv, Object.fromEntries(FORMATS.map((f) => [f, f])));
  return `// Generated from schemas/*.schema.json by \`npm run gen:types\` (scripts/gen-validators.mjs). Do not edit.\n${code}\n`;
}

const code = generate();
if (process.argv.includes('--check')) {
  if (!existsSync(target) || readFileSync(target, 'utf8') !== code) {
    console.error('generated/validators.cjs is stale: run npm run gen:types');
    process.exit(1);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
  console.log(`wrote ${target} (${code.length} characters)`);
}
