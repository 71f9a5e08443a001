import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort } from '../../../domain/index';
import type { InputIssue } from '../../io/InputIssue';
import { unknownPerson } from './unknownPerson';

/**
 * The id of the person an option names (`--mentee e-jankowski` or `--mentee "Andrzej
 * Jankowski"`): an id of that side of the cohort as it is; else a display name, compared without
 * regard to case or surrounding spaces, when exactly one person of that side has it. A name that
 * several people share is an issue listing their ids; anything else is {@link unknownPerson}'s
 * issue (the other side, or a typo of an id).
 *
 * @param text - what the user typed
 * @param side - which side the option names
 * @param cohort - the cohort
 * @returns the person's id, or the issue located at the option
 * @internal
 */
export function findPerson(
  text: string,
  side: 'mentor' | 'mentee',
  cohort: Cohort,
): Either<InputIssue, string> {
  const people: ReadonlyArray<{ readonly id: string; readonly name?: string | undefined }> =
    side === 'mentor' ? cohort.mentors : cohort.mentees;
  if (people.some((p) => p.id === text)) return right(text);
  const key = normalise(text);
  const named = people.filter((p) => p.name !== undefined && normalise(p.name) === key);
  const [only, ...others] = named;
  if (only !== undefined && others.length === 0) return right(only.id);
  if (only !== undefined) {
    const ids = named.map((p) => p.id).join(', ');
    return left({
      code: side === 'mentor' ? 'unknown-mentor' : 'unknown-mentee',
      message: `${named.length} ${side}s are called "${text.trim()}" (${ids}): give the id`,
      where: `--${side}`,
    });
  }
  return left(unknownPerson(text, side, cohort));
}

function normalise(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
