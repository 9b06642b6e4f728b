/**
 * The resolved model: the contract between `resolve` and every emitter.
 * Emitters never read YAML or policy files: they read this (tariff in force, contacts by role,
 * monitoring setup with overrides applied, calendar). Built only from inputs that passed check.
 */
import type { Calendar, Customer, Monitoring, Provider, Register, Revision, Routing, Tariff, Terms } from './inputs.js';
import type { Contact, Server } from '../types/generated/customer.js';
import type { Plan, TariffOption } from '../types/generated/tariff.js';
import type { TermsEdition } from '../types/generated/terms.js';
import type { MonitoringSetup } from './monitoring.js';

export interface Policies {
  provider: Provider;
  calendar: Calendar;
  monitoring: Monitoring;
  routing: Routing;
  terms: Terms;
  /** sorted by effectiveFrom, oldest first */
  tariffs: Tariff[];
  /** sorted by id */
  revisions: Revision[];
}

export interface ResolvedServer {
  id: string;
  source: Server;
  /** the vendor-neutral monitoring setup, overrides applied (仕様書3; see resolve/monitoring.ts) */
  monitoring: MonitoringSetup;
}

export interface ResolvedCustomer {
  id: string;
  /** path of the customer file, relative to the root */
  file: string;
  source: Customer;
  /** 契約成立日 = 課金開始日 (第4条5) */
  establishedOn: string;
  /** 最低利用期間満了日: last day of the establishment month (第5条1) */
  minimumPeriodEndsOn: string;
  /** service end date when terminated (第6条) */
  endsOn?: string;
  /** tariff in force on billingStartsOn */
  tariffAtStart: Tariff;
  plan: Plan;
  options: TariffOption[];
  termsEdition: TermsEdition;
  contacts: {
    all: Contact[];
    primary: Contact;
    billing: Contact[];
    technical: Contact[];
    /** contacts with faultNotification: true (仕様書4) */
    faultNotification: Contact[];
  };
  servers: ResolvedServer[];
}

export interface Model {
  policies: Policies;
  /** sorted by id */
  customers: ResolvedCustomer[];
  /** the register of issued documents (records/register/*.yaml), sorted by customer */
  records?: Register[];
}
