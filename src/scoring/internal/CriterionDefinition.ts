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
 * A criterion's kernel for one mentee against a range of mentors: for every mentor
 * `from ≤ m < to` whose pair has data for the criterion, adds `weight × value` to `num[m]` and
 * `weight` to `den[m]` (value in [0, 1]); a pair without data (no open goal, no time zone) is left
 * alone, so the criterion drops out of its mean. Called once per row of the score matrix
 * (`from = 0`, `to = mentors`) or once per pair (`to = from + 1`): the same arithmetic either way,
 * so a pair scored alone equals its cell of the matrix to the last bit; with weight 1 on zeroed
 * sums it gives the criterion's value itself (`0 + 1 × v` is `v`). A cell with `blocked[m] = 1`
 * (a hard rule blocks the pair) is never read: the kernel may skip it.
 *
 * Speed: V8 compiles a closure against the very tables it captured only while it is the only
 * closure made from its source; once a process has prepared a second cohort, the kernels read
 * their captured tables like any other variable. A kernel whose loop is heavy (reciprocity, the
 * goal folds) hands its tables to a plain function as arguments, which then reads them once per
 * call: measured on 2,000² with `npm run bench:scoring`, this and folding two goals per pass took
 * scoring from 1.13× to 0.98–1.01× the pre-refactor revision once warm.
 *
 * @internal
 */
export type CriterionKernel = (
  mentee: number,
  from: number,
  to: number,
  weight: number,
  num: Float64Array,
  den: Float64Array,
  blocked: Uint8Array,
) => void;

/**
 * A soft criterion of a pair's score, defined once: what it reads of the cohort (`prepare` lays
 * out what it needs from the {@link ScoringTables} and the cohort, once per cohort), its value
 * (the kernel `prepare` returns) and its reasons (when it speaks for a pair, from the two
 * records). Its weight is the programme's weight of the same name.
 *
 * @internal
 */
export interface CriterionDefinition {
  readonly prepare: (tables: ScoringTables) => CriterionKernel;
  /** The reasons that speak for a feasible pair, strongest first; none when it is switched off. */
  readonly reasons: (pair: PairView) => ReadonlyArray<CriterionReason>;
  /**
   * Its reasons lead the pair's list, before every other criterion's (which keep
   * {@link CRITERIA} order): what the people chose themselves says more to them than anything
   * computed, and a table that shows a pair's first few reasons must not hide it.
   */
  readonly leads?: boolean;
  /**
   * Its kernel reads the programme's weights of other criteria (time zones give way to
   * availability when availability has a weight): a programme weighting other criteria gets
   * another kernel. Every other criterion's kernel depends on the cohort alone, so one kernel
   * serves every programme on the cohort (see `scoreRowWith`). Leaving it out when `prepare`
   * reads `programme.weights` is a defect the `rowWith` parity property finds.
   */
  readonly readsOtherWeights?: boolean;
}
