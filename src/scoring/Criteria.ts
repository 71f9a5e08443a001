import type { CriterionName } from '../domain/index';
import { availability } from './criteria/availability';
import { crossDepartment } from './criteria/crossDepartment';
import { generationGap } from './criteria/generationGap';
import { goalCoverage } from './criteria/goalCoverage';
import { preferences } from './criteria/preferences';
import { reciprocity } from './criteria/reciprocity';
import { seniorityGap } from './criteria/seniorityGap';
import { skillGain } from './criteria/skillGain';
import { timeZone } from './criteria/timeZone';
import type { CriterionDefinition } from './internal/CriterionDefinition';

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
  'availability',
  'preferences',
] as const satisfies ReadonlyArray<CriterionName>;

/**
 * Every criterion named in the programme's weights is in {@link CRITERIA}: a criterion added to
 * `weightsSchema` and left out of the list is a compile error here (its weight would be dropped).
 */
type Unlisted = Exclude<CriterionName, (typeof CRITERIA)[number]>;
const everyCriterionListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyCriterionListed;

/**
 * Each criterion's definition (what it reads, its value, its reasons; see `criteria/`), found by
 * its name, as its weight is. The `satisfies` makes a criterion without a definition, or a
 * definition without a criterion, a compile error.
 *
 * @internal
 */
export const CRITERION_DEFINITIONS = {
  skillGain,
  goalCoverage,
  reciprocity,
  generationGap,
  seniorityGap,
  crossDepartment,
  timeZone,
  availability,
  preferences,
} as const satisfies { readonly [K in CriterionName]: CriterionDefinition };

/**
 * The value of each criterion of a pair, each in [0, 1]. A criterion with no data (no time zones
 * given, no open goal) or switched off (weight 0) is absent, not 0: it is left out of the mean.
 *
 * @category Scoring
 */
export type Criteria = { readonly [K in CriterionName]?: number };
