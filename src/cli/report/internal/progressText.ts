import type { PairStatus } from '../../../monitoring/index';
import { pluralPl } from '../../../scoring/pluralPl';
import type { Locale } from '../../summary/locale';

/**
 * The words of the progress reports (`progress`, the demo's progress section) in one language.
 * The reasons of a status come from the library (`explainStatus`); these are the headers and the
 * sentences around them. Keyed by {@link PairStatus}, so a new status is a compile error here.
 *
 * @internal
 */
export interface ProgressText {
  /** A status in a table cell: short, so that a line of the pairs fits 80 columns. */
  readonly status: Readonly<Record<PairStatus, string>>;
  /** How many pairs have a status, in a list of counts. */
  readonly count: Readonly<Record<PairStatus, (n: number) => string>>;
  readonly heading: (asOf: string, start: string, cadenceDays: number) => string;
  readonly demoHeading: (asOf: string) => string;
  readonly pairs: (counts: string) => string;
  readonly sessions: (held: number, expected: number, participation: string | null) => string;
  readonly statusHeader: string;
  readonly sessionsHeader: string;
  readonly daysHeader: string;
  readonly areas: string;
  readonly area: string;
  readonly goals: string;
  readonly gained: string;
  readonly reached: string;
  readonly kirkpatrick: string;
  readonly levels: {
    readonly reaction: string;
    readonly learning: string;
    readonly behaviour: string;
    readonly results: string;
  };
  readonly reaction: (mean: string, ratings: number, favourable: string) => string;
  readonly noReaction: string;
  readonly learning: (goals: number, gain: string, reached: string) => string;
  readonly behaviour: (applied: number, participants: number, share: string) => string;
  readonly noBehaviour: string;
  readonly results: (retained: number, promoted: number, left: number, participants: number) => string;
  readonly noResults: string;
  readonly rematch: string;
  readonly noRematch: string;
  readonly proposed: string;
}

const RATINGS_PL = { one: 'ocena', few: 'oceny', many: 'ocen' } as const;
const GOALS_PL = { one: 'cel', few: 'cele', many: 'celów' } as const;

/** @internal */
export const PROGRESS_TEXT: Readonly<Record<Locale, ProgressText>> = {
  en: {
    status: {
      'on-track': 'on track',
      'needs-check-in': 'check-in due',
      'at-risk': 'at risk',
      ended: 'ended',
    },
    count: {
      'on-track': (n) => `${n} on track`,
      'needs-check-in': (n) => `${n} ${n === 1 ? 'needs' : 'need'} a check-in`,
      'at-risk': (n) => `${n} at risk`,
      ended: (n) => `${n} ended`,
    },
    heading: (asOf, start, cadence) =>
      `Progress as of ${asOf} (since ${start}, a session every ${cadence} ${cadence === 1 ? 'day' : 'days'})`,
    demoHeading: (asOf) => `Progress as of ${asOf}, from the sample journal`,
    pairs: (counts) => `Pairs: ${counts}`,
    sessions: (held, expected, participation) =>
      `Sessions held: ${held} of ${expected} expected${participation === null ? '' : ` (${participation})`}`,
    statusHeader: 'status',
    sessionsHeader: 'sessions',
    daysHeader: 'days since',
    areas: 'Skill areas',
    area: 'area',
    goals: 'goals',
    gained: 'gained',
    reached: 'reached',
    kirkpatrick: 'Kirkpatrick levels',
    levels: { reaction: 'Reaction', learning: 'Learning', behaviour: 'Behaviour', results: 'Results' },
    reaction: (mean, ratings, favourable) =>
      `mean rating ${mean} of 5 (${ratings} ${ratings === 1 ? 'rating' : 'ratings'}, ${favourable} of them 4 or 5)`,
    noReaction: 'no session rated yet',
    learning: (goals, gain, reached) =>
      `${goals} ${goals === 1 ? 'goal' : 'goals'}: mean gain ${gain} levels, ${reached} reached`,
    behaviour: (applied, participants, share) =>
      `${applied} of ${participants} participants apply what they learnt (${share})`,
    noBehaviour: 'the journal records no one applying what they learnt yet',
    results: (retained, promoted, left, participants) =>
      `of ${participants} participants: ${retained} retained, ${promoted} promoted, ${left} left`,
    noResults: 'the journal records no retention, promotion or departure yet',
    rematch: 'Rematch of the at-risk pairs',
    noRematch: 'No pair is at risk: nothing to rematch.',
    proposed: 'proposed',
  },
  pl: {
    status: {
      'on-track': 'w porządku',
      'needs-check-in': 'do rozmowy',
      'at-risk': 'zagrożona',
      ended: 'zakończona',
    },
    // "status: n" rather than agreeing a participle with a number ("3 pary zagrożone", "5 par zagrożonych").
    count: {
      'on-track': (n) => `w porządku: ${n}`,
      'needs-check-in': (n) => `do rozmowy: ${n}`,
      'at-risk': (n) => `zagrożone: ${n}`,
      ended: (n) => `zakończone: ${n}`,
    },
    heading: (asOf, start, cadence) =>
      `Postępy na dzień ${asOf} (od ${start}, spotkanie co ${cadence} ${cadence === 1 ? 'dzień' : 'dni'})`,
    demoHeading: (asOf) => `Postępy na dzień ${asOf} według przykładowego dziennika`,
    pairs: (counts) => `Pary: ${counts}`,
    sessions: (held, expected, participation) =>
      `Odbyte spotkania: ${held} z ${expected} oczekiwanych${participation === null ? '' : ` (${participation})`}`,
    statusHeader: 'stan',
    sessionsHeader: 'spotkania',
    daysHeader: 'dni od ost.',
    areas: 'Obszary umiejętności',
    area: 'obszar',
    goals: 'cele',
    gained: 'przyrost',
    reached: 'osiągnięte',
    kirkpatrick: 'Poziomy Kirkpatricka',
    levels: { reaction: 'Reakcja', learning: 'Uczenie się', behaviour: 'Zachowanie', results: 'Rezultaty' },
    reaction: (mean, ratings, favourable) =>
      `średnia ocena ${mean} na 5 (${ratings} ${pluralPl(ratings, RATINGS_PL)}, w tym 4 lub 5: ${favourable})`,
    noReaction: 'jeszcze żadna sesja nie została oceniona',
    learning: (goals, gain, reached) =>
      `${goals} ${pluralPl(goals, GOALS_PL)}: średni przyrost ${gain} poziomu, osiągnięte: ${reached}`,
    behaviour: (applied, participants, share) =>
      `${applied} z ${participants} uczestników stosuje w pracy to, czego się nauczyło (${share})`,
    noBehaviour: 'dziennik nie odnotowuje jeszcze stosowania nowych umiejętności w pracy',
    results: (retained, promoted, left, participants) =>
      `spośród ${participants} uczestników: pozostali ${retained}, awansowali ${promoted}, odeszli ${left}`,
    noResults: 'dziennik nie odnotowuje jeszcze pozostania, awansu ani odejścia',
    rematch: 'Nowe pary w miejsce zagrożonych',
    noRematch: 'Żadna para nie jest zagrożona: nie ma czego zmieniać.',
    proposed: 'propozycja',
  },
};
