import type { CohortIssue } from '../cohortIssue';
import type { ParsedPieces } from './parsed';

/**
 * A person who lists availability but no time zone: their windows are read in UTC, which is
 * likely not what they meant, so the reader is told (a warning, not an error: the windows still
 * mean something, and a cohort of one office often leaves the zone out).
 *
 * @internal
 */
export function checkAvailability(pieces: ParsedPieces, warnings: CohortIssue[]): void {
  for (const { value, path } of [...pieces.mentors, ...pieces.mentees]) {
    if (value.availability.length === 0 || value.timeZone !== undefined) continue;
    warnings.push({
      code: 'availability-without-time-zone',
      message: `"${value.id}" lists availability but no time zone: the windows are read in UTC (add a timeZone such as Europe/Warsaw)`,
      path: [...path, 'availability'],
    });
  }
}
