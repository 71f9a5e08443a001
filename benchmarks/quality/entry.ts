// The TypeScript side of `npm run bench:quality`, bundled by run.mjs with esbuild: builds the
// cohorts and runs compareStrategies on each, returning plain numbers.
import { SAMPLES, type SampleName } from '../../src/samples/index';
import { orThrow, parseCohort } from '../../src/domain/index';
import { type Strategy, compareStrategies } from '../../src/evaluation/index';
import { createHash } from 'node:crypto';
import { generateCohort, suiteCohort } from '../../src/synthetic/index';

/** One benchmark cohort: generated (with its options) or an embedded sample. */
export type CaseSpec =
  | {
      readonly kind: 'generated';
      readonly mentors: number;
      readonly mentees: number;
      readonly seed: number;
      readonly capacity?: readonly [number, number];
    }
  | { readonly kind: 'sample'; readonly name: SampleName }
  | { readonly kind: 'suite'; readonly name: string };

export interface StrategyFigures {
  readonly strategy: Strategy | 'external';
  readonly shareOfOptimal: number;
  readonly totalScore: number;
  readonly matchedShare: number;
  readonly minScore: number;
  readonly p10Score: number;
  readonly gini: number;
  readonly goalCoverage: number;
  readonly blockingPairs: number;
  readonly meanMenteeRank: number;
  readonly meanMentorRank: number;
  readonly ruleViolations: number;
}

export interface CaseResult {
  readonly mentors: number;
  readonly mentees: number;
  readonly places: number;
  readonly compareMs: number;
  /** The first 16 hex digits of the SHA-256 of the cohort as `reverse-mentoring generate` writes it (indented JSON and a newline). */
  readonly sha256: string;
  readonly strategies: ReadonlyArray<StrategyFigures>;
}

export function runCase(spec: CaseSpec): CaseResult {
  const input =
    spec.kind === 'sample'
      ? SAMPLES[spec.name]
      : spec.kind === 'suite'
        ? orThrow(suiteCohort(spec.name))
        : orThrow(
            generateCohort({
              mentors: spec.mentors,
              mentees: spec.mentees,
              seed: spec.seed,
              ...(spec.capacity === undefined ? {} : { capacity: spec.capacity }),
            }),
          );
  const cohort = orThrow(parseCohort(input));
  const t0 = performance.now();
  const comparison = orThrow(compareStrategies(cohort, { seed: spec.kind === 'generated' ? spec.seed : 1 }));
  const compareMs = performance.now() - t0;
  return {
    mentors: cohort.mentors.length,
    mentees: cohort.mentees.length,
    places: cohort.mentors.reduce((n, m) => n + m.capacity, 0),
    compareMs,
    sha256: createHash('sha256')
      .update(`${JSON.stringify(input, null, 2)}\n`)
      .digest('hex')
      .slice(0, 16),
    strategies: comparison.strategies.map(({ strategy, report, shareOfOptimal }) => ({
      strategy,
      shareOfOptimal,
      totalScore: report.totalScore,
      matchedShare: report.matchedShare,
      minScore: report.minScore,
      p10Score: report.p10Score,
      gini: report.gini,
      goalCoverage: report.goalCoverage,
      blockingPairs: report.blockingPairs,
      meanMenteeRank: report.meanMenteeRank,
      meanMentorRank: report.meanMentorRank,
      ruleViolations: report.ruleViolations,
    })),
  };
}

export { BENCHMARK_SUITE, BENCHMARK_SUITE_VERSION } from '../../src/synthetic/index';
