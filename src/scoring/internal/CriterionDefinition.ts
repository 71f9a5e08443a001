import type { Cohort, Mentee, Mentor } from '../../domain/index';
import type { CriterionReason } from '../Reason';
import type { ScoringTables } from './scoringTables';

/** One mentor–mentee pair as records, with the cohort around them: what reasons are made of. @internal */
export interface PairView {
  readonly cohort: Cohort;
  readonly mentor: Mentor;
  readonly mentee: Mentee;
}

/**
 * A criterion's values for one mentee against a range of mentors: writes into `out[m]`, for every
 * mentor `from ≤ m < to`, the criterion's value in [0, 1], or NaN where the pair has no data for
 * it (no open goal, no time zone): such a criterion is left out of the pair's mean. Called once per
 * row of the score matrix (`from = 0`, `to = mentors`) or once per pair (`to = from + 1`): the
 * same arithmetic either way, so a pair scored alone equals its cell of the matrix to the last bit.
 *
 * @internal
 */
export type CriterionValues = (mentee: number, from: number, to: number, out: Float64Array) => void;

/**
 * A soft criterion of a pair's score, defined once: what it reads of the cohort (`prepare` lays
 * out what it needs from the {@link ScoringTables} and the cohort, once per cohort), its value
 * (the kernel `prepare` returns) and its reasons (when it speaks for a pair, from the two
 * records). Its weight is the programme's weight of the same name.
 *
 * @internal
 */
export interface CriterionDefinition {
  readonly prepare: (tables: ScoringTables) => CriterionValues;
  /** The reasons that speak for a feasible pair, strongest first; none when it is switched off. */
  readonly reasons: (pair: PairView) => ReadonlyArray<CriterionReason>;
}
