import type { Locale } from '../../scoring/index';

/**
 * A number as a reader of the locale writes it: fixed digits, a decimal comma in Polish, a
 * proper minus sign. Deterministic (no `Intl`, whose output differs between runtimes).
 *
 * @param value - the number
 * @param digits - digits after the decimal separator
 * @param locale - `en` or `pl`
 * @returns the number as text: 9.0812 with 2 digits is `9,08` in Polish, −0.25 is `−0.25`
 * @internal
 */
export function formatNumber(value: number, digits: number, locale: Locale): string {
  const fixed = Math.abs(value).toFixed(digits);
  // Rounding may give 0.00 for a tiny negative: no minus sign then.
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '\u2212' : ''}${locale === 'pl' ? fixed.replace('.', ',') : fixed}`;
}

/**
 * A share in [0, 1] as a whole percentage: `0.5` → `50%` (`50 %` in Polish, as Polish writes it).
 *
 * @param share - the share
 * @param locale - `en` or `pl`
 * @returns the percentage as text: 0.834 is `83%`
 * @internal
 */
export function formatShare(share: number, locale: Locale): string {
  return `${Math.round(share * 100)}${locale === 'pl' ? '\u00a0%' : '%'}`;
}
