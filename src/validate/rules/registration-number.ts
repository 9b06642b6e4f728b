/**
 * 適格請求書発行事業者登録番号: "T" + 13 digits. For a corporation the 13 digits are its 法人番号, whose first
 * digit is a check digit (法人番号の指定等に関する省令 第2条): 9 − (Σ_{n=1..12} Pn × Qn mod 9), Pn the n-th digit
 * of the 12-digit base counted from the right, Qn = 1 for odd n and 2 for even n. A failure is a warning:
 * a sole proprietor's number is not a 法人番号.
 */
import { MESSAGES } from '../../diagnostics/messages/index.js';
import type { Rule } from '../rule.js';

export function corporateNumberCheckDigit(base12: string): number {
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(base12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9);
}

export const registrationNumber: Rule = {
  code: 'R023',
  check(ctx) {
    const p = ctx.inputs.provider;
    if (!p) return [];
    const m = /^T([0-9])([0-9]{12})$/.exec(p.data.invoiceRegistrationNumber);
    if (!m) return [];
    const want = corporateNumberCheckDigit(m[2]!);
    if (Number(m[1]) === want) return [];
    return [
      ctx.at(
        'R023',
        'warning',
        p.file,
        ['invoiceRegistrationNumber'],
        MESSAGES.R023.checkDigit({ number: p.data.invoiceRegistrationNumber, want, found: m[1]! }),
      ),
    ];
  },
};
