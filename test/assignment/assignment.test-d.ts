import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expectTypeOf, it } from 'vitest';
import {
  bottleneckThreshold,
  maxCardinality,
  solveAssignment,
  solveSparseAssignment,
} from '../../src/assignment';
import type {
  Assignment,
  AssignmentError,
  AssignmentErrorKind,
  CostMatrix,
  SparseCostMatrix,
} from '../../src/assignment';

describe('the assignment API types', () => {
  it('returns Either of AssignmentError', () => {
    expectTypeOf(solveAssignment).returns.toEqualTypeOf<Either<AssignmentError, Assignment>>();
    expectTypeOf(solveSparseAssignment).returns.toEqualTypeOf<Either<AssignmentError, Assignment>>();
    expectTypeOf(bottleneckThreshold).returns.toEqualTypeOf<Either<AssignmentError, number>>();
    expectTypeOf(maxCardinality).returns.toEqualTypeOf<Either<AssignmentError, number>>();
  });

  it('accepts dense matrices and nested rows, readonly', () => {
    expectTypeOf(solveAssignment)
      .parameter(0)
      .toEqualTypeOf<CostMatrix | ReadonlyArray<ReadonlyArray<number>>>();
    expectTypeOf(solveSparseAssignment).parameter(0).toEqualTypeOf<SparseCostMatrix>();
  });

  it('has a closed set of error kinds', () => {
    expectTypeOf<AssignmentErrorKind>().toEqualTypeOf<
      'invalid-shape' | 'invalid-cost' | 'infeasible' | 'invalid-option' | 'solver-failure'
    >();
  });

  it('makes every field readonly', () => {
    const a = {} as Assignment;
    // @ts-expect-error -- an Assignment is read-only
    a.total = 1;
    const m = {} as CostMatrix;
    // @ts-expect-error -- a CostMatrix is read-only
    m.rows = 2;
  });

  it('rejects an unknown solver name at compile time', () => {
    // @ts-expect-error -- 'hungarian' is not a solver
    solveAssignment([[1]], { solver: 'hungarian' });
  });
});
