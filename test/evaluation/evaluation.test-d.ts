import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { Cohort } from '../../src/domain/index';
import {
  type BaselineOptions,
  type ExternalResult,
  type MatchingFinding,
  type QualityReport,
  type Strategy,
  type StrategyComparison,
  type StrategyMatching,
  type StrategyResult,
  assess,
  greedyMatch,
  randomMatch,
  stableMatch,
} from '../../src/evaluation/index';
import { type MatchError, type Matching, match } from '../../src/matching/index';

type Pairing = (cohort: Cohort, options?: BaselineOptions) => Either<MatchError, StrategyMatching>;

describe('evaluation types', () => {
  it('gives every baseline and match one signature', () => {
    expectTypeOf(greedyMatch).toExtend<Pairing>();
    expectTypeOf(stableMatch).toExtend<Pairing>();
    expectTypeOf(randomMatch).toExtend<Pairing>();
    expectTypeOf(match).toExtend<Pairing>();
    expectTypeOf<Matching>().toExtend<StrategyMatching>();
  });

  it('has the agreed numbers in a report and the agreed shape in a comparison', () => {
    expectTypeOf<QualityReport>().toExtend<{
      totalScore: number;
      meanScore: number;
      minScore: number;
      matchedShare: number;
      goalCoverage: number;
      blockingPairs: number;
      ruleViolations: number;
    }>();
    expectTypeOf<StrategyResult>().toEqualTypeOf<{
      readonly strategy: Strategy;
      readonly report: QualityReport;
      readonly shareOfOptimal: number;
    }>();
    // Issue 17: a matching made elsewhere is a row of its own, `strategy: 'external'` with a name.
    expectTypeOf<StrategyComparison['strategies'][number]>().toEqualTypeOf<StrategyResult | ExternalResult>();
    expectTypeOf<ExternalResult>().toExtend<{
      readonly strategy: 'external';
      readonly name: string;
      readonly report: QualityReport;
      readonly shareOfOptimal: number;
      readonly findings: ReadonlyArray<MatchingFinding>;
    }>();
    expectTypeOf<Strategy>().toEqualTypeOf<
      'max-total' | 'max-matched' | 'fairest' | 'stable' | 'greedy' | 'random'
    >();
  });

  it('assesses any list of pairs by id, and nothing else', () => {
    expectTypeOf(assess).parameter(1).toExtend<{
      readonly pairs: ReadonlyArray<{ readonly mentorId: string; readonly menteeId: string }>;
    }>();
    // @ts-expect-error a matching needs its pairs, by mentorId and menteeId
    assess({} as Cohort, { pairs: [{ mentor: 'a', mentee: 'b' }] });
  });
});
