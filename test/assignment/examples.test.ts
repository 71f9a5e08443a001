import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  bottleneckThreshold,
  costMatrixFromRows,
  maxCardinality,
  solveAssignment,
  solveSparseAssignment,
  sparseFromDense,
} from '../../src/assignment';
import type { CostMatrix } from '../../src/assignment';

// Each test runs the @example of one export's TSDoc, word for word, and checks the values its
// comments promise.
describe('the TSDoc examples hold', () => {
  it('CostMatrix', () => {
    const m: CostMatrix = { rows: 2, cols: 3, data: Float64Array.of(4, 1, 3, 2, 0, 5) };
    expect(m.data[1 * m.cols + 2]).toBe(5);
  });

  it('Assignment', () => {
    const result = solveAssignment([
      [4, 1],
      [2, 0],
      [1, 3],
    ]);
    expect(E.isRight(result)).toBe(true);
    if (E.isRight(result)) {
      expect(Array.from(result.right.rowToCol)).toEqual([-1, 1, 0]);
      expect(Array.from(result.right.colToRow)).toEqual([2, 1]);
      expect(result.right.total).toBe(1);
    }
  });

  it('AssignmentIssue', () => {
    const result = solveAssignment([[1, NaN]]);
    expect(result).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'invalid-cost', row: 0, col: 1, path: [0, 1] }],
    });
  });

  it('solveAssignment', () => {
    const result = solveAssignment(
      [
        [0.9, 0.8],
        [-Infinity, 0.1],
      ],
      { maximize: true },
    );
    expect(E.isRight(result)).toBe(true);
    if (E.isRight(result)) {
      expect(Array.from(result.right.rowToCol)).toEqual([0, 1]);
      expect(result.right.total).toBe(1);
    }
  });

  it('solveSparseAssignment', () => {
    const result = solveSparseAssignment({
      rows: 2,
      cols: 2,
      rowStart: Int32Array.of(0, 1, 3),
      colIndex: Int32Array.of(0, 0, 1),
      cost: Float64Array.of(4, 2, 7),
    });
    expect(E.isRight(result)).toBe(true);
    if (E.isRight(result)) {
      expect(Array.from(result.right.rowToCol)).toEqual([0, 1]);
      expect(result.right.total).toBe(11);
    }
  });

  it('sparseFromDense', () => {
    const sparse = sparseFromDense([
      [4, Infinity],
      [2, 7],
    ]);
    expect(E.isRight(sparse)).toBe(true);
    if (E.isRight(sparse)) {
      expect(Array.from(sparse.right.rowStart)).toEqual([0, 1, 3]);
      expect(Array.from(sparse.right.colIndex)).toEqual([0, 0, 1]);
      expect(Array.from(sparse.right.cost)).toEqual([4, 2, 7]);
    }
  });

  it('costMatrixFromRows', () => {
    const m = costMatrixFromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(E.isRight(m)).toBe(true);
    if (E.isRight(m)) {
      expect(m.right.rows).toBe(2);
      expect(m.right.cols).toBe(3);
      expect(Array.from(m.right.data)).toEqual([1, 2, 3, 4, 5, 6]);
    }
    expect(costMatrixFromRows([[1], [2, 3]])).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'invalid-shape', path: [1] }],
    });
  });

  it('maxCardinality', () => {
    expect(
      maxCardinality(
        [
          [0.9, -Infinity],
          [0.4, -Infinity],
        ],
        { maximize: true },
      ),
    ).toEqual({ _tag: 'Right', right: 1 });
  });

  it('bottleneckThreshold', () => {
    expect(
      bottleneckThreshold([
        [0.9, 0.4],
        [0.5, 0.1],
      ]),
    ).toEqual({ _tag: 'Right', right: 0.4 });
    expect(
      bottleneckThreshold(
        [
          [0.9, 0.4],
          [0.5, 0.1],
        ],
        { minMatched: 1 },
      ),
    ).toEqual({ _tag: 'Right', right: 0.9 });
  });
});
