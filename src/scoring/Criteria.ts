import type { CriterionName } from '../domain/index';

/**
 * The soft criteria of a pair's score, in the order in which they are computed and listed.
 *
 * @example
 * CRITERIA[0]; // 'skillGain'
 * @category Scoring
 */
export const CRITERIA = [
  'skillGain',
  'goalCoverage',
  'reciprocity',
  'generationGap',
  'seniorityGap',
  'crossDepartment',
  'timeZone',
] as const satisfies ReadonlyArray<CriterionName>;

/**
 * The value of each criterion of a pair, each in [0, 1]. A criterion with no data (no time zones
 * given, no open goal) or switched off (weight 0) is absent, not 0: it is left out of the mean.
 *
 * @category Scoring
 */
export type Criteria = { readonly [K in CriterionName]?: number };
