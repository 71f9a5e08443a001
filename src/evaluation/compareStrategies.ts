import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort } from '../domain/index';
import { type MatchError, type MatchOptions, match, OBJECTIVES, type Objective } from '../matching/index';
import type { PairsLike } from './assess';
import { type MatchingFinding, auditMatching } from './auditMatching';
import { type IdPair, assessPrepared } from './internal/assessPrepared';
import { checkExternal } from './internal/checkExternal';
import { prepareCohort } from './internal/prepareCohort';
import { DEFAULT_SEED, baselinePairs, checkOptions } from './internal/runBaseline';
import { idPairs } from './internal/toStrategyMatching';
import type { QualityReport } from './QualityReport';
import { type Strategy, STRATEGIES } from './Strategy';

/**
 * Options of {@link compareStrategies}:
 *
 * - `strategies`: which to run and in what order (default all of {@link STRATEGIES});
 * - `minScore`, `pinnedPairs`, `solver`: as for {@link match}, the same for every strategy;
 * - `seed`: the seed of the `random` baseline (a safe integer, default 1);
 * - `onProgress(done, total, strategy)`: called after each strategy (`done` of `total` finished,
 *   `strategy` the one just finished), for a progress bar on big cohorts.
 *
 * @category Evaluation
 */
export interface CompareOptions extends Pick<MatchOptions, 'minScore' | 'pinnedPairs' | 'solver'> {
  readonly strategies?: ReadonlyArray<Strategy>;
  /** Matchings made elsewhere, each measured beside the strategies under its `name`. */
  readonly external?: ReadonlyArray<ExternalMatching>;
  readonly seed?: number;
  readonly onProgress?: (done: number, total: number, strategy: Strategy) => void;
}

/** One strategy's result in a comparison. @category Evaluation */
export interface StrategyResult {
  readonly strategy: Strategy;
  readonly report: QualityReport;
  /** Its total score over the optimum (`max-total`'s total); 1 when the optimum is 0. */
  readonly shareOfOptimal: number;
}

/**
 * A matching made outside the library — by hand, by another platform — to compare with the
 * strategies: a `name` to show it under (the CLI uses the file's name) and its pairs by id.
 *
 * @category Evaluation
 */
export interface ExternalMatching {
  readonly name: string;
  readonly matching: PairsLike;
}

/**
 * An external matching's result in a comparison: the same {@link QualityReport} and share of the
 * optimum as a strategy, and what no strategy of the library ever has — every finding of
 * {@link auditMatching} (rules broken, unknown people, pairs twice, capacities exceeded).
 *
 * @category Evaluation
 */
export interface ExternalResult {
  readonly strategy: 'external';
  readonly name: string;
  readonly report: QualityReport;
  readonly shareOfOptimal: number;
  readonly findings: ReadonlyArray<MatchingFinding>;
}

/**
 * Strategies side by side on one cohort, plain JSON: what the CLI's `compare --format json`
 * prints, `{ strategies: [{ strategy, report, shareOfOptimal }] }`, in the order asked, then the
 * external matchings in the order given (`strategy: 'external'`, with a `name` and `findings`).
 *
 * @category Evaluation
 */
export interface StrategyComparison {
  readonly strategies: ReadonlyArray<StrategyResult | ExternalResult>;
}

const isObjective = (s: Strategy): s is Objective => (OBJECTIVES as ReadonlyArray<string>).includes(s);

/**
 * Runs every strategy on the same cohort under the same constraints (hard rules, capacities,
 * pins, `minScore`) and assesses each with {@link assess}: one {@link QualityReport} per
 * strategy, and each strategy's total as a share of the optimum. The optimum (`max-total`) is
 * always computed, asked for or not.
 *
 * The cohort is scored once — the score of every pair and both sides' preference keys, in
 * `Float64Array`s — and that table serves every baseline and every report; the matcher's
 * objectives run through {@link match}. On 1000 × 1000 the whole comparison takes seconds.
 *
 * @param cohort - a validated cohort
 * @param options - {@link CompareOptions}
 * @returns `Right(comparison)`, or `Left` with the {@link MatchError} `match` gives for the same
 *   options (pins it refuses, an option out of range, an unknown strategy)
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const { strategies } = orThrow(compareStrategies(cohort, { strategies: ['max-total', 'stable', 'random'] }));
 * strategies.map((s) => s.strategy); // ['max-total', 'stable', 'random']
 * strategies[0]?.shareOfOptimal; // 1
 * strategies[1]?.report.blockingPairs; // 0
 * strategies.every((s) => s.shareOfOptimal <= 1 + 1e-9 && s.report.ruleViolations === 0); // true
 * @category Evaluation
 */
export function compareStrategies(
  cohort: Cohort,
  options: CompareOptions = {},
): Either<MatchError, StrategyComparison> {
  const invalid = checkOptions(options) ?? checkExternal(options.external);
  if (invalid !== undefined) return left(invalid);
  const asked = options.strategies ?? STRATEGIES;
  const unknown = asked.findIndex((s) => !(STRATEGIES as ReadonlyArray<string>).includes(s));
  if (unknown >= 0) {
    return left({
      code: 'invalid-option',
      message: `a strategy is one of ${STRATEGIES.join(', ')}`,
      path: ['options', 'strategies', unknown],
    });
  }
  const p = prepareCohort(cohort, options);
  const auditOptions = options.minScore === undefined ? {} : { minScore: options.minScore };
  if (p.pins.error !== undefined) return left(p.pins.error);

  const matchOptions: MatchOptions = {
    ...(options.minScore === undefined ? {} : { minScore: options.minScore }),
    ...(options.pinnedPairs === undefined ? {} : { pinnedPairs: options.pinnedPairs }),
    ...(options.solver === undefined ? {} : { solver: options.solver }),
  };
  const pairsOf = (strategy: Strategy): Either<MatchError, ReadonlyArray<IdPair>> => {
    if (!isObjective(strategy))
      return right(idPairs(p, baselinePairs(p, strategy, options.seed ?? DEFAULT_SEED)));
    const matching = match(cohort, { ...matchOptions, objective: strategy });
    return isLeft(matching) ? matching : right(matching.right.pairs);
  };

  const reports = new Map<Strategy, QualityReport>();
  const run = (strategy: Strategy): Either<MatchError, QualityReport> => {
    const done = reports.get(strategy);
    if (done !== undefined) return right(done);
    const pairs = pairsOf(strategy);
    if (isLeft(pairs)) return pairs;
    const report = assessPrepared(p, pairs.right);
    reports.set(strategy, report);
    return right(report);
  };
  const optimum = run('max-total');
  if (isLeft(optimum)) return optimum;
  const best = optimum.right.totalScore;

  const results: Array<StrategyResult | ExternalResult> = [];
  const share = (total: number): number => (best > 0 ? total / best : 1);
  for (const [i, strategy] of asked.entries()) {
    const report = run(strategy);
    if (isLeft(report)) return report;
    // 1 when the optimum is 0: then every strategy's total is 0 too, and nothing was lost.
    results.push({ strategy, report: report.right, shareOfOptimal: share(report.right.totalScore) });
    options.onProgress?.(i + 1, asked.length, strategy);
  }
  for (const { name, matching } of options.external ?? []) {
    const report = assessPrepared(p, matching.pairs);
    const findings = auditMatching(cohort, matching, auditOptions);
    results.push({ strategy: 'external', name, report, shareOfOptimal: share(report.totalScore), findings });
  }
  return right({ strategies: results });
}
