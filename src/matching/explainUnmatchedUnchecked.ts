import { absurd } from 'fp-ts/lib/function.js';
import type { Cohort, MentorId } from '../domain/index';
import { type Audience, type Locale, RULES } from '../scoring/index';
import { pluralPl } from '../scoring/pluralPl';
import { ruleLabelUnchecked } from '../scoring/ruleLabelUnchecked';
import type { Unmatched } from './Matching';

/**
 * {@link explainUnmatched} without its checks, for the library's own callers (the CLI, the report,
 * the waiting list), which pass entries and options the library made.
 *
 * @internal
 */
export function explainUnmatchedUnchecked(
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
        return n === undefined ? [] : [`${ruleLabelUnchecked(rule, locale, audience)} (${mentors(n)})`];
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
