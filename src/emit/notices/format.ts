/** Locale-independent formatting for notices (no Intl: output must not depend on the machine's ICU data). */

/** 71000 -> "71,000円" */
export function yen(n: number): string {
  const sign = n < 0 ? '−' : '';
  const digits = String(Math.abs(Math.trunc(n)));
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}円`;
}

/** a difference: "+7,000円", "−1,000円", "±0円" */
export function signedYen(n: number): string {
  if (n === 0) return '±0円';
  return n > 0 ? `+${yen(n)}` : yen(n);
}
