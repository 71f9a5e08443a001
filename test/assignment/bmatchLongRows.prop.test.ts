import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type BipartiteGraph, solveAssignment, solveBMatching } from '../../src/assignment';
import { dualsCertify, isFeasible } from './bmatchOracle';

/**
 * Complete bipartite graphs with rows longer and shorter than the solver's insertion-sort limit
 * (64 edges), weights on a coarse grid (many ties) or floats: with capacities 1, `max-total` is
 * the assignment problem, so the dense solver is the oracle.
 */
const denseArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    // fast-check favours small sizes: the long rows are asked for explicitly.
    cols: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 65, max: 90 })),
    grid: fc.boolean(),
  })
  .chain(({ rows, cols, grid }) =>
    fc.array(
      fc.array(
        grid
          ? fc.integer({ min: 1, max: 4 }).map((k) => k / 4)
          : fc.double({ min: 0.01, max: 1, noNaN: true }),
        {
          minLength: cols,
          maxLength: cols,
        },
      ),
      { minLength: rows, maxLength: rows },
    ),
  );

function graphOf(matrix: ReadonlyArray<ReadonlyArray<number>>): BipartiteGraph {
  const rows = matrix.length;
  const cols = matrix[0]?.length ?? 0;
  return {
    rows,
    cols,
    start: Int32Array.from({ length: rows + 1 }, (_, r) => r * cols),
    col: Int32Array.from({ length: rows * cols }, (_, k) => k % cols),
    weight: Float64Array.from(matrix.flat()),
    rowCapacity: new Int32Array(rows).fill(1),
    colCapacity: new Int32Array(cols).fill(1),
  };
}

describe('solveBMatching on long rows', { timeout: 60_000 }, () => {
  it('reaches the assignment optimum of a complete graph, with an optimal dual certificate', () => {
    fc.assert(
      fc.property(denseArb, (matrix) => {
        const graph = graphOf(matrix);
        const solved = solveBMatching(graph, { objective: 'max-total' });
        const lap = solveAssignment(matrix, { maximize: true });
        if (E.isLeft(solved) || E.isLeft(lap)) throw new Error('no answer');
        expect(isFeasible(graph, solved.right)).toBe(true);
        expect(dualsCertify(graph, solved.right)).toBe(true);
        expect(Math.abs(solved.right.total - lap.right.total)).toBeLessThanOrEqual(
          1e-9 * (1 + lap.right.total),
        );
      }),
      { numRuns: 300 },
    );
  });
});
