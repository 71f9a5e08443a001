import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestFirst } from '../../src/evaluation/internal/bestFirst';

describe('bestFirst', () => {
  it('equals sorting the whole list and taking the first count (keys with ties, broken by index)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 80 }), fc.nat(90), (keys, count) => {
        const items = keys.map((_, i) => i);
        const before = (a: number, b: number): boolean =>
          keys[a] !== keys[b] ? (keys[a] as number) > (keys[b] as number) : a < b;
        const sorted = [...items].sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, count);
        expect(bestFirst(items, count, before)).toEqual(sorted);
      }),
    );
  });
});
