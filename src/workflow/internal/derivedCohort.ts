import type { Cohort, Mentee, MenteeId, Mentor, MentorId } from '../../domain/index';

/**
 * What a workflow step changes of a cohort for one run of the matcher: mentee capacities (to let
 * only some mentees take part: the others keep exactly the places their pins use) and pairs
 * excluded on top of the programme's (declined pairs).
 *
 * @internal
 */
export interface CohortChanges {
  readonly menteeCapacity?: (mentee: Mentee, index: number) => number;
  readonly excludedPairs?: ReadonlyArray<readonly [MentorId, MenteeId]>;
}

/**
 * A cohort built from a parsed one with {@link CohortChanges}: the same people in the same order,
 * the look-ups rebuilt. O(people + excluded pairs); nothing of the input is mutated.
 *
 * @internal
 */
export function derivedCohort(cohort: Cohort, changes: CohortChanges): Cohort {
  const capacity = changes.menteeCapacity;
  const mentees =
    capacity === undefined
      ? cohort.mentees
      : cohort.mentees.map((mentee, index): Mentee => {
          const c = capacity(mentee, index);
          return c === mentee.capacity ? mentee : { ...mentee, capacity: c };
        });
  const extra = changes.excludedPairs ?? [];
  const rules = cohort.programme.rules;
  return {
    ...cohort,
    programme:
      extra.length === 0
        ? cohort.programme
        : {
            ...cohort.programme,
            rules: {
              ...rules,
              excludedPairs: [...rules.excludedPairs, ...extra.map(([m, e]): [MentorId, MenteeId] => [m, e])],
            },
          },
    mentees,
    mentorById: cohort.mentorById as ReadonlyMap<MentorId, Mentor>,
    menteeById: mentees === cohort.mentees ? cohort.menteeById : new Map(mentees.map((m) => [m.id, m])),
  };
}
