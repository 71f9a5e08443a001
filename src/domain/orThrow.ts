import type { Either } from 'fp-ts/lib/Either.js';

const MARK = 'reverse-mentoring/error' as const;

/** Anything with a `message` that an error of this library can carry. @category Errors */
export interface IssueLike {
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
}

/**
 * The error {@link orThrow} throws: it carries the same issues the `Left` held. Recognise it with
 * {@link isReverseMentoringError}, which works across bundles and realms where `instanceof` does not.
 *
 * @category Errors
 */
export class ReverseMentoringError<E = unknown> extends Error {
  override readonly name = 'ReverseMentoringError';
  /** Marks the error for {@link isReverseMentoringError}. */
  readonly [MARK] = true;
  /** What went wrong: the `Left`'s value, as an array. */
  readonly issues: ReadonlyArray<E>;

  constructor(issues: ReadonlyArray<E>) {
    super(summarise(issues));
    this.issues = issues;
  }
}

/**
 * Whether a value is an error thrown by {@link orThrow}, without `instanceof`.
 *
 * @param error - anything caught
 * @returns `true` for a {@link ReverseMentoringError}
 * @example
 * try { orThrow(parseCohort(42)); } catch (e) { isReverseMentoringError(e); } // true
 * @category Errors
 */
export function isReverseMentoringError(error: unknown): error is ReverseMentoringError {
  return typeof error === 'object' && error !== null && (error as Record<string, unknown>)[MARK] === true;
}

/**
 * The one bridge for callers who prefer exceptions: the `Right`'s value, or a thrown
 * {@link ReverseMentoringError} carrying the `Left`'s issues.
 *
 * @param result - an `Either` returned by this library
 * @returns the value of a `Right`
 * @throws ReverseMentoringError with the issues of a `Left`
 * @example
 * const cohort = orThrow(parseCohort({ mentors: [], mentees: [] }));
 * cohort.mentors.length; // 0
 * @category Errors
 */
export function orThrow<E, A>(result: Either<E, A>): A {
  if (result._tag === 'Right') return result.right;
  throw new ReverseMentoringError(
    Array.isArray(result.left) ? (result.left as ReadonlyArray<unknown>) : [result.left],
  );
}

function summarise(issues: ReadonlyArray<unknown>): string {
  const lines = issues.slice(0, 5).map((issue) => {
    if (typeof issue !== 'object' || issue === null) return String(issue);
    const { message, path } = issue as Partial<IssueLike>;
    const where = Array.isArray(path) && path.length > 0 ? `${path.join('.')}: ` : '';
    return `${where}${typeof message === 'string' ? message : JSON.stringify(issue)}`;
  });
  const more = issues.length > 5 ? `\n… and ${issues.length - 5} more` : '';
  return `${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}${more}`;
}
