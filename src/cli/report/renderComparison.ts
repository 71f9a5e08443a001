import { absurd } from 'fp-ts/lib/function.js';
import { type ExternalResult, type StrategyComparison } from '../../evaluation/index';
import { describeFindingUnchecked } from '../../evaluation/describeFindingUnchecked';
import { formatJson } from '../output/formatJson';
import { formatMarkdown } from '../output/formatMarkdown';
import { formatTable } from '../output/formatTable';
import { wrapText } from '../output/wrapText';
import { comparisonTable } from './comparisonTable';

/** The output formats of `compare`. @category CLI */
export const COMPARISON_FORMATS = ['table', 'json', 'markdown'] as const;

/** An output format of `compare`. @category CLI */
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

/** Options of {@link renderComparison}. @category CLI */
export interface RenderComparisonOptions {
  readonly format: ComparisonFormat;
  /** The width the notes under the table are wrapped to (default 80). */
  readonly width?: number | undefined;
}

const READING_WIDTH = 80;

/** What the short headers of the terminal table mean. */
const LEGEND =
  "% opt: total score as a share of max-total's. matched, goals: share of mentees matched, goal coverage. " +
  'blocking: pairs who would both rather be together. ranks: mean rank of the partner each side got, ' +
  'mentee/mentor (1 = first choice).';

/** What the column of first choices means, where it is shown. */
const FIRST_CHOICE_LEGEND =
  '1st: share of the mentees who stated preferences that got their first choice (--format json or markdown: every stated-choice share).';

/**
 * A strategy comparison in one of the output formats of `compare`:
 *
 * - `json`: exactly the library's `{ strategies: [{ strategy, report, shareOfOptimal }] }`;
 * - `table`: one line per strategy within 80 columns (see `comparisonTable`), a legend of the
 *   short headers, and the strategies that break a rule or a capacity (none, for the library's);
 * - `markdown`: one row per strategy with every figure, rule violations included.
 *
 * @param comparison - from `compareStrategies`
 * @param options - {@link RenderComparisonOptions}
 * @returns the text, ending in a newline
 * @example
 * renderComparison(orThrow(compareStrategies(cohort)), { format: 'table' });
 * @category CLI
 */
export function renderComparison(comparison: StrategyComparison, options: RenderComparisonOptions): string {
  const { format } = options;
  switch (format) {
    case 'json':
      return formatJson(comparison);
    case 'markdown': {
      const findings = externals(comparison).map(
        ({ name, findings }) =>
          `\n### ${name}: ${countFindings(findings.length)}\n\n` +
          findings.map((f) => `- ${describeFindingUnchecked(f)}\n`).join(''),
      );
      return formatMarkdown(comparisonTable(comparison, 'wide')) + findings.join('');
    }
    case 'table': {
      const width = options.width ?? READING_WIDTH;
      // The column of first choices is there only where somebody stated preferences (issue 16).
      const stated = comparison.strategies.some((s) => s.report.menteeFirstChoiceShare !== undefined);
      const legend = stated ? `${LEGEND} ${FIRST_CHOICE_LEGEND}` : LEGEND;
      const notes = [legend, violationsNote(comparison)].flatMap((note) => wrapText(note, width));
      const findings = externals(comparison).flatMap(({ name, findings }) => [
        '',
        ...wrapText(`${name}: ${countFindings(findings.length)}`, width),
        ...findings
          .slice(0, SHOWN_FINDINGS)
          .flatMap((f) => wrapText(`- ${describeFindingUnchecked(f)}`, width)),
        ...(findings.length > SHOWN_FINDINGS
          ? [`… and ${findings.length - SHOWN_FINDINGS} more (--format markdown or json lists them all)`]
          : []),
      ]);
      return `${formatTable(comparisonTable(comparison, 'terminal'))}\n${[...notes, ...findings].join('\n')}\n`;
    }
    default:
      return absurd(format);
  }
}

/** How many findings of one external matching the terminal shows. */
const SHOWN_FINDINGS = 10;

function externals(comparison: StrategyComparison): ReadonlyArray<ExternalResult> {
  return comparison.strategies.flatMap((s) => (s.strategy === 'external' ? [s] : []));
}

function countFindings(n: number): string {
  return n === 0 ? 'no findings (every rule, capacity and pin kept)' : `${n} finding${n === 1 ? '' : 's'}`;
}

/** The rule violations the terminal table has no column for: none, or which strategy has how many. */
function violationsNote(comparison: StrategyComparison): string {
  const breaking = comparison.strategies.filter((s) => s.report.ruleViolations > 0);
  if (breaking.length === 0)
    return 'Rule violations: none (no pair breaks a hard rule, a capacity or a pin).';
  const label = (s: (typeof breaking)[number]): string => (s.strategy === 'external' ? s.name : s.strategy);
  return `Rule violations: ${breaking.map((s) => `${label(s)} ${s.report.ruleViolations}`).join(', ')}.`;
}
