import type { Cohort, MenteeId, MentorId } from '../../../domain/index';
import { pluralPl } from '../../../scoring/pluralPl';
import type { Locale } from '../../summary/locale';

/**
 * The words of the matching reports (match, recommend, why-not, demo) in one language. People's
 * names and the reasons come from the library (`explain`, `explainUnmatched`); these are the
 * headers and the sentences around them.
 *
 * @internal
 */
export interface ReportText {
  readonly mentee: string;
  readonly mentor: string;
  readonly score: string;
  readonly reasons: string;
  readonly why: string;
  /** The mentor cell of an unmatched mentee in a table. */
  readonly noMentor: string;
  readonly pinnedNote: string;
  readonly total: (total: string, matched: number, mentees: number, objective: string) => string;
  readonly pairs: (matched: number, mentees: number, total: string) => string;
  readonly unmatched: string;
  readonly places: string;
  readonly contested: string;
  readonly firstChoiceOf: (n: number) => string;
  readonly recommendFor: (mentee: string) => string;
  readonly noRecommendation: (mentee: string, minScore: string) => string;
  readonly paired: (mentor: string, mentee: string, score: string) => string;
  readonly blocked: (mentor: string, mentee: string) => string;
  readonly belowMinScore: (mentor: string, mentee: string, score: string, minScore: string) => string;
  readonly pinnedTo: (mentee: string, mentor: string) => string;
  readonly placesPinned: (mentor: string) => string;
  readonly costs: (
    mentor: string,
    mentee: string,
    score: string,
    cost: string,
    before: string,
    after: string,
  ) => string;
  readonly lostMatches: (n: number) => string;
  readonly changes: (n: number) => string;
  readonly now: string;
  readonly ifForced: string;
}

const PEOPLE_PL = { one: 'osobę', few: 'osoby', many: 'osób' } as const;

/** @internal */
export const REPORT_TEXT: Readonly<Record<Locale, ReportText>> = {
  en: {
    mentee: 'mentee',
    mentor: 'mentor',
    score: 'score',
    reasons: 'reasons',
    why: 'why',
    noMentor: '—',
    pinnedNote: '* pinned by the programme',
    total: (total, matched, mentees, objective) =>
      `Total score ${total}: ${matched} of ${mentees} ${mentees === 1 ? 'mentee' : 'mentees'} matched (objective ${objective})`,
    pairs: (matched, mentees, total) =>
      `Pairs: ${matched} of ${mentees} ${mentees === 1 ? 'mentee' : 'mentees'} matched, total score ${total}`,
    unmatched: 'Unmatched',
    places: 'places left',
    contested: 'contested',
    firstChoiceOf: (n) => `yes: first choice of ${n}`,
    recommendFor: (mentee) => `Best mentors for ${mentee}, best first`,
    noRecommendation: (mentee, minScore) =>
      `No mentor with a free place reaches the minimum score ${minScore} for ${mentee}.`,
    paired: (mentor, mentee, score) =>
      `${mentor} and ${mentee} are paired in this matching (score ${score}).`,
    blocked: (mentor, mentee) => `${mentor} cannot mentor ${mentee}: a hard rule blocks the pair.`,
    belowMinScore: (mentor, mentee, score, minScore) =>
      `${mentor} and ${mentee} score ${score}, below the minimum score ${minScore}: the matcher never makes such a pair.`,
    pinnedTo: (mentee, mentor) => `${mentee} is pinned to ${mentor} by the programme.`,
    placesPinned: (mentor) => `Every place of ${mentor} is taken by a pinned pair.`,
    costs: (mentor, mentee, score, cost, before, after) =>
      `${mentor} and ${mentee} would score ${score}, but the matching is better without the pair: forcing it would lower the total score by ${cost} (${before} → ${after})`,
    lostMatches: (n) => ` and leave ${n} more ${n === 1 ? 'mentee' : 'mentees'} unmatched`,
    changes: (n) => `${n} ${n === 1 ? 'mentee' : 'mentees'} would change partner:`,
    now: 'now',
    ifForced: 'if forced',
  },
  pl: {
    mentee: 'podopieczny',
    mentor: 'mentor',
    score: 'wynik',
    reasons: 'uzasadnienie',
    why: 'dlaczego',
    noMentor: '—',
    pinnedNote: '* para przypięta przez program',
    total: (total, matched, mentees, objective) =>
      `Suma wyników ${total}: ${matched} z ${mentees} ${mentees === 1 ? 'podopiecznego' : 'podopiecznych'} ma parę (kryterium ${objective})`,
    pairs: (matched, mentees, total) =>
      `Pary: ${matched} z ${mentees} ${mentees === 1 ? 'podopiecznego' : 'podopiecznych'} ma parę, suma wyników ${total}`,
    unmatched: 'Bez pary',
    places: 'wolne miejsca',
    contested: 'sporny',
    firstChoiceOf: (n) => `tak: pierwszy wybór (${n})`,
    recommendFor: (mentee) => `Najlepsi mentorzy dla: ${mentee}, od najlepszego`,
    noRecommendation: (mentee, minScore) =>
      `Żaden mentor z wolnym miejscem nie osiąga progu ${minScore} dla: ${mentee}.`,
    paired: (mentor, mentee, score) => `${mentor} i ${mentee} są parą w tym dopasowaniu (wynik ${score}).`,
    blocked: (mentor, mentee) =>
      `${mentor} nie może być mentorem dla: ${mentee} — parę blokuje twarda reguła.`,
    belowMinScore: (mentor, mentee, score, minScore) =>
      `Para ${mentor} – ${mentee} ma wynik ${score}, poniżej progu ${minScore}: takiej pary dopasowanie nie tworzy.`,
    pinnedTo: (mentee, mentor) => `Program przypiął parę ${mentor} – ${mentee}.`,
    placesPinned: (mentor) => `Wszystkie miejsca mentora ${mentor} zajmują przypięte pary.`,
    costs: (mentor, mentee, score, cost, before, after) =>
      `Para ${mentor} – ${mentee} miałaby wynik ${score}, ale dopasowanie jest lepsze bez niej: jej wymuszenie obniżyłoby sumę wyników o ${cost} (${before} → ${after})`,
    lostMatches: (n) => `, a bez pary zostałoby o ${n} ${pluralPl(n, PEOPLE_PL)} więcej`,
    changes: (n) => `Zmiana pary dotknęłaby ${n} ${pluralPl(n, PEOPLE_PL)}:`,
    now: 'teraz',
    ifForced: 'po wymuszeniu',
  },
};

/**
 * A score (or a sum of scores) with two decimals in the locale: `0.74`, `0,74`.
 *
 * @internal
 */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  }).format(score);
}

/** How reports name people: the display name where the cohort has one, else the id. @internal */
export interface PersonNames {
  readonly mentor: (id: string) => string;
  readonly mentee: (id: string) => string;
}

/** @internal */
export function personNames(cohort: Cohort): PersonNames {
  return {
    mentor: (id) => cohort.mentorById.get(id as MentorId)?.name ?? id,
    mentee: (id) => cohort.menteeById.get(id as MenteeId)?.name ?? id,
  };
}
