import type { Locale } from './Locale';
import type { Rule } from './Rule';

const LABELS: Readonly<Record<Locale, Readonly<Record<Rule, string>>>> = {
  en: {
    excluded: 'excluded pair',
    previous: 'paired before',
    'reporting-line': 'reporting line',
    direction: 'not a reverse pair',
    language: 'no shared language',
    'same-department': 'same department',
    'no-skill-gain': 'nothing to teach',
  },
  pl: {
    excluded: 'para wykluczona',
    previous: 'para z poprzedniej edycji',
    'reporting-line': 'linia podległości',
    direction: 'to nie mentoring odwrócony',
    language: 'brak wspólnego języka',
    'same-department': 'ten sam dział',
    'no-skill-gain': 'nic do nauczenia',
  },
};

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
  return LABELS[locale][rule];
}
