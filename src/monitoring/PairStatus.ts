import { right, type Either } from 'fp-ts/lib/Either.js';
import { absurd } from 'fp-ts/lib/function.js';
import type { ArgumentIssue } from '../domain/ArgumentIssue';
import type { Issues } from '../domain/Issue';
import { readChoice } from '../domain/readArgument';

/**
 * The health of a pair, from best to worst, `ended` apart:
 *
 * - `on-track`: the pair meets at the programme's cadence and nothing is wrong;
 * - `needs-check-in`: one cadence has passed without a held session (the programme manager
 *   should ask how it goes);
 * - `at-risk`: two cadences without a held session, the last two sessions rated low, or one side
 *   cancelling repeatedly;
 * - `ended`: one of the two left the organisation, or the programme ended the pair.
 *
 * @example
 * STATUSES.indexOf('at-risk'); // 2
 * @category Monitoring
 */
export const STATUSES = ['on-track', 'needs-check-in', 'at-risk', 'ended'] as const;

/** The health of a pair (see {@link STATUSES}). @category Monitoring */
export type PairStatus = (typeof STATUSES)[number];

/**
 * How bad a status is: `on-track` 0, `needs-check-in` 1, `at-risk` 2; `ended` is not on this
 * scale (`null`), since an ended pair is neither better nor worse than a running one. This is the
 * order in which "adding a held check-in never makes a status worse" holds.
 *
 * @param status - a {@link PairStatus}
 * @returns 0, 1 or 2, or `null` for `ended`; a status outside {@link STATUSES} is an
 *   `invalid-argument` issue (a `null` severity would hide it)
 * @example
 * orThrow(statusSeverity('needs-check-in')) < orThrow(statusSeverity('at-risk')); // true
 * statusSeverity('ended'); // { _tag: 'Right', right: null }
 * statusSeverity('late' as PairStatus)._tag; // 'Left'
 * @category Monitoring
 */
export function statusSeverity(status: PairStatus): Either<Issues<ArgumentIssue>, 0 | 1 | 2 | null> {
  const checked = readChoice(status, STATUSES, undefined, 'a pair status', [], 'invalid-argument');
  return checked._tag === 'Left' ? checked : right(severityOf(checked.right));
}

function severityOf(status: PairStatus): 0 | 1 | 2 | null {
  switch (status) {
    case 'on-track':
      return 0;
    case 'needs-check-in':
      return 1;
    case 'at-risk':
      return 2;
    case 'ended':
      return null;
    default:
      return absurd(status);
  }
}
