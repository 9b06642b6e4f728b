/**
 * resolve: schema- and rule-valid inputs -> one typed model per customer with the policies applied.
 * Pure: no I/O. Called only when check found no error, so lookups here cannot fail on valid input;
 * if one does, that is a bug in a rule and throws.
 */
import type { Inputs } from '../model/inputs.js';
import type { Model, Policies, ResolvedCustomer, ResolvedServer } from '../model/model.js';
import type { MonitoringSetup } from '../model/monitoring.js';
import { lastDayOfMonth } from '../util/dates.js';
import { tariffInForce } from './tariff.js';
import { resolveMonitoring } from './monitoring.js';
import type { Locate } from './monitoring.js';

export function resolvePolicies(inputs: Inputs): Policies {
  const need = <T>(x: { data: T } | undefined, what: string): T => {
    if (!x) throw new Error(`internal: resolve called without ${what}`);
    return x.data;
  };
  return {
    provider: need(inputs.provider, 'provider'),
    calendar: need(inputs.calendar, 'calendar'),
    monitoring: need(inputs.monitoring, 'monitoring'),
    routing: need(inputs.routing, 'routing'),
    terms: need(inputs.terms, 'terms'),
    tariffs: inputs.tariffs.map((t) => t.data),
    revisions: inputs.revisions.map((r) => r.data),
  };
}

/**
 * A server with its monitoring setup resolved when first read (then kept): the setups of 1,000 customers are
 * ~75,000 check objects, and a rebuild after one customer changed reads those of the customers it emits only
 * (the agent bundles of the others come from the build cache). An enumerable property in the same place, so
 * the model's JSON (and a structured clone) is the one it was.
 */
function lazyMonitoring(server: Omit<ResolvedServer, 'monitoring'>, make: () => MonitoringSetup): ResolvedServer {
  let setup: MonitoringSetup | undefined;
  forgets.set(server, () => {
    setup = undefined;
  });
  return Object.defineProperty(server, 'monitoring', {
    enumerable: true,
    get: () => (setup ??= make()),
  }) as ResolvedServer;
}

/** how to drop the kept monitoring setup of each server resolved here */
const forgets = new WeakMap<object, () => void>();

/**
 * Drops the monitoring setups of a customer's servers kept since they were read (the next read resolves them
 * again, to equal values): a build sends each customer to a worker once (the structured clone reads them), and
 * need not hold the setups of every customer after (~75 check objects a server).
 */
export function forgetMonitoring(c: ResolvedCustomer): void {
  for (const s of c.servers) forgets.get(s)?.();
}

export function resolveCustomer(policies: Policies, file: string, c: Inputs['customers'][number]['data'], locate?: Locate): ResolvedCustomer {
  const start = c.contract.billingStartsOn;
  const tariff = tariffInForce(policies.tariffs, start);
  if (!tariff) throw new Error(`internal: no tariff in force on ${start} for ${c.id}`);
  const plan = tariff.plans.find((p) => p.code === c.contract.plan);
  if (!plan) throw new Error(`internal: plan ${c.contract.plan} missing for ${c.id}`);
  const options = c.contract.options.map((code) => {
    const o = tariff.options.find((x) => x.code === code);
    if (!o) throw new Error(`internal: option ${code} missing for ${c.id}`);
    return o;
  });
  const edition = policies.terms.editions.find((e) => e.edition === c.contract.termsEdition);
  if (!edition) throw new Error(`internal: terms edition ${c.contract.termsEdition} missing for ${c.id}`);
  const all = [...c.contacts];
  const primary = all.find((x) => x.roles.includes('primary'));
  if (!primary) throw new Error(`internal: no primary contact for ${c.id}`);
  const resolved: ResolvedCustomer = {
    id: c.id,
    file,
    source: c,
    establishedOn: start,
    minimumPeriodEndsOn: lastDayOfMonth(start),
    tariffAtStart: tariff,
    plan,
    options,
    termsEdition: edition,
    contacts: {
      all,
      primary,
      billing: all.filter((x) => x.roles.includes('billing')),
      technical: all.filter((x) => x.roles.includes('technical')),
      faultNotification: all.filter((x) => x.faultNotification === true),
    },
    servers: c.servers.map((s, i) =>
      lazyMonitoring({ id: s.id, source: s }, () =>
        resolveMonitoring({
          customer: c.id,
          customerFile: file,
          serverIndex: i,
          server: s,
          monitoring: policies.monitoring,
          monitoringFile: 'policies/monitoring.yaml',
          ...(locate ? { locate } : {}),
        }),
      ),
    ),
  };
  if (c.contract.termination) resolved.endsOn = c.contract.termination.endsOn;
  return resolved;
}

/** `locate` (optional) gives monitoring thresholds their line:col, for `plan` to explain a change */
export function resolve(inputs: Inputs, locate?: Locate): Model {
  const policies = resolvePolicies(inputs);
  return {
    policies,
    customers: inputs.customers.map((c) => resolveCustomer(policies, c.file, c.data, locate)),
    records: inputs.registers.map((r) => r.data),
  };
}
