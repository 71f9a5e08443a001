import type { Generation, MenteeId, MentorId, Priority, SkillId } from '../domain/index';

interface PairIds {
  readonly mentorId: MentorId;
  readonly menteeId: MenteeId;
}

/** The mentor can teach one of the mentee's goals: levels before, and the goal's target. @category Scoring */
export interface TeachesReason extends PairIds {
  readonly kind: 'teaches';
  readonly skill: SkillId;
  readonly mentorLevel: number;
  readonly menteeLevel: number;
  readonly target: number;
  readonly priority: Priority;
}

/** The mentee is at or above the target of one of the mentor's goals: the pair learns both ways. @category Scoring */
export interface LearnsBackReason extends PairIds {
  readonly kind: 'learns-back';
  readonly skill: SkillId;
  readonly menteeLevel: number;
  readonly mentorLevel: number;
  readonly target: number;
  readonly priority: Priority;
}

/** The mentor is of a younger generation than the mentee (`generations` apart). @category Scoring */
export interface BridgesGenerationsReason extends PairIds {
  readonly kind: 'bridges-generations';
  readonly mentorGeneration: Generation;
  readonly menteeGeneration: Generation;
  readonly generations: number;
}

/** The mentor is `grades` grades below the mentee. @category Scoring */
export interface BridgesGradesReason extends PairIds {
  readonly kind: 'bridges-grades';
  readonly mentorGrade: number;
  readonly menteeGrade: number;
  readonly grades: number;
}

/** The two work in different departments. @category Scoring */
export interface CrossDepartmentReason extends PairIds {
  readonly kind: 'cross-department';
  readonly mentorDepartment: string;
  readonly menteeDepartment: string;
}

/** The two share languages (primary subtags, lower case, sorted). @category Scoring */
export interface SharedLanguageReason extends PairIds {
  readonly kind: 'shared-language';
  readonly languages: ReadonlyArray<string>;
}

/** How many working hours (9–17 local time) the two share. @category Scoring */
export interface TimeZoneReason extends PairIds {
  readonly kind: 'time-zone';
  readonly overlapHours: number;
  readonly mentorTimeZone: string;
  readonly menteeTimeZone: string;
}

/**
 * How many minutes a week the two people's availability windows share (`overlapMinutes`, each
 * person's windows read in their own time zone), and, when they share any, the first shared
 * stretch of the UTC week as each of them reads it (`mentorWindow`, `menteeWindow`: `tue
 * 15:00-16:00`, or `sun 23:00-mon 01:00` past midnight).
 *
 * @category Scoring
 */
export interface SharedAvailabilityReason extends PairIds {
  readonly kind: 'shared-availability';
  readonly overlapMinutes: number;
  readonly mentorWindow?: string;
  readonly menteeWindow?: string;
}

/**
 * One side put the other on their list of preferences: `by` the mentee (the mentor is their
 * `rank`-th choice) or by the mentor (the mentee is theirs); 1 = their first choice.
 *
 * @category Scoring
 */
export interface PreferredReason extends PairIds {
  readonly kind: 'preferred';
  readonly by: 'mentor' | 'mentee';
  readonly rank: number;
}

/** A reason that speaks for a pair. @category Scoring */
export type CriterionReason =
  | TeachesReason
  | LearnsBackReason
  | BridgesGenerationsReason
  | BridgesGradesReason
  | CrossDepartmentReason
  | SharedLanguageReason
  | TimeZoneReason
  | SharedAvailabilityReason
  | PreferredReason;

/** The pair is in `excludedPairs`. @category Scoring */
export interface ExcludedReason extends PairIds {
  readonly kind: 'excluded';
}

/** The two were paired before (`previousPairs`). @category Scoring */
export interface PreviousReason extends PairIds {
  readonly kind: 'previous';
}

/**
 * A participant vetoed the pair: `by` the mentor (the mentee is in their `vetoes`), the mentee,
 * or both. For the programme manager only: an explanation for a participant (`audience:
 * 'participant'`) never says that anybody vetoed anybody.
 *
 * @category Scoring
 */
export interface VetoReason extends PairIds {
  readonly kind: 'veto';
  readonly by: 'mentor' | 'mentee' | 'both';
}

/**
 * One of the two manages the other, `levels` up the reporting line (1 = direct manager), within
 * the programme's limit `maxLevels`. Who the managers in between are is not part of the reason.
 *
 * @category Scoring
 */
export interface ReportingLineReason extends PairIds {
  readonly kind: 'reporting-line';
  readonly above: 'mentor' | 'mentee';
  readonly levels: number;
  readonly maxLevels: number;
}

/**
 * Not a reverse pair: the mentor is not `minGradeGap` grades below the mentee, and not of a
 * younger generation (the generations are present when both are known).
 *
 * @category Scoring
 */
export interface DirectionReason extends PairIds {
  readonly kind: 'direction';
  readonly mentorGrade: number;
  readonly menteeGrade: number;
  readonly minGradeGap: number;
  readonly mentorGeneration?: Generation;
  readonly menteeGeneration?: Generation;
}

/** Both list languages and share none. @category Scoring */
export interface LanguageReason extends PairIds {
  readonly kind: 'language';
  readonly mentorLanguages: ReadonlyArray<string>;
  readonly menteeLanguages: ReadonlyArray<string>;
}

/** Both work in the same department and the programme excludes that. @category Scoring */
export interface SameDepartmentReason extends PairIds {
  readonly kind: 'same-department';
  readonly department: string;
}

/**
 * The mentee has open goals (`goals`: their skills, below target) and the mentor knows no more
 * than the mentee in any of them: the pair would teach nothing.
 *
 * @category Scoring
 */
export interface NoSkillGainReason extends PairIds {
  readonly kind: 'no-skill-gain';
  readonly goals: ReadonlyArray<SkillId>;
}

/**
 * Both list availability, and their windows share `overlapMinutes` a week: fewer than the
 * programme's `minOverlapMinutes` (`minAvailabilityOverlapMinutes`).
 *
 * @category Scoring
 */
export interface AvailabilityReason extends PairIds {
  readonly kind: 'availability';
  readonly overlapMinutes: number;
  readonly minOverlapMinutes: number;
}

/** A hard rule that blocks a pair; its `kind` is the {@link Rule}. @category Scoring */
export type BlockingReason =
  | ExcludedReason
  | PreviousReason
  | VetoReason
  | ReportingLineReason
  | DirectionReason
  | LanguageReason
  | SameDepartmentReason
  | NoSkillGainReason
  | AvailabilityReason;

/**
 * Why a pair scores as it does, or why it cannot be made: plain JSON data discriminated by
 * `kind`, turned into sentences by {@link explain}.
 *
 * @category Scoring
 */
export type Reason = CriterionReason | BlockingReason;
