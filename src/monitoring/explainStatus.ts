import type { Cohort, MenteeId, MentorId } from '../domain/index';
import type { Locale } from '../scoring/index';
import { type NamePerson, STATUS_WORDS, reasonEn, reasonPl } from './internal/statusMessages';
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

/**
 * One line of plain text for a pair of a programme report, in English or Polish: who, the
 * status, and its reasons joined with "; ".
 *
 * @param pair - a pair of a {@link ProgrammeReport} (only its ids, status and reasons are read)
 * @param options - {@link ExplainStatusOptions}
 * @returns one line, e.g. `m-krol → e-dabrowski: at risk — the last two sessions were rated low (…)`
 * @example
 * const pair = { mentorId: 'ola' as MentorId, menteeId: 'jan' as MenteeId, status: 'needs-check-in' as const,
 *   reasons: [{ kind: 'check-in-due' as const, days: 16, lastSession: '2027-03-01' as IsoDate, cadenceDays: 14 }] };
 * explainStatus(pair); // 'ola → jan: needs a check-in — no session for 16 days (the last on 2027-03-01)'
 * explainStatus(pair, { locale: 'pl' }); // 'ola → jan: wymaga rozmowy — brak spotkania od 16 dni (ostatnie 2027-03-01)'
 * @category Monitoring
 */
export function explainStatus(
  pair: Pick<PairReport, 'mentorId' | 'menteeId' | 'status' | 'reasons'>,
  options: ExplainStatusOptions = {},
): string {
  const locale = options.locale === 'pl' ? 'pl' : 'en';
  const name = namePerson(options.cohort);
  const head = `${name(pair.mentorId)} → ${name(pair.menteeId)}: ${STATUS_WORDS[locale][pair.status]}`;
  return pair.reasons.length === 0
    ? head
    : `${head} — ${pair.reasons.map((r) => explainStatusReason(r, options)).join('; ')}`;
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
 * explainStatusReason(reason); // 'no session for 16 days (the last on 2027-03-01)'
 * @category Monitoring
 */
export function explainStatusReason(reason: StatusReason, options: ExplainStatusOptions = {}): string {
  const name = namePerson(options.cohort);
  return options.locale === 'pl' ? reasonPl(reason, name) : reasonEn(reason, name);
}

function namePerson(cohort: Cohort | undefined): NamePerson {
  return (id) =>
    cohort?.mentorById.get(id as MentorId)?.name ?? cohort?.menteeById.get(id as MenteeId)?.name ?? id;
}
