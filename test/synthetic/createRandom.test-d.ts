import { describe, expectTypeOf, it } from 'vitest';
import { type Random, createRandom } from '../../src/synthetic/index';
import { orThrow } from '../../src/domain/orThrow';

describe('createRandom (types)', () => {
  it('returns a Random', () => {
    expectTypeOf(orThrow(createRandom(1))).toEqualTypeOf<Random>();
  });

  it('picks a T from a non-empty tuple and a T | undefined from any other list', () => {
    const random = orThrow(createRandom(1));
    expectTypeOf(random.pick(['a', 'b'] as const)).toEqualTypeOf<'a' | 'b'>();
    const list: ReadonlyArray<number> = [1, 2];
    expectTypeOf(random.pick(list)).toEqualTypeOf<number | undefined>();
    expectTypeOf(random.shuffle(list)).toEqualTypeOf<number[]>();
  });

  it('takes a number as seed', () => {
    // @ts-expect-error a seed is a number, not text read from a command line unparsed
    orThrow(createRandom('42'));
  });
});
