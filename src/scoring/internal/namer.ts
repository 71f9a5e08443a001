import {
  type Cohort,
  DEFAULT_CATALOG,
  GENERATION_LABELS,
  type Generation,
  type MenteeId,
  type MentorId,
  type SkillId,
} from '../../domain/index';
import type { Locale } from '../Locale';

/**
 * How explanations name things: people by their display name (falling back to the id), skills by
 * their label in the locale (the cohort's catalogue, else the default one, else the id), numbers
 * with the locale's decimal separator.
 *
 * @internal
 */
export interface Namer {
  readonly mentor: (id: MentorId) => string;
  readonly mentee: (id: MenteeId) => string;
  readonly skill: (id: SkillId) => string;
  readonly generation: (generation: Generation) => string;
  readonly number: (n: number) => string;
}

/** @internal */
export function namer(locale: Locale, cohort: Cohort | undefined): Namer {
  return {
    mentor: (id) => cohort?.mentorById.get(id)?.name ?? id,
    mentee: (id) => cohort?.menteeById.get(id)?.name ?? id,
    skill: (id) => (cohort?.catalog.get(id) ?? DEFAULT_CATALOG.find((s) => s.id === id))?.label[locale] ?? id,
    generation: (generation) => GENERATION_LABELS[generation][locale],
    // Rounded to two decimals so that float noise never reaches a sentence.
    number: (n) => {
      const text = String(Math.round(n * 100) / 100);
      return locale === 'pl' ? text.replace('.', ',') : text;
    },
  };
}
