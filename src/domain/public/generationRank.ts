import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { readChoice } from '../readArgument';
import { GENERATIONS, type Generation, generationRank as generationRankUnchecked } from '../generation';

/**
 * A generation's place from the oldest (`silent` 0) to the youngest (`gen-alpha` 5). A name
 * outside {@link GENERATIONS} is an `invalid-argument` issue, not `-1`.
 *
 * @param generation - a generation id
 * @returns its rank, 0 to 5
 * @example
 * generationRank('gen-x'); // { _tag: 'Right', right: 2 }
 * generationRank('boomer' as Generation)._tag; // 'Left'
 * @category Domain
 */
export function generationRank(generation: Generation): Either<Issues<ArgumentIssue>, number> {
  const ids = GENERATIONS.map((g) => g.id);
  const read = readChoice(generation, ids, undefined, 'a generation', [], 'invalid-argument');
  return read._tag === 'Left' ? read : right(generationRankUnchecked(read.right));
}
