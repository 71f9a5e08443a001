import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type BipartiteGraph, solveBMatching } from '../../src/assignment/index';
import {
  type CheckTuning,
  type GraphSolver,
  PAIR_COST,
  certifiedSolve,
  rowCheck,
} from '../../src/matching/internal/certifiedSolve';
import { matrixProblem } from './matrixScorer';

const EPS = 1e-9;

// Each round after the first starts from the last one's answer, as the engine's solver does.
const solver: GraphSolver = (graph, objective, start) => {
  const solved = solveBMatching(graph, { objective, ...(start === undefined ? {} : { start }) });
  return isRight(solved) ? solved.right : undefined;
};

/** Every allowed pair as a graph, solved whole: the optimum the certificate must reach. */
function wholeOptimum(
  scores: ReadonlyArray<ReadonlyArray<number>>,
  rowCapacity: Int32Array,
  colCapacity: Int32Array,
  minScore: number,
  bonus: number,
): { readonly count: number; readonly total: number } {
  const start = [0];
  const col: number[] = [];
  const weight: number[] = [];
  scores.forEach((row) => {
    row.forEach((s, c) => {
      if (s >= minScore) {
        col.push(c);
        weight.push(s + bonus);
      }
    });
    start.push(col.length);
  });
  const graph: BipartiteGraph = {
    rows: scores.length,
    cols: colCapacity.length,
    start: Int32Array.from(start),
    col: Int32Array.from(col),
    weight: Float64Array.from(weight),
    rowCapacity,
    colCapacity,
  };
  const solved = solver(graph, 'max-total');
  if (solved === undefined) throw new Error('the whole graph has no optimum');
  return { count: solved.edges.length, total: solved.total - bonus * solved.edges.length };
}

type Problem = typeof problems extends fc.Arbitrary<infer P> ? P : never;

const problems = fc
  .record({ rows: fc.integer({ min: 1, max: 40 }), cols: fc.integer({ min: 1, max: 40 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      scores: fc.array(
        fc.array(
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(Number.NEGATIVE_INFINITY) },
            // Few distinct values: ties, and prices that move a little from round to round.
            { weight: 5, arbitrary: fc.integer({ min: 0, max: 20 }).map((x) => x / 20) },
          ),
          { minLength: cols, maxLength: cols },
        ),
        { minLength: rows, maxLength: rows },
      ),
      rowCapacity: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: rows, maxLength: rows }),
      colCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
      minScore: fc.constantFrom(0, 0.3),
      keep: fc.integer({ min: 1, max: 3 }),
      reserve: fc.integer({ min: 0, max: 4 }),
      counted: fc.boolean(),
    }),
  );

/** Runs the certified solve on one problem and checks it against the whole graph's optimum. */
function checkAgainstWhole(
  { scores, rowCapacity, colCapacity, minScore, keep, reserve, counted }: Problem,
  tuning: CheckTuning,
): void {
  const cols = colCapacity.length;
  const { p, candidates } = matrixProblem({ scores, rowCapacity, colCapacity, minScore, keep, reserve });
  // max-matched's bonus: one more pair outweighs any difference of totals.
  const bonus = counted ? Math.min(scores.length * 3, cols * 3) + 1 : 0;
  const state = { ...candidates };
  const edges = certifiedSolve(p, state, solver, Number.NEGATIVE_INFINITY, bonus, tuning);
  if (typeof edges === 'string') throw new Error(edges);
  let total = 0;
  for (const k of edges) total += state.graph.weight[k] as number;
  const best = wholeOptimum(scores, p.rowCapacity, p.colCapacity, minScore, bonus);
  expect(Math.abs(total - best.total)).toBeLessThan(EPS);
  if (counted) expect(edges.length).toBe(best.count);
}

describe('the certified solve over a pruned candidate graph', () => {
  it('reaches the optimum over every pair, whatever the reserve, however few pairs a round may add, and whether the check scores rows whole or pair by pair', () => {
    fc.assert(
      fc.property(
        problems,
        fc.constantFrom(0, PAIR_COST, Number.POSITIVE_INFINITY),
        fc.constantFrom(0, 0.03),
        fc.constantFrom(undefined, 1, 3),
        (problem, pairCost, near, addedAtMost) => checkAgainstWhole(problem, { pairCost, near, addedAtMost }),
      ),
      { numRuns: 2000 },
    );
  });

  it('reaches it when later rounds prove rows only by their bounds and the price falls (no reserve, nothing added early)', () => {
    fc.assert(
      fc.property(
        problems.map((problem) => ({ ...problem, reserve: 0 })),
        (problem) => checkAgainstWhole(problem, { pairCost: 0, near: 0 }),
      ),
      { numRuns: 3000 },
    );
  });
});

describe('the dual check between rounds', () => {
  it('still scores a pair whose column price fell a little in each of two rounds, though no single fall would make it violate', () => {
    // One mentee taking one mentor: mentor 0 in the graph, mentor 1 (0.3) and mentors 2–9 (0.5)
    // left out, so every other pair scores at most 0.5.
    const scores = [[0.9, 0.3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]];
    const { p, candidates } = matrixProblem({
      scores,
      rowCapacity: [1],
      colCapacity: Array.from({ length: 10 }, () => 1),
      minScore: 0,
      keep: 1,
      reserve: 0,
    });
    const check = rowCheck(p, 0, 0, 1e-12, { pairCost: 0, near: 0 });
    const prices = (first: number, second: number): Float64Array =>
      Float64Array.of(0.5, 0, first, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1).map((x, c) => (c === 2 ? second : x));
    // Round 1: mentor 1 (price 0) is the only one that could violate; it does not
    // (0.45 + 0 ≥ 0.3), and every other pair stands at most 0.4 above its price.
    expect(check(candidates, Float64Array.of(0.45), prices(0.1, 0.1))).toEqual([]);
    // Round 2: mentor 2's price falls by 0.05, which the bound absorbs (0.49 ≥ 0.4 + 0.05); it
    // now stands 0.45 above its price.
    expect(check(candidates, Float64Array.of(0.49), prices(0.1, 0.05))).toEqual([]);
    // Round 3: it falls by 0.05 again, and 0.49 + 0 < 0.5: the pair violates.
    expect(check(candidates, Float64Array.of(0.49), prices(0.1, 0))).toEqual([[0, 2, 0.5]]);
  });
});
