import { pairListKernel } from '../internal/pairListKernel';
import type { RuleDefinition } from '../internal/RuleDefinition';
import type { ReasonMessages } from '../internal/ReasonMessages';

/**
 * Excluded pairs: the programme's `excludedPairs` are never made. Reads the list only.
 *
 * @internal
 */
export const excluded: RuleDefinition<'excluded'> = {
  label: { en: 'excluded pair', pl: 'para wykluczona' },
  prepare: (tables) => pairListKernel(tables, 'excluded', tables.cohort.programme.rules.excludedPairs),
};

/** The `excluded` reason in English and Polish. @internal */
export const excludedMessages: ReasonMessages<'excluded'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} and ${mentee} are an excluded pair`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `para ${mentor} – ${mentee} jest wykluczona`;
  },
};
