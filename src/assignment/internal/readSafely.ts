import * as E from 'fp-ts/lib/Either.js';
import type { Issue, IssuePath, Issues } from '../../domain/Issue';

/** What was thrown, in a few words a message can quote (at most 80 characters). */
function thrown(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return 'an exception';
  }
}

/**
 * Runs a reading step of an argument from plain JavaScript (checking options, telling a sparse
 * matrix from a dense one, copying cells) so that a `Proxy` whose traps throw or a getter that
 * throws becomes a located issue of `code` at `path`, not an exception: the solvers' inputs are
 * read into copies first, so nothing after the read touches the caller's objects.
 *
 * @internal
 */
export function readSafely<I extends Issue, A>(
  code: NoInfer<I['code']> & ('invalid-option' | 'invalid-shape' | 'invalid-graph'),
  what: string,
  path: IssuePath,
  read: () => E.Either<Issues<I>, A>,
): E.Either<Issues<I>, A> {
  try {
    return read();
  } catch (error) {
    // A code of the caller's issue type (checked above) that carries no field beyond the issue's own.
    const issue = { code, message: `${what} could not be read: ${thrown(error)}.`, path } as Issue as I;
    return E.left([issue]);
  }
}
