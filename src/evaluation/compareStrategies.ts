import { copyOptions } from '../domain/checkArgument';
import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { type Cohort, type Issues } from '../domain/index';
import {
  type MatchError,
  type MatchOptions,
  type MatchProgress,
  checkMatchOptions,
  optimaEach,
  OBJECTIVES,
  type Objective,
} from '../matching/index';
import type { PairsLike } from './assess';
import type { MatchingFinding } from './auditMatching';
import { auditMatchingUnchecked } from './internal/auditMatchingUnchecked';
import { type IdPair, assessMany } from './internal/assessPrepared';
import { checkCompareOptions } from './internal/checkEvaluationOptions';
import { checkExternal } from './internal/checkExternal';
import { prepareCohort } from './internal/prepareCohort';
import { DEFAULT_SEED, baselinesPairs, checkOptions } from './internal/runBaseline';
import { idPairs } from './internal/toStrategyMatching';
import type { QualityReport } from './QualityReport';
import { type Baseline, type Strategy, STRATEGIES } from './Strategy';

/**
 * Where a comparison is: `phase` `'strategies'` after each strategy (`done` of `total`
 * strategies, `strategy` the one just finished), or a phase of the strategy that is running
 * (`strategy`): the matcher's own phases, `'baseline'` and `'assessing'` (`done` of `total` in it).
 * The baselines run together, as one `'baseline'` phase without a `strategy`: the random one's
 * pass over the rows also starts the stable one.
 *
 * @category Evaluation
 */
export interface CompareProgress {
  readonly phase: MatchProgress['phase'] | 'baseline' | 'assessing' | 'strategies';
  readonly done: number;
  readonly total: number;
  readonly strategy?: Strategy;
}

/**
 * Options of {@link compareStrategies}:
 *
 * - `strategies`: which to run and in what order (default all of {@link STRATEGIES});
 * - `minScore`, `pinnedPairs`: as for {@link match}, the same for every strategy;
 * - `seed`: the seed of the `random` baseline (a safe integer, default 1);
 * - `onProgress`: called with a {@link CompareProgress} as the run moves, for a progress bar;
 * - `signal`: a cancellation flag, as for {@link match} (`Left` with code `'aborted'`).
 *
 * @category Evaluation
 */
