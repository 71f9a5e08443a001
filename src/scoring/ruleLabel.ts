import type { Audience } from './Audience';
import type { Locale } from './Locale';
import type { RuleDefinition } from './internal/RuleDefinition';
import { RULE_DEFINITIONS, type Rule } from './Rule';

/**
 * A hard rule's short name in a locale, for counts and table cells ("reporting line",
 * "linia podległości"); {@link explain} gives the full sentence for one pair.
 *
 * @param rule - a {@link Rule}
 * @param locale - `'en'` (default) or `'pl'`
 * @param audience - who reads it (default `'programme'`); a participant reads a veto as a neutral
 *   "not available for this pairing" (see {@link Audience})
 * @returns a short noun phrase
 * @example
 * ruleLabel('no-skill-gain'); // 'nothing to teach'
 * ruleLabel('language', 'pl'); // 'brak wspólnego języka'
 * ruleLabel('veto'); // 'vetoed'
 * ruleLabel('veto', 'en', 'participant'); // 'not available for this pairing'
 * @category Scoring
 */
export function ruleLabel(rule: Rule, locale: Locale = 'en', audience: Audience = 'programme'): string {
  const definition: Pick<RuleDefinition, 'label' | 'participantLabel'> = RULE_DEFINITIONS[rule];
  const label =
    audience === 'participant' ? (definition.participantLabel ?? definition.label) : definition.label;
  return label[locale];
}
