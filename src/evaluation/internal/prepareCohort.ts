import type { Cohort, CriterionName, MenteeId, MentorId, Weights } from '../../domain/index';
import { openGoals } from '../../domain/index';
import { pairScorer } from '../../scoring/pairScorer';
import type { PairScorer } from '../../scoring/index';
import { type Pins, resolvePins } from '../../matching/index';

/**
 * A cohort laid out once for every strategy and every report on it: the scorers of the pair's
 * score and of both sides' preference keys (read a row at a time or a pair at a time, never a
 * mentees × mentors matrix), both sides' capacities, the pins and the threshold.
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
  /** Each mentor's capacity. */
  readonly capacity: Int32Array;
  /** Each mentee's capacity (how many mentors they take). */
  readonly menteeCapacity: Int32Array;
  /** The pair's score, `-Infinity` when a hard rule blocks it (the scoring layer's numbers). */
  readonly score: PairScorer;
  /** Half of what the mentee looks for: the mean of skill gain and goal coverage (absent counts 0). */
  readonly learn: PairScorer;
  /** Reciprocity alone (absent counts 0): what the mentor looks for, with the pair's score. */
  readonly teach: PairScorer;
  /** The goal-coverage criterion of one pair (0 when the mentee has no open goal). */
  readonly coverage: PairScorer;
  /** 1 for a mentee with at least one open goal (own level below target). */
  readonly hasOpenGoals: Uint8Array;
  readonly pins: Pins;
  /** Each mentee's stated preferences: mentor index → 0-based rank; `undefined` for none. */
  readonly statedByMentee: ReadonlyArray<ReadonlyMap<number, number> | undefined>;
  /** Each mentor's stated preferences: mentee index → 0-based rank; `undefined` for none. */
  readonly statedByMentor: ReadonlyArray<ReadonlyMap<number, number> | undefined>;
}

/**
 * The lowest key of a stated preference: above every derived key (a learn key and a teach key
 * are each in [0, 2]), so that a person's stated choices come before everybody else, in their
 * order — the person at 0-based rank `r` of a list of `n` has key `STATED + n − r`.
 */
const STATED = 3;

function statedKey(ranks: ReadonlyMap<number, number> | undefined, other: number, derived: number): number {
  const r = ranks?.get(other);
  return r === undefined || ranks === undefined ? derived : STATED + ranks.size - r;
}

/**
 * Mentee `e`'s order key of mentor `m`: their stated preference when they ranked `m`, else the
 * derived `learnKey` (skill gain + goal coverage).
 *
 * @internal
 */
export function menteeKey(p: PreparedCohort, e: number, m: number, learnKey: number): number {
  return statedKey(p.statedByMentee[e], m, learnKey);
}

/**
 * Mentor `m`'s order key of mentee `e`: their stated preference when they ranked `e`, else the
 * derived `teachKey` (reciprocity + the pair's score).
 *
 * @internal
 */
export function mentorKey(p: PreparedCohort, e: number, m: number, teachKey: number): number {
  return statedKey(p.statedByMentor[m], e, teachKey);
}

/** Each person's stated ranks of the other side by index, `undefined` for an empty list. */
function statedRanks(
  people: ReadonlyArray<{ readonly preferences: ReadonlyArray<string> }>,
  index: ReadonlyMap<string, number>,
): Array<ReadonlyMap<number, number> | undefined> {
  return people.map(({ preferences }) => {
    if (preferences.length === 0) return undefined;
    const ranks = new Map<number, number>();
    preferences.forEach((id, r) => {
      const other = index.get(id);
      if (other !== undefined) ranks.set(other, r);
    });
    return ranks;
  });
}

const NO_WEIGHTS: Weights = {
  skillGain: 0,
  goalCoverage: 0,
  reciprocity: 0,
  generationGap: 0,
  seniorityGap: 0,
  crossDepartment: 0,
  timeZone: 0,
  availability: 0,
  preferences: 0,
};

/** What a mentee looks for in a mentor when they state no preference: what they would learn. @internal */
export const LEARN_CRITERIA: ReadonlyArray<CriterionName> = ['skillGain', 'goalCoverage'];

/** What a mentor looks for in a mentee, besides the pair's score: what they would learn back. @internal */
export const TEACH_CRITERIA: ReadonlyArray<CriterionName> = ['reciprocity'];

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
 * Lays the scorers out and resolves the pins. `minScore` out of [0, 1] or not a number falls
 * back to the programme's.
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
  const given = options.minScore;
  const minScore = given !== undefined && given >= 0 && given <= 1 ? given : cohort.programme.rules.minScore;
  const score = pairScorer(cohort);
  const hasOpenGoals = Uint8Array.from(cohort.mentees, (m) => (openGoals(m).length > 0 ? 1 : 0));
  const pins = resolvePins(
    cohort,
    options.pinnedPairs ?? [],
    (e, m) => score.at(e, m) !== Number.NEGATIVE_INFINITY,
  );
  return {
    cohort,
    rows: cohort.mentees.length,
    cols: cohort.mentors.length,
    minScore,
    capacity: Int32Array.from(cohort.mentors, (m) => m.capacity),
    menteeCapacity: Int32Array.from(cohort.mentees, (m) => m.capacity),
    score,
    learn: criterionScorer(cohort, Object.fromEntries(LEARN_CRITERIA.map((c) => [c, 1]))),
    teach: criterionScorer(cohort, Object.fromEntries(TEACH_CRITERIA.map((c) => [c, 1]))),
    coverage: criterionScorer(cohort, { goalCoverage: 1 }),
    hasOpenGoals,
    pins,
    statedByMentee: statedRanks(cohort.mentees, new Map(cohort.mentors.map((m, i) => [m.id as string, i]))),
    statedByMentor: statedRanks(cohort.mentors, new Map(cohort.mentees.map((m, i) => [m.id as string, i]))),
  };
}

/** A pair's score and both preference keys, read at once. @internal */
export interface PairKeys {
  /** The pair's score (`-Infinity` when blocked). */
  readonly score: number;
  /** What the mentee looks for: their stated preference, else skill gain + goal coverage. */
  readonly learn: number;
  /** What the mentor looks for: their stated preference, else reciprocity + the pair's score. */
  readonly teach: number;
}

/** The score and the preference keys of one pair. @internal */
export function pairKeys(p: PreparedCohort, e: number, m: number): PairKeys {
  const score = p.score.at(e, m);
  // The learn scorer gives the mean of the two criteria: twice it is their sum.
  return {
    score,
    learn: menteeKey(p, e, m, 2 * p.learn.at(e, m)),
    teach: mentorKey(p, e, m, p.teach.at(e, m) + score),
  };
}

/** Whether a pair of score `s` may be made: no hard rule blocks it, and it reaches `minScore` or is pinned. @internal */
export function allowedScore(p: PreparedCohort, e: number, m: number, s: number): boolean {
  return s >= p.minScore || (s !== Number.NEGATIVE_INFINITY && p.pins.isPinned(e, m));
}

/**
 * Whether one side prefers partner `a` (its key `ka`, the pair's score `sa`) to partner `b`: the
 * key first, then the score, then the lower index (id order). A mentee's key is its learn key, a
 * mentor's its teach key: preferences are strict.
 *
 * @internal
 */
export function prefers(ka: number, sa: number, a: number, kb: number, sb: number, b: number): boolean {
  if (ka !== kb) return ka > kb;
  if (sa !== sb) return sa > sb;
  return a < b;
}
