import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue, Cohort, Issues } from '../domain/index';
import { allArguments, readArgument } from '../domain/readArgument';
import type { Locale } from '../scoring/index';
import { readTextOptions } from '../scoring/readTextOptions';
import type { ProposalChange } from './DecisionRound';
import { explainChangeUnchecked } from './explainChangeUnchecked';

const changeSchema = z.discriminatedUnion('change', [
  z.object({ change: z.literal('added'), mentorId: z.string(), menteeId: z.string() }),
  z.object({
    change: z.literal('removed'),
    mentorId: z.string(),
    menteeId: z.string(),
    because: z.enum(['declined', 'displaced', 'not-allowed', 'left-programme']),
  }),
]);

/**
 * A change of a decision round in one line, for the programme manager: "Ola Nowak – Jan Kowalski:
 * removed, declined". People are named from the cohort when it is given.
 *
 * @param change - a {@link ProposalChange}
 * @param options - `locale` (default `en`) and the `cohort` to name people
 * @returns one line of text; a change of the wrong shape is `invalid-argument` at its path, a
 *   locale outside {@link LOCALES} `unknown-locale` at `['options', 'locale']`
 * @example
 * orThrow(explainChange({ change: 'removed', mentorId: 'ola', menteeId: 'jan', because: 'displaced' }));
 * // 'ola – jan: removed, its places went to an accepted pair'
 * explainChange({ change: 'removed', mentorId: 'ola', menteeId: 'jan', because: 'bored' } as unknown as ProposalChange).left?.[0].path; // ['because']
 * @category Workflow
 */
export function explainChange(
  change: ProposalChange,
  options?: { readonly locale?: Locale; readonly cohort?: Cohort },
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readArgument<ProposalChange>(changeSchema, change, []),
    readTextOptions(options),
  );
  if (checked._tag === 'Left') return checked;
  return right(explainChangeUnchecked(...checked.right));
}
