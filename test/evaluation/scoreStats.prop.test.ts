import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreStats } from '../../src/evaluation/internal/scoreStats';

// Scores on a grid of 10⁻⁹: subnormal doubles (6.4e-323) break the O(n²) reference formula's
// arithmetic, not the implementation, and no pair scores that close to 0.
const scores = fc.array(
  fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 1_000_000_000),
  { maxLength: 40 },
);

describe('scoreStats', () => {
  it('gives a Gini coefficient in [0, 1] equal to the mean absolute difference over twice the mean', () => {
    fc.assert(
      fc.property(scores, (xs) => {
        const { gini, mean } = scoreStats(xs);
        expect(gini).toBeGreaterThanOrEqual(0);
        expect(gini).toBeLessThanOrEqual(1);
        let sum = 0;
        for (const a of xs) for (const b of xs) sum += Math.abs(a - b);
        const definition = xs.length <= 1 || mean <= 0 ? 0 : sum / (2 * xs.length * xs.length * mean);
        expect(gini).toBeCloseTo(definition, 9);
      }),
    );
  });

  it('gives 0 for the Gini coefficient of equal scores and of at most one score', () => {
    expect(scoreStats([]).gini).toBe(0);
    expect(scoreStats([0.7]).gini).toBe(0);
    expect(scoreStats([0.3, 0.3, 0.3]).gini).toBeCloseTo(0, 15);
    expect(scoreStats([0, 0]).gini).toBe(0);
  });

  it('gives (n − 1)/n when one of n takes everything', () => {
    // Σ (2i − n − 1)·xᵢ = (n − 1)·1 for the single 1 at i = n; n·Σx = n.
    expect(scoreStats([0, 0, 0, 1]).gini).toBeCloseTo(3 / 4, 15);
  });

  it('takes the minimum, the nearest-rank 10th percentile and the mean from the scores themselves', () => {
    fc.assert(
      fc.property(scores, (xs) => {
        const { min, p10, mean, total } = scoreStats(xs);
        if (xs.length === 0) {
          expect([min, p10, mean, total]).toEqual([0, 0, 0, 0]);
          return;
        }
        const sorted = [...xs].sort((a, b) => a - b);
        expect(min).toBe(sorted[0]);
        expect(p10).toBe(sorted[Math.ceil(xs.length / 10) - 1]);
        expect(mean).toBeCloseTo(total / xs.length, 12);
      }),
    );
  });

  it('gives the 10th percentile of 1…20 as 2, the 2nd lowest (⌈0.1 · 20⌉ = 2)', () => {
    expect(scoreStats(Array.from({ length: 20 }, (_, i) => (i + 1) / 20)).p10).toBe(2 / 20);
  });
});
