import type { StrategyComparison } from '../../evaluation/index';
import type { Table } from '../output/Table';

/**
 * How wide a comparison is laid out: `terminal` fits 80 columns even for big cohorts (short
 * headers, both mean ranks in one column, no 10th percentile, no rule violations —
 * `renderComparison` says those under the table); `wide` has a column for every figure, for a
 * wiki page.
 *
 * @category CLI
 */
export type ComparisonLayout = 'terminal' | 'wide';

/** A column of the comparison: its header in each layout that shows it, and its cell. */
interface Figure {
  readonly header: Readonly<Partial<Record<ComparisonLayout, string>>>;
  readonly cell: (result: StrategyComparison['strategies'][number], layout: ComparisonLayout) => string;
  /** A figure that only some cohorts have (stated choices): shown when a strategy has it. */
  readonly when?: (result: StrategyComparison['strategies'][number]) => boolean;
}

type Report = StrategyComparison['strategies'][number]['report'];
/** A stated-choice share of the report, shown as a percentage; `–` where it is absent. */
const choice = (
  key:
    | 'menteeStatedChoiceShare'
    | 'menteeFirstChoiceShare'
    | 'mentorStatedChoiceShare'
    | 'mentorFirstChoiceShare',
  header: Figure['header'],
): Figure => ({
  header,
  cell: (s, layout) => {
    const value: Report[typeof key] = s.report[key];
    return value === undefined ? '–' : share(value, layout, 0);
  },
  when: (s) => s.report[key] !== undefined,
});

const percent = (share: number, digits: number): string => `${(share * 100).toFixed(digits)}%`;
const decimal = (value: number): string => value.toFixed(2);
/** A share with one more decimal where there is room for it. */
const share = (value: number, layout: ComparisonLayout, digits: number): string =>
  percent(value, layout === 'wide' ? digits + 1 : digits);

const FIGURES: ReadonlyArray<Figure> = [
  {
    header: { terminal: '% opt', wide: 'share of optimal' },
    cell: (s, layout) => share(s.shareOfOptimal, layout, 1),
  },
  { header: { terminal: 'total', wide: 'total' }, cell: (s) => decimal(s.report.totalScore) },
  { header: { terminal: 'mean', wide: 'mean' }, cell: (s) => decimal(s.report.meanScore) },
  { header: { terminal: 'min', wide: 'min' }, cell: (s) => decimal(s.report.minScore) },
  { header: { wide: 'p10' }, cell: (s) => decimal(s.report.p10Score) },
  {
    header: { terminal: 'matched', wide: 'matched' },
    cell: (s, layout) => share(s.report.matchedShare, layout, 0),
  },
  {
    header: { terminal: 'goals', wide: 'goal coverage' },
    cell: (s, layout) => share(s.report.goalCoverage, layout, 0),
  },
  { header: { terminal: 'blocking', wide: 'blocking pairs' }, cell: (s) => String(s.report.blockingPairs) },
  {
    header: { terminal: 'ranks' },
    cell: (s) => `${s.report.meanMenteeRank.toFixed(1)}/${s.report.meanMentorRank.toFixed(1)}`,
  },
  { header: { wide: 'mean mentee rank' }, cell: (s) => decimal(s.report.meanMenteeRank) },
  { header: { wide: 'mean mentor rank' }, cell: (s) => decimal(s.report.meanMentorRank) },
  { header: { wide: 'rule violations' }, cell: (s) => String(s.report.ruleViolations) },
  // People's own stated preferences (issue 16): only for cohorts where somebody stated some.
  choice('menteeFirstChoiceShare', { terminal: '1st', wide: 'mentee 1st choice' }),
  choice('menteeStatedChoiceShare', { wide: 'mentee stated choice' }),
  choice('mentorFirstChoiceShare', { wide: 'mentor 1st choice' }),
  choice('mentorStatedChoiceShare', { wide: 'mentor stated choice' }),
  // Shared weekly availability (issue 16): only for cohorts where pairs list windows on both sides.
  {
    header: { wide: 'mean shared minutes a week' },
    cell: (s) => {
      const value = s.report.meanSharedAvailabilityMinutes;
      return value === undefined ? '–' : value.toFixed(0);
    },
    when: (s) => s.report.meanSharedAvailabilityMinutes !== undefined,
  },
  {
    header: { wide: 'pairs sharing an hour' },
    cell: (s, layout) => {
      const value = s.report.sharedAvailabilityShare;
      return value === undefined ? '–' : share(value, layout, 0);
    },
    when: (s) => s.report.sharedAvailabilityShare !== undefined,
  },
];

/**
 * Strategies side by side as rows, one per strategy in the order compared (an external matching
 * under its name): share of the optimum,
 * total, mean, minimum and (wide) 10th percentile of the pair scores, share of mentees matched,
 * goal coverage, blocking pairs, the mean rank of the partner each side got, (wide) rule
 * violations, and — where somebody stated preferences — the share of mentees who got their first
 * choice (`1st`), and (wide) who got a stated choice, the same for mentors; where pairs list
 * availability on both sides, (wide) the mean minutes a week they share and the share of them
 * sharing at least an hour.
 *
 * @param comparison - from `compareStrategies`
 * @param layout - {@link ComparisonLayout}
 * @returns the table
 * @example
 * formatTable(comparisonTable(orThrow(compareStrategies(cohort)), 'terminal'));
 * // 'strategy      % opt  total  mean   min  matched  goals  blocking    ranks\n…'
 * @category CLI
 */
export function comparisonTable(comparison: StrategyComparison, layout: ComparisonLayout): Table {
  const shown = FIGURES.flatMap((figure) => {
    const header = figure.header[layout];
    const when = figure.when;
    if (when !== undefined && !comparison.strategies.some((s) => when(s))) return [];
    return header === undefined ? [] : [{ header, cell: figure.cell }];
  });
  return {
    columns: [{ header: 'strategy' }, ...shown.map(({ header }) => ({ header, align: 'right' as const }))],
    rows: comparison.strategies.map((result) => [
      result.strategy === 'external' ? result.name : result.strategy,
      ...shown.map(({ cell }) => cell(result, layout)),
    ]),
  };
}
