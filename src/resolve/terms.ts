import type { Terms } from '../model/inputs.js';
import type { TermsEdition } from '../types/generated/terms.js';
import type { CivilDate } from '../util/dates.js';

/** The edition of the terms in effect on a date: the one with the latest effectiveOn <= date. */
export function termsInEffect(terms: Terms, date: CivilDate): TermsEdition | undefined {
  let found: TermsEdition | undefined;
  for (const e of terms.editions) if (e.effectiveOn <= date && (!found || e.effectiveOn > found.effectiveOn)) found = e;
  return found;
}
