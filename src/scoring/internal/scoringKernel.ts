import type { Cohort, CriterionName, Weights } from '../../domain/index';
import { CRITERIA, CRITERION_DEFINITIONS } from '../Criteria';
import { RULES, RULE_DEFINITIONS, type Rule } from '../Rule';
import type { CriterionKernel } from './CriterionDefinition';
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
    readonly add: CriterionKernel;
  }>;
  /** Scratch, one cell per mentor: 1 where a rule blocks the pair. */
  readonly blocked: Uint8Array;
  /** Scratch: the weighted sum of the criteria and the sum of their weights. */
  readonly num: Float64Array;
  readonly den: Float64Array;
  /** Scratch: one criterion's value of one pair or row, as sums with weight 1; zero between calls. */
  readonly value: Float64Array;
  readonly valueWeight: Float64Array;
  /**
   * The kernels of {@link scoreRowWith}'s parts, by the part's criteria in {@link CRITERIA} order
   * (joined by commas), each prepared for a programme weighting only them (made on first use).
   */
  readonly parts: Map<string, ReadonlyMap<CriterionName, CriterionKernel>>;
  /** Scratch: the sums of each part of a {@link scoreRowWith} call, by the part's position. */
  readonly partSums: Array<{ readonly num: Float64Array; readonly den: Float64Array }>;
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
            ? [{ name, index, weight: weights[name], add: CRITERION_DEFINITIONS[name].prepare(tables) }]
            : [],
        )
      : [],
    blocked: new Uint8Array(count),
    num: new Float64Array(count),
    den: new Float64Array(count),
    value: new Float64Array(count),
    valueWeight: new Float64Array(count),
    parts: new Map(),
    partSums: [],
  };
}

/**
 * Scores mentee `e` against mentors `from ≤ m < to` into the kernel's scratch rows: `blocked[m]`
 * by the rules, `num[m]` and `den[m]` by the criteria, each criterion adding its weighted value in
 * {@link CRITERIA} order. With `record` (a range of one mentor), each criterion's value is also
 * written at its {@link CRITERIA} position (NaN when absent or switched off), computed by the same
 * kernel with weight 1. When every pair of the range is blocked, the criteria are not computed.
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
  if (record !== undefined) record.fill(Number.NaN);
  if (!markRange(k, e, from, to)) return;
  const { blocked, num, den } = k;
  for (const { add, weight } of k.criteria) add(e, from, to, weight, num, den, blocked);
  if (record === undefined) return;
  const { value, valueWeight } = k;
  for (const { add, index } of k.criteria) {
    value[from] = 0;
    valueWeight[from] = 0;
    add(e, from, from + 1, 1, value, valueWeight, blocked);
    if (valueWeight[from] === 1) record[index] = value[from] as number;
  }
  // Left zeroed: scoreRowWith adds into them without zeroing first.
  value[from] = 0;
  valueWeight[from] = 0;
}

/**
 * The start of every score of a range: `blocked` marked by the rules, `num` and `den` zeroed.
 * Whether any pair of the range is open (when none is, the criteria need not run).
 */
function markRange(k: ScoringKernel, e: number, from: number, to: number): boolean {
  const { blocked, num, den } = k;
  blocked.fill(0, from, to);
  for (const { kernel } of k.rules) kernel.mark(e, from, to, blocked);
  num.fill(0, from, to);
  den.fill(0, from, to);
  for (let m = from; m < to; m++) if (blocked[m] === 0) return true;
  return false;
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
  writeScores(k.blocked, k.num, k.den, count, into, offset);
}

/**
 * {@link scoreAt} for mentors `0 ≤ m < count`, into `into[offset + m]`: this loop runs once per
 * cell of the matrix.
 */
