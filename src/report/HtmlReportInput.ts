import type { Cohort, Journal } from '../domain/index';
import type { SettingsComparison, StrategyComparison } from '../evaluation/index';
import type { Matching } from '../matching/index';
import type { Audience, Locale } from '../scoring/index';

/**
 * What the HTML report shows:
 *
 * - `cohort` (required): a validated cohort (`parseCohort`);
 * - `matching`: its pairs, from `match` or read back from `match --format json` (only ids, pins
 *   and the objective are taken from it: every pair is scored again); default `match(cohort)`;
 * - `comparison`: strategies side by side (`compareStrategies`) for the strategy charts;
 * - `journal`: the programme's journal (`parseJournal`) for the progress section — then
 *   `options.asOf` is required;
 * - `whatIf`: two programme settings on the same people (`compareSettings`) for a before/after
 *   view: the pairs that change and how every quality figure moves.
 *
 * @category Report
 */
export interface HtmlReportInput {
  readonly cohort: Cohort;
  readonly matching?: Matching | undefined;
  readonly comparison?: StrategyComparison | undefined;
  readonly journal?: Journal | undefined;
  readonly whatIf?: SettingsComparison | undefined;
}

/**
 * Options of the HTML report: the `locale` (`en` default, or `pl`), the `title` of the page
 * (default: the programme's name), the `audience` of the pairs' and the unmatched mentees'
 * reasons (`programme` default; `participant` for a page shown to the people themselves, where a
 * veto reads "not available for this pairing"), and, with a journal, what `assessProgramme` takes — `asOf`
 * (required: the library has no clock), `startDate`, `cadenceDays`.
 *
 * @category Report
 */
export interface HtmlReportOptions {
  readonly locale?: Locale;
  readonly title?: string;
  readonly audience?: Audience;
  readonly asOf?: string;
  readonly startDate?: string;
  readonly cadenceDays?: number;
}
