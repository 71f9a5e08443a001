import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { bMatchingThreshold, solveBMatching } from '../../src/assignment';
import { bruteForce, smallGraphArb, toGraph } from './bmatchOracle';

const graph = {
  rows: 2,
  cols: 2,
  start: Int32Array.of(0, 2, 3),
  col: Int32Array.of(0, 1, 1),
  weight: Float64Array.of(0.2, 0.9, 0.8),
  rowCapacity: Int32Array.of(1, 1),
  colCapacity: Int32Array.of(1, 1),
};

describe('bMatchingThreshold', { timeout: 60_000 }, () => {
  it("is the brute force's largest worst edge among the largest matchings, and solveBMatching fairest's threshold", () => {
    fc.assert(
      fc.property(smallGraphArb, (small) => {
        const g = toGraph(small);
        const result = bMatchingThreshold(g);
        const fairest = solveBMatching(g, { objective: 'fairest' });
        if (E.isLeft(result) || E.isLeft(fairest)) throw new Error('a Left');
        const best = bruteForce(g, 'fairest');
        expect(result.right.size).toBe(best.count);
        // The empty matching's worst edge is Infinity, as the threshold of a graph with none.
        expect(result.right.threshold).toBe(best.min);
        expect(result.right.threshold).toBe(fairest.right.threshold);
      }),
      { numRuns: 400 },
    );
  });

  it('worked example: two pairs need row 0 on its 0.2 edge', () => {
    expect(bMatchingThreshold(graph)).toEqual(E.right({ threshold: 0.2, size: 2 }));
    // With one column taking two, both rows reach column 1 and the worst edge is 0.8.
    expect(bMatchingThreshold({ ...graph, colCapacity: Int32Array.of(1, 2) })).toEqual(
      E.right({ threshold: 0.8, size: 2 }),
    );
  });

  it('refuses a malformed graph, wrong options and an aborted signal with located issues', () => {
    const bad = bMatchingThreshold({ ...graph, weight: Float64Array.of(0.2, Number.NaN, 0.8) });
    expect(E.isLeft(bad) && bad.left[0]).toMatchObject({ code: 'invalid-graph', path: ['weight', 1] });
    const option = bMatchingThreshold(graph, { signal: 1 } as never);
    expect(E.isLeft(option) && option.left[0]).toMatchObject({
      code: 'invalid-option',
      path: ['options', 'signal'],
    });
    const aborted = bMatchingThreshold(graph, { signal: { aborted: true } });
    expect(E.isLeft(aborted) && aborted.left[0]?.code).toBe('aborted');
  });
});
