/**
 * The three Polish forms of a counted noun: `one` (1 poziom), `few` (2–4, 22–24, … poziomy),
 * `many` (0, 5–21, 25–31, … poziomów). A fraction takes `fraction` (1,5 godziny), which defaults
 * to `few`.
 *
 * @category Scoring
 */
export interface PolishForms {
  readonly one: string;
  readonly few: string;
  readonly many: string;
  readonly fraction?: string;
}

/**
 * The Polish form of a noun after a number: 1 → `one`; a number ending in 2–4 but not in 12–14 →
 * `few`; every other whole number → `many`; a fraction → `fraction` (the genitive singular).
 * The number itself is not included.
 *
 * @param n - the count
 * @param forms - the noun's {@link PolishForms}
 * @returns the form that agrees with `n`
 * @example
 * const level = { one: 'poziom', few: 'poziomy', many: 'poziomów' };
 * pluralPl(1, level); // 'poziom'
 * pluralPl(3, level); // 'poziomy'
 * pluralPl(12, level); // 'poziomów'
 * pluralPl(22, level); // 'poziomy'
 * @category Scoring
 */
export function pluralPl(n: number, forms: PolishForms): string {
  if (!Number.isInteger(n)) return forms.fraction ?? forms.few;
  const abs = Math.abs(n);
  if (abs === 1) return forms.one;
  const lastTwo = abs % 100;
  const last = abs % 10;
  if (last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14)) return forms.few;
  return forms.many;
}
