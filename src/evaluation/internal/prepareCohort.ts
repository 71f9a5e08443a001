import type { Cohort, MenteeId, MentorId, Weights } from '../../domain/index';
import { pairScorer } from '../../scoring/index';
import type { PairScorer } from '../../scoring/index';
import { type Pins, resolvePins } from '../../matching/index';

/**
 * A cohort laid out once for every strategy and every report on it: the score of each pair, the
 * keys of both sides' preferences, the pins and the threshold, in typed arrays indexed
 * `mentee * mentors + mentor` (both in the cohort's id order).
 *
 * @internal
 */
export interface PreparedCohort {
  readonly cohort: Cohort;
  /** Mentees (rows). */
  readonly rows: number;
  /** Mentors (columns). */
  readonly cols: number;
  readonly minScore: number;
  readonly capacity: Int32Array;
  /** The pair's score, `-Infinity` when a hard rule blocks it (the scoring layer's numbers). */
  readonly score: Float64Array;
  /** What the mentee looks for: skill gain + goal coverage (an absent criterion counts 0). */
  readonly learnKey: Float64Array;
  /** What the mentor looks for: reciprocity (absent counts 0) + the pair's score. */
  readonly teachKey: Float64Array;
  /** The goal-coverage criterion of one pair (0 when the mentee has no open goal). */
  readonly coverage: PairScorer;
  /** 1 for a mentee with at least one open goal (own level below target). */
  readonly hasOpenGoals: Uint8Array;
  readonly pins: Pins;
}

const NO_WEIGHTS: Weights = {
  skillGain: 0,
  goalCoverage: 0,
  reciprocity: 0,
  generationGap: 0,
  seniorityGap: 0,
  crossDepartment: 0,
  timeZone: 0,
};

/**
 * The scoring layer's scorer with only some criteria weighted: the weighted mean of those
 * criteria that have data, 0 when none has. This reads single criteria through the public scorer,
 * without a second implementation of them (nor of the hard rules: blocked pairs stay `-Infinity`).
 */
function criterionScorer(cohort: Cohort, weights: Partial<Weights>): PairScorer {
  return pairScorer({
    ...cohort,
    programme: { ...cohort.programme, weights: { ...NO_WEIGHTS, ...weights } },
  });
}

/**
 * Scores every pair once (the score and both preference keys) and resolves the pins.
 * `minScore` out of [0, 1] or not a number falls back to the programme's.
 *
 * @internal
 */
export function prepareCohort(
  cohort: Cohort,
  options: {
    readonly minScore?: number;
    readonly pinnedPairs?: ReadonlyArray<readonly [MentorId, MenteeId]>;
  } = {},
): PreparedCohort {
  const rows = cohort.mentees.length;
  const cols = cohort.mentors.length;
  const given = options.minScore;
  const minScore = given !== undefined && given >= 0 && given <= 1 ? given : cohort.programme.rules.minScore;
  const score = new Float64Array(rows * cols);
  const learnKey = new Float64Array(rows * cols);
  const teachKey = new Float64Array(rows * cols);
  const scorer = pairScorer(cohort);
  const learn = criterionScorer(cohort, { skillGain: 1, goalCoverage: 1 });
  const teach = criterionScorer(cohort, { reciprocity: 1 });
  for (let e = 0; e < rows; e++) {
    const base = e * cols;
    scorer.row(e, score, base);
    learn.row(e, learnKey, base);
    teach.row(e, teachKey, base);
    for (let k = base; k < base + cols; k++) {
      // The learn scorer gives the mean of the two criteria: twice it is their sum.
      learnKey[k] = 2 * (learnKey[k] as number);
      teachKey[k] = (teachKey[k] as number) + (score[k] as number);
    }
  }
  const hasOpenGoals = Uint8Array.from(cohort.mentees, (m) =>
    m.goals.some((g) => (m.skills.get(g.skill) ?? 0) < g.target) ? 1 : 0,
  );
  const pins = resolvePins(
    cohort,
    options.pinnedPairs ?? [],
    (e, m) => (score[e * cols + m] as number) !== Number.NEGATIVE_INFINITY,
  );
  return {
    cohort,
    rows,
    cols,
    minScore,
    capacity: Int32Array.from(cohort.mentors, (m) => m.capacity),
    score,
    learnKey,
    teachKey,
    coverage: criterionScorer(cohort, { goalCoverage: 1 }),
    hasOpenGoals,
    pins,
  };
}

/** Whether the pair may be made: no hard rule blocks it, and it reaches `minScore` or is pinned. @internal */
export function allowed(p: PreparedCohort, e: number, m: number): boolean {
  const s = p.score[e * p.cols + m] as number;
  return s >= p.minScore || (s !== Number.NEGATIVE_INFINITY && p.pins.pinnedTo[e] === m);
}

/** Whether mentee `e` prefers mentor `a` to mentor `b` (learn key, then score, then id). @internal */
export function menteePrefers(p: PreparedCohort, e: number, a: number, b: number): boolean {
  const base = e * p.cols;
  const ka = p.learnKey[base + a] as number;
  const kb = p.learnKey[base + b] as number;
  if (ka !== kb) return ka > kb;
  const sa = p.score[base + a] as number;
  const sb = p.score[base + b] as number;
  if (sa !== sb) return sa > sb;
  return a < b;
}

/** Whether mentor `m` prefers mentee `a` to mentee `b` (teach key, then score, then id). @internal */
export function mentorPrefers(p: PreparedCohort, m: number, a: number, b: number): boolean {
  const ka = p.teachKey[a * p.cols + m] as number;
  const kb = p.teachKey[b * p.cols + m] as number;
  if (ka !== kb) return ka > kb;
  const sa = p.score[a * p.cols + m] as number;
  const sb = p.score[b * p.cols + m] as number;
  if (sa !== sb) return sa > sb;
  return a < b;
}
