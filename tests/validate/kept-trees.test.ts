/**
 * fileResult keeps the YAML tree of the files it loads for the rules of the check they are loaded for (at most 64
 * at a time): diagnostics are located in that tree instead of one parsed again, with the same spans.
 */
import { describe, expect, it } from 'vitest';
import { checkResults } from '../../src/driver/pipeline.js';
import type { FileResult } from '../../src/validate/file.js';
import { fileResult, takeLoaded } from '../../src/validate/file.js';
import { brokenExample, EXAMPLE, readRoot, TODAY } from '../helpers.js';

describe('kept YAML trees', () => {
  it('locate the diagnostics exactly as a tree parsed again does, and are let go by the check', () => {
    // a schema error (rules on the valid rest locate in the whole file) and a cross-file rule error
    const root = brokenExample();
    const sources = readRoot(root);
    const kept = sources.map(fileResult);
    expect(kept.filter((r) => r.loaded).length).toBeGreaterThan(0);
    // the same results without their trees: what the cache or a worker hands over
    const plain = kept.map((r) => JSON.parse(JSON.stringify(r)) as FileResult);
    const a = checkResults(sources, kept, { today: TODAY }).diagnostics;
    const b = checkResults(sources, plain, { today: TODAY }).diagnostics;
    expect(a.some((d) => d.file === 'customers/acme-logistics.yaml' && d.line > 1)).toBe(true);
    expect(a).toEqual(b);
    // every kept tree was handed over or let go by that check
    expect(kept.map(takeLoaded).filter(Boolean)).toEqual([]);
  });

  it('are at most 64 at a time: a big root loaded in process does not hold every tree', () => {
    const src = readRoot(EXAMPLE).find((s) => s.path.startsWith('customers/'))!;
    const results = Array.from({ length: 100 }, () => fileResult(src));
    const trees = results.map(takeLoaded);
    expect(trees.filter(Boolean).length).toBe(64);
    expect(trees.slice(0, 64).every(Boolean)).toBe(true);
    // handed over once; taken, they make room again
    expect(results.map(takeLoaded).filter(Boolean)).toEqual([]);
    expect(takeLoaded(fileResult(src))).toBeDefined();
  });
});
