import { absurd } from 'fp-ts/lib/function.js';
import type { Cohort, MenteeId, MentorId } from '../domain/index';
import type { Locale } from '../scoring/index';
import type { ProposalChange } from './DecisionRound';

/**
 * {@link explainChange} without its checks, for the library's own callers (the CLI), which pass
 * changes of a round the library made.
 *
 * @internal
 */
export function explainChangeUnchecked(
  change: ProposalChange,
  options: { readonly locale?: Locale; readonly cohort?: Cohort } = {},
): string {
  const pl = options.locale === 'pl';
  const mentor = options.cohort?.mentorById.get(change.mentorId as MentorId)?.name ?? change.mentorId;
  const mentee = options.cohort?.menteeById.get(change.menteeId as MenteeId)?.name ?? change.menteeId;
  const pair = `${mentor} – ${mentee}`;
  if (change.change === 'added') return pl ? `${pair}: nowa propozycja` : `${pair}: newly proposed`;
  switch (change.because) {
    case 'declined':
      return pl ? `${pair}: usunięta, odrzucona` : `${pair}: removed, declined`;
    case 'displaced':
      return pl
        ? `${pair}: usunięta, jej miejsca zajęła przyjęta para`
        : `${pair}: removed, its places went to an accepted pair`;
    case 'not-allowed':
      return pl
        ? `${pair}: usunięta, reguła programu już jej nie dopuszcza`
        : `${pair}: removed, a hard rule no longer allows it`;
    case 'left-programme':
      return pl
        ? `${pair}: usunięta, ktoś z pary nie jest już w programie`
        : `${pair}: removed, one of the two left the programme`;
    default:
      return absurd(change.because);
  }
}
