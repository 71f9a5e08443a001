import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { solveAssignment, solveSparseAssignment, sparseFromDense } from '../../src/assignment';
import type { Assignment, AssignmentIssue } from '../../src/assignment';
import type { Issues } from '../../src/domain/Issue';
import { extremeMatrixArb, matrixArb } from './arbitraries';
import { bruteForce } from './bruteForce';
import { close, isValidAssignment, totalIn } from './checks';
import { exactOracle } from './exactTotals';
import { munkresTotal } from './munkresOracle';

type Solve = (m: number[][], maximize: boolean) => E.Either<Issues<AssignmentIssue>, Assignment>;

const solvers: ReadonlyArray<readonly [string, Solve]> = [
  ['dense', (m, maximize) => solveAssignment(m, { maximize })],
  [
    'sparse',
    (m, maximize) =>
      E.flatMap(sparseFromDense(m, { maximize }), (s) => solveSparseAssignment(s, { maximize })),
  ],
];

describe.each(solvers)('the %s solver', (name, solve) => {
  it.each([false, true])(
    'finds the brute-force optimum on matrices up to 8 × 8 (maximize: %s), or reports infeasibility exactly when there is no full assignment',
    (maximize) => {
      fc.assert(
        fc.property(matrixArb({ maxRows: 8, maxCols: 8, maximize, forbidden: true }), (m) => {
          const expected = bruteForce(m, maximize);
          const result = solve(m, maximize);
          if (expected === undefined) return E.isLeft(result) && result.left[0].code === 'infeasible';
          return (
            E.isRight(result) && isValidAssignment(m, result.right) && close(result.right.total, expected)
          );
        }),
        { numRuns: 300 },
      );
    },
  );

  it.each([false, true])(
    'is exact on extreme values (±1e308, 1e17 beside small values, subnormals, -0), maximize: %s: the exact optimum, never a false infeasible',
    (maximize) => {
      fc.assert(
        fc.property(extremeMatrixArb({ maxRows: 6, maxCols: 6, maximize }), (m) => {
          const oracle = exactOracle(m, maximize);
          const expected = oracle.optimum();
          const result = solve(m, maximize);
          if (expected === undefined) return E.isLeft(result) && result.left[0].code === 'infeasible';
          return (
            E.isRight(result) &&
            isValidAssignment(m, result.right, false) &&
            oracle.totalOf(result.right.rowToCol) === expected
          );
        }),
        { numRuns: 400 },
      );
    },
  );

  it('leaves its input unchanged', () => {
    fc.assert(
      fc.property(matrixArb({ maxRows: 8, maxCols: 8, maximize: false, forbidden: true }), (m) => {
        const before = JSON.stringify(m);
        const data = Float64Array.from(m.flat());
        const dense = { rows: m.length, cols: m[0]?.length ?? 0, data };
        const copy = data.slice();
        solve(m, false);
        if (name === 'dense') solveAssignment(dense);
        return JSON.stringify(m) === before && data.every((v, k) => Object.is(v, copy[k]));
      }),
      { numRuns: 50 },
    );
  });
});

