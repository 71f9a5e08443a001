import type { Either } from 'fp-ts/lib/Either.js';
import { formatPath, type Issue, type Issues } from './Issue';
import { quoteValue } from './readUntrusted';

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
    // Plain JavaScript may pass one issue, or anything: the error still carries a list.
    const list = (Array.isArray(issues) && issues.length > 0 ? issues : [issues]) as unknown as Issues<I>;
    super(summarise(list));
    this.issues = list;
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
 * It is the one function of the library that throws, and it throws nothing else: what is not an
 * `Either` (`null`, a number, a `Proxy` that throws) is thrown as a `ReverseMentoringError` too,
 * with an `invalid-argument` issue at the root.
 *
 * @param result - an `Either` returned by this library
 * @returns the value of a `Right`
 * @throws ReverseMentoringError with the issues of a `Left`
 * @example
 * const cohort = orThrow(parseCohort({ mentors: [], mentees: [] }));
 * cohort.mentors.length; // 0
 * try { orThrow(null as never); } catch (e) { isReverseMentoringError(e) && e.issues[0].code; } // 'invalid-argument'
 * @category Errors
 */
export function orThrow<I extends Issue, A>(result: Either<Issues<I>, A>): A {
  const read = readEither(result);
  if (read.tag === 'Right') return read.value as A;
  // A plain JavaScript caller may pass a Left of one issue: it is still thrown as a list.
  const left = read.value;
  throw new ReverseMentoringError<I>((Array.isArray(left) ? left : [left]) as unknown as Issues<I>);
}

/** The tag and value of an Either, read once; anything else is the issue of a wrong argument. */
function readEither(result: unknown): { readonly tag: 'Right' | 'Left'; readonly value: unknown } {
  const notAnEither = (got: string): { readonly tag: 'Left'; readonly value: Issue<'invalid-argument'> } => ({
    tag: 'Left',
    value: {
      code: 'invalid-argument',
      message: `expected an Either (a result of this library, { _tag: 'Right' | 'Left' }), got ${got}`,
      path: [],
    },
  });
  try {
    if (typeof result !== 'object' || result === null) return notAnEither(quoteValue(result));
    const { _tag: tag } = result as { readonly _tag?: unknown };
    if (tag === 'Right') return { tag, value: (result as { readonly right?: unknown }).right };
    if (tag === 'Left') return { tag, value: (result as { readonly left?: unknown }).left };
    return notAnEither(`an object with _tag ${quoteValue(tag)}`);
  } catch {
    return notAnEither('a value that cannot be read (a getter or a proxy threw)');
  }
}

function summarise(issues: ReadonlyArray<Issue>): string {
  try {
    return summary(issues);
  } catch {
    // A list from plain JavaScript whose reads throw: the error is still made, and says so.
    return 'issues that cannot be read (a getter or a proxy threw)';
  }
}

function summary(issues: ReadonlyArray<Issue>): string {
  const lines = issues.slice(0, 5).map((issue) => {
    if (typeof issue !== 'object' || issue === null) return quoteValue(issue);
    try {
      const { message, path } = issue as Partial<Issue>;
      const where = isPath(path) && path.length > 0 ? `${formatPath(path)}: ` : '';
      return `${where}${typeof message === 'string' ? message : quoteValue(issue)}`;
    } catch {
      // An issue from plain JavaScript that cannot be read (a getter or a proxy that throws).
      return 'an issue that cannot be read';
    }
  });
  const more = issues.length > 5 ? `\n… and ${issues.length - 5} more` : '';
  return `${issues.length} issue${issues.length === 1 ? '' : 's'}:\n${lines.join('\n')}${more}`;
}

function isPath(path: unknown): path is ReadonlyArray<string | number> {
  return Array.isArray(path) && path.every((key) => typeof key === 'string' || typeof key === 'number');
}
