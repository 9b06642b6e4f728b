/** Recurring monthly charges of a customer under one tariff (第15条1②): plan × servers, options. */
import type { Tariff } from '../model/inputs.js';
import { BillingError } from './errors.js';
import type { InvoiceLine, PricedContract, TaxCategory } from './lines.js';
import { consumptionTax, sum, times } from './money.js';

export interface MonthlyCharges {
  tariffEffectiveFrom: string;
  taxRatePercent: number;
  lines: InvoiceLine[];
  subtotal: number;
  tax: number;
  total: number;
}

export function standardCategory(ratePercent: number): TaxCategory {
  return `standard-${ratePercent}`;
}

/** The plan of the customer's contract in this tariff (by code). */
export function planIn(tariff: Tariff, customer: PricedContract): Tariff['plans'][number] {
  const code = customer.source.contract.plan;
  const plan = tariff.plans.find((p) => p.code === code);
  if (!plan) {
    throw new BillingError(
      `${customer.id}: plan ${JSON.stringify(code)} is not in the tariff in force from ${tariff.effectiveFrom}`,
      `add plan ${code} to policies/tariffs/${tariff.effectiveFrom}.yaml or move the customer to a plan of that tariff`,
    );
  }
  return plan;
}

/** Plan monthly fee × servers, then each option (per customer: × 1; per server: × servers), in contract order. */
export function monthlyCharges(tariff: Tariff, customer: PricedContract): MonthlyCharges {
  const cat = standardCategory(tariff.taxRatePercent);
  const servers = customer.servers.length;
  const plan = planIn(tariff, customer);
  const lines: InvoiceLine[] = [
    {
      description: `月額利用料金（${plan.name}プラン）`,
      quantity: servers,
      unitPrice: plan.monthlyFee,
      amount: times(plan.monthlyFee, servers),
      taxCategory: cat,
      kind: 'plan',
    },
  ];
  for (const code of customer.source.contract.options) {
    const o = tariff.options.find((x) => x.code === code);
    if (!o) {
      throw new BillingError(
        `${customer.id}: option ${JSON.stringify(code)} is not in the tariff in force from ${tariff.effectiveFrom}`,
        `add option ${code} to policies/tariffs/${tariff.effectiveFrom}.yaml or remove it from the contract`,
      );
    }
    const q = o.per === 'server' ? servers : 1;
    lines.push({
      description: `${o.name}（オプション${o.per === 'server' ? '、サーバーごと' : ''}）`,
      quantity: q,
      unitPrice: o.monthlyFee,
      amount: times(o.monthlyFee, q),
      taxCategory: cat,
      kind: 'option',
    });
  }
  const subtotal = sum(lines.map((l) => l.amount));
  const tax = consumptionTax(subtotal, tariff.taxRatePercent);
  return { tariffEffectiveFrom: tariff.effectiveFrom, taxRatePercent: tariff.taxRatePercent, lines, subtotal, tax, total: subtotal + tax };
}
