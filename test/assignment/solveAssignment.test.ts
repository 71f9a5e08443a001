import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { solveAssignment, solveSparseAssignment, sparseFromDense } from '../../src/assignment';
import type { Assignment, AssignmentError, SparseCostMatrix } from '../../src/assignment';

const right = (result: E.Either<AssignmentError, Assignment>): Assignment => {
  if (E.isLeft(result)) throw new Error(`expected Right, got ${JSON.stringify(result.left)}`);
  return result.right;
};
const left = <A>(result: E.Either<AssignmentError, A>): AssignmentError => {
  if (E.isRight(result)) throw new Error('expected Left');
  return result.left;
};

const backends = ['jv', 'munkres-js'] as const;

describe('solveAssignment', () => {
  it.each(backends)('finds the minimum-cost assignment of a square matrix (%s)', (solver) => {
    const a = right(
      solveAssignment(
        [
          [4, 1, 3],
          [2, 0, 5],
          [3, 2, 2],
        ],
        { solver },
      ),
    );
    expect(Array.from(a.rowToCol)).toEqual([1, 0, 2]);
    expect(Array.from(a.colToRow)).toEqual([1, 0, 2]);
    expect(a.total).toBe(5);
  });

  it.each(backends)('maximises when asked, reporting the total in the input units (%s)', (solver) => {
    const a = right(
      solveAssignment(
        [
          [4, 1, 3],
          [2, 0, 5],
          [3, 2, 2],
        ],
        { maximize: true, solver },
      ),
    );
    expect(Array.from(a.rowToCol)).toEqual([0, 2, 1]);
    expect(a.total).toBe(11);
  });

  it.each(backends)(
    'assigns every row of a wide matrix and leaves the extra columns at -1 (%s)',
    (solver) => {
      const a = right(
        solveAssignment(
          [
            [5, 1, 9, 9],
            [9, 9, 9, 2],
          ],
          { solver },
        ),
      );
      expect(Array.from(a.rowToCol)).toEqual([1, 3]);
      expect(Array.from(a.colToRow)).toEqual([-1, 0, -1, 1]);
      expect(a.total).toBe(3);
    },
  );

  it.each(backends)(
    'assigns every column of a tall matrix and leaves the extra rows at -1 (%s)',
    (solver) => {
      const a = right(
        solveAssignment(
          [
            [5, 9],
            [1, 9],
            [9, 9],
            [9, 2],
          ],
          { solver },
        ),
      );
      expect(Array.from(a.rowToCol)).toEqual([-1, 0, -1, 1]);
      expect(Array.from(a.colToRow)).toEqual([1, 3]);
      expect(a.total).toBe(3);
    },
  );

  it.each(backends)(
    'never uses a forbidden cell, even when it would be cheapest otherwise (%s)',
    (solver) => {
      const a = right(
        solveAssignment(
          [
            [0.9, 0.8],
            [-Infinity, 0.1],
          ],
          { maximize: true, solver },
        ),
      );
      expect(Array.from(a.rowToCol)).toEqual([0, 1]);
      expect(a.total).toBeCloseTo(1);
    },
  );

  it.each([
    [0, 0],
    [0, 3],
    [3, 0],
  ])('returns the empty assignment for a %i × %i matrix', (rows, cols) => {
    for (const solver of backends) {
      const a = right(solveAssignment({ rows, cols, data: new Float64Array(0) }, { solver }));
      expect(a.rowToCol).toEqual(new Int32Array(rows).fill(-1));
      expect(a.colToRow).toEqual(new Int32Array(cols).fill(-1));
      expect(a.total).toBe(0);
    }
    expect(right(solveAssignment([])).total).toBe(0);
  });

  it('breaks ties by index, the same way every time', () => {
    const ties = [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ];
    const first = right(solveAssignment(ties));
    expect(Array.from(right(solveAssignment(ties)).rowToCol)).toEqual(Array.from(first.rowToCol));
    expect(first.total).toBe(3);
  });

  it('reads a CostMatrix in place and does not mutate it', () => {
    const data = Float64Array.of(4, 1, 2, 0);
    solveAssignment({ rows: 2, cols: 2, data }, { maximize: true });
    expect(Array.from(data)).toEqual([4, 1, 2, 0]);
  });

  describe('reports bad input as data', () => {
    it('invalid-shape when data does not hold rows × cols cells', () => {
      const error = left(solveAssignment({ rows: 2, cols: 2, data: new Float64Array(3) }));
      expect(error).toMatchObject({ kind: 'invalid-shape', path: ['data'] });
      expect(error.message).toMatch(/3 cells/);
    });

    it('invalid-shape for negative or fractional sizes', () => {
      expect(left(solveAssignment({ rows: -1, cols: 2, data: new Float64Array(0) }))).toMatchObject({
        kind: 'invalid-shape',
        path: ['rows'],
      });
      expect(left(solveAssignment({ rows: 1, cols: 1.5, data: new Float64Array(1) }))).toMatchObject({
        kind: 'invalid-shape',
        path: ['cols'],
      });
    });

    it('invalid-shape for ragged rows, with the path of the first bad row', () => {
      expect(left(solveAssignment([[1, 2], [3]]))).toMatchObject({ kind: 'invalid-shape', path: [1] });
    });

    it.each(backends)('invalid-cost for NaN, with its row and column (%s)', (solver) => {
      expect(
        left(
          solveAssignment(
            [
              [1, 2],
              [3, NaN],
            ],
            { solver },
          ),
        ),
      ).toMatchObject({ kind: 'invalid-cost', row: 1, col: 1, path: [1, 1] });
      const flat = left(
        solveAssignment({ rows: 2, cols: 2, data: Float64Array.of(1, NaN, 3, 4) }, { solver }),
      );
      expect(flat).toMatchObject({ kind: 'invalid-cost', row: 0, col: 1, path: ['data', 0, 1] });
    });

    it.each(backends)('invalid-cost for the wrong infinity (%s)', (solver) => {
      expect(left(solveAssignment([[1, -Infinity]], { solver }))).toMatchObject({
        kind: 'invalid-cost',
        row: 0,
        col: 1,
      });
      expect(left(solveAssignment([[Infinity, 1]], { maximize: true, solver }))).toMatchObject({
        kind: 'invalid-cost',
        row: 0,
        col: 0,
      });
    });

    it.each(backends)('infeasible when a row of a square matrix is all forbidden (%s)', (solver) => {
      expect(
        left(
          solveAssignment(
            [
              [1, 2],
              [Infinity, Infinity],
            ],
            { solver },
          ),
        ).kind,
      ).toBe('infeasible');
    });

    it.each(backends)('infeasible when two rows can only use the same column (%s)', (solver) => {
      const error = left(
        solveAssignment(
          [
            [1, Infinity, Infinity],
            [2, Infinity, Infinity],
            [3, 4, 5],
          ],
          { solver },
        ),
      );
      expect(error.kind).toBe('infeasible');
      expect(error.message).toMatch(/3 pairs/);
    });

    it('infeasible names the column when an all-forbidden column blocks a square matrix', () => {
      expect(
        left(
          solveAssignment([
            [1, Infinity],
            [2, Infinity],
          ]),
        ),
      ).toMatchObject({ kind: 'infeasible', col: 1, path: ['col', 1] });
    });

    it('accepts an all-forbidden row of a tall matrix: that row is simply left out', () => {
      const a = right(
        solveAssignment([
          [1, 2],
          [Infinity, Infinity],
          [3, 1],
        ]),
      );
      expect(Array.from(a.rowToCol)).toEqual([0, -1, 1]);
    });

    it('invalid-option for an unknown solver', () => {
      // @ts-expect-error -- an unknown solver name, as untyped JavaScript callers could pass
      expect(left(solveAssignment([[1]], { solver: 'hungarian' }))).toMatchObject({
        kind: 'invalid-option',
        path: ['solver'],
      });
    });

    it('solver-failure from munkres-js when the cost range is too wide to place a safe penalty', () => {
      expect(
        left(
          solveAssignment(
            [
              [1e308, -1e308, Infinity],
              [0, 1, 2],
              [3, 4, 5],
            ],
            { solver: 'munkres-js' },
          ),
        ).kind,
      ).toBe('solver-failure');
    });
  });

  describe('returns Left promptly, never hanging, for every backend', () => {
    const nanMatrix = Array.from({ length: 50 }, (_, r) =>
      Array.from({ length: 50 }, (_, c) => (r === 25 && c === 7 ? NaN : r + c)),
    );
    const forbiddenRow = Array.from({ length: 50 }, (_, r) =>
      Array.from({ length: 50 }, (_, c) => (r === 30 ? Infinity : (r * c) % 7)),
    );
    const sparse = (m: number[][]): SparseCostMatrix => {
      // Built by hand: sparseFromDense rejects NaN itself, and the sparse solver must too.
      const rowStart = new Int32Array(m.length + 1);
      const colIndex: number[] = [];
      const cost: number[] = [];
      m.forEach((row, r) => {
        row.forEach((value, c) => {
          if (value !== Infinity) {
            colIndex.push(c);
            cost.push(value);
          }
        });
        rowStart[r + 1] = colIndex.length;
      });
      return {
        rows: m.length,
        cols: m[0]?.length ?? 0,
        rowStart,
        colIndex: Int32Array.from(colIndex),
        cost: Float64Array.from(cost),
      };
    };

    it.each(backends)('%s on NaN and on an all-forbidden row', (solver) => {
      expect(left(solveAssignment(nanMatrix, { solver })).kind).toBe('invalid-cost');
      expect(left(solveAssignment(forbiddenRow, { solver })).kind).toBe('infeasible');
    });

    it('sparse on NaN and on an all-forbidden (empty) row', () => {
      expect(left(solveSparseAssignment(sparse(nanMatrix))).kind).toBe('invalid-cost');
      expect(left(solveSparseAssignment(sparse(forbiddenRow)))).toMatchObject({
        kind: 'infeasible',
        row: 30,
      });
      expect(left(sparseFromDense(nanMatrix)).kind).toBe('invalid-cost');
    });
  });
});
