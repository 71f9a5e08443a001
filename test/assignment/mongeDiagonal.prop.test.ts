import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../../src/assignment';
import { lapjvDense } from '../../src/assignment/internal/lapjvDense';
import { mongeDiagonal } from '../../src/assignment/internal/mongeDiagonal';
import { cellRange } from '../../src/assignment/internal/precisionOf';
import { extremeMatrixArb, matrixArb } from './arbitraries';
import { bruteForce } from './bruteForce';
import { exactOracle } from './exactTotals';

/**
 * A strict Monge (`inverse = false`) or strict inverse Monge square matrix of integers: first row
 * and column free, every adjacent 2 × 2 block `c[i][j] + c[i+1][j+1] - c[i][j+1] - c[i+1][j]`
 * equal to `∓w` with `w >= 1`.
 */
const mongeArb = (inverse: boolean): fc.Arbitrary<number[][]> =>
  fc.integer({ min: 2, max: 7 }).chain((n) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: (n - 1) ** 2, maxLength: (n - 1) ** 2 }),
      )
      .map(([top, left, w]) => {
        const c = Array.from({ length: n }, () => new Array<number>(n).fill(0));
        for (let j = 0; j < n; j++) (c[0] as number[])[j] = top[j] as number;
        for (let i = 1; i < n; i++) (c[i] as number[])[0] = left[i] as number;
        for (let i = 0; i + 1 < n; i++) {
          for (let j = 0; j + 1 < n; j++) {
            const block = (inverse ? 1 : -1) * (w[i * (n - 1) + j] as number);
            const row = c[i] as number[];
            const next = c[i + 1] as number[];
            next[j + 1] = (row[j + 1] as number) + (next[j] as number) - (row[j] as number) + block;
          }
        }
        return c;
      }),
  );

/** `mongeDiagonal` on a nested matrix: the row → column answer, or `undefined` when it declines. */
const diagonal = (m: number[][], maximize: boolean): number[] | undefined => {
  const n = m.length;
  const data = Float64Array.from(m.flat());
  const x = new Int32Array(n).fill(-1);
  const y = new Int32Array(n).fill(-1);
  const sign = maximize ? -1 : 1;
  return mongeDiagonal(data, n, sign, cellRange(data).largest, x, y) ? Array.from(x) : undefined;
};

/** The dense kernel alone (no shortcut): its row → column answer. */
const kernel = (m: number[][], maximize: boolean): number[] => {
  const n = m.length;
  const data = Float64Array.from(m.flat());
  const x = new Int32Array(n);
  const y = new Int32Array(n);
  lapjvDense(data, n, n, n, 1, maximize ? -1 : 1, x, y);
  return Array.from(x);
};

const totalOf = (m: number[][], x: ReadonlyArray<number>): number =>
  x.reduce((s, j, i) => s + ((m[i] as number[])[j] as number), 0);

describe('mongeDiagonal', () => {
  it('takes the identity of a strict Monge matrix and the anti-identity of an inverse one, as the kernel does', () => {
    fc.assert(
      fc.property(mongeArb(false), mongeArb(true), fc.boolean(), (monge, inverse, maximize) => {
        // Maximising flips the direction: -c of a Monge matrix is inverse Monge.
        const [asIdentity, asAnti] = maximize ? [inverse, monge] : [monge, inverse];
        const id = diagonal(asIdentity, maximize);
        const anti = diagonal(asAnti, maximize);
        const n = asIdentity.length;
        const k = asAnti.length;
        return (
          JSON.stringify(id) === JSON.stringify(Array.from({ length: n }, (_, i) => i)) &&
          JSON.stringify(anti) === JSON.stringify(Array.from({ length: k }, (_, i) => k - 1 - i)) &&
          JSON.stringify(kernel(asIdentity, maximize)) === JSON.stringify(id) &&
          JSON.stringify(kernel(asAnti, maximize)) === JSON.stringify(anti) &&
          totalOf(asIdentity, id ?? []) === bruteForce(asIdentity, maximize) &&
          totalOf(asAnti, anti ?? []) === bruteForce(asAnti, maximize)
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never answers wrongly: on any square matrix it declines or finds the optimum', () => {
    const square = (m: number[][]): boolean => m.length >= 2 && m.length === (m[0]?.length ?? 0);
    const arbitrary = fc.oneof(
      matrixArb({ maxRows: 6, maxCols: 6, maximize: false, forbidden: true, minSize: 2 }),
      extremeMatrixArb({ maxRows: 5, maxCols: 5, maximize: false }),
      mongeArb(true),
      mongeArb(false),
    );
    fc.assert(
      fc.property(arbitrary.filter(square), fc.boolean(), (m, maximize) => {
        const x = diagonal(m, maximize);
        if (x === undefined) return true;
        // Found: its exact total is the exact optimum (doubles cannot judge 1e17 beside 3).
        const exact = exactOracle(m, maximize);
        const total = exact.totalOf(Int32Array.from(x));
        return total !== undefined && total === exact.optimum();
      }),
      { numRuns: 300 },
    );
  });

  it('declines a tie, a forbidden cell and a block within rounding of the largest cell', () => {
    const ones = [
      [1, 1],
      [1, 1],
    ];
    expect(diagonal(ones, false)).toBeUndefined();
    // Machol–Wien with a forbidden cell.
    expect(
      diagonal(
        [
          [0, 0, 0],
          [0, 1, Infinity],
          [0, 2, 4],
        ],
        false,
      ),
    ).toBeUndefined();
    // 1 + 1 < 1 + (1 + 2^-52) holds, by less than the margin the check trusts.
    expect(
      diagonal(
        [
          [1, 1],
          [1 + 2 ** -52, 1],
        ],
        false,
      ),
    ).toBeUndefined();
    // Monge everywhere but in one block (a tie there).
    expect(
      diagonal(
        [
          [0, 0, 0],
          [0, 1, 2],
          [0, 2, 3],
        ],
        false,
      ),
    ).toBeUndefined();
  });

  it('solves Machol–Wien c[i][j] = i·j through the public solver: the anti-identity, the identity when maximised', () => {
    const n = 6;
    const mw = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i * j));
    const min = solveAssignment(mw);
    const max = solveAssignment(mw, { maximize: true });
    expect(E.isRight(min) && Array.from(min.right.rowToCol)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(E.isRight(min) && min.right.total).toBe(bruteForce(mw));
    expect(E.isRight(max) && Array.from(max.right.rowToCol)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(E.isRight(max) && max.right.total).toBe(bruteForce(mw, true));
  });

  it('gives the answer of the example in docs/assignment.md', () => {
    const a = solveAssignment([
      [0, 0, 0],
      [0, 1, 2],
      [0, 2, 4],
    ]);
    expect(E.isRight(a) && Array.from(a.right.rowToCol)).toEqual([2, 1, 0]);
    expect(E.isRight(a) && a.right.total).toBe(1);
  });
});
