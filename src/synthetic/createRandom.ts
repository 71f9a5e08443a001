import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../domain/ArgumentIssue';
import type { Issues } from '../domain/Issue';
import { readArgument } from '../domain/readArgument';
import { createRandomUnchecked } from './createRandomUnchecked';

/**
 * A seeded stream of pseudo-random numbers: the same seed gives the same stream on every platform.
 *
 * @category Evaluation
 */
export interface Random {
  /** The next number in [0, 1), a multiple of 2⁻³². */
  next(): number;
  /** A whole number from `min` to `max`, both included (the bounds may come in either order). */
  int(min: number, max: number): number;
  /** One element of a non-empty list, each equally likely. */
  pick<T>(list: readonly [T, ...T[]]): T;
  /** One element of a list, each equally likely, or `undefined` for an empty list. */
  pick<T>(list: ReadonlyArray<T>): T | undefined;
  /** A shuffled copy of a list (Fisher–Yates); the list itself is left alone. */
  shuffle<T>(list: ReadonlyArray<T>): T[];
}

/**
 * A seeded pseudo-random generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * which passes PractRand and BigCrush), its state filled from the seed by a splitmix-style hash.
 * It uses only 32-bit integer operations and one exact division, so a seed gives the same stream
 * in every JavaScript engine — unlike `Math.random`, which cannot be seeded at all.
 *
 * @param seed - a finite number; its whole part is used, all 53 bits of a safe integer count
 *   (anything else — `NaN`, an infinity, a string — is an `invalid-argument` issue, not seed 0)
 * @returns a {@link Random} with its own state: two generators with the same seed give the same stream
 * @example
 * const a = orThrow(createRandom(42));
 * const b = orThrow(createRandom(42));
 * a.next() === b.next(); // true
 * const die = orThrow(createRandom(7)).int(1, 6);
 * die >= 1 && die <= 6 && Number.isInteger(die); // true
 * orThrow(createRandom(1)).shuffle([1, 2, 3]).sort(); // [1, 2, 3]
 * orThrow(createRandom(1)).pick([]); // undefined
 * createRandom(Number.NaN)._tag; // 'Left'
 * @category Evaluation
 */
export function createRandom(seed: number): Either<Issues<ArgumentIssue>, Random> {
  const read = readArgument<number>(z.number(), seed, []);
  return read._tag === 'Left' ? read : right(createRandomUnchecked(read.right));
}
