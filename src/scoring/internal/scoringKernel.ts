import type { Cohort, CriterionName } from '../../domain/index';
import { CRITERIA, CRITERION_DEFINITIONS } from '../Criteria';
import { RULES, RULE_DEFINITIONS, type Rule } from '../Rule';
import type { CriterionValues } from './CriterionDefinition';
import type { RuleKernel } from './RuleDefinition';
import { type ScoringTables, scoringTables } from './scoringTables';

/**
 * A cohort made ready to score: its {@link ScoringTables}, the kernels of the rules the programme
 * switches on (in {@link RULES} order) and of the criteria with a weight above 0 (in
 * {@link CRITERIA} order, each with its weight found by name), and scratch rows. Every score of
 * the library goes through {@link scoreRange}: a row of the matrix is the range of all mentors, a
 * single pair the range of one, so the two agree to the last bit by construction.
 *
 * @internal
 */
export interface ScoringKernel {
  readonly tables: ScoringTables;
  readonly rules: ReadonlyArray<{ readonly rule: Rule; readonly kernel: RuleKernel }>;
  readonly criteria: ReadonlyArray<{
    readonly name: CriterionName;
    /** The criterion's position in {@link CRITERIA}. */
    readonly index: number;
    readonly weight: number;
    readonly values: CriterionValues;
  }>;
  /** Scratch, one cell per mentor: 1 where a rule blocks the pair. */
  readonly blocked: Uint8Array;
  /** Scratch: the weighted sum of the criteria and the sum of their weights. */
  readonly num: Float64Array;
  readonly den: Float64Array;
  /** Scratch: one criterion's values. */
  readonly value: Float64Array;
}

/**
 * Lays a cohort out and prepares every switched-on rule and weighted criterion once.
 * `withCriteria: false` prepares the rules only (for {@link checkRules}).
 *
 * @internal
 */
export function scoringKernel(cohort: Cohort, withCriteria = true): ScoringKernel {
  const tables = scoringTables(cohort);
  const { weights } = cohort.programme;
  const count = tables.mentors.count;
  return {
    tables,
    rules: RULES.flatMap((rule) => {
      const kernel = (
        RULE_DEFINITIONS[rule] as { prepare: (t: ScoringTables) => RuleKernel | undefined }
      ).prepare(tables);
      return kernel === undefined ? [] : [{ rule, kernel }];
    }),
    criteria: withCriteria
      ? CRITERIA.flatMap((name, index) =>
          weights[name] > 0
            ? [{ name, index, weight: weights[name], values: CRITERION_DEFINITIONS[name].prepare(tables) }]
            : [],
        )
      : [],
    blocked: new Uint8Array(count),
    num: new Float64Array(count),
    den: new Float64Array(count),
    value: new Float64Array(count),
  };
}

/**
 * Scores mentee `e` against mentors `from ≤ m < to` into the kernel's scratch rows: `blocked[m]`
 * by the rules, `num[m]` and `den[m]` by the criteria, each criterion's values added in
 * {@link CRITERIA} order (NaN = no data, left out). With `record`, the criteria's values of the
 * first mentor of the range are written at their {@link CRITERIA} positions (NaN when absent or
 * switched off). When every pair of the range is blocked, the criteria are not computed.
 *
 * @internal
 */
export function scoreRange(
  k: ScoringKernel,
  e: number,
  from: number,
  to: number,
  record?: Float64Array,
): void {
  const { blocked, num, den, value } = k;
  blocked.fill(0, from, to);
  for (const { kernel } of k.rules) kernel.mark(e, from, to, blocked);
  let open = 0;
  for (let m = from; m < to; m++) open += 1 - (blocked[m] as number);
  num.fill(0, from, to);
  den.fill(0, from, to);
  if (record !== undefined) record.fill(Number.NaN);
  if (open === 0) return;
  for (const { index, weight, values } of k.criteria) {
    values(e, from, to, value);
    for (let m = from; m < to; m++) {
      const v = value[m] as number;
      // NaN marks "no data": `v === v` is false only for NaN.
      if (v === v) {
        num[m] = (num[m] as number) + weight * v;
        den[m] = (den[m] as number) + weight;
      }
    }
    if (record !== undefined) record[index] = value[from] as number;
  }
}

/**
 * The score of mentor `m` after {@link scoreRange} over a range holding it: `-Infinity` when a
 * rule blocks the pair, else the weighted mean of the criteria with data in [0, 1] (0 when none
 * has data).
 *
 * @internal
 */
export function scoreAt(k: ScoringKernel, m: number): number {
  if (k.blocked[m] === 1) return Number.NEGATIVE_INFINITY;
  const den = k.den[m] as number;
  if (den <= 0) return 0;
  const score = (k.num[m] as number) / den;
  // Each value is in [0, 1], so the mean is too; the clamp only absorbs rounding.
  return score > 1 ? 1 : score < 0 ? 0 : score;
}

/**
 * Scores mentee `e` against every mentor into `into[offset + m]` (`-Infinity` where a rule
 * blocks the pair): the row of the score matrix.
 *
 * @internal
 */
export function scoreRow(k: ScoringKernel, e: number, into: Float64Array, offset: number): void {
  const count = k.tables.mentors.count;
  scoreRange(k, e, 0, count);
  for (let m = 0; m < count; m++) into[offset + m] = scoreAt(k, m);
}

/**
 * The score of one pair by index, through the same kernels over a range of one mentor.
 *
 * @internal
 */
export function scoreCell(k: ScoringKernel, e: number, m: number, record?: Float64Array): number {
  scoreRange(k, e, m, m + 1, record);
  return scoreAt(k, m);
}
