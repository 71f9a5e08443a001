import type { Locale } from '../../scoring/index';
import { pluralPl } from '../../scoring/pluralPl';
import type { Strategy } from '../../evaluation/index';
import type { PairStatus } from '../../monitoring/index';
import type { CriterionName } from '../../domain/index';

/**
 * The words of the HTML report in one language: headings, labels, and the sentences of the text
 * alternatives. People's names, skills and reasons come from the layers below (`explain`,
 * `explainUnmatched`, `explainStatus`), already in the locale.
 *
 * @internal
 */
export interface ReportWords {
  readonly lang: string;
  readonly title: string;
  readonly generated: (date: string) => string;
  readonly atAGlance: string;
  readonly mentees: string;
  readonly mentors: string;
  readonly places: string;
  readonly matched: string;
  readonly matchedOf: (matched: number, mentees: number) => string;
  readonly totalScore: string;
  readonly meanScore: string;
  readonly minScore: string;
  readonly p10Score: string;
  readonly gini: string;
  readonly goalCoverage: string;
  readonly blockingPairs: string;
  /** The share of mentees who got the first of their stated preferences. */
  readonly firstChoice: string;
  readonly shareOfOptimal: string;
  readonly objective: (objective: string) => string;
  readonly strategies: string;
  readonly strategiesIntro: string;
  readonly strategy: Readonly<Record<Strategy, string>>;
  readonly strategyChartDesc: (metric: string, values: string) => string;
  readonly pairs: string;
  readonly scoreDistribution: string;
  readonly scoreDistributionDesc: (bins: string) => string;
  readonly pairsCount: string;
  readonly mentorLoad: string;
  readonly mentorLoadDesc: (counts: string, used: number, capacity: number) => string;
  readonly menteesPerMentor: (n: number) => string;
  readonly mentorsCount: string;
  readonly coverageByArea: string;
  readonly coverageByAreaDesc: (values: string) => string;
  readonly noOpenGoals: string;
  readonly mentee: string;
  readonly mentor: string;
  readonly score: string;
  readonly reasons: string;
  readonly pinned: string;
  readonly unmatched: string;
  /** The waiting list's column of the day a mentee waits since. */
  readonly waitingSince: string;
  /** The waiting list's note on the line order. */
  readonly lineOrder: string;
  readonly why: string;
  readonly noneUnmatched: string;
  readonly data: string;
  readonly value: string;
  readonly noData: string;
  readonly progress: (asOf: string) => string;
  readonly status: Readonly<Record<PairStatus, string>>;
  readonly participation: string;
  readonly satisfaction: string;
  readonly sessionsPerWeek: string;
  readonly sessionsPerWeekDesc: (held: number, cancelled: number, weeks: number) => string;
  readonly held: string;
  readonly cancelled: string;
  readonly week: string;
  readonly weekOf: (date: string) => string;
  readonly statusesOverTime: string;
  readonly statusesOverTimeDesc: (last: string) => string;
  readonly kirkpatrick: string;
  readonly kirkpatrickDesc: (values: string) => string;
  readonly levels: readonly [string, string, string, string];
  readonly predictors: string;
  readonly predictorsIntro: string;
  readonly predictorsDesc: (values: string) => string;
  readonly criterion: Readonly<Record<CriterionName | 'score', string>>;
  readonly notEnoughData: string;
  readonly attention: string;
  readonly allOnTrack: string;
}

const STRATEGIES_EN: Readonly<Record<Strategy, string>> = {
  'max-total': 'optimal (max total)',
  'max-matched': 'most matched',
  fairest: 'fairest',
  stable: 'stable (Gale–Shapley)',
  greedy: 'greedy',
  random: 'random',
};

const STRATEGIES_PL: Readonly<Record<Strategy, string>> = {
  'max-total': 'optymalna (maks. suma)',
  'max-matched': 'najwięcej par',
  fairest: 'najsprawiedliwsza',
  stable: 'stabilna (Gale–Shapley)',
  greedy: 'zachłanna',
  random: 'losowa',
};

