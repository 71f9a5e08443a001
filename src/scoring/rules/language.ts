import { compareIds } from '../../domain/index';
import type { RuleDefinition } from '../internal/RuleDefinition';
import { primaryLanguage } from '../internal/constants';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { plural } from '../internal/wordsEn';

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
        if (words === 1) {
          // Up to 32 languages in the cohort (nearly always): one word per person.
          const mine = eLang[e] as number;
          for (let m = from; m < to; m++) {
            const a = mLang[m] as number;
            if (a !== 0 && (a & mine) === 0) blocked[m] = 1;
          }
          return;
        }
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

/** The `shared-language` reason in English and Polish. @internal */
export const sharedLanguageMessages: ReasonMessages<'shared-language'> = {
  en: (reason, _name, _audience) => {
    return `${plural(reason.languages.length, 'a shared language', 'shared languages')}: ${reason.languages.join(', ')}`;
  },
  pl: (reason, _name, _audience) => {
    return `${reason.languages.length === 1 ? 'wspólny język' : 'wspólne języki'}: ${reason.languages.join(', ')}`;
  },
};

/** The `language` reason in English and Polish. @internal */
export const languageMessages: ReasonMessages<'language'> = {
  en: (reason, _name, _audience) => {
    return `no shared language (${reason.mentorLanguages.join(', ')} / ${reason.menteeLanguages.join(', ')})`;
  },
  pl: (reason, _name, _audience) => {
    return `brak wspólnego języka (${reason.mentorLanguages.join(', ')} / ${reason.menteeLanguages.join(', ')})`;
  },
};
