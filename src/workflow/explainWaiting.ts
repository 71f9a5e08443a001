import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue, Cohort, Issues } from '../domain/index';
import { allArguments, readArgument } from '../domain/readArgument';
import { explainUnmatchedUnchecked } from '../matching/explainUnmatchedUnchecked';
import { unmatchedReasonSchema } from '../matching/unmatchedSchema';
import type { Locale } from '../scoring/index';
import { type TextOptions, readTextOptions } from '../scoring/readTextOptions';
import type { WaitingMentee } from './WaitingList';

const waitingSchema = z.object({
  position: z.number(),
  menteeId: z.string(),
  waitingSince: z.string().optional(),
  reason: unmatchedReasonSchema,
});

/**
 * A mentee's place on the waiting list in one line, with the matcher's reason: "No. 2 in line,
 * waiting since 2027-01-15: All 3 suitable mentors for Jan are taken; the best was Ola".
 *
 * @param entry - an entry of {@link WaitingList}'s `mentees`
 * @param options - `locale` (default `en`) and the `cohort` to name people
 * @returns one line of text; an entry of the wrong shape is `invalid-argument` at its path, a
 *   locale outside {@link LOCALES} `unknown-locale` at `['options', 'locale']`
 * @example
 * explainWaiting({ position: 1, menteeId: 'jan' as MenteeId, wanted: 1, got: 0,
 *   reason: { kind: 'below-min-score', minScore: 0.3, bestScore: 0.2, bestMentorId: 'ola' as MentorId } });
 * // { _tag: 'Right', right: 'No. 1 in line: The best allowed mentor for jan (ola, 0.2) is below the minimum score 0.3' }
 * explainWaiting({ position: 1 } as WaitingMentee).left?.[0].path; // ['menteeId']
 * @category Workflow
 */
export function explainWaiting(
  entry: WaitingMentee,
  options?: { readonly locale?: Locale; readonly cohort?: Cohort },
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readArgument<WaitingMentee>(waitingSchema, entry, []),
    readTextOptions(options),
  );
  if (checked._tag === 'Left') return checked;
  return right(waitingLine(...checked.right));
}

function waitingLine(entry: WaitingMentee, options: TextOptions): string {
  const pl = options.locale === 'pl';
  const since =
    entry.waitingSince === undefined
      ? ''
      : pl
        ? `, czeka od ${entry.waitingSince}`
        : `, waiting since ${entry.waitingSince}`;
  const place = pl ? `Nr ${entry.position} w kolejce${since}` : `No. ${entry.position} in line${since}`;
  return `${place}: ${explainUnmatchedUnchecked(entry, options)}`;
}
