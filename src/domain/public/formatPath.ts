import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../ArgumentIssue';
import { type IssuePath, type Issues, formatPath as formatPathUnchecked } from '../Issue';
import { readArgument } from '../readArgument';

const pathSchema = z.array(z.union([z.string(), z.number()]));

/**
 * Formats a path as a reader writes it: `mentors[3].skills.tiktok`. Anything but a list of keys
 * and indices is an `invalid-argument` issue.
 *
 * @param path - the path of an issue
 * @returns the path as text (`(root)` for the empty path)
 * @example
 * formatPath(['mentors', 3, 'skills', 'tiktok']); // { _tag: 'Right', right: 'mentors[3].skills.tiktok' }
 * orThrow(formatPath([])); // '(root)'
 * formatPath(null as unknown as IssuePath)._tag; // 'Left'
 * @category Errors
 */
export function formatPath(path: IssuePath): Either<Issues<ArgumentIssue>, string> {
  const read = readArgument<IssuePath>(pathSchema, path, []);
  return read._tag === 'Left' ? read : right(formatPathUnchecked(read.right));
}
