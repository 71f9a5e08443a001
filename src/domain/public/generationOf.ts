import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { readArgument } from '../readArgument';
import { type Generation, generationOf as generationOfUnchecked } from '../generation';

/**
 * The generation of somebody born in the given year (Pew cut-offs). A year that is not a
 * finite number is an `invalid-argument` issue (it has no generation).
 *
 * @param birthYear - a calendar year, such as 1990
 * @returns the generation that year falls in
 * @example
 * generationOf(1990); // { _tag: 'Right', right: 'millennial' }
 * orThrow(generationOf(2001)); // 'gen-z'
 * generationOf(Number.NaN)._tag; // 'Left'
 * @category Domain
 */
export function generationOf(birthYear: number): Either<Issues<ArgumentIssue>, Generation> {
  const read = readArgument<number>(z.number(), birthYear, []);
  return read._tag === 'Left' ? read : right(generationOfUnchecked(read.right));
}
