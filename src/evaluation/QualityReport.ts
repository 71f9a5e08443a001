/**
 * How one mentee fared in a matching: their mentor (`null` when unmatched), the pair's score and
 * the rank of that mentor in the mentee's own preference order (1 = their first choice; `null`
 * when unmatched). See {@link assess} for how preferences are derived.
 *
 * @category Evaluation
 */
export interface MenteeOutcome {
  readonly menteeId: string;
  readonly mentorId: string | null;
  readonly score: number | null;
  readonly rank: number | null;
}

/**
 * How one mentor fared: their capacity and each of their mentees (sorted by id) with the rank of
 * that mentee in the mentor's own preference order (1 = their first choice).
 *
 * @category Evaluation
 */
export interface MentorOutcome {
  readonly mentorId: string;
  readonly capacity: number;
  readonly mentees: ReadonlyArray<{ readonly menteeId: string; readonly rank: number }>;
}

/**
 * What is wrong with a matching, counted (all 0 for a matching of {@link match} or of a baseline):
 *
 * - `unknownPerson`: pairs that name a mentor or a mentee who is not in the cohort;
 * - `blockedPair`: pairs that a hard rule forbids;
 * - `belowMinScore`: pairs, not pinned, whose score is below `minScore`;
 * - `overCapacity`: mentees beyond their mentor's capacity, summed over mentors;
 * - `duplicateMentee`: for each mentee listed in `k > 1` pairs, `k − 1`;
 * - `missingPin`: pinned pairs (distinct) that the matching does not contain.
 *
 * @category Evaluation
 */
export interface Violations {
  readonly unknownPerson: number;
  readonly blockedPair: number;
  readonly belowMinScore: number;
  readonly overCapacity: number;
  readonly duplicateMentee: number;
  readonly missingPin: number;
}

/**
 * The quality of one matching of a cohort, plain JSON (numbers, strings, arrays sorted by id; no
 * `Map`), as {@link assess} computes it. Every aggregate is a number, never `null` or `NaN`: over
 * an empty set (no pairs, no mentees) a mean, minimum or percentile is 0 and a share is 0; the
 * Gini coefficient of at most one score is 0. The stated-choice shares are the exception: they
 * measure people's own preferences, and are absent (not 0) where nobody stated any.
 *
 * The figures are taken over the matching's *effective pairs*: for each mentee of the cohort, the
 * highest-scoring pair that names them, a known mentor and that no hard rule blocks (ties to the
 * mentor first by id). For a valid matching (`ruleViolations` 0) these are simply its pairs.
 *
 * @category Evaluation
 */
export interface QualityReport {
  /** Mentees in the cohort. */
  readonly mentees: number;
  /** Mentors in the cohort. */
  readonly mentors: number;
  /** Mentees with a mentor (= effective pairs). */
  readonly matched: number;
  /** `matched / mentees` (0 when there are no mentees). */
  readonly matchedShare: number;
  /** The sum of the pair scores. */
  readonly totalScore: number;
  /** The mean pair score (0 when there are no pairs). */
  readonly meanScore: number;
  /** The lowest pair score (0 when there are no pairs). */
  readonly minScore: number;
  /** The 10th percentile of the pair scores, nearest-rank: the `⌈0.1·n⌉`-th lowest (0 when there are no pairs). */
  readonly p10Score: number;
  /** The Gini coefficient of the pair scores, in [0, 1]: 0 = all equal (also for ≤ 1 pair or all 0). */
  readonly gini: number;
  /**
   * The mean, over mentees with at least one open goal (own level below target), of the share of
   * their goal weight (priority × programme focus) that their mentor knows to the target level;
   * an unmatched mentee counts 0. 0 when no mentee has an open goal.
   */
  readonly goalCoverage: number;
  /** The mean rank of their mentor over matched mentees (1 = everybody got their first choice; 0 when none). */
  readonly meanMenteeRank: number;
  /** The mean rank of the mentee over every pair, in the mentor's own order (0 when there are no pairs). */
  readonly meanMentorRank: number;
  /** Allowed pairs, neither pinned, whose mentee and mentor both prefer each other to what they got (0 = stable). */
  readonly blockingPairs: number;
  /** Mentor places used, places offered (the sum of capacities) and `used / capacity` (0 when no place). */
  readonly load: { readonly used: number; readonly capacity: number; readonly share: number };
  /** The share of pairs, among those where both departments are known, across departments (0 when none). */
  readonly crossDepartmentShare: number;
  /** The mean number of generations by which the mentor is younger, over pairs where both are known (0 when none). */
  readonly meanGenerationGap: number;
  /** The mean of mentee grade − mentor grade over the pairs (0 when there are no pairs). */
  readonly meanGradeGap: number;
  /**
   * Among the mentees who stated preferences (and take part: capacity above 0), the share who got
   * at least one of their stated choices. Absent (not 0) when no mentee stated preferences.
   */
  readonly menteeStatedChoiceShare?: number;
  /** Among the mentees who stated preferences, the share who got their first choice. Absent when none did. */
  readonly menteeFirstChoiceShare?: number;
  /** {@link QualityReport.menteeStatedChoiceShare} for the mentors (a mentee of theirs on their list). */
  readonly mentorStatedChoiceShare?: number;
  /** Among the mentors who stated preferences, the share who got their first choice. Absent when none did. */
  readonly mentorFirstChoiceShare?: number;
  /**
   * Over the pairs whose two people both list availability: the mean minutes a week they share.
   * Absent (not 0) when no pair has both sides' windows.
   */
  readonly meanSharedAvailabilityMinutes?: number;
  /**
   * Over the same pairs, the share that share at least an hour a week (or the programme's
   * `minAvailabilityOverlapMinutes`, when it asks for more). Absent when no such pair exists.
   */
  readonly sharedAvailabilityShare?: number;
  /** The sum of {@link Violations}: must be 0. */
  readonly ruleViolations: number;
  readonly violations: Violations;
  /** Every mentee of the cohort, sorted by id. */
  readonly menteeRanks: ReadonlyArray<MenteeOutcome>;
  /** Every mentor of the cohort, sorted by id. */
  readonly mentorRanks: ReadonlyArray<MentorOutcome>;
}
