import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { solveAssignment, solveSparseAssignment, sparseFromDense } from '../../src/assignment';
import type { Assignment, AssignmentIssue, SparseCostMatrix } from '../../src/assignment';
import type { Issues } from '../../src/domain/Issue';

const right = (result: E.Either<Issues<AssignmentIssue>, Assignment>): Assignment => {
  if (E.isLeft(result)) throw new Error(`expected Right, got ${JSON.stringify(result.left)}`);
  return result.right;
};
/** The first issue of a Left. */
const left = <A>(result: E.Either<Issues<AssignmentIssue>, A>): AssignmentIssue => {
  if (E.isRight(result)) throw new Error('expected Left');
  return result.left[0];
};

describe('solveAssignment', () => {
  it('finds the minimum-cost assignment of a square matrix', () => {
    const a = right(
      solveAssignment([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    );
    expect(Array.from(a.rowToCol)).toEqual([1, 0, 2]);
    expect(Array.from(a.colToRow)).toEqual([1, 0, 2]);
    expect(a.total).toBe(5);
  });

  it('maximises when asked, reporting the total in the input units', () => {
    const a = right(
      solveAssignment(
        [
          [4, 1, 3],
          [2, 0, 5],
          [3, 2, 2],
        ],
        { maximize: true },
      ),
    );
    expect(Array.from(a.rowToCol)).toEqual([0, 2, 1]);
    expect(a.total).toBe(11);
  });

  it('assigns every row of a wide matrix and leaves the extra columns at -1', () => {
    const a = right(
      solveAssignment([
        [5, 1, 9, 9],
        [9, 9, 9, 2],
      ]),
    );
    expect(Array.from(a.rowToCol)).toEqual([1, 3]);
    expect(Array.from(a.colToRow)).toEqual([-1, 0, -1, 1]);
    expect(a.total).toBe(3);
  });

  it('assigns every column of a tall matrix and leaves the extra rows at -1', () => {
    const a = right(
      solveAssignment([
        [5, 9],
        [1, 9],
        [9, 9],
        [9, 2],
      ]),
    );
    expect(Array.from(a.rowToCol)).toEqual([-1, 0, -1, 1]);
    expect(Array.from(a.colToRow)).toEqual([1, 3]);
    expect(a.total).toBe(3);
  });

  it('never uses a forbidden cell, even when it would be cheapest otherwise', () => {
    const a = right(
      solveAssignment(
        [
          [0.9, 0.8],
          [-Infinity, 0.1],
        ],
        { maximize: true },
      ),
    );
    expect(Array.from(a.rowToCol)).toEqual([0, 1]);
    expect(a.total).toBeCloseTo(1);
  });

  it.each([
    [0, 0],
    [0, 3],
    [3, 0],
  ])('returns the empty assignment for a %i × %i matrix', (rows, cols) => {
    const a = right(solveAssignment({ rows, cols, data: new Float64Array(0) }));
    expect(a.rowToCol).toEqual(new Int32Array(rows).fill(-1));
    expect(a.colToRow).toEqual(new Int32Array(cols).fill(-1));
    expect(a.total).toBe(0);
    expect(right(solveAssignment([])).total).toBe(0);
  });

  it('breaks ties by index: a matrix of equal cells gives the identity (scipy regression test #11602)', () => {
    const ones = (rows: number, cols: number): number[][] =>
      Array.from({ length: rows }, () => new Array<number>(cols).fill(1));
    expect(Array.from(right(solveAssignment(ones(8, 8))).rowToCol)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(Array.from(right(solveAssignment(ones(8, 8), { maximize: true })).rowToCol)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
    // Wide: rows take the lowest columns. Tall: the transpose is solved, columns take the lowest rows.
    expect(Array.from(right(solveAssignment(ones(3, 5))).rowToCol)).toEqual([0, 1, 2]);
    expect(Array.from(right(solveAssignment(ones(5, 3))).colToRow)).toEqual([0, 1, 2]);
  });

  describe('is exact where doubles are not (issue 12)', () => {
    it('finds the optimum 3 of [[-1e17, 3], [0, 1e17]] maximised, which doubles would round to 0', () => {
      const a = right(
        solveAssignment(
          [
            [-1e17, 3],
            [0, 1e17],
          ],
          { maximize: true },
        ),
      );
      expect(Array.from(a.rowToCol)).toEqual([1, 0]);
      expect(a.total).toBe(3);
    });

    it('solves cells near ±1.7e308, whose reduced costs overflow doubles, instead of calling them infeasible', () => {
      // The two assignments cost 0 and 1e308 - 1.7e308 = -7e307: the second is the minimum.
      const a = right(
        solveAssignment([
          [-1.7e308, -1.7e308],
          [1e308, 1.7e308],
        ]),
      );
      expect(Array.from(a.rowToCol)).toEqual([1, 0]);
      expect(a.total).toBe(-1.7e308 + 1e308);
    });

    it('tells the exact solver from the double one by the range, and says so when the matrix is too large for it', () => {
      const big = Array.from({ length: 300 }, (_, r) =>
        Array.from({ length: 300 }, (_, c) =>
          r === 0 && c === 0 ? 1e17 : r === 1 && c === 1 ? 3 : r + c + 10,
        ),
      );
      expect(left(solveAssignment(big))).toMatchObject({
        code: 'imprecise-costs',
        row: 1,
        col: 1,
        path: [1, 1],
      });
      const data = Float64Array.from(big.flat());
      expect(left(solveAssignment({ rows: 300, cols: 300, data }))).toMatchObject({
        code: 'imprecise-costs',
        path: ['data', 301],
      });
    });

    it('sums the total with compensation: 1e15-sized cells lose nothing a plain sum would', () => {
      // Row i takes its diagonal cell (the others are forbidden); a plain left-to-right sum of
      // 1e16, 1, 1, …, -1e16 gives 0, the exact total is the number of ones.
      const n = 50;
      const m = Array.from({ length: n }, (_, r) =>
        Array.from({ length: n }, (_, c) =>
          r !== c ? Infinity : r === 0 ? 2 ** 53 : r === n - 1 ? -(2 ** 53) : 1,
        ),
      );
      expect(right(solveAssignment(m)).total).toBe(n - 2);
    });
  });

  describe('rejects what an untyped caller may pass, never coercing or throwing', () => {
    it.each([
      ['a string', '2'],
      ['null', null],
      ['a boolean', true],
      ['a one-element array', [2]],
      ['a BigInt', 2n],
      ['undefined', undefined],
    ])('a cell that is %s gives invalid-cost at [row, col]', (_what, cell) => {
      const m = [
        [1, 2],
        [3, cell],
      ] as unknown as number[][];
      const result = solveAssignment(m);
      expect(E.isLeft(result) && result.left).toEqual([
        expect.objectContaining({ code: 'invalid-cost', row: 1, col: 1, path: [1, 1] }),
      ]);
    });

    it('a hole in a row gives invalid-cost, and every bad cell is listed at once', () => {
      const m = [
        // eslint-disable-next-line no-sparse-arrays -- a hole is exactly what is tested
        [1, , 3],
        [NaN, 5, '6'],
      ] as unknown as number[][];
      const result = solveAssignment(m);
      expect(E.isLeft(result) && result.left.map((i) => i.path)).toEqual([
        [0, 1],
        [1, 2],
        [1, 0],
      ]);
    });

    it.each([null, undefined, 7, 'matrix', [1, 2], [[1], 2]])(
      'a matrix that is %j gives invalid-shape',
      (m) => {
        expect(left(solveAssignment(m as unknown as number[][]))).toMatchObject({ code: 'invalid-shape' });
      },
    );

    it.each([[null], [3], ['max'], [[true]]])(
      'options that are %j give invalid-option at options',
      (options) => {
        expect(left(solveAssignment([[1]], options as unknown as object))).toMatchObject({
          code: 'invalid-option',
          path: ['options'],
        });
      },
    );
  });

  it('reads a CostMatrix in place and does not mutate it', () => {
    const data = Float64Array.of(4, 1, 2, 0);
    solveAssignment({ rows: 2, cols: 2, data }, { maximize: true });
    expect(Array.from(data)).toEqual([4, 1, 2, 0]);
  });

  describe('reports bad input as data', () => {
    it('invalid-shape when data does not hold rows × cols cells', () => {
      const error = left(solveAssignment({ rows: 2, cols: 2, data: new Float64Array(3) }));
      expect(error).toMatchObject({ code: 'invalid-shape', path: ['data'] });
      expect(error.message).toMatch(/3 cells/);
    });

    it('invalid-shape for negative or fractional sizes', () => {
      expect(left(solveAssignment({ rows: -1, cols: 2, data: new Float64Array(0) }))).toMatchObject({
        code: 'invalid-shape',
        path: ['rows'],
      });
      expect(left(solveAssignment({ rows: 1, cols: 1.5, data: new Float64Array(1) }))).toMatchObject({
        code: 'invalid-shape',
        path: ['cols'],
      });
    });

    it('invalid-shape for ragged rows, with the path of the first bad row', () => {
      expect(left(solveAssignment([[1, 2], [3]]))).toMatchObject({ code: 'invalid-shape', path: [1] });
    });

    it('invalid-cost for NaN, with its row and column', () => {
      expect(
        left(
          solveAssignment([
            [1, 2],
            [3, NaN],
          ]),
        ),
      ).toMatchObject({ code: 'invalid-cost', row: 1, col: 1, path: [1, 1] });
      const flat = left(solveAssignment({ rows: 2, cols: 2, data: Float64Array.of(1, NaN, 3, 4) }));
      expect(flat).toMatchObject({ code: 'invalid-cost', row: 0, col: 1, path: ['data', 1] });
    });

    it('invalid-cost for the wrong infinity', () => {
      expect(left(solveAssignment([[1, -Infinity]]))).toMatchObject({
        code: 'invalid-cost',
        row: 0,
        col: 1,
      });
      expect(left(solveAssignment([[Infinity, 1]], { maximize: true }))).toMatchObject({
        code: 'invalid-cost',
        row: 0,
        col: 0,
      });
    });

    it('infeasible when a row of a square matrix is all forbidden', () => {
      expect(
        left(
          solveAssignment([
            [1, 2],
            [Infinity, Infinity],
          ]),
        ).code,
      ).toBe('infeasible');
    });

    it('infeasible when two rows can only use the same column', () => {
      const error = left(
        solveAssignment([
          [1, Infinity, Infinity],
          [2, Infinity, Infinity],
          [3, 4, 5],
        ]),
      );
      expect(error.code).toBe('infeasible');
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
      ).toMatchObject({ code: 'infeasible', col: 1, path: [] });
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

    it('invalid-option for the former solver option and for a maximize that is not a boolean', () => {
      // @ts-expect-error -- options as untyped JavaScript callers could pass them
      const result = solveAssignment([[1]], { solver: 'munkres-js', maximize: 'yes' });
      expect(E.isLeft(result) && result.left).toMatchObject([
        { code: 'invalid-option', path: ['options', 'solver'] },
        { code: 'invalid-option', path: ['options', 'maximize'] },
      ]);
    });
  });

  describe('returns Left promptly, never hanging', () => {
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

    it('dense on NaN and on an all-forbidden row', () => {
      expect(left(solveAssignment(nanMatrix)).code).toBe('invalid-cost');
      expect(left(solveAssignment(forbiddenRow)).code).toBe('infeasible');
    });

    it('sparse on NaN and on an all-forbidden (empty) row', () => {
      expect(left(solveSparseAssignment(sparse(nanMatrix))).code).toBe('invalid-cost');
      expect(left(solveSparseAssignment(sparse(forbiddenRow)))).toMatchObject({
        code: 'infeasible',
        row: 30,
      });
      expect(left(sparseFromDense(nanMatrix)).code).toBe('invalid-cost');
    });
  });
});
