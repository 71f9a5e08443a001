import type { Cohort } from '../../../domain/index';
import type { InputIssue } from '../../io/InputIssue';
import { closestName } from '../../internal/closestName';

/**
 * The issue for an id given on the command line (`--mentee e-jankowsky`) that names nobody on
 * that side of the cohort: it says when the id is on the other side (a mentor given as
 * `--mentee`), and suggests the closest id when it looks like a typo.
 *
 * @param id - what the user typed
 * @param side - which side the option names
 * @param cohort - the cohort
 * @returns the issue, located at the option (`--mentee`)
 * @internal
 */
export function unknownPerson(id: string, side: 'mentor' | 'mentee', cohort: Cohort): InputIssue {
  const where = `--${side}`;
  const code = side === 'mentor' ? 'unknown-mentor' : 'unknown-mentee';
  const other = side === 'mentor' ? cohort.mentees : cohort.mentors;
  if (other.some((p) => p.id === id)) {
    return {
      code,
      message: `"${id}" is a ${side === 'mentor' ? 'mentee' : 'mentor'}, not a ${side}`,
      where,
      path: [where],
    };
  }
  const ids = (side === 'mentor' ? cohort.mentors : cohort.mentees).map((p) => String(p.id));
  const suggestion = closestName(id, ids);
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  return { code, message: `"${id}" is not a ${side} of this cohort${hint}`, where, path: [where] };
}
