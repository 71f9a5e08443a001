import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { cohortArgumentIssues } from '../checkArgument';
import type { Issue, IssuePath } from '../Issue';
import { readUntrusted } from '../readUntrusted';

/** A shape issue of an argument: the codes `parseCohort` and `parseJournal` share. @internal */
interface ArgumentIssue {
  readonly code: 'invalid-type';
  readonly message: string;
  readonly path: IssuePath;
}

/**
 * The arguments of `parseCohort` read safely: the input copied once ({@link readUntrusted}: a
 * throwing getter, a `Proxy` or a 64-deep nesting is an issue), the options checked
 * (`currentYear` a whole year), so that the parser itself never meets anything but plain data.
 *
 * @internal
 */
export function readCohortArguments(
  input: unknown,
  options: unknown,
): Either<
  NonEmptyArray<ArgumentIssue>,
  { readonly input: unknown; readonly currentYear: number | undefined }
> {
  const read = readUntrusted(input, []);
  const issues: ArgumentIssue[] = read._tag === 'Left' ? [read.left] : [];
  let currentYear: number | undefined;
  try {
    const year = (options as { readonly currentYear?: unknown } | null | undefined)?.currentYear;
    if (typeof options !== 'object' && options !== undefined)
      issues.push({ code: 'invalid-type', message: 'options must be an object', path: ['options'] });
    else if (
      year !== undefined &&
      !(Number.isInteger(year) && (year as number) >= 0 && (year as number) <= 9999)
    )
      issues.push({
        code: 'invalid-type',
        message: 'currentYear must be a whole year from 0 to 9999',
        path: ['options', 'currentYear'],
      });
    else currentYear = year as number | undefined;
  } catch {
    issues.push({ code: 'invalid-type', message: 'options could not be read', path: ['options'] });
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  return right({ input: read._tag === 'Right' ? read.right : undefined, currentYear });
}

/**
 * The arguments of `parseJournal` read safely: the input copied once, the cohort checked to be
 * what `parseCohort` returns.
 *
 * @internal
 */
export function readJournalArguments(
  input: unknown,
  cohort: unknown,
): Either<NonEmptyArray<ArgumentIssue | Issue<'not-a-cohort'>>, unknown> {
  const read = readUntrusted(input, []);
  const issues: Array<ArgumentIssue | Issue<'not-a-cohort'>> = [
    ...(read._tag === 'Left' ? [read.left] : []),
    ...cohortArgumentIssues(cohort, ['cohort']),
  ];
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  return right(read._tag === 'Right' ? read.right : undefined);
}
