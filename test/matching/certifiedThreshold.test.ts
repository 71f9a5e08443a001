import { describe, expect, it } from 'vitest';
import { certifiedThreshold } from '../../src/matching/internal/certifiedThreshold';
import { matrixProblem } from './matrixScorer';

describe('the certified fairest threshold', () => {
  it('raises the threshold with a pair kept in reserve, outside the graph', () => {
    // Three mentees, two mentors, one place each: at most 2 pairs. Each mentee's best mentor is
    // in the graph (0.9, 0.8, 0.2): its best 2 pairs have 0.2 at the bottom. The reserve holds
    // mentee 0 with mentor 1 (0.7), which with mentee 1 and mentor 0 (0.8) makes 2 pairs ≥ 0.7.
    const scores = [
      [0.9, 0.7],
      [0.8, 0.6],
      [0.1, 0.2],
    ];
    const { p, candidates } = matrixProblem({
      scores,
      rowCapacity: [1, 1, 1],
      colCapacity: [1, 1],
      minScore: 0,
      keep: 1,
      reserve: 1,
    });
    expect(Array.from(candidates.graph.col)).toEqual([0, 0, 1]);
    expect(Array.from(candidates.reserve.col)).toEqual([1, 1, 0]);
    const state = { ...candidates };
    expect(certifiedThreshold(p, state, 2)).toBe(0.7);
  });
});
