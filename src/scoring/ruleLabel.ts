import type { Locale } from './Locale';
import { RULE_DEFINITIONS, type Rule } from './Rule';

/**
 * A hard rule's short name in a locale, for counts and table cells ("reporting line",
 * "linia podległości"); {@link explain} gives the full sentence for one pair.
 *
 * @param rule - a {@link Rule}
 * @param locale - `'en'` (default) or `'pl'`
 * @returns a short noun phrase
 * @example
 * ruleLabel('no-skill-gain'); // 'nothing to teach'
 * ruleLabel('language', 'pl'); // 'brak wspólnego języka'
 * @category Scoring
 */
export function ruleLabel(rule: Rule, locale: Locale = 'en'): string {
  return RULE_DEFINITIONS[rule].label[locale];
}
