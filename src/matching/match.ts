import { copyOptions } from '../domain/checkArgument';
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues } from '../domain/index';
import { compareIds } from '../domain/index';
import { pairScorer } from '../scoring/pairScorer';
import { checkMatchArguments, checkMatchOptions } from './internal/checkMatchOptions';
import { matchingOf } from './internal/matchingOf';
import { type RankedCandidates, bestCandidates } from './internal/bestCandidates';
import { chosenPairs } from './internal/chosenPairs';
import {
  type Optimum,
  type SolveMemo,
  aborted,
  prepareCandidates,
  solveObjective,
  tooLarge,
} from './internal/optimise';
import { type Pins, resolvePins } from './internal/resolvePins';
import type { MatchError } from './MatchError';
import type { MatchOptions } from './MatchOptions';
import type { Matching, Objective } from './Matching';

/**
 * Pairs the mentees of a cohort with its mentors, optimally for the objective, and explains
 * every pair and every mentee who got fewer mentors than they wanted.
 *
 * No pair breaks a hard rule; a mentor of capacity `k` takes at most `k` mentees and a mentee of
 * capacity `j` at most `j` mentors, never the same pair twice; pinned pairs (the programme's and
 * `options.pinnedPairs`) are kept and use capacity on both sides, and the rest is optimised
 * around them; no pair below `minScore` is made unless pinned. Each mentee's row is scored once
 * into a sparse candidate graph of their best candidates, the b-matching solver picks the pairs,
 * and its dual prices prove the answer optimal over every feasible pair (pairs the graph left out
 * are added when the proof needs them): memory follows the candidate pairs, not mentees × mentors.
 * Reasons are built for the chosen pairs only. The answer depends on ids only: the same cohort
 * with its lists in any order gives the same pairs.
 *
 * A pinned pair that breaks a hard rule is an error (`pinned-pair-infeasible`, naming each such
 * pin and its rule), never a silent exception to the rule. A cohort too large for memory is an
 * answer too (`cohort-too-large`, with the estimate), and so is a cancelled run (`aborted`).
 *
 * @param cohort - a validated cohort
 * @param options - {@link MatchOptions}
 * @returns `Right(matching)` (plain JSON data: pairs sorted by mentee id, the unmatched with why),
 *   or `Left` with the {@link MatchError}s
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const matching = orThrow(match(cohort));
 * matching.pairs.length + matching.unmatched.length; // 12
 * matching.pairs.some((p) => p.mentorId === 'm-nowak' && p.menteeId === 'e-kowalczyk' && p.pinned); // true
 * @category Matching
 */
export function match(cohort: Cohort, given: MatchOptions = {}): Either<Issues<MatchError>, Matching> {
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(given, ['options'], 'invalid-option');
  if (isLeft(copied)) return left([copied.left]);
  const options = copied.right;
  const wrong = checkMatchArguments(cohort, options);
  if (wrong !== undefined) return left([wrong]);
  const checked = checkMatchOptions(cohort, options);
  if ('code' in checked) return left([checked]);
  const all = solveEach(cohort, [checked.objective], checked.minScore, options, (pins, optimum, objective) =>
    matchingOf(cohort, pins, optimum, objective, options),
  );
  return isLeft(all) ? all : right(all.right[0] as Matching);
}

/**
 * The optima of several objectives by index, unexplained, on one scan of the rows, and each
 * mentee's best candidates as that scan kept them: what `compareStrategies` measures, and what
 * its greedy baseline starts from instead of scoring every row again. The pairs of an objective
 * are those of {@link match}'s matching for it, pins aside. Arguments already checked.
 *
 * @internal
 */
export function optimaEach(
  cohort: Cohort,
  objectives: ReadonlyArray<Objective>,
  minScore: number,
  options: MatchOptions,
): Either<
  Issues<MatchError>,
  {
    readonly pairs: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
    readonly best: (mentee: number) => RankedCandidates | undefined;
  }
> {
  let best: ((mentee: number) => RankedCandidates | undefined) | undefined;
  const pairs = solveEach(cohort, objectives, minScore, options, (_, optimum, objective) => {
    best ??= bestCandidates(optimum.problem, optimum.candidates);
    return chosenPairs(optimum, objective);
  });
  if (isLeft(pairs)) return pairs;
  return right({ pairs: pairs.right, best: best ?? (() => undefined) });
}

/**
 * Resolves the pins, builds the candidate graph once and solves each objective on it, handing
 * each optimum to `answer` (`undefined` from it: cancelled).
 */
function solveEach<T>(
  cohort: Cohort,
  objectives: ReadonlyArray<Objective>,
  minScore: number,
  options: MatchOptions,
  answer: (pins: Pins, optimum: Optimum, objective: Objective) => T | undefined,
): Either<Issues<MatchError>, T[]> {
  const pins = resolvePins(cohort, options.pinnedPairs ?? []);
  if (pins.error !== undefined) return left([pins.error]);
  try {
    const scorer = pairScorer(cohort);
    const problem = {
      scorer,
      pins,
      minScore,
      objective: objectives[0] ?? 'max-total',
      signal: options.signal,
      onProgress: options.onProgress,
    };
    const prepared = prepareCandidates(problem);
    if (isLeft(prepared)) return left([prepared.left]);
    const answers: T[] = [];
    // max-matched's optimum is fairest's first step: solved once when both are asked for.
    const memo: SolveMemo = {};
    for (const objective of objectives) {
      const optimum = solveObjective(problem, prepared.right, objective, memo);
      if (isLeft(optimum)) return left([optimum.left]);
      const answered = answer(pins, optimum.right, objective);
      if (answered === undefined) return left([aborted()]);
      answers.push(answered);
    }
    return right(answers);
  } catch (error) {
    // A typed array the engine could not allocate: too large is an answer, not a crash.
    if (error instanceof RangeError)
      return left([tooLarge(cohort.mentees.length * cohort.mentors.length * 8)]);
    throw error;
  }
}

/** Pairs in mentee id order, then mentor id order. @internal */
export const byMenteeThenMentor = (
  a: { readonly menteeId: string; readonly mentorId: string },
  b: { readonly menteeId: string; readonly mentorId: string },
): number => compareIds(a.menteeId, b.menteeId) || compareIds(a.mentorId, b.mentorId);
