import fc from 'fast-check';
import { describe, it } from 'vitest';
import { exactCells, lapExact } from '../../src/assignment/internal/lapExact';
import { lapjvDense } from '../../src/assignment/internal/lapjvDense';
import { lapjvSparse } from '../../src/assignment/internal/lapjvSparse';
import { transposeCsr } from '../../src/assignment/internal/transposeCsr';
import { matrixArb } from './arbitraries';
import { bruteForce } from './bruteForce';
import { close } from './checks';

// The LAPJV initialisation solves most small problems by itself, so the public-API properties
// rarely reach the augmentation phase with more than one free row. These run the kernels with
// every row free, which makes the shortest-path search and its price updates do all the work.

/** Solves a nested matrix with a kernel alone; `undefined` when it reports infeasibility. */
type Kernel = (m: number[][], maximize: boolean, initialise: boolean) => number | undefined;

/** The dense kernel, with the LAPJV start (`ties = false`) or the tie-aware greedy start. */
const denseWith =
  (ties: boolean): Kernel =>
  (m, maximize, initialise) => {
    const rows = m.length;
    const cols = m[0]?.length ?? 0;
    const data = Float64Array.from(m.flat());
    const t = rows > cols;
    const x = new Int32Array(Math.min(rows, cols));
    const y = new Int32Array(Math.max(rows, cols));
    const sign = maximize ? -1 : 1;
    const blocked = t
      ? lapjvDense(data, cols, rows, 1, cols, sign, x, y, initialise, ties)
      : lapjvDense(data, rows, cols, cols, 1, sign, x, y, initialise, ties);
    if (blocked !== undefined) return undefined;
    let total = 0;
    x.forEach((j, i) => {
      total += t ? ((m[j] as number[])[i] as number) : ((m[i] as number[])[j] as number);
    });
    return total;
  };

/** The exact BigInt kernel (it has no initialisation: every row goes through the search). */
const exact: Kernel = (m, maximize) => {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const data = Float64Array.from(m.flat());
  const t = rows > cols;
  const x = new Int32Array(Math.min(rows, cols));
  const y = new Int32Array(Math.max(rows, cols));
  const sign = maximize ? -1 : 1;
  const big = exactCells(data, sign);
  const blocked = t ? lapExact(big, cols, rows, 1, cols, x, y) : lapExact(big, rows, cols, cols, 1, x, y);
  if (blocked !== undefined) return undefined;
  let total = 0;
  x.forEach((j, i) => {
    total += t ? ((m[j] as number[])[i] as number) : ((m[i] as number[])[j] as number);
  });
  return total;
};

const sparse: Kernel = (m, maximize, initialise) => {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const start = new Int32Array(rows + 1);
  const col: number[] = [];
  const cost: number[] = [];
  m.forEach((row, r) => {
    row.forEach((value, c) => {
      if (Number.isFinite(value)) {
        col.push(c);
        cost.push(value);
      }
    });
    start[r + 1] = col.length;
  });
  const csr = { start, col: Int32Array.from(col), cost: Float64Array.from(cost) };
  const t = rows > cols;
  const x = new Int32Array(Math.min(rows, cols));
  const y = new Int32Array(Math.max(rows, cols));
  const sign = maximize ? -1 : 1;
  const blocked = t
    ? lapjvSparse(cols, rows, transposeCsr(rows, cols, csr), sign, x, y, initialise)
    : lapjvSparse(rows, cols, csr, sign, x, y, initialise);
  if (blocked !== undefined) return undefined;
  let total = 0;
  x.forEach((j, i) => {
    total += t ? ((m[j] as number[])[i] as number) : ((m[i] as number[])[j] as number);
  });
  return total;
};

describe.each([
  ['dense', denseWith(false)],
  ['dense (tie-aware start)', denseWith(true)],
  ['exact', exact],
  ['sparse', sparse],
] as const)('the %s kernel', (_name, kernel) => {
  it.each([
    [false, false],
    [false, true],
    [true, false],
    [true, true],
  ])(
    'finds the brute-force optimum with the augmentation phase alone (maximize: %s, initialise: %s)',
    (maximize, initialise) => {
      fc.assert(
        fc.property(matrixArb({ maxRows: 7, maxCols: 7, maximize, forbidden: true }), (m) => {
          const expected = bruteForce(m, maximize);
          const got = kernel(m, maximize, initialise);
          return expected === undefined ? got === undefined : got !== undefined && close(got, expected);
        }),
        { numRuns: initialise ? 200 : 600 },
      );
    },
  );
});