function writeScores(
  blocked: Uint8Array,
  num: Float64Array,
  den: Float64Array,
  count: number,
  into: Float64Array,
  offset: number,
): void {
  for (let m = 0; m < count; m++) {
    let score = Number.NEGATIVE_INFINITY;
    if (blocked[m] !== 1) {
      const d = den[m] as number;
      score = d <= 0 ? 0 : (num[m] as number) / d;
      score = score > 1 ? 1 : score < 0 ? 0 : score;
    }
    into[offset + m] = score;
  }
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

/**
 * {@link scoreRow}, and in the same pass of the rules, for each part, the row a programme
 * weighting only the part's criteria (1 each) would score: the mean of those with data, 0 when
 * none has, `-Infinity` where a rule blocks the pair. The part's criteria run in {@link CRITERIA}
 * order with weight 1 on zeroed sums, as such a programme's kernel would run them, so each part's
 * row equals that programme's scores to the bit; the rules are the cohort's either way (they read
 * the programme's rules, not its weights), so they are marked once for all the rows. A criterion
 * both the programme and a part weight runs once for all of them (its kernel depends on the
 * cohort alone, unless it `readsOtherWeights`): at weight 1 its kernel gives the value itself,
 * which each sum then takes as the kernel would have added it — measured on 5,000² by
 * `compareStrategies`, which scores every row twice this way, about 0.5 s of 15.
 *
 * @internal
 */
export function scoreRowWith(
  k: ScoringKernel,
  e: number,
  into: Float64Array,
  offset: number,
  parts: ReadonlyArray<{ readonly criteria: ReadonlyArray<CriterionName>; readonly into: Float64Array }>,
): void {
  const count = k.tables.mentors.count;
  const { blocked, num, den, value, valueWeight } = k;
  const open = markRange(k, e, 0, count);
  const sums = parts.map((_, i) => partSums(k, i, count));
  if (open) {
    const kernels = parts.map((part) => partKernels(k, part.criteria));
    const main = new Map(k.criteria.map((c) => [c.name, c]));
    for (const name of CRITERIA) {
      const mine = main.get(name);
      const inParts = parts.flatMap((part, i) => (part.criteria.includes(name) ? [i] : []));
      if (
        mine !== undefined &&
        inParts.length > 0 &&
        CRITERION_DEFINITIONS[name].readsOtherWeights !== true
      ) {
        // One run of the kernel serves the score and the parts: its value with weight 1 on
        // zeroed sums is the criterion itself (`0 + 1 × v` is `v`), and `w × v` added to the
        // score's sums is what the kernel with weight w adds, to the bit.
        mine.add(e, 0, count, 1, value, valueWeight, blocked);
        const w = mine.weight;
        const [first, ...more] = inParts.map((i) => sums[i] as PartSums);
        for (const other of more)
          for (let m = 0; m < count; m++) {
            other.num[m] = (other.num[m] as number) + (value[m] as number);
            other.den[m] = (other.den[m] as number) + (valueWeight[m] as number);
          }
        const { num: pNum, den: pDen } = first as PartSums;
        // The score's sums and the first part's in one loop, which zeroes the scratch for the
        // next criterion.
        for (let m = 0; m < count; m++) {
          const v = value[m] as number;
          const d = valueWeight[m] as number;
          num[m] = (num[m] as number) + w * v;
          den[m] = (den[m] as number) + w * d;
          pNum[m] = (pNum[m] as number) + v;
          pDen[m] = (pDen[m] as number) + d;
          value[m] = 0;
          valueWeight[m] = 0;
        }
        continue;
      }
      mine?.add(e, 0, count, mine.weight, num, den, blocked);
      for (const i of inParts) {
        const { num: pNum, den: pDen } = sums[i] as PartSums;
        kernels[i]?.get(name)?.(e, 0, count, 1, pNum, pDen, blocked);
      }
    }
  }
  writeScores(blocked, num, den, count, into, offset);
  parts.forEach((part, i) => {
    const { num: pNum, den: pDen } = sums[i] as PartSums;
    writeScores(blocked, pNum, pDen, count, part.into, 0);
  });
}

/** A part's sums, as `num` and `den` are the score's. */
interface PartSums {
  readonly num: Float64Array;
  readonly den: Float64Array;
}

/** The zeroed scratch sums of the `i`-th part of a call (made on first use, kept in the kernel). */
function partSums(k: ScoringKernel, i: number, count: number): PartSums {
  let sums = k.partSums[i];
  if (sums === undefined) {
    sums = { num: new Float64Array(count), den: new Float64Array(count) };
    k.partSums[i] = sums;
  } else {
    sums.num.fill(0);
    sums.den.fill(0);
  }
  return sums;
}

/**
 * The kernels of a part's criteria, in {@link CRITERIA} order, prepared on the cohort's tables
 * for a programme that weights only them (1 each): a criterion that reads the programme's weights
 * (time zones give way to availability when availability has a weight) reads that programme's.
 */
function partKernels(
  k: ScoringKernel,
  criteria: ReadonlyArray<CriterionName>,
): ReadonlyMap<CriterionName, CriterionKernel> {
  const names = CRITERIA.filter((name) => criteria.includes(name));
  const key = names.join(',');
  let kernels = k.parts.get(key);
  if (kernels === undefined) {
    const { cohort } = k.tables;
    const weights = Object.fromEntries(CRITERIA.map((name) => [name, names.includes(name) ? 1 : 0]));
    const tables: ScoringTables = {
      ...k.tables,
      cohort: { ...cohort, programme: { ...cohort.programme, weights: weights as Weights } },
    };
    kernels = new Map(names.map((name) => [name, CRITERION_DEFINITIONS[name].prepare(tables)]));
    k.parts.set(key, kernels);
  }
  return kernels;
}