export interface CompareOptions extends Pick<MatchOptions, 'minScore' | 'pinnedPairs' | 'signal'> {
  readonly strategies?: ReadonlyArray<Strategy>;
  /** Matchings made elsewhere, each measured beside the strategies under its `name`. */
  readonly external?: ReadonlyArray<ExternalMatching>;
  readonly seed?: number;
  readonly onProgress?: (progress: CompareProgress) => void;
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
const isBaseline = (s: Strategy): s is Baseline => !isObjective(s);

/**
 * Runs every strategy on the same cohort under the same constraints (hard rules, capacities,
 * pins, `minScore`) and assesses each with {@link assess}: one {@link QualityReport} per
 * strategy, and each strategy's total as a share of the optimum. The optimum (`max-total`) is
 * always computed, asked for or not.
 *
 * No mentees × mentors matrix is built: the matcher's objectives are solved as {@link match}
 * solves them, on one sparse candidate graph; the baselines read each mentee's candidates lazily
 * (the greedy one starts from the candidates that graph's scan kept); one pass over the mentees'
 * rows assesses every strategy at once.
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
  given: CompareOptions = {},
): Either<Issues<MatchError>, StrategyComparison> {
  // Read once: what follows reads the copy, so a hostile getter cannot throw inside.
  const copied = copyOptions(given, ['options'], 'invalid-option');
  if (isLeft(copied)) return left([copied.left]);
  const options = copied.right;
  const wrong = checkCompareOptions(cohort, options);
  if (wrong !== undefined) return left([wrong]);
  const invalid = checkOptions(options) ?? checkExternal(options.external);
  if (invalid !== undefined) return left([invalid]);
  const asked = options.strategies ?? STRATEGIES;
  const unknown = asked.findIndex((s) => !(STRATEGIES as ReadonlyArray<string>).includes(s));
  if (unknown >= 0) {
    return left([
      {
        code: 'invalid-option',
        message: `a strategy is one of ${STRATEGIES.join(', ')}`,
        path: ['options', 'strategies', unknown],
      },
    ]);
  }
  const p = prepareCohort(cohort, options);
  const auditOptions = options.minScore === undefined ? {} : { minScore: options.minScore };
  if (p.pins.error !== undefined) return left([p.pins.error]);

  const matchOptions: MatchOptions = {
    ...(options.minScore === undefined ? {} : { minScore: options.minScore }),
    ...(options.pinnedPairs === undefined ? {} : { pinnedPairs: options.pinnedPairs }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  const report = options.onProgress;
  // The objectives on one scan of the rows: the candidate graph is built once for all of them.
  const order = ['max-total' as const, ...asked.filter((s) => s !== 'max-total')];
  const unique = [...new Set(order)];
  const objectives = unique.filter(isObjective);
  const checked = checkMatchOptions(cohort, matchOptions);
  if ('code' in checked) return left([checked]);
  const optimal = new Map<Strategy, ReadonlyArray<IdPair>>();
  // Unexplained: only the pairs are measured.
  const optima = optimaEach(cohort, objectives, checked.minScore, {
    ...matchOptions,
    ...(report === undefined
      ? {}
      : { onProgress: (progress: MatchProgress) => report({ ...progress, strategy: 'max-total' }) }),
  });
  if (isLeft(optima)) return optima;
  objectives.forEach((objective, i) => optimal.set(objective, idPairs(p, optima.right.pairs[i] ?? [])));
  let baselines: Map<Baseline, Array<readonly [number, number]>> | undefined;
  const pairsOf = (strategy: Strategy): Either<Issues<MatchError>, ReadonlyArray<IdPair>> => {
    if (options.signal?.aborted === true)
      return left([
        {
          code: 'aborted',
          message: 'the run was cancelled (options.signal is aborted)',
          path: [],
        },
      ]);
    if (!isObjective(strategy)) {
      // The baselines run together the first time one is asked for (they share a pass over the
      // rows): one 'baseline' phase for all of them, with no single strategy to name.
      if (baselines === undefined) report?.({ phase: 'baseline', done: 0, total: 1 });
      baselines ??= baselinesPairs(
        p,
        unique.filter(isBaseline),
        options.seed ?? DEFAULT_SEED,
        optima.right.best,
      );
      return right(idPairs(p, baselines.get(strategy) ?? []));
    }
    return right(optimal.get(strategy) ?? []);
  };

  // The optimum (`max-total`) first, asked for or not: every share is of its total.
  const lists: Array<ReadonlyArray<IdPair>> = [];
  for (const [i, strategy] of unique.entries()) {
    const pairs = pairsOf(strategy);
    if (isLeft(pairs)) return pairs;
    lists.push(pairs.right);
    report?.({ phase: 'strategies', done: i + 1, total: unique.length + 1, strategy });
  }
  if (options.signal?.aborted === true)
    return left([
      { code: 'aborted', message: 'the run was cancelled (options.signal is aborted)', path: [] },
    ]);
  // One pass over the mentees assesses every strategy and every external matching at once.
  report?.({ phase: 'assessing', done: 0, total: 1 });
  const external = options.external ?? [];
  const assessed = assessMany(p, [...lists, ...external.map((x) => x.matching.pairs)]);
  const reports = new Map<Strategy, QualityReport>(unique.map((s, i) => [s, assessed[i] as QualityReport]));
  report?.({ phase: 'strategies', done: unique.length + 1, total: unique.length + 1 });
  const best = reports.get('max-total')?.totalScore ?? 0;
  // 1 when the optimum is 0: then every strategy's total is 0 too, and nothing was lost.
  const share = (total: number): number => (best > 0 ? total / best : 1);
  const results: Array<StrategyResult | ExternalResult> = asked.map((strategy) => {
    const r = reports.get(strategy) as QualityReport;
    return { strategy, report: r, shareOfOptimal: share(r.totalScore) };
  });
  external.forEach(({ name, matching }, i) => {
    const r = assessed[unique.length + i] as QualityReport;
    const findings = auditMatchingUnchecked(cohort, matching, auditOptions);
    results.push({ strategy: 'external', name, report: r, shareOfOptimal: share(r.totalScore), findings });
  });
  return right({ strategies: results });
}
