import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../../domain/Issue';
import type { BMatchingIssue } from '../BMatchingIssue';

/**
 * Reads options that hold only a `signal` (an `AbortSignal` or anything with a boolean
 * `aborted`), as plain JavaScript may pass them: a getter that throws is a wrong option like any
 * other, at `['options', 'signal']`.
 *
 * @internal
 */
export function readSignal(
  options: unknown,
): E.Either<Issues<BMatchingIssue>, { readonly aborted: boolean } | undefined> {
  if (options === undefined) return E.right(undefined);
  const invalid = (message: string, path: ReadonlyArray<string>) =>
    E.left<Issues<BMatchingIssue>>([{ code: 'invalid-option', message, path }]);
  if (typeof options !== 'object' || options === null)
    return invalid('The options must be an object.', ['options']);
  let signal: unknown;
  try {
    signal = (options as { signal?: unknown }).signal;
    if (signal === undefined) return E.right(undefined);
    if (typeof signal === 'object' && signal !== null) {
      const aborted: unknown = (signal as { aborted?: unknown }).aborted;
      if (typeof aborted === 'boolean') return E.right({ aborted });
    }
  } catch {
    // A getter that throws is a wrong option like any other.
  }
  return invalid('signal must be an object with a boolean aborted property (an AbortSignal).', [
    'options',
    'signal',
  ]);
}
