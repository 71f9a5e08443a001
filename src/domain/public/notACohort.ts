import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { readArgument } from '../readArgument';
import { notACohort as notACohortUnchecked } from '../isCohort';
import type { Issue, IssuePath } from '../Issue';

/**
 * The issue of a value that is not a parsed cohort where one is expected (see {@link isCohort}),
 * for a library that wraps this one and answers in the same words. A path that is not a list of
 * keys and indices is an `invalid-argument` issue.
 *
 * @param path - where the value was passed: `[]` for a first argument, `['cohort']` for another
 * @returns an issue with code `not-a-cohort`
 * @example
 * orThrow(notACohort([])).code; // 'not-a-cohort'
 * notACohort(null as unknown as IssuePath)._tag; // 'Left'
 * @category Errors
 */
export function notACohort(path: IssuePath): Either<Issues<ArgumentIssue>, Issue<'not-a-cohort'>> {
  const read = readArgument<IssuePath>(z.array(z.union([z.string(), z.number()])), path, []);
  return read._tag === 'Left' ? read : right(notACohortUnchecked(read.right));
}
