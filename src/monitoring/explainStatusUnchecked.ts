import type { Cohort, MenteeId, MentorId } from '../domain/index';
import { type NamePerson, STATUS_WORDS, reasonEn, reasonPl } from './internal/statusMessages';
import type { PairReport } from './ProgrammeReport';
import type { StatusReason } from './StatusReason';

import type { ExplainStatusOptions } from './explainStatus';

/**
 * {@link explainStatus} without its checks, for the library's own callers (the CLI, the report),
 * which pass pairs of a report the library made.
 *
 * @internal
 */
export function explainStatusUnchecked(
  pair: Pick<PairReport, 'mentorId' | 'menteeId' | 'status' | 'reasons'>,
  options: ExplainStatusOptions = {},
): string {
  const locale = options.locale === 'pl' ? 'pl' : 'en';
  const name = namePerson(options.cohort);
  const head = `${name(pair.mentorId)} → ${name(pair.menteeId)}: ${STATUS_WORDS[locale][pair.status]}`;
  return pair.reasons.length === 0
    ? head
    : `${head} — ${pair.reasons.map((r) => explainStatusReasonUnchecked(r, options)).join('; ')}`;
}

/**
 * {@link explainStatusReason} without its checks, for the library's own callers.
 *
 * @internal
 */
export function explainStatusReasonUnchecked(
  reason: StatusReason,
  options: ExplainStatusOptions = {},
): string {
  const name = namePerson(options.cohort);
  return options.locale === 'pl' ? reasonPl(reason, name) : reasonEn(reason, name);
}

function namePerson(cohort: Cohort | undefined): NamePerson {
  return (id) =>
    cohort?.mentorById.get(id as MentorId)?.name ?? cohort?.menteeById.get(id as MenteeId)?.name ?? id;
}
