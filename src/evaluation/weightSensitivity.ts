import { copyOptions } from '../domain/checkArgument';
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { type Cohort, type CriterionName, type Issues, isCohort, notACohort } from '../domain/index';
import { type MatchError, match, type Objective } from '../matching/index';
import { CRITERIA } from '../scoring/index';
import { diffPairs } from './internal/diffPairs';

/** The factors {@link weightSensitivity} multiplies each weight by, by default: ±10 % and ±25 %. @category Evaluation */
export const DEFAULT_SENSITIVITY_FACTORS: ReadonlyArray<number> = [0.75, 0.9, 1.1, 1.25];

/** Options of {@link weightSensitivity}. @category Evaluation */
export interface SensitivityOptions {
  /** The factors each weight is multiplied by, one at a time (default {@link DEFAULT_SENSITIVITY_FACTORS}); each in (0, 100]. */
  readonly factors?: ReadonlyArray<number>;
  /** The objective of every matching (default `max-total`). */
  readonly objective?: Objective;
}

/**
 * How the optimal matching moves when one weight moves: for each criterion, for each factor, the
 * matching with that weight multiplied by the factor (the others as they are) against the
 * matching with the programme's weights. `changedShare` is the share of the base matching's pairs
 * that the new matching does not have (0 = the weight does not decide anything at that step);
 * a criterion weighted 0 is not varied (its steps are empty).
 *
 * @category Evaluation
 */
export interface WeightSensitivity {
  readonly objective: Objective;
  readonly basePairs: number;
  readonly criteria: ReadonlyArray<{
    readonly criterion: CriterionName;
    readonly weight: number;
    readonly steps: ReadonlyArray<{
      readonly factor: number;
      readonly weight: number;
      readonly changedPairs: number;
      readonly changedShare: number;
      readonly totalScore: number;
    }>;
  }>;
}

/**
 * Weight sensitivity: how stable the optimal matching is when each weight moves by ±10 % or
 * ±25 % (or the factors given), so that a programme manager knows which weights actually decide
 * the outcome. Runs one matching per criterion and factor: 28 matchings with the defaults.
 *
 * @param cohort - a validated cohort
 * @param options - {@link SensitivityOptions}
 * @returns the {@link WeightSensitivity}, or `Left` for a factor out of range or a matching that fails
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const { criteria } = orThrow(weightSensitivity(cohort, { factors: [0.5, 2] }));
 * criteria.map((c) => c.criterion)[0]; // 'skillGain'
 * criteria.every((c) => c.steps.every((s) => s.changedShare >= 0 && s.changedShare <= 1)); // true
 * @category Evaluation
 */
export function weightSensitivity(
  cohort: Cohort,
  given: SensitivityOptions = {},
): Either<Issues<MatchError>, WeightSensitivity> {
  if (!isCohort(cohort)) return left([notACohort([])]);
  if (given !== undefined && (typeof given !== 'object' || given === null || Array.isArray(given)))
    return left([{ code: 'invalid-option', message: 'options must be an object', path: ['options'] }]);
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(given, ['options'], 'invalid-option');
  if (isLeft(copied)) return left([copied.left]);
  const options = copied.right;
  const factors = options.factors ?? DEFAULT_SENSITIVITY_FACTORS;
  if (!Array.isArray(factors)) {
    return left([
      {
        code: 'invalid-option',
        message: 'factors must be an array of numbers',
        path: ['options', 'factors'],
      },
    ]);
  }
  const bad = factors.findIndex((f) => typeof f !== 'number' || !(f > 0 && f <= 100));
  if (bad >= 0) {
    return left([
      {
        code: 'invalid-option',
        message: 'a factor is a number above 0 and at most 100',
        path: ['options', 'factors', bad],
      },
    ]);
  }
  const objective = options.objective ?? 'max-total';
  const base = match(cohort, { objective });
  if (base._tag === 'Left') return base;
  const basePairs = base.right.pairs;
  const { weights } = cohort.programme;
  const criteria: Array<WeightSensitivity['criteria'][number]> = [];
  for (const criterion of CRITERIA) {
    const weight = weights[criterion];
    const steps: Array<WeightSensitivity['criteria'][number]['steps'][number]> = [];
    for (const factor of weight > 0 ? factors : []) {
      const varied: Cohort = {
        ...cohort,
        programme: { ...cohort.programme, weights: { ...weights, [criterion]: weight * factor } },
      };
      const result = match(varied, { objective });
      if (result._tag === 'Left') return result;
      const diff = diffPairs(basePairs, result.right.pairs);
      const changedPairs = basePairs.length - diff.kept.length;
      steps.push({
        factor,
        weight: weight * factor,
        changedPairs,
        changedShare: basePairs.length === 0 ? 0 : changedPairs / basePairs.length,
        totalScore: result.right.totalScore,
      });
    }
    criteria.push({ criterion, weight, steps });
  }
  return right({ objective, basePairs: basePairs.length, criteria });
}
