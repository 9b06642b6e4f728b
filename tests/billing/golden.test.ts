/**
 * Golden: every invoice of the example root (all billed months of all customers) and every contract's
 * figures, as `vmsc bill --format json` and the documents see them. Regenerate after an intended change with
 * `npm run test:update` (tests/golden.ts), then review the diff.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { expectGolden } from '../golden.js';
import { computeInvoices } from '../../src/billing/invoice.js';
import { contractFigures } from '../../src/billing/contract.js';
import { model } from './fixtures.js';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), 'golden', 'example.json');

it('the example root bills exactly as the golden file says', () => {
  const m = model();
  const actual =
    JSON.stringify(
      m.customers.map((c) => ({ customer: c.id, contract: contractFigures(m, c), invoices: computeInvoices(m, c) })),
      null,
      2,
    ) + '\n';
  expectGolden(GOLDEN, actual);
});
