import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Config for the child runs of tests/calendar/tz.test.ts only (not part of the normal suite).
export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: { include: ['tests/calendar/tz-child/*.tzcase.ts'], testTimeout: 60_000, pool: 'forks' },
});
