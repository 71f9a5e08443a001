import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue, Cohort, Issues } from '../domain/index';
import { allArguments, readArgument } from '../domain/readArgument';
import type { Audience, Locale } from '../scoring/index';
import { readTextOptions } from '../scoring/readTextOptions';
import { explainUnmatchedUnchecked } from './explainUnmatchedUnchecked';
import type { Unmatched } from './Matching';
import { unmatchedSchema } from './unmatchedSchema';

/**
 * Why a mentee stayed unmatched, in one line of English or Polish. For the `participant`
 * audience (the mentee themself) the mentors who vetoed the mentee, or whom the mentee vetoed,
 * are counted as "not available for this pairing", never as a veto.
 *
 * @param unmatched - an entry of a matching's `unmatched`
 * @param options - `locale` (default `'en'`), the `cohort` to name people, the `audience`
 *   (default `'programme'`: the manager)
 * @returns one line of text; an entry or options of the wrong shape from plain JavaScript is a
 *   `Left` of {@link ArgumentIssue}s (`invalid-argument` at `['reason', 'kind']`, `unknown-locale`
 *   at `['options', 'locale']`, …)
 * @example
 * orThrow(explainUnmatched({ menteeId: 'jan' as MenteeId, reason: { kind: 'no-feasible-mentor', blockedBy: { direction: 2, 'no-skill-gain': 1 } } }));
 * // 'No mentor is allowed for jan: not a reverse pair (2 mentors), nothing to teach (1 mentor)'
 * const vetoed = { menteeId: 'jan' as MenteeId, reason: { kind: 'no-feasible-mentor', blockedBy: { veto: 1 } } } as const;
 * explainUnmatched(vetoed); // { _tag: 'Right', right: 'No mentor is allowed for jan: vetoed (1 mentor)' }
 * orThrow(explainUnmatched(vetoed, { audience: 'participant' })); // 'No mentor is allowed for jan: not available for this pairing (1 mentor)'
 * explainUnmatched({ menteeId: 'jan' as MenteeId, reason: null as unknown as UnmatchedReason }).left?.[0].path; // ['reason']
 * @category Matching
 */
export function explainUnmatched(
  unmatched: Pick<Unmatched, 'menteeId' | 'reason'>,
  options?: { readonly locale?: Locale; readonly cohort?: Cohort; readonly audience?: Audience },
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readArgument<Pick<Unmatched, 'menteeId' | 'reason'>>(unmatchedSchema, unmatched, []),
    readTextOptions(options, { audience: true }),
  );
  if (checked._tag === 'Left') return checked;
  return right(explainUnmatchedUnchecked(...checked.right));
}
