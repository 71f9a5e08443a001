/**
 * The hard rules that can block a pair, in the order in which they are checked and reported:
 *
 * - `excluded`: the pair is in `programme.rules.excludedPairs`;
 * - `previous`: the two were paired before (`previousPairs`);
 * - `reporting-line`: one is the other's manager, up to `excludeReportingLine` levels;
 * - `direction`: with `direction: 'reverse'`, the mentor is neither at least `minGradeGap` grades
 *   below the mentee nor of a younger generation (when both generations are known);
 * - `language`: with `requireSharedLanguage`, both list languages and share none;
 * - `same-department`: with `excludeSameDepartment`, both work in the same department;
 * - `no-skill-gain`: with `requireSkillGain`, the mentee has open goals (below target) and the
 *   mentor is above the mentee in none of them.
 *
 * @example
 * RULES.includes('reporting-line'); // true
 * @category Scoring
 */
export const RULES = [
  'excluded',
  'previous',
  'reporting-line',
  'direction',
  'language',
  'same-department',
  'no-skill-gain',
] as const;

/** A hard rule that can block a pair (see {@link RULES}). @category Scoring */
export type Rule = (typeof RULES)[number];
