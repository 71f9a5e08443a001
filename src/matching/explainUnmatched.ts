import { absurd } from 'fp-ts/lib/function.js';
import type { Cohort, MentorId } from '../domain/index';
import { type Audience, type Locale, RULES, pluralPl, ruleLabel } from '../scoring/index';
import type { Unmatched } from './Matching';

/**
 * Why a mentee stayed unmatched, in one line of English or Polish. For the `participant`
 * audience (the mentee themself) the mentors who vetoed the mentee, or whom the mentee vetoed,
 * are counted as "not available for this pairing", never as a veto.
 *
 * @param unmatched - an entry of a matching's `unmatched`
 * @param options - `locale` (default `'en'`), the `cohort` to name people, the `audience`
 *   (default `'programme'`: the manager)
 * @returns one line of text
 * @example
 * explainUnmatched({ menteeId: 'jan' as MenteeId, reason: { kind: 'no-feasible-mentor', blockedBy: { direction: 2, 'no-skill-gain': 1 } } });
 * // 'No mentor is allowed for jan: not a reverse pair (2 mentors), nothing to teach (1 mentor)'
 * const vetoed = { menteeId: 'jan' as MenteeId, reason: { kind: 'no-feasible-mentor', blockedBy: { veto: 1 } } } as const;
 * explainUnmatched(vetoed); // 'No mentor is allowed for jan: vetoed (1 mentor)'
 * explainUnmatched(vetoed, { audience: 'participant' }); // 'No mentor is allowed for jan: not available for this pairing (1 mentor)'
 * @category Matching
 */
export function explainUnmatched(
  unmatched: Pick<Unmatched, 'menteeId' | 'reason'>,
  options: { readonly locale?: Locale; readonly cohort?: Cohort; readonly audience?: Audience } = {},
): string {
  const locale = options.locale ?? 'en';
  const audience = options.audience === 'participant' ? 'participant' : 'programme';
  const pl = locale === 'pl';
  const mentee = options.cohort?.menteeById.get(unmatched.menteeId)?.name ?? unmatched.menteeId;
  const { reason } = unmatched;
  const mentorName = (id: MentorId): string => options.cohort?.mentorById.get(id)?.name ?? id;
  const score = (s: number): string =>
    pl ? (Math.round(s * 100) / 100).toString().replace('.', ',') : (Math.round(s * 100) / 100).toString();
  const mentors = (n: number): string =>
    pl
      ? `${n} ${pluralPl(n, { one: 'mentor', few: 'mentorów', many: 'mentorów' })}`
      : `${n} mentor${n === 1 ? '' : 's'}`;
  switch (reason.kind) {
    case 'no-feasible-mentor': {
      const rules = RULES.flatMap((rule) => {
        const n = reason.blockedBy[rule];
        return n === undefined ? [] : [`${ruleLabel(rule, locale, audience)} (${mentors(n)})`];
      }).join(', ');
      return pl
        ? `Żaden mentor nie jest dozwolony dla: ${mentee} — ${rules}`
        : `No mentor is allowed for ${mentee}: ${rules}`;
    }
    case 'below-min-score':
      return pl
        ? `Najlepszy dozwolony mentor (${mentorName(reason.bestMentorId)}, ${score(reason.bestScore)}) jest poniżej progu ${score(reason.minScore)} (${mentee})`
        : `The best allowed mentor for ${mentee} (${mentorName(reason.bestMentorId)}, ${score(reason.bestScore)}) is below the minimum score ${score(reason.minScore)}`;
    case 'capacity-exhausted':
      if (reason.candidates === 1) {
        return pl
          ? `Jedyny pasujący mentor (${mentorName(reason.bestMentorId)}) jest zajęty (${mentee})`
          : `The only suitable mentor for ${mentee}, ${mentorName(reason.bestMentorId)}, is taken`;
      }
      return pl
        ? `Wszyscy pasujący mentorzy (${reason.candidates}) są zajęci, najlepszy: ${mentorName(reason.bestMentorId)} (${mentee})`
        : `All ${reason.candidates} suitable mentors for ${mentee} are taken; the best was ${mentorName(reason.bestMentorId)}`;
    default:
      return absurd(reason);
  }
}
