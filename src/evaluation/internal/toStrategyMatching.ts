import { explainPairs, scanRowSummary } from '../../matching/index';
import type { Baseline, StrategyMatching } from '../Strategy';
import type { IdPair } from './assessPrepared';
import type { PreparedCohort } from './prepareCohort';

/** The pairs of a baseline's answer by id (pins first, then the chosen pairs). @internal */
export function idPairs(p: PreparedCohort, chosen: ReadonlyArray<readonly [number, number]>): IdPair[] {
  const pairs: IdPair[] = [];
  const add = (e: number, m: number): void => {
    const mentor = p.cohort.mentors[m];
    const mentee = p.cohort.mentees[e];
    if (mentor !== undefined && mentee !== undefined)
      pairs.push({ mentorId: mentor.id, menteeId: mentee.id });
  };
  for (const [m, e] of p.pins.pairs) add(e, m);
  for (const [e, m] of chosen) add(e, m);
  return pairs;
}

/**
 * A baseline's answer as the matcher gives its own: each pair with its score, criteria and
 * reasons from the scoring layer (built for the chosen pairs only), sorted by mentee id, then
 * mentor id, and each mentee short of mentors with why (their row scanned once more, for them
 * only).
 *
 * @internal
 */
export function toStrategyMatching(
  p: PreparedCohort,
  chosen: ReadonlyArray<readonly [number, number]>,
  objective: Baseline,
): StrategyMatching {
  const buffer = new Float64Array(p.cols);
  const explained = explainPairs(
    p.cohort,
    p.pins,
    {
      pairs: chosen,
      summary: (e, got) => scanRowSummary(p.score, e, p.minScore, p.pins, got, buffer),
    },
    p.minScore,
  );
  // Without a signal the explanation always finishes.
  return {
    objective,
    pairs: explained?.pairs ?? [],
    unmatched: explained?.unmatched ?? [],
    totalScore: explained?.totalScore ?? 0,
  };
}
