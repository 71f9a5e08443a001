import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { CRITERIA, type Criteria } from '../Criteria';
import type { PairScore } from '../PairScore';
import type { BlockingReason } from '../Reason';
import type { Score } from '../Score';
import { blockingReasons } from './blockingReasons';
import type { PairView } from './CriterionDefinition';
import { pairReasons } from './pairReasons';
import { type ScoringKernel, scoreCell } from './scoringKernel';

/**
 * The {@link PairScore} of mentee `e` and mentor `m` of a prepared kernel: the blocking rules if
 * any, else the score and the criteria through the kernels (one cell), and the reasons from the
 * two records. A kernel of the whole cohort, made once, serves every pair of a matching: no
 * tables are laid out per pair.
 *
 * @internal
 */
export function pairScoreOf(kernel: ScoringKernel, e: number, m: number, view: PairView): PairScore {
  const [first, ...rest] = blockingReasons(kernel, e, m, view);
  if (first !== undefined) {
    const reasons: NonEmptyArray<BlockingReason> = [first, ...rest];
    return {
      kind: 'infeasible',
      mentorId: view.mentor.id,
      menteeId: view.mentee.id,
      rule: first.kind,
      reasons,
    };
  }
  const values = new Float64Array(CRITERIA.length);
  const score = scoreCell(kernel, e, m, values);
  const criteria: Record<string, number> = {};
  CRITERIA.forEach((name, k) => {
    const value = values[k] as number;
    if (value === value) criteria[name] = value;
  });
  return {
    kind: 'scored',
    mentorId: view.mentor.id,
    menteeId: view.mentee.id,
    score: score as Score,
    criteria: criteria as Criteria,
    reasons: pairReasons(view.cohort, view.mentor, view.mentee),
  };
}
