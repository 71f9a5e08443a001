import type { CohortIssue } from '../cohortIssue';
import { formatPath } from '../Issue';
import { generationOf } from '../generation';
import type { ParsedPieces } from './parsed';

/**
 * Duplicate ids (also across mentors and mentees), birth years in the future, and generations
 * that contradict the birth year.
 *
 * @internal
 */
export function checkPeople(
  pieces: ParsedPieces,
  currentYear: number | undefined,
  issues: CohortIssue[],
): void {
  const seen = new Map<string, string>();
  for (const { value, path } of [...pieces.mentors, ...pieces.mentees]) {
    const first = seen.get(value.id);
    if (first === undefined) seen.set(value.id, formatPath(path));
    else
      issues.push({
        code: 'duplicate-id',
        message: `id "${value.id}" is already used by ${first}`,
        path: [...path, 'id'],
      });

    if (value.birthYear !== undefined) {
      if (currentYear !== undefined && value.birthYear > currentYear) {
        issues.push({
          code: 'birth-year-in-future',
          message: `birth year ${value.birthYear} is after the current year ${currentYear}`,
          path: [...path, 'birthYear'],
        });
      }
      const derived = generationOf(value.birthYear);
      if (value.generation !== undefined && value.generation !== derived) {
        issues.push({
          code: 'generation-mismatch',
          message: `generation "${value.generation}" contradicts birth year ${value.birthYear} (${derived})`,
          path: [...path, 'generation'],
        });
      }
    }
  }
}
