import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/synthetic/index';
import { orThrow } from '../../src/domain/orThrow';

const seed = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });

describe('createRandom (properties)', () => {
  it('keeps next() in [0, 1) for every seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const random = orThrow(createRandom(s));
        for (let i = 0; i < 50; i++) {
          const x = random.next();
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps int(min, max) a whole number within its bounds', () => {
    fc.assert(
      fc.property(
        seed,
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (s, a, b) => {
          const value = orThrow(createRandom(s)).int(a, b);
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(Math.min(a, b));
          expect(value).toBeLessThanOrEqual(Math.max(a, b));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shuffles into a permutation, the same one for the same seed', () => {
    fc.assert(
      fc.property(seed, fc.array(fc.integer(), { maxLength: 30 }), (s, list) => {
        const shuffled = orThrow(createRandom(s)).shuffle(list);
        expect([...shuffled].sort((x, y) => x - y)).toEqual([...list].sort((x, y) => x - y));
        expect(orThrow(createRandom(s)).shuffle(list)).toEqual(shuffled);
      }),
      { numRuns: 200 },
    );
  });
});
