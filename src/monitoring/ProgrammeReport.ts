import type {
  AreaId,
  AreaSide,
  CriterionName,
  IsoDate,
  MenteeId,
  MentorId,
  Priority,
  SkillId,
} from '../domain/index';
import type { Criteria } from '../scoring/index';
import type { PairStatus } from './PairStatus';
import type { StatusReason } from './StatusReason';

/**
 * The sessions of a pair up to `asOf`: how many were held, cancelled (and by whom; a
 * cancellation that names nobody counts as `unknown`) and expected, the minutes held, the last
 * held session and the days since, and the mean rating each side gave (`null` without ratings).
 *
 * `expected` = 0 before the programme start, else ⌊days from start to `asOf` / cadence⌋ + 1: a
 * kick-off on the start day, then one per full cadence.
 *
 * @category Monitoring
 */
export interface SessionStats {
  readonly held: number;
  readonly cancelled: number;
  readonly cancelledBy: { readonly mentor: number; readonly mentee: number; readonly unknown: number };
  readonly expected: number;
  readonly minutes: number;
  readonly lastSession: IsoDate | null;
  readonly daysSinceLastSession: number | null;
  readonly meanRating: { readonly mentor: number | null; readonly mentee: number | null };
}

/**
 * Progress on one learning goal. `baseline` and `latest` are levels 0–5: with two or more
 * self-assessments of the skill up to `asOf`, the first and the last; with one, the cohort's
 * level (what the person declared when the cohort was made; 0 when absent) and that
 * assessment; with none, the cohort's level twice. `gained` = `latest` − `baseline` (negative
 * when a person rates themself lower later); `reached` = `latest` ≥ `target`.
 *
 * @category Monitoring
 */
export interface GoalProgress {
  readonly skill: SkillId;
  readonly area: AreaId;
  readonly priority: Priority;
  readonly target: number;
  readonly baseline: number;
  readonly latest: number;
  readonly gained: number;
  readonly reached: boolean;
  /** How many self-assessments of this skill the journal has up to `asOf`. */
  readonly assessments: number;
}

/** Progress on one person's goals: each goal, the mean level gained (`null` without goals), how many were reached. @category Monitoring */
export interface GoalsProgress {
  readonly goals: ReadonlyArray<GoalProgress>;
  readonly meanGain: number | null;
  readonly reached: number;
}

/**
 * The progress of a pair: the mentee's learning goals (what the mentor teaches) and the mentor's
 * learn-back goals (what the mentee gives back), each in the order the person lists them.
 *
 * @category Monitoring
 */
export interface PairProgress {
  readonly mentee: GoalsProgress;
  readonly mentor: GoalsProgress;
}

/**
 * One pair of the matching as of a date: its status and why, its sessions, its progress, and
 * the score and criteria the matching gave it (the inputs of {@link CriterionCorrelation}).
 *
 * @category Monitoring
 */
export interface PairReport {
  readonly mentorId: MentorId;
  readonly menteeId: MenteeId;
  readonly status: PairStatus;
  /** Every reason that applies (an `ended` pair lists only why it ended); empty when on track. */
  readonly reasons: ReadonlyArray<StatusReason>;
  readonly sessions: SessionStats;
  readonly progress: PairProgress;
  readonly score: number;
  readonly criteria: Criteria;
}

/**
 * A skill area across the programme, over the goals in that area of the pairs' people (mentees'
 * and mentors', each person's goal once, though a mentor may be in two pairs): how many goals and people, the mean level gained, the share of goals reached, participation
 * (sessions held / expected, over the pairs with a goal in the area) and satisfaction (the mean
 * of every rating, both sides, of those pairs' sessions). `null` where there is nothing to count.
 *
 * @category Monitoring
 */
export interface AreaReport {
  readonly area: AreaId;
  readonly side: AreaSide;
  readonly label: { readonly en: string; readonly pl: string };
  readonly goals: number;
  readonly people: number;
  readonly meanGain: number | null;
  readonly reachedShare: number | null;
  readonly participation: number | null;
  readonly satisfaction: number | null;
}

/**
 * Kirkpatrick's four levels of evaluation, where the journal has the data:
 *
 * - `reaction` (level 1): the mean of every session rating (both sides), how many ratings, and
 *   the share of ratings of 4 or 5;
 * - `learning` (level 2): over every goal of the pairs' people (mentees' and mentors', each
 *   person's goal once), the mean level gained and the share reached;
 * - `behaviour` (level 3): participants of the pairs with a self-reported `applied` outcome, of
 *   all participants; `null` when the journal records no `applied` outcome at all;
 * - `results` (level 4): participants `retained`, `promoted` and who `left`; `null` when the
 *   journal records none of these.
 *
 * Outcomes count once per person, and only those dated up to `asOf`.
 *
 * @category Monitoring
 */
export interface Kirkpatrick {
  readonly reaction: {
    readonly meanRating: number | null;
    readonly ratings: number;
    readonly favourableShare: number | null;
  };
  readonly learning: {
    readonly goals: number;
    readonly meanGain: number | null;
    readonly reachedShare: number | null;
  };
  readonly behaviour: {
    readonly applied: number;
    readonly participants: number;
    readonly share: number | null;
  } | null;
  readonly results: {
    readonly retained: number;
    readonly promoted: number;
    readonly left: number;
    readonly participants: number;
  } | null;
}

/**
 * The programme as a whole: how many pairs are in each status, the sessions held, cancelled
 * and expected, participation (held / expected, `null` when nothing was expected yet), the mean
 * rating of each side, and the {@link Kirkpatrick} levels.
 *
 * @category Monitoring
 */
export interface ProgrammeOutcomes {
  readonly pairs: number;
  readonly statuses: { readonly [S in PairStatus]: number };
  readonly sessions: { readonly held: number; readonly cancelled: number; readonly expected: number };
  readonly participation: number | null;
  readonly satisfaction: { readonly mentor: number | null; readonly mentee: number | null };
  readonly kirkpatrick: Kirkpatrick;
}

/**
 * How well one criterion of the matching score (or the score itself) predicted what happened:
 * Pearson's r across pairs between the criterion's value and (a) the mentee's mean level gained,
 * (b) the pair's mean rating (both sides). `n` is the number of pairs with both values; `r` is
 * `null` when `n` < 3 or either side does not vary. A programme reads its own weights from this.
 *
 * @category Monitoring
 */
export interface CriterionCorrelation {
  readonly criterion: CriterionName | 'score';
  readonly gain: { readonly r: number | null; readonly n: number };
  readonly rating: { readonly r: number | null; readonly n: number };
}

/**
 * A programme report as of a date, plain JSON data (no `Map`, no `undefined`; it survives
 * `JSON.stringify` and `JSON.parse` unchanged): the pairs sorted by (menteeId, mentorId), the
 * skill areas sorted by id, the programme's outcomes, and the correlation of each criterion of
 * the matching score with progress and ratings (in `CRITERIA` order, then `score`).
 *
 * @category Monitoring
 */
export interface ProgrammeReport {
  readonly asOf: IsoDate;
  /** The programme start used: `options.startDate`, else the first check-in up to `asOf`, else `asOf`. */
  readonly startDate: IsoDate;
  readonly cadenceDays: number;
  readonly pairs: ReadonlyArray<PairReport>;
  readonly areas: ReadonlyArray<AreaReport>;
  readonly outcomes: ProgrammeOutcomes;
  readonly criteriaCorrelations: ReadonlyArray<CriterionCorrelation>;
}
