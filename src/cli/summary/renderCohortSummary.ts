import { GENERATION_LABELS } from '../../domain/index';
import { formatTable } from '../output/formatTable';
import type { CohortSummary } from './cohortSummary';
import type { Locale } from './locale';

/** The words of the summary in one language. */
interface SummaryText {
  readonly programme: string;
  readonly mentors: string;
  readonly mentees: string;
  readonly places: (n: string) => string;
  readonly focus: string;
  readonly noFocus: string;
  readonly shortfall: (missing: string) => string;
  readonly byGeneration: string;
  readonly generation: string;
  readonly byDepartment: string;
  readonly department: string;
  readonly noDepartment: string;
  readonly goals: string;
  readonly area: string;
  readonly high: string;
  readonly medium: string;
  readonly low: string;
  readonly total: string;
  readonly noGoals: string;
  /** The generation column's word for people with neither a generation nor a birth year. */
  readonly unknownGeneration: string;
}

const TEXT: Readonly<Record<Locale, SummaryText>> = {
  en: {
    programme: 'Programme',
    mentors: 'Mentors',
    mentees: 'Mentees',
    places: (n: string) => `${n} ${n === '1' ? 'place' : 'places'} in total`,
    focus: 'Areas in focus',
    noFocus: 'none (every area counts the same)',
    shortfall: (missing: string) =>
      `Note: fewer places than mentees — at least ${missing} will stay unmatched.`,
    byGeneration: 'People by generation',
    generation: 'generation',
    byDepartment: 'Departments',
    department: 'department',
    noDepartment: '(not given)',
    goals: "Mentees' goals by area",
    area: 'area',
    high: 'high',
    medium: 'medium',
    low: 'low',
    total: 'total',
    noGoals: 'No mentee has a goal yet.',
    unknownGeneration: '(not given)',
  },
  pl: {
    programme: 'Program',
    mentors: 'Mentorzy',
    mentees: 'Podopieczni',
    places: (n: string) => `łącznie miejsc: ${n}`,
    focus: 'Obszary priorytetowe',
    noFocus: 'brak (każdy obszar liczy się tak samo)',
    shortfall: (missing: string) =>
      `Uwaga: miejsc jest mniej niż podopiecznych — co najmniej ${missing} zostanie bez pary.`,
    byGeneration: 'Uczestnicy według pokoleń',
    generation: 'pokolenie',
    byDepartment: 'Działy',
    department: 'dział',
    noDepartment: '(nie podano)',
    goals: 'Cele podopiecznych według obszarów',
    area: 'obszar',
    high: 'wysoki',
    medium: 'średni',
    low: 'niski',
    total: 'razem',
    noGoals: 'Żaden podopieczny nie ma jeszcze celu.',
    unknownGeneration: '(nie podano)',
  },
};

/** Options of {@link renderCohortSummary}. @category CLI */
export interface RenderSummaryOptions {
  readonly locale: Locale;
  /** Add the tables (generations, departments, goals by area), not only the headline. */
  readonly detailed: boolean;
  /** The terminal width for the tables. */
  readonly maxWidth?: number | undefined;
}

/**
 * A cohort summary as text in English or Polish: the programme, the mentors with their places,
 * the mentees and the focus; with `detailed`, tables of people by generation and department and of
 * the mentees' goals by area and priority.
 *
 * @param summary - from `cohortSummary`
 * @param options - {@link RenderSummaryOptions}
 * @returns the text, ending in a newline
 * @example
 * renderCohortSummary(cohortSummary(cohort), { locale: 'pl', detailed: false });
 * // 'Program: Digital Bridge 2027 — Bank Wiślany\nMentorzy: 10 (łącznie miejsc: 13)\n…'
 * @category CLI
 */
export function renderCohortSummary(summary: CohortSummary, options: RenderSummaryOptions): string {
  const t = TEXT[options.locale];
  const number = new Intl.NumberFormat(options.locale === 'pl' ? 'pl-PL' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  const n = (value: number): string => number.format(value);
  const focus =
    summary.focus.length === 0
      ? t.noFocus
      : summary.focus.map((f) => `${f.label[options.locale]} ×${n(f.weight)}`).join(', ');
  const lines = [
    `${t.programme}: ${summary.programme}`,
    `${t.mentors}: ${n(summary.mentors)} (${t.places(n(summary.capacity))})`,
    `${t.mentees}: ${n(summary.mentees)}`,
    `${t.focus}: ${focus}`,
  ];
  if (summary.capacity < summary.mentees) lines.push(t.shortfall(n(summary.mentees - summary.capacity)));
  if (!options.detailed) return `${lines.join('\n')}\n`;

  const table = { maxWidth: options.maxWidth };
  const right = 'right' as const;
  const counts = [
    { header: t.mentors.toLowerCase(), align: right },
    { header: t.mentees.toLowerCase(), align: right },
  ];
  const sections = [
    `${lines.join('\n')}\n`,
    `${t.byGeneration}\n${formatTable(
      {
        columns: [{ header: t.generation }, ...counts],
        rows: summary.generations.map((g) => [
          g.generation === 'unknown' ? t.unknownGeneration : GENERATION_LABELS[g.generation][options.locale],
          n(g.mentors),
          n(g.mentees),
        ]),
      },
      table,
    )}`,
    `${t.byDepartment}\n${formatTable(
      {
        columns: [{ header: t.department, shrink: true }, ...counts],
        rows: summary.departments.map((d) => [d.department ?? t.noDepartment, n(d.mentors), n(d.mentees)]),
      },
      table,
    )}`,
    summary.goalsByArea.length === 0
      ? `${t.noGoals}\n`
      : `${t.goals}\n${formatTable(
          {
            columns: [
              { header: t.area, shrink: true },
              ...[t.high, t.medium, t.low, t.total].map((header) => ({ header, align: right })),
            ],
            rows: summary.goalsByArea.map((g) => [
              g.label[options.locale],
              n(g.high),
              n(g.medium),
              n(g.low),
              n(g.high + g.medium + g.low),
            ]),
          },
          table,
        )}`,
  ];
  return sections.join('\n');
}
