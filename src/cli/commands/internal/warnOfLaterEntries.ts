import type { Journal } from '../../../domain/index';
import type { CliIo } from '../../io/CliIo';
import { displayName } from '../../io/readTextFile';
import { neutraliseControls } from '../../output/neutraliseControls';

/**
 * Warns on standard error when a report as of today would ignore journal entries dated later (a
 * journal of a programme planned ahead, a clock that is wrong): without the warning the report
 * says "0 sessions held" and nothing explains why. Used when `--as-of` is left out.
 *
 * @param io - the I/O
 * @param journal - the validated journal
 * @param asOf - today's date, `YYYY-MM-DD`
 * @param file - the journal file, for the message
 * @example
 * warnOfLaterEntries(io, journal, today(io), values.journal);
 * @internal
 */
export function warnOfLaterEntries(
  io: CliIo,
  journal: Journal,
  asOf: string,
  files: ReadonlyArray<string>,
): void {
  const dates = [...journal.checkIns, ...journal.assessments, ...journal.outcomes].map((entry) => entry.date);
  const later = dates.filter((date) => date > asOf);
  if (later.length === 0) return;
  const last = later.reduce((a, b) => (b > a ? b : a));
  const entries = later.length === 1 ? '1 entry' : `${later.length} entries`;
  io.stderr(
    neutraliseControls(
      `warning: ${files.map(displayName).join(', ')}: ${entries} dated after today (${asOf}, the last on ${last}) left out of this report; pass --as-of YYYY-MM-DD to report as of a later date\n`,
    ),
  );
}
