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
  AssignmentIssue,
  AssignmentIssueCode,
  CostMatrix,
  SparseCostMatrix,
} from '../../src/assignment';
import type { Issue, Issues } from '../../src/domain/Issue';

describe('the assignment API types', () => {
  it('returns Either of a non-empty list of AssignmentIssue, the one Issue shape', () => {
    expectTypeOf(solveAssignment).returns.toEqualTypeOf<Either<Issues<AssignmentIssue>, Assignment>>();
    expectTypeOf(solveSparseAssignment).returns.toEqualTypeOf<Either<Issues<AssignmentIssue>, Assignment>>();
    expectTypeOf(bottleneckThreshold).returns.toEqualTypeOf<Either<Issues<AssignmentIssue>, number>>();
    expectTypeOf(maxCardinality).returns.toEqualTypeOf<Either<Issues<AssignmentIssue>, number>>();
    expectTypeOf<AssignmentIssue>().toExtend<Issue<AssignmentIssueCode>>();
    expectTypeOf<AssignmentError>().toEqualTypeOf<AssignmentIssue>();
  });

  it('accepts dense matrices and nested rows, readonly', () => {
    expectTypeOf(solveAssignment)
      .parameter(0)
      .toEqualTypeOf<CostMatrix | ReadonlyArray<ReadonlyArray<number>>>();
    expectTypeOf(solveSparseAssignment).parameter(0).toEqualTypeOf<SparseCostMatrix>();
  });

  it('has a closed set of issue codes', () => {
    expectTypeOf<AssignmentIssueCode>().toEqualTypeOf<
      'invalid-shape' | 'invalid-cost' | 'infeasible' | 'invalid-option' | 'imprecise-costs'
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

  it('has no solver option any more (munkres-js left the package)', () => {
    // @ts-expect-error -- the solver option is gone
    solveAssignment([[1]], { solver: 'munkres-js' });
  });
});
