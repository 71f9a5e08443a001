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
 * The Polish form of a noun after a number, unchecked: what the library's own messages use (the
 * word helpers of the criteria and rules import it by this name). The public `pluralPl` of
 * `reverse-mentoring/scoring` (`public/pluralPl.ts`) checks its arguments first and says how the
 * form is chosen.
 *
 * @internal
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
