import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type * as z from 'zod';
import type { ArgumentIssue } from './ArgumentIssue';
import { cohortArgumentIssues } from './checkArgument';
import type { Cohort } from './cohort';
import type { IssuePath, Issues } from './Issue';
import { quoteValue, readUntrusted } from './readUntrusted';

/**
 * One argument of a public function from plain JavaScript, read once into plain data
 * ({@link readUntrusted}: a getter or a `Proxy` that throws, or nesting too deep, is an issue) and
 * checked against the schema of what the function reads: every wrong value an `invalid-argument`
 * issue at its path, with a message naming what was expected and quoting what came. The copy is
 * what the function then works on, so nothing it reads can change or throw afterwards.
 *
 * @param schema - what the argument must look like (only what the function reads)
 * @param value - the argument as passed
 * @param path - its name: `[]` for the first argument, `['options']` for another
 * @returns the checked copy, or every issue
 * @internal
 */
export function readArgument<T>(
  schema: z.ZodType,
  value: unknown,
  path: IssuePath,
): Either<Issues<ArgumentIssue>, T> {
  const read = readUntrusted(value, path);
  if (read._tag === 'Left') return left([{ ...read.left, code: 'invalid-argument' }]);
  const parsed = schema.safeParse(read.right, { reportInput: true });
  if (parsed.success) return right(read.right as T);
  const [first, ...rest] = parsed.error.issues.map((issue): ArgumentIssue => ({
    code: 'invalid-argument',
    message: describe(issue),
    path: [...path, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))],
  }));
  // zod reports at least one issue for a failed parse.
  return first === undefined
    ? left([{ code: 'invalid-argument', message: 'this value is not valid here', path }])
    : left([first, ...rest]);
}

/**
 * A `cohort` option (`{ cohort }` of the text functions): absent, or a cohort `parseCohort` made.
 *
 * @internal
 */
export function readCohortOption(
  value: unknown,
  path: IssuePath,
): Either<Issues<ArgumentIssue>, Cohort | undefined> {
  if (value === undefined) return right(undefined);
  const [issue] = cohortArgumentIssues(value, path);
  return issue === undefined ? right(value as Cohort) : left([issue]);
}

/**
 * The options argument of a text function: absent (the defaults), or an object read once into a
 * shallow copy (see `copyOptions`); anything else is the issue.
 *
 * @internal
 */
export function readOptionsObject(
  value: unknown,
  path: IssuePath = ['options'],
): Either<Issues<ArgumentIssue>, Readonly<Record<string, unknown>>> {
  if (value === undefined) return right({});
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return left([
      { code: 'invalid-argument', message: `expected an options object, got ${quoteValue(value)}`, path },
    ]);
  try {
    return right({ ...value });
  } catch {
    return left([
      { code: 'invalid-argument', message: 'these options cannot be read (a getter or a proxy threw)', path },
    ]);
  }
}

/**
 * A value that must be one of a few names (a locale, an audience, a rule), or absent for the
 * default: the name, or an issue with the given code naming the choices and quoting what came.
 *
 * @internal
 */
export function readChoice<T extends string, C extends ArgumentIssue['code']>(
  value: unknown,
  choices: ReadonlyArray<T>,
  fallback: T | undefined,
  what: string,
  path: IssuePath,
  code: C,
): Either<Issues<ArgumentIssue>, T> {
  if (value === undefined && fallback !== undefined) return right(fallback);
  if (typeof value === 'string' && (choices as ReadonlyArray<string>).includes(value))
    return right(value as T);
  return left([{ code, message: `expected ${what}: ${listOf(choices)}, got ${quoteValue(value)}`, path }]);
}

type Results<T extends ReadonlyArray<Either<Issues<ArgumentIssue>, unknown>>> = {
  readonly [K in keyof T]: T[K] extends Either<unknown, infer A> ? A : never;
};

/**
 * Several checked arguments at once: every value, or every issue of all of them (errors are
 * reported together, never the first alone).
 *
 * @internal
 */
export function allArguments<T extends ReadonlyArray<Either<Issues<ArgumentIssue>, unknown>>>(
  ...results: T
): Either<Issues<ArgumentIssue>, Results<T>> {
  const issues: ArgumentIssue[] = [];
  const values: unknown[] = [];
  for (const result of results) {
    if (result._tag === 'Left') issues.push(...result.left);
    else values.push(result.right);
  }
  const [first, ...rest] = issues;
  return first === undefined ? right(values as unknown as Results<T>) : left([first, ...rest]);
}

/** At most six choices, quoted, then how many there are. */
function listOf(choices: ReadonlyArray<unknown>): string {
  const shown = choices.slice(0, 6).map((c) => JSON.stringify(c));
  const text = shown.length <= 2 ? shown.join(' or ') : shown.join(', ');
  return choices.length > 6 ? `${text}, … (${choices.length} in all)` : text;
}

const ARTICLE: Readonly<Record<string, string>> = {
  array: 'an array',
  object: 'an object',
  int: 'a whole number',
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'a boolean',
};

/** A zod issue as a sentence: what was expected, what came (quoted, short). */
function describe(issue: z.core.$ZodIssue): string {
  const input = (issue as { readonly input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${ARTICLE[issue.expected] ?? issue.expected}, got ${quoteValue(input)}`;
    case 'invalid_value':
      return `expected ${listOf(issue.values)}, got ${quoteValue(input)}`;
    case 'invalid_union': {
      const { discriminator, options } = issue as {
        readonly discriminator?: string;
        readonly options?: unknown[];
      };
      if (discriminator !== undefined && options !== undefined) {
        const given =
          typeof input === 'object' && input !== null
            ? (input as Record<string, unknown>)[discriminator]
            : input;
        return `expected a known ${discriminator}: ${listOf(options)}, got ${quoteValue(given)}`;
      }
      return `expected one of the allowed shapes, got ${quoteValue(input)}`;
    }
    default:
      return issue.message;
  }
}