const EN: ReportWords = {
  lang: 'en',
  title: 'Reverse-mentoring programme report',
  generated: (date) => `Report as of ${date}`,
  atAGlance: 'The programme at a glance',
  mentees: 'mentees',
  mentors: 'mentors',
  places: 'mentor places',
  matched: 'matched',
  matchedOf: (m, n) => `${m} of ${n} mentees`,
  totalScore: 'total score',
  meanScore: 'mean pair score',
  minScore: 'lowest pair score',
  p10Score: '10th percentile',
  gini: 'spread (Gini)',
  goalCoverage: 'goal coverage',
  blockingPairs: 'blocking pairs',
  firstChoice: 'mentees’ first choice',
  shareOfOptimal: 'share of the optimum',
  objective: (o) => `Pairs chosen for: ${o}.`,
  strategies: 'Strategies side by side',
  strategiesIntro:
    'Every strategy paired the same cohort under the same rules and capacities. Higher totals, minimums and goal coverage are better; blocking pairs (two people who would both rather be together) should be few.',
  strategy: STRATEGIES_EN,
  strategyChartDesc: (metric, values) => `${metric} by strategy: ${values}.`,
  pairs: 'Pairs',
  scoreDistribution: 'Distribution of pair scores',
  scoreDistributionDesc: (bins) => `Number of pairs by score: ${bins}.`,
  pairsCount: 'pairs',
  mentorLoad: 'Mentor load',
  mentorLoadDesc: (counts, used, capacity) =>
    `Mentors by number of mentees: ${counts}. ${used} of ${capacity} places used.`,
  menteesPerMentor: (n) => `${n} ${n === 1 ? 'mentee' : 'mentees'}`,
  mentorsCount: 'mentors',
  coverageByArea: 'Goal coverage by skill area',
  coverageByAreaDesc: (values) =>
    `Share of the mentees' open goals (weighted by priority) whose mentor knows the skill to the target level: ${values}.`,
  noOpenGoals: 'No mentee has an open goal.',
  mentee: 'Mentee',
  mentor: 'Mentor',
  score: 'Score',
  reasons: 'Why this pair',
  pinned: 'pinned by the programme',
  unmatched: 'Mentees without a mentor',
  waitingSince: 'waiting since',
  lineOrder: 'In line order: the longest wait first, then the closest to a pair.',
  why: 'Why',
  noneUnmatched: 'Every mentee has a mentor.',
  data: 'Data',
  value: 'Value',
  noData: 'no data',
  progress: (asOf) => `Progress as of ${asOf}`,
  status: {
    'on-track': 'on track',
    'needs-check-in': 'needs a check-in',
    'at-risk': 'at risk',
    ended: 'ended',
  },
  participation: 'sessions held of expected',
  satisfaction: 'mean rating (1–5)',
  sessionsPerWeek: 'Sessions per week',
  sessionsPerWeekDesc: (held, cancelled, weeks) =>
    `${held} sessions held and ${cancelled} cancelled over ${weeks} ${weeks === 1 ? 'week' : 'weeks'}.`,
  held: 'held',
  cancelled: 'cancelled',
  week: 'Week',
  weekOf: (date) => `week of ${date}`,
  statusesOverTime: 'Pair statuses over time',
  statusesOverTimeDesc: (last) => `Pairs in each status, week by week; at the end: ${last}.`,
  kirkpatrick: 'Kirkpatrick levels',
  kirkpatrickDesc: (values) => `The four levels of evaluation: ${values}.`,
  levels: [
    '1 reaction: ratings of 4–5',
    '2 learning: goals reached',
    '3 behaviour: applied at work',
    '4 results: retained',
  ],
  predictors: 'Which criteria predicted progress',
  predictorsIntro:
    "Pearson's r across pairs between each criterion of the pair score and the mentee's mean level gained: above 0, pairs that scored higher on it progressed more.",
  predictorsDesc: (values) => `Correlation with the level gained: ${values}.`,
  criterion: {
    skillGain: 'skill gain',
    goalCoverage: 'goal coverage',
    reciprocity: 'reciprocity',
    generationGap: 'generation gap',
    seniorityGap: 'seniority gap',
    crossDepartment: 'cross-department',
    timeZone: 'time-zone overlap',
    preferences: 'preferences',
    availability: 'availability overlap',
    score: 'pair score',
  } as ReportWords['criterion'],
  notEnoughData: 'not enough data',
  attention: 'Pairs that need attention',
  allOnTrack: 'Every pair is on track.',
};

