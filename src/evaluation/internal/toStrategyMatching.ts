import { type MatchedPair, type Unmatched, unmatchedReason } from '../../matching/index';
import { scoreParticipants } from '../../scoring/index';
import type { StrategyMatching } from '../Strategy';
import type { Baseline } from '../Strategy';
import type { IdPair } from './assessPrepared';
import type { PreparedCohort } from './prepareCohort';

/** The pairs of a baseline's answer by id, in mentee order. @internal */
export function idPairs(p: PreparedCohort, mentorOf: Int32Array): IdPair[] {
  const pairs: IdPair[] = [];
  mentorOf.forEach((m, e) => {
    const mentor = p.cohort.mentors[m];
    const mentee = p.cohort.mentees[e];
    if (mentor !== undefined && mentee !== undefined)
      pairs.push({ mentorId: mentor.id, menteeId: mentee.id });
  });
  return pairs;
}

/**
 * A baseline's answer as the matcher gives its own: each pair with its score, criteria and
 * reasons from the scoring layer (built for the chosen pairs only), and each mentee left out with
 * why. Mentees are in id order, so pairs and unmatched are sorted by mentee id.
 *
 * @internal
 */
export function toStrategyMatching(
  p: PreparedCohort,
  mentorOf: Int32Array,
  objective: Baseline,
): StrategyMatching {
  const { cohort, pins } = p;
  const pairs: MatchedPair[] = [];
  const unmatched: Unmatched[] = [];
  let totalScore = 0;
  mentorOf.forEach((m, e) => {
    const mentee = cohort.mentees[e];
    if (mentee === undefined) return;
    const mentor = cohort.mentors[m];
    if (mentor === undefined) {
      unmatched.push({
        menteeId: mentee.id,
        reason: unmatchedReason(p.cohort, e, p.minScore, (m) => p.score[e * p.cols + m] as number),
      });
      return;
    }
    const scored = scoreParticipants(cohort, mentor, mentee);
    // Baselines only take allowed pairs, which no rule blocks.
    if (scored.kind !== 'scored') return;
    const { score, criteria, reasons } = scored;
    totalScore += score;
    pairs.push({
      mentorId: mentor.id,
      menteeId: mentee.id,
      score,
      criteria,
      reasons,
      pinned: pins.pinnedTo[e] === m,
    });
  });
  return { objective, totalScore, pairs, unmatched };
}
