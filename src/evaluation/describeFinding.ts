import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue, Issues } from '../domain/index';
import { allArguments, readArgument } from '../domain/readArgument';
import { type Locale, RULES } from '../scoring/index';
import { readLocale } from '../scoring/readTextOptions';
import type { MatchingFinding } from './auditMatching';
import { describeFindingUnchecked } from './describeFindingUnchecked';

const id = z.string();
const at = { pair: z.number(), mentorId: id, menteeId: id };

/** Every kind of finding with the fields its sentence reads. */
const findingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unknown-person'), ...at, side: z.enum(['mentor', 'mentee', 'both']) }),
  z.object({ kind: z.literal('rule-broken'), ...at, rule: z.enum(RULES) }),
  z.object({ kind: z.literal('below-min-score'), ...at, score: z.number(), minScore: z.number() }),
  z.object({ kind: z.literal('duplicate-pair'), ...at, first: z.number() }),
  z.object({
    kind: z.literal('over-capacity'),
    side: z.enum(['mentor', 'mentee']),
    id,
    capacity: z.number(),
    count: z.number(),
    pairs: z.array(z.number()),
  }),
  z.object({ kind: z.literal('missing-pin'), mentorId: id, menteeId: id }),
]);

/**
 * One finding of {@link auditMatching} as a sentence, in English or Polish. Pairs are numbered
 * from 1 in the order of the matching (`pair 3` is the third pair, the third data row of a CSV
 * file), ids are quoted as given.
 *
 * @param finding - a finding
 * @param locale - `en` (default) or `pl`
 * @returns the sentence, without a final full stop; a finding of an unknown `kind` or with a
 *   field of the wrong type is `invalid-argument` at its path, a locale outside {@link LOCALES}
 *   `unknown-locale` at `['locale']`
 * @example
 * orThrow(describeFinding({ kind: 'missing-pin', mentorId: 'm-a' as MentorId, menteeId: 'e-b' as MenteeId }));
 * // 'the pinned pair "m-a" → "e-b" is missing'
 * orThrow(describeFinding({ kind: 'duplicate-pair', pair: 4, first: 1, mentorId: 'm-a' as MentorId, menteeId: 'e-b' as MenteeId }, 'pl'));
 * // 'para 5 ("m-a" → "e-b") powtarza parę 2'
 * describeFinding({ kind: 'lost' } as unknown as MatchingFinding).left?.[0].path; // ['kind']
 * @category Evaluation
 */
export function describeFinding(
  finding: MatchingFinding,
  locale?: Locale,
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readArgument<MatchingFinding>(findingSchema, finding, []),
    readLocale(locale, ['locale']),
  );
  if (checked._tag === 'Left') return checked;
  return right(describeFindingUnchecked(...checked.right));
}
