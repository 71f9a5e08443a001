import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import { solveBMatching } from '../../src/assignment';
import type {
  BipartiteGraph,
  BMatching,
  BMatchingIssue,
  BMatchingObjective,
  BMatchingOptions,
} from '../../src/assignment';
import type { Issues } from '../../src/domain/Issue';

describe('the b-matching API types', () => {
  it('takes a graph and optional options and returns Either of issues or a matching', () => {
    expectTypeOf(solveBMatching).parameter(0).toEqualTypeOf<BipartiteGraph>();
    expectTypeOf(solveBMatching).parameter(1).toEqualTypeOf<BMatchingOptions | undefined>();
    expectTypeOf(solveBMatching).returns.toEqualTypeOf<Either<Issues<BMatchingIssue>, BMatching>>();
  });

  it('has a closed set of objectives and issue codes', () => {
    expectTypeOf<BMatchingObjective>().toEqualTypeOf<'max-total' | 'max-matched' | 'fairest'>();
    expectTypeOf<BMatchingIssue['code']>().toEqualTypeOf<'invalid-graph' | 'invalid-option' | 'aborted'>();
  });

  it('makes every field readonly', () => {
    const m = {} as BMatching;
    // @ts-expect-error -- a BMatching is read-only
    m.total = 1;
    const g = {} as BipartiteGraph;
    // @ts-expect-error -- a BipartiteGraph is read-only
    g.rows = 1;
  });

  it('accepts an AbortSignal-like object and a progress callback', () => {
    expectTypeOf<{ readonly aborted: boolean }>().toMatchTypeOf<NonNullable<BMatchingOptions['signal']>>();
    expectTypeOf<(done: number, total: number) => void>().toEqualTypeOf<
      NonNullable<BMatchingOptions['onProgress']>
    >();
  });
});
