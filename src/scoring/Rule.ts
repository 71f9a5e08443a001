import type { RuleDefinition } from './internal/RuleDefinition';
import { availability } from './rules/availability';
import { direction } from './rules/direction';
import { excluded } from './rules/excluded';
import { language } from './rules/language';
import { noSkillGain } from './rules/noSkillGain';
import { previous } from './rules/previous';
import { reportingLine } from './rules/reportingLine';
import { sameDepartment } from './rules/sameDepartment';
import { veto } from './rules/veto';

/**
 * The hard rules that can block a pair, in the order in which they are checked and reported:
 *
 * - `excluded`: the pair is in `programme.rules.excludedPairs`;
 * - `previous`: the two were paired before (`previousPairs`);
 * - `veto`: the mentor lists the mentee in their `vetoes`, or the mentee the mentor (always on;
 *   explained to the programme manager, never to a participant — see `Audience`);
 * - `reporting-line`: one is the other's manager, up to `excludeReportingLine` levels;
 * - `direction`: with `direction: 'reverse'`, the mentor is neither at least `minGradeGap` grades
 *   below the mentee nor of a younger generation (when both generations are known);
 * - `language`: with `requireSharedLanguage`, both list languages and share none;
 * - `same-department`: with `excludeSameDepartment`, both work in the same department;
 * - `no-skill-gain`: with `requireSkillGain`, the mentee has open goals (below target) and the
 *   mentor is above the mentee in none of them;
 * - `availability`: with `minAvailabilityOverlapMinutes` above 0, both list availability and
 *   their windows share fewer minutes a week than that.
 *
 * @example
 * RULES.includes('reporting-line'); // true
 * @category Scoring
 */
export const RULES = [
  'excluded',
  'previous',
  'veto',
  'reporting-line',
  'direction',
  'language',
  'same-department',
  'no-skill-gain',
  'availability',
] as const;

/** A hard rule that can block a pair (see {@link RULES}). @category Scoring */
export type Rule = (typeof RULES)[number];

/**
 * Each rule's definition (its switch, its verdict, its reason, its label; see `rules/`), by its
 * name. The `satisfies` makes a rule without a definition, or a definition of no rule, a compile
 * error.
 *
 * @internal
 */
export const RULE_DEFINITIONS = {
  excluded,
  previous,
  veto,
  'reporting-line': reportingLine,
  direction,
  language,
  'same-department': sameDepartment,
  'no-skill-gain': noSkillGain,
  availability,
} as const satisfies { readonly [K in Rule]: RuleDefinition<K> };
