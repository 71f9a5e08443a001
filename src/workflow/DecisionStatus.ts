import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import { type ArgumentIssue, DECIDERS, type Decision, type Issues } from '../domain/index';
import { allArguments, readArgument, readChoice } from '../domain/readArgument';
import type { Locale } from '../scoring/index';
import { readLocale } from '../scoring/readTextOptions';
import { decisionStatusLabelUnchecked, decisionStatusUnchecked } from './decisionStatusUnchecked';

/**
 * Where a pair stands after the decisions on it:
 *
 * - `proposed`: the matcher proposed it and nobody has decided yet;
 * - `accepted`: the mentor or the mentee accepted it (and nobody's latest decision declines it);
 * - `published`: the programme accepted it — it is announced to the two (and nobody declines it);
 * - `declined`: someone's latest decision declines it; it is never proposed again.
 *
 * Each decider's latest decision counts (by date): a mentee who declined on Monday and accepted
 * on Wednesday has accepted. Accepted and published pairs are kept in every later round.
 *
 * @example
 * DECISION_STATUSES.includes('published'); // true
 * @category Workflow
 */
export const DECISION_STATUSES = ['proposed', 'accepted', 'published', 'declined'] as const;

/** Where a pair stands after the decisions on it (see {@link DECISION_STATUSES}). @category Workflow */
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

const decisionsSchema = z.array(
  z.object({ by: z.enum(DECIDERS), decision: z.enum(['accepted', 'declined']), date: z.string() }),
);

/**
 * The status of one pair from the decisions on it (any order): `declined` when some decider's
 * latest decision declines it, else `published` when the programme's latest accepts it, else
 * `accepted` when the mentor's or the mentee's does, else `proposed`.
 *
 * @param decisions - the decisions on one pair (validated: one decider never decides twice on one day)
 * @returns the pair's {@link DecisionStatus}; anything but a list of decisions with a known `by`,
 *   a `decision` of `accepted` or `declined` and a `date` is `invalid-argument` at its path
 * @example
 * decisionStatus([]); // { _tag: 'Right', right: 'proposed' }
 * decisionStatus(null as unknown as Decision[])._tag; // 'Left'
 * @category Workflow
 */
export function decisionStatus(
  decisions: ReadonlyArray<Decision>,
): Either<Issues<ArgumentIssue>, DecisionStatus> {
  const read = readArgument<ReadonlyArray<Decision>>(decisionsSchema, decisions, []);
  return read._tag === 'Left' ? read : right(decisionStatusUnchecked(read.right));
}

/**
 * A status in words: `proposed` → "proposed" / "zaproponowana".
 *
 * @param status - a {@link DecisionStatus}
 * @param locale - `en` (default) or `pl`
 * @returns a short word; a status outside {@link DECISION_STATUSES} is `invalid-argument`, a
 *   locale outside {@link LOCALES} `unknown-locale` at `['locale']`
 * @example
 * orThrow(decisionStatusLabel('published', 'pl')); // 'ogłoszona'
 * decisionStatusLabel('published', 'de' as Locale).left?.[0].code; // 'unknown-locale'
 * @category Workflow
 */
export function decisionStatusLabel(
  status: DecisionStatus,
  locale?: Locale,
): Either<Issues<ArgumentIssue>, string> {
  const checked = allArguments(
    readChoice(status, DECISION_STATUSES, undefined, 'a decision status', [], 'invalid-argument'),
    readLocale(locale, ['locale']),
  );
  if (checked._tag === 'Left') return checked;
  return right(decisionStatusLabelUnchecked(...checked.right));
}
