import { availabilityMessages as availabilityRuleMessages } from '../rules/availability';
import { directionMessages } from '../rules/direction';
import { excludedMessages } from '../rules/excluded';
import { languageMessages, sharedLanguageMessages } from '../rules/language';
import { noSkillGainMessages } from '../rules/noSkillGain';
import { previousMessages } from '../rules/previous';
import { reportingLineMessages } from '../rules/reportingLine';
import { sameDepartmentMessages } from '../rules/sameDepartment';
import { vetoMessages } from '../rules/veto';
import { sharedAvailabilityMessages } from '../criteria/availability';
import { crossDepartmentMessages } from '../criteria/crossDepartment';
import { bridgesGenerationsMessages } from '../criteria/generationGap';
import { preferredMessages } from '../criteria/preferences';
import { learnsBackMessages } from '../criteria/reciprocity';
import { bridgesGradesMessages } from '../criteria/seniorityGap';
import { teachesMessages } from '../criteria/skillGain';
import { timeZoneMessages } from '../criteria/timeZone';
import type { Audience } from '../Audience';
import type { Locale } from '../Locale';
import type { Reason } from '../Reason';
import type { Namer } from './namer';
import type { ReasonMessages } from './ReasonMessages';

/**
 * Every kind of reason to the messages its criterion's or rule's module defines. The type makes a
 * reason without messages, or messages of no reason, a compile error.
 */
const MESSAGES: { readonly [K in Reason['kind']]: ReasonMessages<K> } = {
  teaches: teachesMessages,
  'learns-back': learnsBackMessages,
  'bridges-generations': bridgesGenerationsMessages,
  'bridges-grades': bridgesGradesMessages,
  'cross-department': crossDepartmentMessages,
  'shared-language': sharedLanguageMessages,
  'time-zone': timeZoneMessages,
  'shared-availability': sharedAvailabilityMessages,
  preferred: preferredMessages,
  excluded: excludedMessages,
  veto: vetoMessages,
  previous: previousMessages,
  'reporting-line': reportingLineMessages,
  direction: directionMessages,
  language: languageMessages,
  'same-department': sameDepartmentMessages,
  'no-skill-gain': noSkillGainMessages,
  availability: availabilityRuleMessages,
};

/**
 * One reason as a phrase in the locale, for the audience: the messages of the module that gives
 * the reason.
 *
 * @internal
 */
export function reasonMessage(
  reason: Reason,
  name: Namer,
  locale: Locale,
  audience: Audience = 'programme',
): string {
  const messages = MESSAGES[reason.kind] as ReasonMessages<Reason['kind']>;
  return messages[locale](reason as never, name, audience);
}
