import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../domain/ArgumentIssue';
import type { Cohort } from '../domain/cohort';
import type { Issues } from '../domain/Issue';
import { allArguments, readArgument } from '../domain/readArgument';
import type { Audience } from './Audience';
import { explainUnchecked } from './explainUnchecked';
import type { Locale } from './Locale';
import type { Reason } from './Reason';
import { reasonSchema } from './reasonSchema';
import * as z from 'zod';
import { readTextOptions } from './readTextOptions';

/**
 * How {@link explain} writes: the `locale` (default `'en'`), the `cohort` to name people and
 * skills (without it, people are named by id and skills by the default catalogue's labels), at
 * most `limit` reasons of a pair (default: all), and the `audience` (default `'programme'`, the
 * manager; `'participant'` never reveals a veto — see {@link Audience}).
 *
 * @category Scoring
 */
export interface ExplainOptions {
  readonly locale?: Locale;
  readonly cohort?: Cohort;
  readonly limit?: number;
  readonly audience?: Audience;
}

const withReasons = z.object({ reasons: z.array(reasonSchema) });

/**
 * Turns a reason, or a pair's reasons, into one line of plain text in English or Polish:
 * "Ola Nowak can teach TikTok ads (5 vs 1), a high-priority goal of Jan". A pair's reasons are
 * joined with "; ", strongest first, as the pair lists them.
 *
 * What plain JavaScript passes is checked first: a subject that is not a reason (or has no list of
 * reasons), a reason of an unknown `kind` or with a field of the wrong type, a locale outside
 * {@link LOCALES}, an audience, `limit` or `cohort` of the wrong kind is a `Left` of
 * {@link ArgumentIssue}s at their paths (`['reasons', 3, 'kind']`, `['options', 'locale']`).
 *
 * @param subject - a {@link Reason}, or anything with `reasons` (a scored or infeasible pair
 *   score, a matched pair, a recommendation)
 * @param options - {@link ExplainOptions}
 * @returns one line of text, starting with a capital letter — unless it starts with a person's name
 *   or id, which keeps its own case (`m1 can teach …`)
 * @example
 * const reason: Reason = { kind: 'teaches', mentorId: 'ola' as MentorId, menteeId: 'jan' as MenteeId,
 *   skill: 'tiktok-ads' as SkillId, mentorLevel: 5, menteeLevel: 1, target: 4, priority: 'high' };
 * // Without a cohort, people are named by id, as written.
 * explain(reason); // { _tag: 'Right', right: 'ola can teach TikTok ads (5 vs 1), a high-priority goal of jan' }
 * orThrow(explain(reason, { locale: 'pl' })); // 'ola może uczyć: reklamy na TikToku (5 wobec 1, o 4 poziomy wyżej) — cel o wysokim priorytecie (jan)'
 * const veto: Reason = { kind: 'veto', mentorId: 'ola' as MentorId, menteeId: 'jan' as MenteeId, by: 'mentor' };
 * orThrow(explain(veto)); // 'ola (the mentor) vetoed jan'
 * orThrow(explain(veto, { audience: 'participant' })); // 'ola and jan are not available for this pairing'
 * // A locale it does not write is an issue, not English by default.
 * explain(veto, { locale: 'de' as Locale }); // { _tag: 'Left', left: [{ code: 'unknown-locale', message: 'expected a locale: "en" or "pl", got "de"', path: ['options', 'locale'] }] }
 * @category Scoring
 */
export function explain(
  subject: Reason | { readonly reasons: ReadonlyArray<Reason> },
  options?: ExplainOptions,
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readArgument<Reason | { readonly reasons: ReadonlyArray<Reason> }>(
      hasOwnReasons(subject) ? withReasons : reasonSchema,
      subject,
      [],
    ),
    readTextOptions(options, { audience: true, limit: true }),
  );
  if (checked._tag === 'Left') return checked;
  const [read, given] = checked.right;
  return right(explainUnchecked(read, given));
}

/** Whether the subject is a pair (it has `reasons`), read without a throw. */
function hasOwnReasons(subject: unknown): boolean {
  try {
    return typeof subject === 'object' && subject !== null && 'reasons' in subject;
  } catch {
    // A proxy whose `has` trap throws: the read that follows reports it.
    return false;
  }
}
