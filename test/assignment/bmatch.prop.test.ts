import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type BMatchingObjective, solveBMatching } from '../../src/assignment';
import { bruteForce, dualsCertify, isFeasible, smallGraphArb, toGraph } from './bmatchOracle';

const solved = (small: Parameters<typeof toGraph>[0], objective: BMatchingObjective) => {
  const graph = toGraph(small);
  const result = solveBMatching(graph, { objective });
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return { graph, result: result.right };
};

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * (1 + Math.abs(b));

// Brute force enumerates up to 2^12 edge subsets per run: generous timeouts for a loaded machine.
describe('solveBMatching', { timeout: 60_000 }, () => {
  it('reaches the brute-force maximum total, with an optimal dual certificate', () => {
    fc.assert(
      fc.property(smallGraphArb, (small) => {
        const { graph, result } = solved(small, 'max-total');
        const best = bruteForce(graph, 'max-total');
        expect(isFeasible(graph, result)).toBe(true);
        expect(close(result.total, best.total)).toBe(true);
        expect(result.edges.every((e) => (graph.weight[e] as number) > 0)).toBe(true);
        expect(dualsCertify(graph, result)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('matches the most edges and then the brute-force largest total for max-matched', () => {
    fc.assert(
      fc.property(smallGraphArb, (small) => {
        const { graph, result } = solved(small, 'max-matched');
        const best = bruteForce(graph, 'max-matched');
        expect(isFeasible(graph, result)).toBe(true);
        expect(result.edges.length).toBe(best.count);
        expect(close(result.total, best.total)).toBe(true);
        expect(dualsCertify(graph, result)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('matches the most edges, then the largest worst edge, then the largest total for fairest', () => {
    fc.assert(
      fc.property(smallGraphArb, (small) => {
        const { graph, result } = solved(small, 'fairest');
        const best = bruteForce(graph, 'fairest');
        const worst = Math.min(...Array.from(result.edges, (e) => graph.weight[e] as number));
        expect(isFeasible(graph, result)).toBe(true);
        expect(result.edges.length).toBe(best.count);
        expect(worst).toBe(best.min);
        expect(result.threshold).toBe(best.min);
        expect(close(result.total, best.total)).toBe(true);
        expect(dualsCertify(graph, result)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('needs no removed edge back when the duals already pay for it (the pruning certificate)', () => {
    fc.assert(
      fc.property(smallGraphArb, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (small, drop) => {
        const kept = { ...small, edges: small.edges.filter((_, k) => !drop[k]) };
        const removed = small.edges.filter((_, k) => drop[k]);
        const pruned = solved(kept, 'max-total').result;
        const paid = removed.every(
          ([r, c, w]) => (pruned.rowDual[r] as number) + (pruned.colDual[c] as number) >= w,
        );
        fc.pre(paid);
        expect(close(solved(small, 'max-total').result.total, pruned.total)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
