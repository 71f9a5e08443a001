import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { maxCardinalityBMatching, solveBMatching } from '../../src/assignment';
import { bruteForce, isFeasible, smallGraphArb, toGraph } from './bmatchOracle';

const graph = {
  rows: 2,
  cols: 2,
  start: Int32Array.of(0, 2, 3),
  col: Int32Array.of(0, 1, 1),
  weight: Float64Array.of(0.9, 0.5, 0.7),
  rowCapacity: Int32Array.of(2, 1),
  colCapacity: Int32Array.of(1, 1),
};

describe('maxCardinalityBMatching', { timeout: 60_000 }, () => {
  it('matches as many edges as the brute force over every edge subset, feasibly, whatever the weights', () => {
    fc.assert(
      fc.property(smallGraphArb, (small) => {
        const g = toGraph(small);
        const result = maxCardinalityBMatching(g);
        if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
        const { edges } = result.right;
        // Ascending, each edge once, within every capacity (isFeasible checks both sides).
        expect([...edges]).toEqual([...new Set(edges)].sort((a, b) => a - b));
        expect(isFeasible(g, { edges })).toBe(true);
        // max-matched counts every edge (its bonus outweighs negative weights too).
        expect(edges.length).toBe(bruteForce(g, 'max-matched').count);
      }),
      { numRuns: 400 },
    );
  });

  it('is the cardinality solveBMatching max-matched reaches', () => {
    fc.assert(
      fc.property(smallGraphArb, (small) => {
        const g = toGraph(small);
        const most = maxCardinalityBMatching(g);
        const matched = solveBMatching(g, { objective: 'max-matched' });
        if (E.isLeft(most) || E.isLeft(matched)) throw new Error('a Left');
        expect(most.right.edges.length).toBe(matched.right.edges.length);
      }),
      { numRuns: 200 },
    );
  });

  it('worked example: row 0 fills both columns first (rows in order), and no augmenting path is left', () => {
    const result = maxCardinalityBMatching(graph);
    expect(E.isRight(result) && Array.from(result.right.edges)).toEqual([0, 1]);
    // Without row 0's second place, row 1 gets column 1 through an augmenting path.
    const tight = maxCardinalityBMatching({ ...graph, rowCapacity: Int32Array.of(1, 1) });
    expect(E.isRight(tight) && Array.from(tight.right.edges)).toEqual([0, 2]);
  });

  it('refuses a malformed graph, wrong options and an aborted signal with located issues', () => {
    const bad = maxCardinalityBMatching({ ...graph, col: Int32Array.of(0, 5, 1) });
    expect(E.isLeft(bad) && bad.left[0]).toMatchObject({ code: 'invalid-graph', path: ['col', 1] });
    expect(maxCardinalityBMatching(graph, 5 as never)).toEqual(
      E.left([{ code: 'invalid-option', message: 'The options must be an object.', path: ['options'] }]),
    );
    const signal = maxCardinalityBMatching(graph, { signal: { aborted: 'yes' } as never });
    expect(E.isLeft(signal) && signal.left[0]).toMatchObject({
      code: 'invalid-option',
      path: ['options', 'signal'],
    });
    const throwing = maxCardinalityBMatching(graph, {
      get signal(): never {
        throw new Error('no');
      },
    });
    expect(E.isLeft(throwing) && throwing.left[0]?.path).toEqual(['options', 'signal']);
    const aborted = maxCardinalityBMatching(graph, { signal: { aborted: true } });
    expect(E.isLeft(aborted) && aborted.left[0]?.code).toBe('aborted');
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(graph);
    maxCardinalityBMatching(graph);
    expect(graph).toEqual(copy);
  });
});
