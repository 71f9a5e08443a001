import type { Cohort, MenteeId, MentorId, PersonId } from '../../domain/index';

/**
 * For each mentee (by index), the mentors (by index) that a rule on the pair itself blocks:
 * excluded pairs, previous pairs and the reporting line. These cells are few, so they are listed
 * rather than tested for each of the `mentors × mentees` cells. The reporting line is walked up
 * `excludeReportingLine` levels from every participant once: O(people × levels).
 *
 * @internal
 */
export function pairRuleCells(
  cohort: Cohort,
  mentorIndex: ReadonlyMap<MentorId, number>,
  menteeIndex: ReadonlyMap<MenteeId, number>,
): ReadonlyArray<ReadonlyArray<number>> {
  const blocked: number[][] = cohort.mentees.map(() => []);
  const add = (mentee: number | undefined, mentor: number | undefined): void => {
    if (mentee !== undefined && mentor !== undefined) blocked[mentee]?.push(mentor);
  };
  const { rules } = cohort.programme;
  if (!rules.excludedPairs.length && !rules.previousPairs.length && rules.excludeReportingLine === 0)
    return blocked;
  for (const [mentor, mentee] of [...rules.excludedPairs, ...rules.previousPairs]) {
    add(menteeIndex.get(mentee), mentorIndex.get(mentor));
  }
  const levels = rules.excludeReportingLine;
  const managers = cohort.managers;
  const asMentor = mentorIndex as ReadonlyMap<string, number>;
  const asMentee = menteeIndex as ReadonlyMap<string, number>;
  cohort.mentees.forEach((mentee, e) => {
    let person = managers.get(mentee.id as string as PersonId);
    for (let level = 1; level <= levels && person !== undefined; level++) {
      add(e, asMentor.get(person));
      person = managers.get(person);
    }
  });
  cohort.mentors.forEach((mentor, m) => {
    let person = managers.get(mentor.id as string as PersonId);
    for (let level = 1; level <= levels && person !== undefined; level++) {
      add(asMentee.get(person), m);
      person = managers.get(person);
    }
  });
  return blocked;
}
