import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type BipartiteGraph, type BMatchingOptions, solveBMatching } from '../../src/assignment';
import { dualsCertify, smallGraphArb, toGraph } from './bmatchOracle';

const right = (graph: BipartiteGraph, options?: BMatchingOptions) => {
  const result = solveBMatching(graph, options);
  if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
  return result.right;
};

// Rows are mentees, columns mentors. Worked by hand in each test's comment.
describe('solveBMatching on worked examples', () => {
  // r0: c0 1.0, c1 0.3; r1: c0 0.4; every capacity 1. One pair (r0, c0) gives 1.0; the only two
  // pairs, (r0, c1) and (r1, c0), give 0.7.
  const twoOrOne = toGraph({
    rows: 2,
    cols: 2,
    edges: [
      [0, 0, 1.0],
      [0, 1, 0.3],
      [1, 0, 0.4],
    ],
    rowCapacity: [1, 1],
    colCapacity: [1, 1],
  });

  it('keeps one strong pair under max-total when a second pair would lower the total', () => {
    const result = right(twoOrOne);
    expect(Array.from(result.edges)).toEqual([0]);
    expect(result.total).toBe(1);
    expect(dualsCertify(twoOrOne, result)).toBe(true);
  });

  it('makes both pairs under max-matched, at the lower total', () => {
    const result = right(twoOrOne, { objective: 'max-matched' });
    expect(Array.from(result.edges)).toEqual([1, 2]);
    expect(result.total).toBeCloseTo(0.7, 12);
    expect(dualsCertify(twoOrOne, result)).toBe(true);
  });

  // r0: c0 0.9, c1 0.4; r1: c0 0.5, c1 0.1; capacities 1. Both full matchings have two pairs:
  // {(r0, c0), (r1, c1)} totals 1.0 with a worst pair of 0.1, {(r0, c1), (r1, c0)} totals 0.9
  // with a worst pair of 0.4.
  const crossed = toGraph({
    rows: 2,
    cols: 2,
    edges: [
      [0, 0, 0.9],
      [0, 1, 0.4],
      [1, 0, 0.5],
      [1, 1, 0.1],
    ],
    rowCapacity: [1, 1],
    colCapacity: [1, 1],
  });

  it('gives up total under fairest to raise the worst pair, and reports that pair as the threshold', () => {
    expect(Array.from(right(crossed).edges)).toEqual([0, 3]);
    const fairest = right(crossed, { objective: 'fairest' });
    expect(Array.from(fairest.edges)).toEqual([1, 2]);
    expect(fairest.threshold).toBe(0.4);
    expect(fairest.total).toBeCloseTo(0.9, 12);
  });

  // r0 (capacity 2) has one candidate, c0 (capacity 2) at 0.9; r1 has c0 at 0.5. Expanding places
  // would let r0 take c0 twice (1.8); a b-matching uses the edge once: (r0, c0) and (r1, c0), 1.4.
  it('never makes the same pair twice, even when both sides have room', () => {
    const graph = toGraph({
      rows: 2,
      cols: 1,
      edges: [
        [0, 0, 0.9],
        [1, 0, 0.5],
      ],
      rowCapacity: [2, 1],
      colCapacity: [2],
    });
    const result = right(graph);
    expect(Array.from(result.edges)).toEqual([0, 1]);
    expect(result.total).toBe(1.4);
  });

  it('breaks a tie by the lower row, then the lower column', () => {
    const graph = toGraph({
      rows: 2,
      cols: 2,
      edges: [
        [0, 0, 1],
        [0, 1, 1],
        [1, 0, 1],
        [1, 1, 1],
      ],
      rowCapacity: [1, 1],
      colCapacity: [2, 1],
    });
    for (const objective of ['max-total', 'max-matched', 'fairest'] as const) {
      expect(Array.from(right(graph, { objective }).edges)).toEqual([0, 2]);
    }
  });
});

describe('solveBMatching determinism, progress and cancellation', { timeout: 60_000 }, () => {
  it('gives the same edges and duals for the same graph, also from copied arrays', () => {
    fc.assert(
      fc.property(
        smallGraphArb,
        fc.constantFrom('max-total', 'max-matched', 'fairest'),
        (small, objective) => {
          const a = right(toGraph(small), { objective });
          const b = right(toGraph(small), { objective });
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports progress that never goes back and ends at the total', () => {
    const calls: Array<readonly [number, number]> = [];
    right(twoRowsThreeWeights(), {
      objective: 'fairest',
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls.length).toBeGreaterThan(1);
    const last = calls[calls.length - 1] as readonly [number, number];
    expect(last[0]).toBe(last[1]);
    expect(
      calls.every(([done], k) => k === 0 || done >= (calls[k - 1] as readonly [number, number])[0]),
    ).toBe(true);
  });

  it('stops with an aborted issue when the signal is aborted, before or during the work', () => {
    const before = solveBMatching(twoRowsThreeWeights(), { signal: { aborted: true } });
    expect(E.isLeft(before) && before.left[0].code).toBe('aborted');
    let reads = 0;
    const during = solveBMatching(twoRowsThreeWeights(), {
      objective: 'fairest',
      signal: {
        get aborted() {
          return reads++ > 0;
        },
      },
    });
    expect(E.isLeft(during) && during.left[0]).toMatchObject({
      code: 'aborted',
      path: ['options', 'signal'],
    });
  });
});

function twoRowsThreeWeights(): BipartiteGraph {
  return toGraph({
    rows: 2,
    cols: 2,
    edges: [
      [0, 0, 0.9],
      [0, 1, 0.4],
      [1, 0, 0.5],
    ],
    rowCapacity: [1, 1],
    colCapacity: [1, 1],
  });
}
