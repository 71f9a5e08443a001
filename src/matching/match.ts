import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort } from '../domain/index';
import { compareIds } from '../domain/index';
import { pairScorer, scoreParticipants } from '../scoring/index';
import { checkMatchOptions } from './internal/checkMatchOptions';
import { optimise } from './internal/optimise';
import { resolvePins } from './internal/resolvePins';
import { unmatchedReason } from './internal/unmatchedReason';
import type { MatchError } from './MatchError';
import type { MatchOptions } from './MatchOptions';
import { type MatchedPair, type Matching, OBJECTIVES, type Unmatched } from './Matching';

/**
 * Pairs the mentees of a cohort with its mentors, optimally for the objective, and explains
 * every pair and every mentee left out.
 *
 * No pair breaks a hard rule; a mentor of capacity `k` takes at most `k` mentees; pinned pairs
 * (the programme's and `options.pinnedPairs`) are kept and use capacity, and the rest is
 * optimised around them; no pair below `minScore` is made unless pinned. Each pair is scored once
 * into a `Float64Array` and the assignment solver (exact, Jonker–Volgenant) picks the pairs;
 * reasons are built for the chosen pairs only. The answer depends on ids only: the same cohort
 * with its lists in any order gives the same pairs.
 *
 * A pinned pair that breaks a hard rule is an error (`pinned-pair-infeasible`, naming each such
 * pin and its rule), never a silent exception to the rule.
 *
 * @param cohort - a validated cohort
 * @param options - {@link MatchOptions}
 * @returns `Right(matching)` (plain JSON data: pairs sorted by mentee id, the unmatched with why),
 *   or `Left` with a {@link MatchError}
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const matching = orThrow(match(cohort));
 * matching.pairs.length + matching.unmatched.length; // 12
 * matching.pairs.some((p) => p.mentorId === 'm-nowak' && p.menteeId === 'e-kowalczyk' && p.pinned); // true
 * @category Matching
 */
export function match(cohort: Cohort, options: MatchOptions = {}): Either<MatchError, Matching> {
  const wrong = checkMatchOptions(cohort, options);
  if (wrong !== undefined) return left(wrong);
  const objective = options.objective ?? 'max-total';
  if (!OBJECTIVES.includes(objective)) {
    return left({
      code: 'invalid-option',
      message: `objective must be one of ${OBJECTIVES.join(', ')}`,
      path: ['options', 'objective'],
    });
  }
  const minScore = options.minScore ?? cohort.programme.rules.minScore;
  if (!(minScore >= 0 && minScore <= 1)) {
    return left({
      code: 'invalid-option',
      message: 'minScore must be a number in [0, 1]',
      path: ['options', 'minScore'],
    });
  }
  const solver = options.solver ?? 'jv';
  if (solver !== 'jv' && solver !== 'munkres-js') {
    return left({
      code: 'invalid-option',
      message: "solver must be 'jv' or 'munkres-js'",
      path: ['options', 'solver'],
    });
  }
  const pins = resolvePins(cohort, options.pinnedPairs ?? []);
  if (pins.error !== undefined) return left(pins.error);

  const scorer = pairScorer(cohort);
  const free: number[] = [];
  for (let e = 0; e < cohort.mentees.length; e++) if (pins.pinnedTo[e] === -1) free.push(e);
  const rows = Int32Array.from(free);
  const chosen = optimise({ scorer, rows, capacityLeft: pins.capacityLeft, minScore, objective, solver });
  if (isLeft(chosen)) return chosen;

  const pairs: MatchedPair[] = [];
  const unmatched: Unmatched[] = [];
  const add = (m: number, e: number, pinned: boolean): void => {
    const mentor = cohort.mentors[m];
    const mentee = cohort.mentees[e];
    if (mentor === undefined || mentee === undefined) return;
    const scored = scoreParticipants(cohort, mentor, mentee);
    // Pins were checked against every rule and the optimiser only uses feasible cells.
    if (scored.kind !== 'scored') return;
    const { score, criteria, reasons } = scored;
    pairs.push({ mentorId: mentor.id, menteeId: mentee.id, score, criteria, reasons, pinned });
  };
  for (const [m, e] of pins.pairs) add(m, e, true);
  rows.forEach((e, r) => {
    const m = chosen.right[r] as number;
    const mentee = cohort.mentees[e];
    if (m >= 0) add(m, e, false);
    else if (mentee !== undefined)
      unmatched.push({
        menteeId: mentee.id,
        reason: unmatchedReason(cohort, e, minScore, (m) => scorer.at(e, m)),
      });
  });
  pairs.sort((a, b) => compareIds(a.menteeId, b.menteeId));
  let totalScore = 0;
  for (const pair of pairs) totalScore += pair.score;
  return right({ objective, totalScore, pairs, unmatched });
}
