import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../domain/ArgumentIssue';
import type { Issues } from '../domain/Issue';
import { allArguments, readChoice } from '../domain/readArgument';
import type { Audience } from './Audience';
import type { Locale } from './Locale';
import { readAudience, readLocale } from './readTextOptions';
import { RULES, type Rule } from './Rule';
import { ruleLabelUnchecked } from './ruleLabelUnchecked';

/**
 * A hard rule's short name in a locale, for counts and table cells ("reporting line",
 * "linia podległości"); {@link explain} gives the full sentence for one pair. A rule outside
 * {@link RULES}, a locale outside {@link LOCALES} or an unknown audience is a `Left`
 * (`invalid-argument` at the root or at `['audience']`, `unknown-locale` at `['locale']`).
 *
 * @param rule - a {@link Rule}
 * @param locale - `'en'` (default) or `'pl'`
 * @param audience - who reads it (default `'programme'`); a participant reads a veto as a neutral
 *   "not available for this pairing" (see {@link Audience})
 * @returns a short noun phrase
 * @example
 * ruleLabel('no-skill-gain'); // { _tag: 'Right', right: 'nothing to teach' }
 * orThrow(ruleLabel('language', 'pl')); // 'brak wspólnego języka'
 * orThrow(ruleLabel('veto')); // 'vetoed'
 * orThrow(ruleLabel('veto', 'en', 'participant')); // 'not available for this pairing'
 * ruleLabel('x' as Rule)._tag; // 'Left'
 * @category Scoring
 */
export function ruleLabel(
  rule: Rule,
  locale?: Locale,
  audience?: Audience,
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readChoice(rule, RULES, undefined, 'a rule', [], 'invalid-argument'),
    readLocale(locale, ['locale']),
    readAudience(audience, ['audience']),
  );
  if (checked._tag === 'Left') return checked;
  return right(ruleLabelUnchecked(...checked.right));
}
