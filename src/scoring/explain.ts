import type { Cohort } from '../domain/index';
import type { Audience } from './Audience';
import type { Locale } from './Locale';
import { reasonMessage } from './internal/reasonMessage';
import { namer } from './internal/namer';
import type { Reason } from './Reason';

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

/**
 * Turns a reason, or a pair's reasons, into one line of plain text in English or Polish:
 * "Ola Nowak can teach TikTok ads (5 vs 1), a high-priority goal of Jan". A pair's reasons are
 * joined with "; ", strongest first, as the pair lists them.
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
 * explain(reason); // 'ola can teach TikTok ads (5 vs 1), a high-priority goal of jan'
 * explain(reason, { locale: 'pl' }); // 'ola może uczyć: reklamy na TikToku (5 wobec 1, o 4 poziomy wyżej) — cel o wysokim priorytecie (jan)'
 * const veto: Reason = { kind: 'veto', mentorId: 'ola' as MentorId, menteeId: 'jan' as MenteeId, by: 'mentor' };
 * explain(veto); // 'ola (the mentor) vetoed jan'
 * explain(veto, { audience: 'participant' }); // 'ola and jan are not available for this pairing'
 * @category Scoring
 */
export function explain(
  subject: Reason | { readonly reasons: ReadonlyArray<Reason> },
  options: ExplainOptions = {},
): string {
  const locale = options.locale ?? 'en';
  const base = namer(locale, options.cohort);
  // The people named, so that a line starting with one keeps the case they are written in.
  const people: string[] = [];
  const remember = (text: string): string => {
    people.push(text);
    return text;
  };
  const name = {
    ...base,
    mentor: (id: Parameters<typeof base.mentor>[0]) => remember(base.mentor(id)),
    mentee: (id: Parameters<typeof base.mentee>[0]) => remember(base.mentee(id)),
  };
  const capitalise = (text: string): string =>
    people.some((person) => person !== '' && text.startsWith(person))
      ? text
      : text.charAt(0).toUpperCase() + text.slice(1);
  const audience = options.audience === 'participant' ? 'participant' : 'programme';
  const message = (reason: Reason, n: typeof name): string => reasonMessage(reason, n, locale, audience);
  if (!hasReasons(subject)) return capitalise(message(subject, name));
  const all = subject.reasons;
  const reasons = options.limit === undefined ? all : all.slice(0, Math.max(0, options.limit));
  if (reasons.length === 0)
    return locale === 'pl'
      ? 'Nic szczególnego nie przemawia za tą parą'
      : 'Nothing in particular speaks for this pair';
  return capitalise(reasons.map((reason) => message(reason, name)).join('; '));
}

function hasReasons(
  subject: Reason | { readonly reasons: ReadonlyArray<Reason> },
): subject is { readonly reasons: ReadonlyArray<Reason> } {
  return 'reasons' in subject;
}
