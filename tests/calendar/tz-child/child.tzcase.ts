// Run only by tz.test.ts in a child process with a given TZ: writes the table to $VMSC_TZ_OUT.
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { tzTable } from '../tz-table.js';

it('computes the table', async () => {
  const out = process.env['VMSC_TZ_OUT'];
  expect(out).toBeTruthy();
  writeFileSync(out ?? '', JSON.stringify(await tzTable()));
});
