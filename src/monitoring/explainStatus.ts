import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue, Cohort, Issues } from '../domain/index';
import { allArguments, readArgument } from '../domain/readArgument';
import type { Locale } from '../scoring/index';
import { readTextOptions } from '../scoring/readTextOptions';
import { explainStatusReasonUnchecked, explainStatusUnchecked } from './explainStatusUnchecked';
import { STATUSES } from './PairStatus';
import type { PairReport } from './ProgrammeReport';
import type { StatusReason } from './StatusReason';

/**
 * How {@link explainStatus} writes: the `locale` (default `'en'`) and the `cohort` to name people
 * (without it, or for a person without a name, people are named by id).
 *
 * @category Monitoring
 */
export interface ExplainStatusOptions {
  readonly locale?: Locale;
  readonly cohort?: Cohort;
}

const text = z.string();
const count = z.number();
const since = { days: count, lastSession: text.nullable(), cadenceDays: count };
const session = z.object({ date: text, rating: count });

/** Every kind of status reason with the fields its phrase reads. */
const statusReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('check-in-due'), ...since }),
  z.object({ kind: z.literal('no-session'), ...since }),
  z.object({ kind: z.literal('low-ratings'), threshold: count, sessions: z.tuple([session, session]) }),
  z.object({
    kind: z.literal('repeated-cancellations'),
    by: z.enum(['mentor', 'mentee']),
    cancelled: count,
    window: count,
  }),
  z.object({ kind: z.literal('left'), side: z.enum(['mentor', 'mentee']), participantId: text, date: text }),
  z.object({ kind: z.literal('ended-by-programme') }),
]);

const pairSchema = z.object({
  mentorId: text,
  menteeId: text,
  status: z.enum(STATUSES),
  reasons: z.array(statusReasonSchema),
});

type StatusPair = Pick<PairReport, 'mentorId' | 'menteeId' | 'status' | 'reasons'>;

/**
 * One line of plain text for a pair of a programme report, in English or Polish: who, the
 * status, and its reasons joined with "; ".
 *
 * @param pair - a pair of a {@link ProgrammeReport} (only its ids, status and reasons are read)
 * @param options - {@link ExplainStatusOptions}
 * @returns one line, e.g. `m-krol → e-dabrowski: at risk — the last two sessions were rated low (…)`;
 *   a pair of the wrong shape (a status outside {@link STATUSES}, a reason of an unknown `kind`) is
 *   `invalid-argument` at its path, a locale outside {@link LOCALES} `unknown-locale`
 * @example
 * const pair = { mentorId: 'ola' as MentorId, menteeId: 'jan' as MenteeId, status: 'needs-check-in' as const,
 *   reasons: [{ kind: 'check-in-due' as const, days: 16, lastSession: '2027-03-01' as IsoDate, cadenceDays: 14 }] };
 * explainStatus(pair); // { _tag: 'Right', right: 'ola → jan: needs a check-in — no session for 16 days (the last on 2027-03-01)' }
 * orThrow(explainStatus(pair, { locale: 'pl' })); // 'ola → jan: wymaga rozmowy — brak spotkania od 16 dni (ostatnie 2027-03-01)'
 * explainStatus({ ...pair, status: 'late' as PairStatus }).left?.[0].path; // ['status']
 * @category Monitoring
 */
export function explainStatus(
  pair: StatusPair,
  options?: ExplainStatusOptions,
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(readArgument<StatusPair>(pairSchema, pair, []), readTextOptions(options));
  if (checked._tag === 'Left') return checked;
  return right(explainStatusUnchecked(...checked.right));
}

/**
 * One reason of a pair's status as a phrase, in English or Polish, without the pair and the
 * status (for a table whose row already shows them).
 *
 * @param reason - one of a {@link PairReport}'s `reasons`
 * @param options - {@link ExplainStatusOptions}
 * @returns a phrase, e.g. `no session for 16 days (the last on 2027-03-01)`
 * @example
 * const reason = { kind: 'check-in-due' as const, days: 16, lastSession: '2027-03-01' as IsoDate, cadenceDays: 14 };
 * orThrow(explainStatusReason(reason)); // 'no session for 16 days (the last on 2027-03-01)'
 * explainStatusReason(null as unknown as StatusReason)._tag; // 'Left'
 * @category Monitoring
 */
export function explainStatusReason(
  reason: StatusReason,
  options?: ExplainStatusOptions,
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readArgument<StatusReason>(statusReasonSchema, reason, []),
    readTextOptions(options),
  );
  if (checked._tag === 'Left') return checked;
  return right(explainStatusReasonUnchecked(...checked.right));
}
