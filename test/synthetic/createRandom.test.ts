import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/synthetic/index';
import { createRandomUnchecked } from '../../src/synthetic/createRandomUnchecked';
import { orThrow } from '../../src/domain/orThrow';

const TWO_POW_32 = 2 ** 32;

describe('createRandom', () => {
  it('produces the sfc32 stream of an independent implementation, so a seed means the same on every platform', () => {
    // The first three 32-bit outputs, computed by a separate Python implementation of the same
    // algorithm (splitmix32-seeded sfc32, 12 outputs skipped) with arbitrary-precision integers.
    const expected: ReadonlyArray<readonly [number, ReadonlyArray<number>]> = [
      [0, [1124125427, 1442559921, 219152026]],
      [42, [628285399, 1044783103, 1071515989]],
      [-1, [1696552945, 2057308686, 310623514]],
      [2 ** 32 + 5, [2884054889, 1071007063, 3482391166]],
    ];
    for (const [seed, words] of expected) {
      const random = orThrow(createRandom(seed));
      expect(words.map(() => random.next() * TWO_POW_32)).toEqual(words);
    }
  });

  it('gives two generators with the same seed the same stream, and other seeds other streams', () => {
    const a = orThrow(createRandom(7));
    const b = orThrow(createRandom(7));
    const c = orThrow(createRandom(8));
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
  });

  it('tells apart seeds that differ only above 32 bits', () => {
    expect(orThrow(createRandom(5)).next()).not.toBe(orThrow(createRandom(2 ** 32 + 5)).next());
  });

  it('uses the whole part of a seed', () => {
    expect(orThrow(createRandom(3.9)).next()).toBe(orThrow(createRandom(3)).next());
  });

  it('refuses a seed that is not a finite number, rather than seeding 0 (issue 10)', () => {
    for (const seed of [Number.NaN, Number.POSITIVE_INFINITY, '7', null])
      expect(createRandom(seed as number)).toMatchObject({
        _tag: 'Left',
        left: [{ code: 'invalid-argument', path: [] }],
      });
  });

  it('keeps the unchecked form the generator uses: NaN and infinities act as 0', () => {
    expect(createRandomUnchecked(Number.NaN).next()).toBe(createRandomUnchecked(0).next());
    expect(createRandomUnchecked(Number.POSITIVE_INFINITY).next()).toBe(createRandomUnchecked(0).next());
  });

  it('draws whole numbers between both bounds, both included, in either order', () => {
    const random = orThrow(createRandom(1));
    const seen = new Set<number>();
    for (let i = 0; i < 600; i++) seen.add(random.int(6, 1));
    // 600 throws of a die miss a face with probability 6 · (5/6)^600 ≈ 10^-47; the seed is fixed anyway.
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(random.int(4, 4)).toBe(4);
  });

  it('spreads next() evenly over [0, 1)', () => {
    const random = orThrow(createRandom(2026));
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = random.next();
      expect(x >= 0 && x < 1).toBe(true);
      buckets[Math.floor(x * 10)] = (buckets[Math.floor(x * 10)] ?? 0) + 1;
    }
    // Expected 1000 per bucket, standard deviation √(10000 · 0.1 · 0.9) = 30: ±150 is five sigmas.
    for (const count of buckets) expect(Math.abs(count - 1000)).toBeLessThan(150);
  });

  it('picks an element of the list, and nothing from an empty list', () => {
    const random = orThrow(createRandom(3));
    const list = ['a', 'b', 'c'] as const;
    for (let i = 0; i < 50; i++) expect(list).toContain(random.pick(list));
    expect(random.pick([])).toBeUndefined();
  });

  it('shuffles a copy and leaves the list alone', () => {
    const list = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8]);
    const shuffled = orThrow(createRandom(4)).shuffle(list);
    expect([...shuffled].sort((a, b) => a - b)).toEqual([...list]);
    expect(list).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(orThrow(createRandom(4)).shuffle([])).toEqual([]);
  });
});