const PL: ReportWords = {
  lang: 'pl',
  title: 'Raport programu mentoringu odwróconego',
  generated: (date) => `Stan na ${date}`,
  atAGlance: 'Program w skrócie',
  mentees: 'podopieczni',
  mentors: 'mentorzy',
  places: 'miejsca u mentorów',
  matched: 'z parą',
  matchedOf: (m, n) => `${m} z ${n} ${pluralPl(n, { one: 'osoby', few: 'osób', many: 'osób' })}`,
  totalScore: 'suma wyników',
  meanScore: 'średni wynik pary',
  minScore: 'najniższy wynik pary',
  p10Score: '10. percentyl',
  gini: 'rozrzut (Gini)',
  goalCoverage: 'pokrycie celów',
  blockingPairs: 'pary blokujące',
  firstChoice: 'pierwszy wybór podopiecznych',
  shareOfOptimal: 'część optimum',
  objective: (o) => `Pary dobrane według: ${o}.`,
  strategies: 'Strategie obok siebie',
  strategiesIntro:
    'Każda strategia dobrała pary w tej samej grupie, przy tych samych regułach i limitach. Wyższa suma, minimum i pokrycie celów są lepsze; par blokujących (dwie osoby, które wolałyby być razem) powinno być mało.',
  strategy: STRATEGIES_PL,
  strategyChartDesc: (metric, values) => `${metric} według strategii: ${values}.`,
  pairs: 'Pary',
  scoreDistribution: 'Rozkład wyników par',
  scoreDistributionDesc: (bins) => `Liczba par według wyniku: ${bins}.`,
  pairsCount: 'pary',
  mentorLoad: 'Obciążenie mentorów',
  mentorLoadDesc: (counts, used, capacity) =>
    `Mentorzy według liczby podopiecznych: ${counts}. Zajęte miejsca: ${used} z ${capacity}.`,
  menteesPerMentor: (n) => `${n} ${pluralPl(n, { one: 'osoba', few: 'osoby', many: 'osób' })}`,
  mentorsCount: 'mentorzy',
  coverageByArea: 'Pokrycie celów według obszaru',
  coverageByAreaDesc: (values) =>
    `Część otwartych celów podopiecznych (ważonych priorytetem), których umiejętność mentor zna na docelowym poziomie: ${values}.`,
  noOpenGoals: 'Żaden podopieczny nie ma otwartego celu.',
  mentee: 'Podopieczny',
  mentor: 'Mentor',
  score: 'Wynik',
  reasons: 'Dlaczego ta para',
  pinned: 'ustalona przez program',
  unmatched: 'Podopieczni bez mentora',
  waitingSince: 'czeka od',
  lineOrder: 'W kolejności: najdłużej czekający najpierw, potem najbliżsi dobrania pary.',
  why: 'Dlaczego',
  noneUnmatched: 'Każdy podopieczny ma mentora.',
  data: 'Dane',
  value: 'Wartość',
  noData: 'brak danych',
  progress: (asOf) => `Postępy na ${asOf}`,
  status: {
    'on-track': 'w normie',
    'needs-check-in': 'wymaga rozmowy',
    'at-risk': 'zagrożona',
    ended: 'zakończona',
  },
  participation: 'odbyte spotkania z oczekiwanych',
  satisfaction: 'średnia ocen (1–5)',
  sessionsPerWeek: 'Spotkania w tygodniu',
  sessionsPerWeekDesc: (held, cancelled, weeks) =>
    `Odbyte spotkania: ${held}, odwołane: ${cancelled}, w ciągu ${weeks} ${pluralPl(weeks, { one: 'tygodnia', few: 'tygodni', many: 'tygodni' })}.`,
  held: 'odbyte',
  cancelled: 'odwołane',
  week: 'Tydzień',
  weekOf: (date) => `tydzień od ${date}`,
  statusesOverTime: 'Stan par w czasie',
  statusesOverTimeDesc: (last) => `Liczba par w każdym stanie, tydzień po tygodniu; na koniec: ${last}.`,
  kirkpatrick: 'Poziomy Kirkpatricka',
  kirkpatrickDesc: (values) => `Cztery poziomy oceny: ${values}.`,
  levels: [
    '1 reakcja: oceny 4–5',
    '2 uczenie się: osiągnięte cele',
    '3 zachowanie: stosowane w pracy',
    '4 rezultaty: pozostali w firmie',
  ],
  predictors: 'Które kryteria zapowiadały postępy',
  predictorsIntro:
    'Współczynnik r Pearsona między każdym kryterium wyniku pary a średnim przyrostem poziomu podopiecznego: powyżej 0 pary z wyższą wartością kryterium robiły większe postępy.',
  predictorsDesc: (values) => `Korelacja z przyrostem poziomu: ${values}.`,
  criterion: {
    skillGain: 'przyrost umiejętności',
    goalCoverage: 'pokrycie celów',
    reciprocity: 'wzajemność',
    generationGap: 'różnica pokoleń',
    seniorityGap: 'różnica stanowisk',
    crossDepartment: 'inny dział',
    timeZone: 'wspólne godziny',
    preferences: 'preferencje',
    availability: 'wspólna dostępność',
    score: 'wynik pary',
  } as ReportWords['criterion'],
  notEnoughData: 'za mało danych',
  attention: 'Pary wymagające uwagi',
  allOnTrack: 'Wszystkie pary są w normie.',
};

/** The words of the report by locale. @internal */
export const REPORT_WORDS: Readonly<Record<Locale, ReportWords>> = { en: EN, pl: PL };
