import { absurd } from 'fp-ts/lib/function.js';
import type { Cohort } from '../domain/index';
import type { Locale } from '../scoring/index';
import type { Unmatched } from './Matching';

/**
 * Why a mentee stayed unmatched, in one line of English or Polish.
 *
 * @param unmatched - an entry of a matching's `unmatched`
 * @param options - `locale` (default `'en'`) and the `cohort` to name people
 * @returns one line of text
 * @example
 * explainUnmatched({ menteeId: 'jan' as MenteeId, reason: { kind: 'no-feasible-mentor', blockedBy: { direction: 2 } } });
 * // 'No mentor is allowed for jan (direction: 2)'
 * @category Matching
 */
export function explainUnmatched(unmatched: Unmatched, options: { readonly locale?: Locale; readonly cohort?: Cohort } = {}): string {
  const pl = options.locale === 'pl';
  const mentee = options.cohort?.menteeById.get(unmatched.menteeId)?.name ?? unmatched.menteeId;
  const { reason } = unmatched;
  const mentorName = (id: string): string => options.cohort?.mentors.find((m) => m.id === id)?.name ?? id;
  const score = (s: number): string => (pl ? (Math.round(s * 100) / 100).toString().replace('.', ',') : (Math.round(s * 100) / 100).toString());
  switch (reason.kind) {
    case 'no-feasible-mentor': {
      const rules = Object.entries(reason.blockedBy).map(([rule, n]) => `${rule}: ${n}`).join(', ');
      return pl ? `Żaden mentor nie jest dozwolony (${mentee}; reguły: ${rules})` : `No mentor is allowed for ${mentee} (${rules})`;
    }
    case 'below-min-score':
      return pl
        ? `Najlepszy dozwolony mentor (${mentorName(reason.bestMentorId)}, ${score(reason.bestScore)}) jest poniżej progu ${score(reason.minScore)} (${mentee})`
        : `The best allowed mentor for ${mentee} (${mentorName(reason.bestMentorId)}, ${score(reason.bestScore)}) is below the minimum score ${score(reason.minScore)}`;
    case 'capacity-exhausted':
      return pl
        ? `Wszyscy pasujący mentorzy (${reason.candidates}) są zajęci, najlepszy: ${mentorName(reason.bestMentorId)} (${mentee})`
        : `Every suitable mentor for ${mentee} (${reason.candidates}) is taken; the best was ${mentorName(reason.bestMentorId)}`;
    default:
      return absurd(reason);
  }
}
