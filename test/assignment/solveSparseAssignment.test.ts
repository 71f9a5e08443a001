import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { solveAssignment, solveSparseAssignment, sparseFromDense } from '../../src/assignment';
import type { SparseCostMatrix } from '../../src/assignment';

const csr = (
  rows: number,
  cols: number,
  rowStart: number[],
  colIndex: number[],
  cost: number[],
): SparseCostMatrix => ({
  rows,
  cols,
  rowStart: Int32Array.from(rowStart),
  colIndex: Int32Array.from(colIndex),
  cost: Float64Array.from(cost),
});

describe('solveSparseAssignment', () => {
  it('treats an absent cell as forbidden', () => {
    // [[4, ·], [2, 7]]: row 0 can only take column 0 although (1, 0) is the cheapest cell.
    const result = solveSparseAssignment(csr(2, 2, [0, 1, 3], [0, 0, 1], [4, 2, 7]));
    expect(result).toMatchObject({ _tag: 'Right', right: { total: 11 } });
    if (E.isRight(result)) expect(Array.from(result.right.rowToCol)).toEqual([0, 1]);
  });

  it('solves a tall matrix through its transpose, leaving extra rows at -1', () => {
    const dense = [
      [5, Infinity],
      [1, 9],
      [Infinity, Infinity],
      [9, 2],
    ];
    const sparse = sparseFromDense(dense);
    expect(E.isRight(sparse)).toBe(true);
    if (E.isLeft(sparse)) return;
    const result = solveSparseAssignment(sparse.right);
    if (E.isLeft(result)) throw new Error(result.left[0].message);
    expect(Array.from(result.right.rowToCol)).toEqual([-1, 0, -1, 1]);
    expect(Array.from(result.right.colToRow)).toEqual([1, 3]);
    expect(result.right.total).toBe(3);
  });

  it('accepts entries in any order within a row and explicit infinite entries', () => {
    const result = solveSparseAssignment(
      csr(2, 3, [0, 3, 5], [2, 0, 1, 1, 0], [-Infinity, 0.5, 0.9, 0.8, 0.1]),
      { maximize: true },
    );
    expect(result).toMatchObject({ _tag: 'Right', right: { total: 1.3 } });
  });

  it('agrees with the dense solver when maximising', () => {
    const dense = [
      [0.2, -Infinity, 0.7],
      [0.9, 0.4, -Infinity],
      [0.5, 0.6, 0.1],
    ];
    const sparse = sparseFromDense(dense, { maximize: true });
    if (E.isLeft(sparse)) throw new Error(sparse.left[0].message);
    const a = solveSparseAssignment(sparse.right, { maximize: true });
    const b = solveAssignment(dense, { maximize: true });
    expect(E.isRight(a) && E.isRight(b) && a.right.total === b.right.total).toBe(true);
  });

  it('returns the empty assignment for empty matrices', () => {
    expect(solveSparseAssignment(csr(0, 0, [0], [], []))).toMatchObject({
      _tag: 'Right',
      right: { total: 0 },
    });
    expect(solveSparseAssignment(csr(2, 0, [0, 0, 0], [], []))).toMatchObject({
      _tag: 'Right',
      right: { total: 0 },
    });
  });

  it('is infeasible when rows compete for a single column', () => {
    expect(solveSparseAssignment(csr(2, 2, [0, 1, 2], [0, 0], [1, 2]))).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'infeasible' }],
    });
  });

  it('is infeasible when a column of a square matrix has no entry', () => {
    expect(solveSparseAssignment(csr(2, 2, [0, 1, 2], [0, 0], [1, 2]))).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'infeasible', col: 1 }],
    });
  });

  describe('reports malformed CSR arrays as invalid-shape, with a path', () => {
    it.each([
      ['rowStart of the wrong length', csr(2, 2, [0, 1], [0], [1]), ['rowStart']],
      ['rowStart not starting at 0', csr(1, 2, [1, 1], [0], [1]), ['rowStart', 0]],
      ['rowStart not ending at the entry count', csr(1, 2, [0, 1], [0, 1], [1, 2]), ['rowStart', 1]],
      ['decreasing rowStart', csr(2, 2, [0, 2, 1], [0, 1], [1, 2]), ['rowStart', 2]],
      ['a column out of range', csr(1, 2, [0, 1], [2], [1]), ['colIndex', 0]],
      ['a column twice in a row', csr(1, 2, [0, 2], [1, 1], [1, 2]), ['colIndex', 1]],
      ['cost and colIndex of different lengths', csr(1, 2, [0, 1], [0], [1, 2]), ['cost']],
      ['a negative size', csr(-1, 2, [0], [], []), ['rows']],
    ])('%s', (_what, matrix, path) => {
      expect(solveSparseAssignment(matrix)).toMatchObject({
        _tag: 'Left',
        left: [{ code: 'invalid-shape', path }],
      });
    });
  });

  it('reports NaN and the wrong infinity as invalid-cost, with row, column and entry path', () => {
    expect(solveSparseAssignment(csr(1, 2, [0, 2], [0, 1], [1, NaN]))).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'invalid-cost', row: 0, col: 1, path: ['cost', 1] }],
    });
    expect(solveSparseAssignment(csr(1, 2, [0, 1], [1], [Infinity]), { maximize: true })).toMatchObject({
      _tag: 'Left',
      left: [{ code: 'invalid-cost', row: 0, col: 1 }],
    });
  });

  it('does not mutate its input', () => {
    const m = csr(2, 3, [0, 2, 4], [0, 2, 1, 2], [3, 1, 2, 5]);
    const before = JSON.stringify([Array.from(m.rowStart), Array.from(m.colIndex), Array.from(m.cost)]);
    solveSparseAssignment(m);
    expect(JSON.stringify([Array.from(m.rowStart), Array.from(m.colIndex), Array.from(m.cost)])).toBe(before);
  });
});
