import { copyOptions } from '../domain/checkArgument';
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { type Cohort, type Issues } from '../domain/index';
import { checkAssessArguments } from './internal/checkEvaluationOptions';
import type { MatchError, MatchOptions } from '../matching/index';
import { assessPrepared } from './internal/assessPrepared';
import { prepareCohort } from './internal/prepareCohort';
import type { QualityReport } from './QualityReport';

/**
 * Options of {@link assess}: the constraints the matching was made under, as given to
 * {@link match} — `minScore` (default the programme's; a value outside [0, 1] falls back to it)
 * and extra `pinnedPairs` (on top of the programme's).
 *
 * @category Evaluation
 */
export type AssessOptions = Pick<MatchOptions, 'minScore' | 'pinnedPairs'>;

/**
 * Any matching {@link assess} can read: a list of pairs by id. A {@link Matching} is one, and so
 * is any matching read from a file; ids that name nobody are counted as violations.
 *
 * @category Evaluation
 */
export interface PairsLike {
  readonly pairs: ReadonlyArray<{ readonly mentorId: string; readonly menteeId: string }>;
}

/**
 * Measures the quality of a matching of a cohort: share matched; total, mean, minimum, 10th
 * percentile and Gini coefficient of the pair scores; goal coverage; each person's rank of the
 * partner they got and the mean ranks; the shares of people who got one of their stated choices
 * and their first choice (absent when nobody stated preferences); blocking pairs; mentor load; cross-department share;
 * generation and grade gaps; and an audit of the rules (`ruleViolations`, must be 0). Scores are
 * the scoring layer's, recomputed from the cohort (a score written in the matching is not read).
 *
 * **Preferences** are the ones people stated (`preferences`, best first) where they gave them,
 * then derived from the scores, and are strict (ties broken by id):
 * - a person ranks the people on their stated list first, in their order, above everybody else;
 * - then a mentee ranks the mentors allowed to them by skill gain + goal coverage, then by the pair's
 *   score, then by mentor id (what they came to learn first);
 * - and a mentor ranks the mentees allowed to them by reciprocity + the pair's score, then by the
 *   score, then by mentee id (what they learn back, then the pair as a whole).
 *
 * A criterion without data (no open goal, no learn-back goal) counts 0. The criteria are taken
 * as the scoring layer computes them whatever the programme's weights. A pair is *allowed* when
 * no hard rule blocks it and it scores at least `minScore`, or it is pinned.
 *
 * **Rank** of a partner: 1 + the number of allowed partners the person prefers to them.
 *
 * **Blocking pair**: an allowed mentor–mentee pair outside the matching, the mentee not pinned,
 * where the mentee prefers the mentor to their partner (or has none) and the mentor has a free
 * place or prefers the mentee to the least preferred of their mentees. Places and mentees
 * pinned to a mentor are not open to others (pins are decisions, not choices).
 *
 * Never throws: an unknown id, a pair a rule blocks, a mentee twice, a mentor over capacity, a
 * missing pin are all counted in `violations`; arguments of the wrong type from plain JavaScript
 * (a cohort `parseCohort` did not make, a matching without `pairs`) are a `Left`. See {@link QualityReport} for every field and
 * for the figures over no pairs (0).
 *
 * @param cohort - a validated cohort
 * @param matching - a {@link Matching}, or anything with `pairs: [{ mentorId, menteeId }]`
 * @param options - {@link AssessOptions}
 * @returns `Right` with the {@link QualityReport} (plain JSON), or `Left` with the `invalid-option`
 *   issue of an argument of the wrong type
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const report = orThrow(assess(cohort, orThrow(match(cohort))));
 * report.ruleViolations; // 0
 * report.matchedShare > 0.5; // true
 * orThrow(assess(cohort, { pairs: [{ mentorId: 'nobody', menteeId: 'e-jankowski' }] })).violations.unknownPerson; // 1
 * @category Evaluation
 */
export function assess(
  cohort: Cohort,
  matching: PairsLike,
  given: AssessOptions = {},
): Either<Issues<MatchError>, QualityReport> {
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(given, ['options'], 'invalid-option');
  if (isLeft(copied)) return left([copied.left]);
  const options = copied.right;
  const wrong = checkAssessArguments(cohort, matching, options);
  if (wrong !== undefined) return left([wrong]);
  return right(assessPrepared(prepareCohort(cohort, options), matching.pairs));
}
