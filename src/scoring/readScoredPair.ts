import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { cohortArgumentIssues } from '../domain/checkArgument';
import type { Cohort } from '../domain/cohort';
import type { Issues } from '../domain/Issue';
import type { Mentee, Mentor } from '../domain/participant';
import { quoteValue } from '../domain/readUntrusted';
import type { ScoringError } from './ScoringError';

/**
 * The `cohort` argument of a scorer's public entry: a cohort `parseCohort` made, else a
 * `not-a-cohort` issue at the root.
 *
 * @internal
 */
export function readScoredCohort(cohort: unknown): Either<Issues<ScoringError>, Cohort> {
  const [issue] = cohortArgumentIssues(cohort, []);
  return issue === undefined ? right(cohort as Cohort) : left([issue]);
}

/**
 * The arguments of `checkRules` and `scoreParticipants`: a parsed cohort, and a mentor and a
 * mentee that are records *of that cohort* (the very objects in its `mentors` and `mentees`, as
 * `cohort.mentorById.get(id)` returns them) — the kernels read every field of a record, so
 * anything else (`null`, a raw input, a look-alike) is an `unknown-mentor` or `unknown-mentee`
 * issue at `['mentor']` or `['mentee']`, never a `TypeError` inside.
 *
 * @internal
 */
export function readScoredPair(
  cohort: unknown,
  mentor: unknown,
  mentee: unknown,
): Either<Issues<ScoringError>, readonly [Cohort, Mentor, Mentee]> {
  const read = readScoredCohort(cohort);
  if (read._tag === 'Left') return read;
  const parsed = read.right;
  const issues: ScoringError[] = [];
  if (!isRecordOf(mentor, (id) => parsed.mentorById.get(id as Mentor['id'])))
    issues.push({
      code: 'unknown-mentor',
      message: `expected a mentor of this cohort (one of cohort.mentors), got ${describePerson(mentor)}`,
      path: ['mentor'],
    });
  if (!isRecordOf(mentee, (id) => parsed.menteeById.get(id as Mentee['id'])))
    issues.push({
      code: 'unknown-mentee',
      message: `expected a mentee of this cohort (one of cohort.mentees), got ${describePerson(mentee)}`,
      path: ['mentee'],
    });
  const [first, ...rest] = issues;
  return first === undefined ? right([parsed, mentor as Mentor, mentee as Mentee]) : left([first, ...rest]);
}

function isRecordOf(value: unknown, recordOf: (id: unknown) => unknown): boolean {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      recordOf((value as { readonly id?: unknown }).id) === value
    );
  } catch {
    // A getter or a proxy that throws is not a record of the cohort.
    return false;
  }
}

/** The value, or for an object its id when it has a readable one. */
function describePerson(value: unknown): string {
  try {
    const id =
      typeof value === 'object' && value !== null ? (value as { readonly id?: unknown }).id : undefined;
    return typeof id === 'string' ? `a record with the id ${quoteValue(id)}` : quoteValue(value);
  } catch {
    return 'a value that cannot be read';
  }
}
