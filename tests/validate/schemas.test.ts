import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { REPO } from '../helpers.js';

/** every keyword of JSON Schema draft-07 (validation + core + annotations) */
const DRAFT07 = new Set([
  '$schema',
  '$id',
  '$ref',
  '$comment',
  'title',
  'description',
  'default',
  'readOnly',
  'writeOnly',
  'examples',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'additionalItems',
  'items',
  'maxItems',
  'minItems',
  'uniqueItems',
  'contains',
  'maxProperties',
  'minProperties',
  'required',
  'additionalProperties',
  'definitions',
  'properties',
  'patternProperties',
  'dependencies',
  'propertyNames',
  'const',
  'enum',
  'type',
  'format',
  'contentMediaType',
  'contentEncoding',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
]);
/** keys whose value is a map of name -> schema */
const SCHEMA_MAPS = new Set(['properties', 'definitions', 'patternProperties', 'dependencies']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'items']);
const SCHEMA_ONE = new Set(['items', 'additionalItems', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'additionalProperties']);

type Json = { [k: string]: unknown };
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Problem {
  file: string;
  at: string;
  problem: string;
}

function walk(file: string, s: Json, at: string, out: Problem[], isProperty: boolean): void {
  for (const k of Object.keys(s)) if (!DRAFT07.has(k)) out.push({ file, at, problem: `keyword "${k}" is not draft-07` });
  if (isProperty) {
    const d = s['description'];
    if (typeof d !== 'string' || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(d) || !/ \/ [A-Za-z]/.test(d))
      out.push({ file, at, problem: 'description must be Japanese / English ("日本語 / English")' });
    if (!Array.isArray(s['examples']) || (s['examples'] as unknown[]).length === 0) out.push({ file, at, problem: 'no examples' });
  }
  if (s['type'] === 'object' || isObj(s['properties'])) {
    if (s['additionalProperties'] !== false) out.push({ file, at, problem: 'object is not closed (additionalProperties: false)' });
  }
  for (const [k, v] of Object.entries(s)) {
    if (SCHEMA_MAPS.has(k) && isObj(v)) {
      for (const [name, sub] of Object.entries(v)) if (isObj(sub)) walk(file, sub, `${at}/${k}/${name}`, out, k === 'properties');
    } else if (SCHEMA_LISTS.has(k) && Array.isArray(v)) {
      v.forEach((sub, i) => {
        if (isObj(sub)) walk(file, sub, `${at}/${k}/${i}`, out, false);
      });
    } else if (SCHEMA_ONE.has(k) && isObj(v)) {
      walk(file, v, `${at}/${k}`, out, false);
    }
  }
}

const dir = join(REPO, 'schemas');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();

describe('schemas/: draft-07 only, closed objects, every field described (JA / EN) with examples', () => {
  it('there is a schema per format', () => {
    for (const f of ['customer', 'provider', 'calendar', 'tariff', 'terms', 'monitoring', 'routing', 'revision']) expect(files).toContain(`${f}.schema.json`);
  });
  it.each(files)('%s', (f) => {
    const s = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json;
    expect(s['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    const out: Problem[] = [];
    walk(f, s, '#', out, false);
    expect(out).toEqual([]);
  });
  it('the walker finds a missing description, an open object and a newer keyword', () => {
    const out: Problem[] = [];
    walk(
      't',
      { type: 'object', properties: { a: { type: 'string', examples: ['x'] }, b: { type: 'object', $defs: {}, description: '説明 / About', examples: [{}] } } },
      '#',
      out,
      false,
    );
    expect(out.map((p) => p.problem).sort()).toEqual([
      'description must be Japanese / English ("日本語 / English")',
      'keyword "$defs" is not draft-07',
      'object is not closed (additionalProperties: false)',
      'object is not closed (additionalProperties: false)',
    ]);
  });
});

describe('schemas/: every example is valid against its own field', () => {
  type AddFormats = (ajv: Ajv, formats: string[]) => Ajv;
  const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv, ['date', 'email', 'uri']);
  const docs = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Json);
  for (const d of docs) ajv.addSchema(d);
  const cases: Array<[string, string, unknown]> = [];
  const collect = (id: string, s: Json, ptr: string) => {
    if (Array.isArray(s['examples'])) for (const e of s['examples'] as unknown[]) cases.push([id, ptr, e]);
    for (const [k, v] of Object.entries(s)) {
      if ((k === 'properties' || k === 'definitions') && isObj(v)) for (const [n, sub] of Object.entries(v)) isObj(sub) && collect(id, sub, `${ptr}/${k}/${n}`);
      else if (k === 'items' && isObj(v)) collect(id, v, `${ptr}/items`);
    }
  };
  for (const d of docs) collect(String(d['$id']), d, '');
  it('there are examples to check', () => expect(cases.length).toBeGreaterThan(100));
  it('each example validates', () => {
    const bad: string[] = [];
    for (const [id, ptr, e] of cases) {
      if (!ajv.validate({ $ref: `${id}#${ptr}` }, e)) bad.push(`${id.split('/').pop()}#${ptr}: ${JSON.stringify(e)} — ${ajv.errorsText()}`);
    }
    expect(bad).toEqual([]);
  });
});
