/** The typed input files of a root, after schema validation (before rules and resolution). */
import type { Customer } from '../types/generated/customer.js';
import type { Provider } from '../types/generated/provider.js';
import type { Calendar } from '../types/generated/calendar.js';
import type { Tariff } from '../types/generated/tariff.js';
import type { Terms } from '../types/generated/terms.js';
import type { Monitoring } from '../types/generated/monitoring.js';
import type { Routing } from '../types/generated/routing.js';
import type { Revision } from '../types/generated/revision.js';
import type { Register } from '../types/generated/register.js';
import type { Prospect } from '../types/generated/prospect.js';

export type { Customer, Provider, Calendar, Tariff, Terms, Monitoring, Routing, Revision, Register, Prospect };

/** One input file's data with the path it came from (relative to the root). */
export interface Input<T> {
  file: string;
  data: T;
}

export type FormatName = 'customer' | 'provider' | 'calendar' | 'tariff' | 'terms' | 'monitoring' | 'routing' | 'revision' | 'register' | 'prospect';

/** Where each format lives in a root. */
export const LAYOUT: ReadonlyArray<{ format: FormatName; match: RegExp }> = [
  { format: 'provider', match: /^policies\/provider\.yaml$/ },
  { format: 'calendar', match: /^policies\/calendar\.yaml$/ },
  { format: 'monitoring', match: /^policies\/monitoring\.yaml$/ },
  { format: 'routing', match: /^policies\/routing\.yaml$/ },
  { format: 'terms', match: /^policies\/terms\.yaml$/ },
  { format: 'tariff', match: /^policies\/tariffs\/[^/]+\.yaml$/ },
  { format: 'revision', match: /^policies\/revisions\/[^/]+\.yaml$/ },
  { format: 'customer', match: /^customers\/[^/]+\.yaml$/ },
  // the register of issued documents, one file per customer (written by `vmsc issue`, read by check)
  { format: 'register', match: /^records\/register\/[^/]+\.yaml$/ },
  // sales prospects (御見積書, 利用契約申込書): optional, never part of the model that emitters read
  { format: 'prospect', match: /^prospects\/[^/]+\.yaml$/ },
];

export const REQUIRED_POLICY_FILES: ReadonlyArray<{ format: FormatName; path: string }> = [
  { format: 'provider', path: 'policies/provider.yaml' },
  { format: 'calendar', path: 'policies/calendar.yaml' },
  { format: 'monitoring', path: 'policies/monitoring.yaml' },
  { format: 'routing', path: 'policies/routing.yaml' },
  { format: 'terms', path: 'policies/terms.yaml' },
];

export function formatOf(path: string): FormatName | undefined {
  return LAYOUT.find((l) => l.match.test(path))?.format;
}

/** All inputs of a root that passed the schema. A file that failed is absent (its diagnostics say why). */
export interface Inputs {
  provider?: Input<Provider>;
  calendar?: Input<Calendar>;
  monitoring?: Input<Monitoring>;
  routing?: Input<Routing>;
  terms?: Input<Terms>;
  /** sorted by effectiveFrom */
  tariffs: Input<Tariff>[];
  /** sorted by id */
  revisions: Input<Revision>[];
  /** sorted by id */
  customers: Input<Customer>[];
  /** the register of issued documents, one file per customer; sorted by customer */
  registers: Input<Register>[];
  /** sales prospects (prospects/*.yaml), sorted by file; read by the rules and src/sales/ only, never resolved into the model */
  prospects: Input<Prospect>[];
}
