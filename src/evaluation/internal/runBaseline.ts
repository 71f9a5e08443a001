import { copyOptions } from '../../domain/checkArgument';
import { checkBaselineOptions } from './checkEvaluationOptions';
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { absurd } from 'fp-ts/lib/function.js';
import { type Cohort, type Issues } from '../../domain/index';
import type { MatchError, RankedCandidates } from '../../matching/index';
import type { BaselineOptions } from '../BaselineOptions';
import type { Baseline, StrategyMatching } from '../Strategy';
import { greedyPairs } from './greedyPairs';
import { type RowBatch, START, rowBatch } from './lazyRow';
import { type PreparedCohort, prepareCohort } from './prepareCohort';
import { randomPairs } from './randomPairs';
import { stablePairs } from './stablePairs';
import { toStrategyMatching } from './toStrategyMatching';

/** The options `match` checks, checked the same way (same codes, messages and paths). @internal */
export function checkOptions(options: BaselineOptions): MatchError | undefined {
  const { minScore } = options;
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 1)) {
    return {
      code: 'invalid-option',
      message: 'the minimum score must be a number in [0, 1]',
      path: ['options', 'minScore'],
    };
  }
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) {
    return { code: 'invalid-option', message: 'the seed must be a safe integer', path: ['options', 'seed'] };
  }
  return undefined;
}

/** The default seed of the random baseline. @internal */
export const DEFAULT_SEED = 1;

/**
 * One baseline by index on a prepared cohort; `best`, each mentee's best candidates when a scan
 * kept them already (see {@link greedyPairs}).
 *
 * @internal
 */
export function baselinePairs(
  p: PreparedCohort,
  baseline: Baseline,
  seed: number,
  best?: (mentee: number) => RankedCandidates | undefined,
): Array<readonly [number, number]> {
  switch (baseline) {
    case 'greedy':
      return greedyPairs(p, best);
    case 'stable':
      return stablePairs(p);
    case 'random':
      return randomPairs(p, seed);
    default:
      return absurd(baseline);
  }
}

/** How many candidates of each row the random baseline's pass keeps for the stable baseline. */
const STABLE_FIRST = 64;

/**
 * Several baselines on one prepared cohort, sharing what they can: when both the random and the
 * stable baseline run, the random one's pass over the rows (it scores each row once) also keeps
 * each row's first {@link STABLE_FIRST} candidates in the mentee's order, where the stable one
 * starts, so those rows are not scored twice. Each baseline's pairs are those it gives alone.
 *
 * @internal
 */
export function baselinesPairs(
  p: PreparedCohort,
  baselines: ReadonlyArray<Baseline>,
  seed: number,
  best?: (mentee: number) => RankedCandidates | undefined,
): Map<Baseline, Array<readonly [number, number]>> {
  const out = new Map<Baseline, Array<readonly [number, number]>>();
  if (baselines.includes('random') && baselines.includes('stable')) {
    const first: Array<RowBatch | undefined> = [];
    const order = { byLearn: true, open: () => true };
    out.set(
      'random',
      randomPairs(p, seed, (e, rows) => {
        first[e] = rowBatch(p, e, rows, order, START, STABLE_FIRST);
      }),
    );
    out.set(
      'stable',
      stablePairs(p, (e) => first[e]),
    );
  }
  for (const baseline of baselines)
    if (!out.has(baseline)) out.set(baseline, baselinePairs(p, baseline, seed, best));
  return out;
}

/** A public baseline: check the options, prepare, refuse the pins `match` refuses, run, explain. @internal */
export function runBaseline(
  cohort: Cohort,
  given: BaselineOptions,
  baseline: Baseline,
): Either<Issues<MatchError>, StrategyMatching> {
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(given, ['options'], 'invalid-option');
  if (isLeft(copied)) return left([copied.left]);
  const options = copied.right;
  const wrong = checkBaselineOptions(cohort, options);
  if (wrong !== undefined) return left([wrong]);
  const invalid = checkOptions(options);
  if (invalid !== undefined) return left([invalid]);
  const p = prepareCohort(cohort, options);
  if (p.pins.error !== undefined) return left([p.pins.error]);
  return right(toStrategyMatching(p, baselinePairs(p, baseline, options.seed ?? DEFAULT_SEED), baseline));
}
