import type { Either } from 'fp-ts/lib/Either.js';
import { formatPath, type Issue, type Issues } from './Issue';

const MARK = 'reverse-mentoring/error' as const;

/**
 * The error {@link orThrow} throws: it carries the same issues the `Left` held, typed, so that
 * `error.issues[0].path` compiles after {@link isReverseMentoringError}. Recognise it with
 * {@link isReverseMentoringError}, which works across bundles and realms where `instanceof` does not.
 *
 * @category Errors
 */
export class ReverseMentoringError<I extends Issue = Issue> extends Error {
  override readonly name = 'ReverseMentoringError';
  /** Marks the error for {@link isReverseMentoringError}. */
  readonly [MARK] = true;
  /** What went wrong: the `Left`'s issues, never empty. */
  readonly issues: Issues<I>;

  constructor(issues: Issues<I>) {
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
 * try { orThrow(parseCohort(42)); } catch (e) { isReverseMentoringError(e) && e.issues[0].path; } // []
 * @category Errors
 */
export function isReverseMentoringError(error: unknown): error is ReverseMentoringError {
  try {
    return typeof error === 'object' && error !== null && (error as Record<string, unknown>)[MARK] === true;
  } catch {
    // A hostile proxy thrown as an error is not ours.
    return false;
  }
}

/**
 * The one bridge for callers who prefer exceptions: the `Right`'s value, or a thrown
 * {@link ReverseMentoringError} carrying the `Left`'s issues. Its message lists the first five
 * issues, one a line, as `path: message` (the path printed by {@link formatPath}).
 *
 * @param result - an `Either` returned by this library
 * @returns the value of a `Right`
 * @throws ReverseMentoringError with the issues of a `Left`
 * @example
 * const cohort = orThrow(parseCohort({ mentors: [], mentees: [] }));
 * cohort.mentors.length; // 0
 * @category Errors
 */
export function orThrow<I extends Issue, A>(result: Either<Issues<I>, A>): A {
  if (result._tag === 'Right') return result.right;
  // A plain JavaScript caller may pass a Left of one issue: it is still thrown as a list.
  const left: unknown = result.left;
  throw new ReverseMentoringError<I>((Array.isArray(left) ? left : [left]) as unknown as Issues<I>);
}

function summarise(issues: ReadonlyArray<Issue>): string {
  const lines = issues.slice(0, 5).map((issue) => {
    if (typeof issue !== 'object' || issue === null) return String(issue);
    const { message, path } = issue as Partial<Issue>;
    const where = Array.isArray(path) && path.length > 0 ? `${formatPath(path)}: ` : '';
    return `${where}${typeof message === 'string' ? message : JSON.stringify(issue)}`;
  });
  const more = issues.length > 5 ? `\n… and ${issues.length - 5} more` : '';
  return `${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}${more}`;
}
