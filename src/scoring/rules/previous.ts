import { pairListKernel } from '../internal/pairListKernel';
import type { RuleDefinition } from '../internal/RuleDefinition';
import type { ReasonMessages } from '../internal/ReasonMessages';

/**
 * No repeat of a previous pair: the programme's `previousPairs` are never made again. Reads the
 * list only.
 *
 * @internal
 */
export const previous: RuleDefinition<'previous'> = {
  label: { en: 'paired before', pl: 'para z poprzedniej edycji' },
  prepare: (tables) => pairListKernel(tables, 'previous', tables.cohort.programme.rules.previousPairs),
};

/** The `previous` reason in English and Polish. @internal */
export const previousMessages: ReasonMessages<'previous'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} and ${mentee} were paired before`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `para ${mentor} – ${mentee} działała już w poprzedniej edycji`;
  },
};
