import type { Locale } from '../Locale';
import type { BlockingReason, CriterionReason } from '../Reason';
import type { Rule } from '../Rule';
import type { CriterionName } from '../../domain/index';
import type { PairView } from './CriterionDefinition';
import type { ScoringTables } from './scoringTables';

/**
 * A hard rule laid out for one cohort. `mark` sets `blocked[m] = 1` for every mentor
 * `from ≤ m < to` the rule blocks for mentee `e` (and never clears a mark); `reason` gives the
 * rule's reason as data for a pair it blocks. The score matrix marks whole rows, the per-pair path
 * one cell: the same verdict either way.
 *
 * @internal
 */
export interface RuleKernel<K extends Rule = Rule> {
  readonly mark: (mentee: number, from: number, to: number, blocked: Uint8Array) => void;
  readonly reason: (mentee: number, mentor: number, pair: PairView) => Extract<BlockingReason, { kind: K }>;
}

/**
 * A hard rule, defined once: its short label in each locale (and a neutral one for participants
 * where the rule is confidential), and `prepare`, which reads the
 * programme's switch and what the rule needs of the cohort and returns its kernel, or `undefined`
 * when the programme switches the rule off. A rule may also speak for the pairs it lets through
 * (`supports`, listed among the criteria's reasons just before criterion `before`).
 *
 * @internal
 */
export interface RuleDefinition<K extends Rule = Rule> {
  readonly label: Readonly<Record<Locale, string>>;
  /**
   * The label a participant reads instead of `label`, for a rule whose reason a participant must
   * not learn (a veto: never shown to the vetoed person); without it, participants read `label`.
   */
  readonly participantLabel?: Readonly<Record<Locale, string>>;
  readonly prepare: (tables: ScoringTables) => RuleKernel<K> | undefined;
  readonly supports?: {
    readonly before: CriterionName;
    readonly reasons: (pair: PairView) => ReadonlyArray<CriterionReason>;
  };
}
