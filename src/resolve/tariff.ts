import type { Tariff } from '../model/inputs.js';
import type { CivilDate } from '../util/dates.js';

/** The tariff in force on a date: the newest with effectiveFrom <= date. `tariffs` sorted oldest first. */
export function tariffInForce(tariffs: readonly Tariff[], date: CivilDate): Tariff | undefined {
  let found: Tariff | undefined;
  for (const t of tariffs) if (t.effectiveFrom <= date) found = t;
  return found;
}
