import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type BipartiteGraph, solveBMatching } from '../../src/assignment/index';
import { type CandidateProblem, buildCandidates } from '../../src/matching/internal/candidateGraph';
import { type GraphSolver, PAIR_COST, certifiedSolve } from '../../src/matching/internal/certifiedSolve';
import type { PairScorer } from '../../src/scoring/index';

const EPS = 1e-9;

/** A scorer over a fixed matrix (`-Infinity`: blocked), with only what the certificate calls. */
function matrixScorer(scores: ReadonlyArray<ReadonlyArray<number>>, cols: number): PairScorer {
  const at = (e: number, m: number): number => scores[e]?.[m] as number;
  const row = (e: number, into: Float64Array, offset = 0): void => {
    for (let m = 0; m < cols; m++) into[offset + m] = at(e, m);
  };
  const unused = (): never => {
    throw new Error('not used by the certificate');
  };
  return { rows: scores.length, cols, at, row, rowWith: unused, blocking: unused } as unknown as PairScorer;
}

const solver: GraphSolver = (graph, objective) => {
  const solved = solveBMatching(graph, { objective });
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
      counted: fc.boolean(),
    }),
  );

describe('the certified solve over a pruned candidate graph', () => {
  it('reaches the optimum over every pair, whether the check scores rows whole or pair by pair', () => {
    fc.assert(
      fc.property(
        problems,
        fc.constantFrom(0, PAIR_COST, Number.POSITIVE_INFINITY),
        ({ scores, rowCapacity, colCapacity, minScore, keep, counted }, pairCost) => {
          const cols = colCapacity.length;
          const rows = Int32Array.from(scores, (_, r) => r);
          const p: CandidateProblem = {
            scorer: matrixScorer(scores, cols),
            rows,
            rowCapacity: Int32Array.from(rowCapacity),
            colCapacity: Int32Array.from(colCapacity),
            minScore,
            pinned: () => false,
            hasPins: () => false,
            keep: () => keep,
          };
          const candidates = buildCandidates(p);
          if (candidates === undefined) throw new Error('not cancelled, so built');
          // max-matched's bonus: one more pair outweighs any difference of totals.
          const bonus = counted ? Math.min(scores.length * 3, cols * 3) + 1 : 0;
          const state = { graph: candidates.graph, threshold: candidates.threshold };
          const edges = certifiedSolve(p, state, solver, Number.NEGATIVE_INFINITY, bonus, pairCost);
          if (typeof edges === 'string') throw new Error(edges);
          let total = 0;
          for (const k of edges) total += state.graph.weight[k] as number;
          const best = wholeOptimum(scores, p.rowCapacity, p.colCapacity, minScore, bonus);
          expect(Math.abs(total - best.total)).toBeLessThan(EPS);
          if (counted) expect(edges.length).toBe(best.count);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