describe('ties broken by index', () => {
  it('a matrix of equal cells of any shape and value gives the identity on the shorter side', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.oneof(fc.integer({ min: -9, max: 9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        fc.boolean(),
        (rows, cols, value, maximize) => {
          const m = Array.from({ length: rows }, () => new Array<number>(cols).fill(value));
          const result = solveAssignment(m, { maximize });
          if (E.isLeft(result)) return false;
          const shorter = rows <= cols ? result.right.rowToCol : result.right.colToRow;
          return shorter.every((k, i) => k === i);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the dense and sparse solvers and the munkres-js oracle', () => {
  it('agree on the optimal total up to 40 × 40', () => {
    fc.assert(
      fc.property(
        matrixArb({ maxRows: 40, maxCols: 40, maximize: true, forbidden: true, minSize: 1 }),
        (m) => {
          const [dense, sparse] = solvers.map(([, solve]) => solve(m, true));
          const oracle = munkresTotal(m, true);
          if (dense === undefined || sparse === undefined) return false;
          if (oracle === undefined) return E.isLeft(dense) && E.isLeft(sparse);
          return [dense, sparse].every(
            (r) => E.isRight(r) && isValidAssignment(m, r.right) && close(r.right.total, oracle),
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('optimality is invariant', () => {
  const intMatrix = (maxRows: number, maxCols: number) =>
    fc
      .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
      .chain(([rows, cols]) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        }),
      );

  it('under adding a constant to a row (every row being assigned)', () => {
    fc.assert(
      fc.property(
        intMatrix(12, 12).filter((m) => m.length <= (m[0]?.length ?? 0)),
        fc.nat(),
        fc.integer({ min: -100, max: 100 }),
        (m, pick, shift) => {
          const r = pick % m.length;
          const shifted = m.map((row, i) => (i === r ? row.map((v) => v + shift) : row));
          const base = solveAssignment(m);
          const moved = solveAssignment(shifted);
          // The shifted problem's optimum is an optimum of the original, and vice versa.
          return (
            E.isRight(base) &&
            E.isRight(moved) &&
            totalIn(m, moved.right.rowToCol) === base.right.total &&
            moved.right.total === base.right.total + shift
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('under adding a constant to a column (every column being assigned)', () => {
    fc.assert(
      fc.property(
        intMatrix(12, 12).filter((m) => m.length >= (m[0]?.length ?? 0)),
        fc.nat(),
        fc.integer({ min: -100, max: 100 }),
        (m, pick, shift) => {
          const c = pick % (m[0]?.length ?? 1);
          const shifted = m.map((row) => row.map((v, j) => (j === c ? v + shift : v)));
          const base = solveAssignment(m, { maximize: true });
          const moved = solveAssignment(shifted, { maximize: true });
          return (
            E.isRight(base) &&
            E.isRight(moved) &&
            totalIn(m, moved.right.rowToCol) === base.right.total &&
            moved.right.total === base.right.total + shift
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('under a permutation of the rows, which permutes the assignment', () => {
    const withPermutation = matrixArb({
      maxRows: 10,
      maxCols: 10,
      maximize: false,
      forbidden: true,
      minSize: 1,
    }).chain((m) =>
      fc.tuple(
        fc.constant(m),
        fc.shuffledSubarray([...m.keys()], { minLength: m.length, maxLength: m.length }),
      ),
    );
    fc.assert(
      fc.property(withPermutation, ([m, order]) => {
        // Row k of `permuted` is row order[k] of `m`.
        const permuted = order.map((r) => m[r] as number[]);
        const base = solveAssignment(m);
        const moved = solveAssignment(permuted);
        if (E.isLeft(base) || E.isLeft(moved)) return E.isLeft(base) && E.isLeft(moved);
        const back = new Int32Array(m.length);
        order.forEach((r, k) => {
          back[r] = moved.right.rowToCol[k] as number;
        });
        return (
          isValidAssignment(m, {
            ...moved.right,
            rowToCol: back,
            colToRow: moved.right.colToRow.map((k) => (k < 0 ? -1 : (order[k] as number))),
          }) && close(totalIn(m, back), base.right.total)
        );
      }),
      { numRuns: 200 },
    );
  });

  it('and the same matrix always gives the same assignment', () => {
    fc.assert(
      fc.property(matrixArb({ maxRows: 10, maxCols: 10, maximize: false, forbidden: true }), (m) => {
        const a = solveAssignment(m);
        const b = solveAssignment(costCopy(m));
        return (
          JSON.stringify(E.map((x: Assignment) => [Array.from(x.rowToCol), x.total])(a)) ===
          JSON.stringify(E.map((x: Assignment) => [Array.from(x.rowToCol), x.total])(b))
        );
      }),
      { numRuns: 100 },
    );
  });
});

const costCopy = (m: number[][]): number[][] => m.map((row) => [...row]);

describe('a permutation of the rows of a matrix with a unique optimum', () => {
  it('permutes rowToCol exactly', () => {
    // Distinct powers of two make every assignment's total distinct, so the optimum is unique.
    const n = 6;
    const m = Array.from({ length: n }, (_, r) =>
      Array.from({ length: n }, (_, c) => 2 ** ((r * 7 + c * 3) % (n * n))),
    );
    const order = [3, 0, 5, 1, 4, 2];
    const permuted = order.map((r) => m[r] as number[]);
    const base = solveAssignment(m);
    const moved = solveAssignment(permuted);
    expect(E.isRight(base) && E.isRight(moved)).toBe(true);
    if (E.isRight(base) && E.isRight(moved)) {
      expect(order.map((r) => base.right.rowToCol[r])).toEqual(Array.from(moved.right.rowToCol));
    }
  });
});
