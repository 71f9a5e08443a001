import type { Cohort } from '../../domain/index';
import type { MatchOptions } from '../MatchOptions';
import type { Matching, Objective } from '../Matching';
import { chosenPairs } from './chosenPairs';
import { explainPairs } from './explainPairs';
import type { Optimum } from './optimise';
import type { Pins } from './resolvePins';
import type { RowSummary } from './unmatchedReason';

/**
 * The optimiser's answer as a {@link Matching}: its pairs ({@link chosenPairs}) explained, and the
 * mentees short of mentors with why.
 * `undefined` when cancelled.
 *
 * @internal
 */
export function matchingOf(
  cohort: Cohort,
  pins: Pins,
  optimum: Optimum,
  objective: Objective,
  options: Pick<MatchOptions, 'signal' | 'onProgress'>,
): Matching | undefined {
  const { problem: p, candidates: c, graph } = optimum;
  const pairs = chosenPairs(optimum, objective);
  const rowOfMentee = new Map<number, number>();
  for (let r = 0; r < graph.rows; r++) rowOfMentee.set(p.rows[r] as number, r);
  const summary = (e: number, got: ReadonlySet<number>): RowSummary | undefined => {
    const r = rowOfMentee.get(e);
    if (r === undefined) return undefined;
    let gotCandidates = 0;
    for (const m of got) if (!pins.isPinned(e, m)) gotCandidates++;
    let bestMentor = c.bestMentor[r] as number;
    let bestScore = c.bestScore[r] as number;
    if (got.has(bestMentor)) {
      // The best mentor they did not get: the graph keeps the row's best candidates.
      bestMentor = -1;
      bestScore = Number.NEGATIVE_INFINITY;
      for (let k = graph.start[r] as number; k < (graph.start[r + 1] as number); k++) {
        const m = graph.col[k] as number;
        const s = graph.weight[k] as number;
        if (!got.has(m) && s > bestScore) {
          bestScore = s;
          bestMentor = m;
        }
      }
    }
    return {
      candidates: (c.candidates[r] as number) - gotCandidates,
      bestMentor,
      bestScore,
      bestBelowMentor: c.bestBelowMentor[r] as number,
      bestBelow: c.bestBelow[r] as number,
    };
  };
  const explained = explainPairs(cohort, pins, { pairs, summary }, p.minScore, options, p.scorer);
  if (explained === undefined) return undefined;
  return { objective, ...explained };
}
