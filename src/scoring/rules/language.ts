import { compareIds } from '../../domain/index';
import type { RuleDefinition } from '../internal/RuleDefinition';
import { primaryLanguage } from '../internal/constants';

/**
 * A shared language: with `requireSharedLanguage`, two people who both list languages share one
 * (by primary subtag: `en-GB` and `en` are one language). Reads both language lists. Whether or
 * not the rule is on, the languages a pair shares speak for it (`shared-language`, listed just
 * before the time zone).
 *
 * @internal
 */
export const language: RuleDefinition<'language'> = {
  label: { en: 'no shared language', pl: 'brak wspólnego języka' },
  prepare: ({ cohort, mentors, mentees, languageWords: words }) => {
    if (!cohort.programme.rules.requireSharedLanguage) return undefined;
    const mLang = mentors.languages;
    const eLang = mentees.languages;
    return {
      mark: (e, from, to, blocked) => {
        let listed = 0;
        for (let k = 0; k < words; k++) listed |= eLang[e * words + k] as number;
        if (listed === 0) return;
        for (let m = from; m < to; m++) {
          let any = 0;
          let shared = 0;
          for (let k = 0; k < words; k++) {
            const a = mLang[m * words + k] as number;
            any |= a;
            shared |= a & (eLang[e * words + k] as number);
          }
          if (any !== 0 && shared === 0) blocked[m] = 1;
        }
      },
      reason: (_e, _m, { mentor, mentee }) => ({
        kind: 'language',
        mentorId: mentor.id,
        menteeId: mentee.id,
        mentorLanguages: [...mentor.languages],
        menteeLanguages: [...mentee.languages],
      }),
    };
  },
  supports: {
    before: 'timeZone',
    reasons: ({ mentor, mentee }) => {
      const theirs = new Set(mentee.languages.map(primaryLanguage));
      const shared = [...new Set(mentor.languages.map(primaryLanguage))]
        .filter((l) => theirs.has(l))
        .sort(compareIds);
      return shared.length > 0
        ? [{ kind: 'shared-language', mentorId: mentor.id, menteeId: mentee.id, languages: shared }]
        : [];
    },
  },
};
