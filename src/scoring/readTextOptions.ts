import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../domain/ArgumentIssue';
import type { Cohort } from '../domain/cohort';
import type { IssuePath, Issues } from '../domain/Issue';
import { allArguments, readChoice, readCohortOption, readOptionsObject } from '../domain/readArgument';
import { quoteValue } from '../domain/readUntrusted';
import { AUDIENCES, type Audience } from './Audience';
import { LOCALES, type Locale } from './Locale';

/**
 * A locale argument: absent for `'en'`, else one of {@link LOCALES} — `'de'` is an
 * `unknown-locale` issue at `path`.
 *
 * @internal
 */
export function readLocale(value: unknown, path: IssuePath): Either<Issues<ArgumentIssue>, Locale> {
  return readChoice(value, LOCALES, 'en', 'a locale', path, 'unknown-locale');
}

/**
 * An audience argument: absent for `'programme'`, else one of {@link AUDIENCES}.
 *
 * @internal
 */
export function readAudience(value: unknown, path: IssuePath): Either<Issues<ArgumentIssue>, Audience> {
  return readChoice(value, AUDIENCES, 'programme', 'an audience', path, 'invalid-argument');
}

/** The options of a text function, read and checked: what its unchecked form takes. @internal */
export interface TextOptions {
  readonly locale: Locale;
  readonly audience: Audience;
  readonly cohort?: Cohort;
  readonly limit?: number;
}

/**
 * The options of a text function (`explain`, `explainUnmatched`, `explainStatus`, …) from plain
 * JavaScript, read once ({@link readOptionsObject}) and checked: `locale`, `cohort` (a parsed one),
 * and, where the function takes them, `audience` and `limit` (a number, not `NaN`). Unknown keys
 * are left alone; every wrong one is an issue under `['options', key]`.
 *
 * @internal
 */
export function readTextOptions(
  given: unknown,
  takes: { readonly audience?: boolean; readonly limit?: boolean } = {},
): Either<Issues<ArgumentIssue>, TextOptions> {
  const read = readOptionsObject(given);
  if (read._tag === 'Left') return read;
  const options = read.right;
  const checked = allArguments(
    readLocale(options.locale, ['options', 'locale']),
    readCohortOption(options.cohort, ['options', 'cohort']),
    takes.audience === true
      ? readAudience(options.audience, ['options', 'audience'])
      : right('programme' as const),
    takes.limit === true ? readLimit(options.limit) : right(undefined),
  );
  if (checked._tag === 'Left') return checked;
  const [locale, cohort, audience, limit] = checked.right;
  return right({
    locale,
    audience,
    ...(cohort === undefined ? {} : { cohort }),
    ...(limit === undefined ? {} : { limit }),
  });
}

function readLimit(value: unknown): Either<Issues<ArgumentIssue>, number | undefined> {
  if (value === undefined || (typeof value === 'number' && !Number.isNaN(value))) return right(value);
  return left([
    {
      code: 'invalid-argument',
      message: `expected a number of reasons, got ${quoteValue(value)}`,
      path: ['options', 'limit'],
    },
  ]);
}
