import type { Cohort } from './cohort';
import type { Issue, IssuePath } from './Issue';

/**
 * Whether a value is a cohort that {@link parseCohort} returned (or one built from such a cohort),
 * not cohort *input* such as a JSON file or `generateCohort`'s result. The check is cheap and
 * structural — the look-up maps and the sorted lists a parsed cohort has and an input never has —
 * and validates nothing else: the functions that take a cohort use it to answer a plain
 * JavaScript caller who skipped `parseCohort` with a clear `Left` instead of a confusing one.
 *
 * @param value - anything
 * @returns `true` for a parsed {@link Cohort}
 * @example
 * isCohort(orThrow(parseCohort(SAMPLES.bank))); // true
 * isCohort(SAMPLES.bank); // false
 * @category Domain
 */
export function isCohort(value: unknown): value is Cohort {
  try {
    return looksParsed(value);
  } catch {
    // A getter that throws, a revoked or hostile proxy: not a parsed cohort.
    return false;
  }
}

function looksParsed(value: unknown): value is Cohort {
  if (typeof value !== 'object' || value === null) return false;
  const cohort = value as Readonly<Record<string, unknown>>;
  const programme = cohort.programme as Readonly<Record<string, unknown>> | null | undefined;
  return (
    Array.isArray(cohort.mentors) &&
    Array.isArray(cohort.mentees) &&
    isMap(cohort.mentorById) &&
    isMap(cohort.menteeById) &&
    isMap(cohort.catalog) &&
    typeof programme === 'object' &&
    programme !== null &&
    isMap(programme.focus) &&
    typeof programme.rules === 'object' &&
    programme.rules !== null &&
    typeof programme.weights === 'object' &&
    programme.weights !== null
  );
}

/** A `Map` from any realm, without `instanceof`. */
function isMap(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { readonly get?: unknown }).get === 'function' &&
    typeof (value as { readonly size?: unknown }).size === 'number'
  );
}

/**
 * The issue of a value that is not a parsed cohort where one is expected (see {@link isCohort}).
 *
 * Unchecked: what the library itself calls with values it made; the public `notACohort` of
 * `reverse-mentoring/domain` (`public/notACohort.ts`) checks its arguments first.
 *
 * @internal
 */
export function notACohort(path: IssuePath): Issue<'not-a-cohort'> {
  return {
    code: 'not-a-cohort',
    message:
      'this is not a parsed cohort: pass the result of parseCohort (cohort input, such as a file or the result of generateCohort, is not one)',
    path,
  };
}
