import type { Cohort, MenteeId, MentorId, PersonId } from '../../domain/index';

/**
 * Where one of the two stands in the other's reporting line: `above: 'mentor'` when the mentor is
 * the mentee's manager `levels` up (1 = direct manager), `'mentee'` the other way; `undefined`
 * when neither is within `maxLevels`.
 *
 * @internal
 */
export function reportingLine(
  cohort: Cohort,
  mentorId: MentorId,
  menteeId: MenteeId,
  maxLevels: number,
): { readonly above: 'mentor' | 'mentee'; readonly levels: number } | undefined {
  const up = levelsUp(
    cohort.managers,
    menteeId as string as PersonId,
    mentorId as string as PersonId,
    maxLevels,
  );
  if (up !== undefined) return { above: 'mentor', levels: up };
  const down = levelsUp(
    cohort.managers,
    mentorId as string as PersonId,
    menteeId as string as PersonId,
    maxLevels,
  );
  return down === undefined ? undefined : { above: 'mentee', levels: down };
}

/**
 * How many levels above `from` the person `target` stands, within `maxLevels`. The cohort has no
 * cycles (parseCohort rejects them), and the walk is bounded by `maxLevels` anyway.
 *
 * @internal
 */
export function levelsUp(
  managers: ReadonlyMap<PersonId, PersonId>,
  from: PersonId,
  target: PersonId,
  maxLevels: number,
): number | undefined {
  let person = managers.get(from);
  for (let level = 1; level <= maxLevels && person !== undefined; level++) {
    if (person === target) return level;
    person = managers.get(person);
  }
  return undefined;
}
