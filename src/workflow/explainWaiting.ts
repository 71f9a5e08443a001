import type { Cohort } from '../domain/index';
import { explainUnmatched } from '../matching/index';
import type { Locale } from '../scoring/index';
import type { WaitingMentee } from './WaitingList';

/**
 * A mentee's place on the waiting list in one line, with the matcher's reason: "No. 2 in line,
 * waiting since 2027-01-15: All 3 suitable mentors for Jan are taken; the best was Ola".
 *
 * @param entry - an entry of {@link WaitingList}'s `mentees`
 * @param options - `locale` (default `en`) and the `cohort` to name people
 * @returns one line of text
 * @example
 * explainWaiting({ position: 1, menteeId: 'jan' as MenteeId, wanted: 1, got: 0,
 *   reason: { kind: 'below-min-score', minScore: 0.3, bestScore: 0.2, bestMentorId: 'ola' as MentorId } });
 * // 'No. 1 in line: The best allowed mentor for jan (ola, 0.2) is below the minimum score 0.3'
 * @category Workflow
 */
export function explainWaiting(
  entry: WaitingMentee,
  options: { readonly locale?: Locale; readonly cohort?: Cohort } = {},
): string {
  const pl = options.locale === 'pl';
  const since =
    entry.waitingSince === undefined
      ? ''
      : pl
        ? `, czeka od ${entry.waitingSince}`
        : `, waiting since ${entry.waitingSince}`;
  const place = pl ? `Nr ${entry.position} w kolejce${since}` : `No. ${entry.position} in line${since}`;
  return `${place}: ${explainUnmatched(entry, options)}`;
}
