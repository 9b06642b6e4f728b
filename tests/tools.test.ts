/** tests/tools.ts: a missing tool skips its tests with a reason, or fails them when VMSC_REQUIRE_TOOLS=1 (CI). */
import { describe, expect, it } from 'vitest';
import { hasTool, itWithTool, toolPolicy, TOOLS } from './tools.js';
import type { ToolName } from './tools.js';

describe('toolPolicy', () => {
  it.each([
    [true, false, 'run'],
    [true, true, 'run'],
    [false, false, 'skip'],
    [false, true, 'fail'],
  ] as const)('present %s, required %s → %s', (present, require, want) => {
    expect(toolPolicy({ present, require })).toBe(want);
  });
});

describe('the tools .ci/run installs', () => {
  it('a name that is no tool is not found', () => {
    expect(hasTool('vmsc-no-such-tool' as ToolName)).toBe(false);
  });
  for (const name of Object.keys(TOOLS) as ToolName[]) {
    itWithTool(name)(`${name} is installed and runs`, () => expect(hasTool(name)).toBe(true));
  }
});
