import { quoteValue } from '../domain/readUntrusted';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { CohortInput, Issues } from '../domain/index';
import { type GenerateCohortOptions, type GenerateError, generateCohort } from './generateCohort';

/**
 * The version of {@link BENCHMARK_SUITE}. A cohort of the suite is named `<version>/<name>`
 * (`rm-suite-1/balanced-1000`) in a report; the same version always regenerates the same bytes,
 * and any change to what a cohort contains gets a new version.
 *
 * @category Synthetic
 */
export const BENCHMARK_SUITE_VERSION = 'rm-suite-1';

/**
 * One named cohort of the benchmark suite: the generator's options and what is taken out of
 * the generated cohort (`reportingLines: false` drops every manager, so the reporting-line rule
 * has nothing to block; `languages: false` drops every language, so the shared-language rule has
 * nothing to block).
 *
 * @category Synthetic
 */
export interface SuiteCohort {
  readonly name: string;
  readonly description: string;
  readonly options: GenerateCohortOptions;
  readonly reportingLines: boolean;
  readonly languages: boolean;
}

const cohort = (
  name: string,
  description: string,
  options: Omit<GenerateCohortOptions, 'name'>,
  strip: { readonly reportingLines?: boolean; readonly languages?: boolean } = {},
): SuiteCohort => ({
  name,
  description,
  options: { ...options, name: `${BENCHMARK_SUITE_VERSION}/${name}` },
  reportingLines: strip.reportingLines ?? true,
  languages: strip.languages ?? true,
});

/**
 * The named benchmark cohorts (version {@link BENCHMARK_SUITE_VERSION}), from 50 to 5,000 people
 * a side: balanced (as many mentors as mentees, capacities 1–3), scarce mentors (one mentor, of
 * capacity 1–2, for three mentees), and 500 × 500 with and without reporting lines and languages.
 * Regenerate one with {@link suiteCohort} (or `reverse-mentoring generate --suite NAME`), run any
 * matcher on it, and report the figures of `assess` / `compareStrategies` under its name.
 *
 * @example
 * BENCHMARK_SUITE.map((c) => c.name).includes('balanced-1000'); // true
 * @category Synthetic
 */
export const BENCHMARK_SUITE: ReadonlyArray<SuiteCohort> = [
  cohort('balanced-50', '50 mentors (capacity 1–3) × 50 mentees', { mentors: 50, mentees: 50, seed: 101 }),
  cohort('balanced-200', '200 mentors (capacity 1–3) × 200 mentees', {
    mentors: 200,
    mentees: 200,
    seed: 102,
  }),
  cohort('balanced-1000', '1,000 mentors (capacity 1–3) × 1,000 mentees', {
    mentors: 1000,
    mentees: 1000,
    seed: 103,
  }),
  cohort('balanced-5000', '5,000 mentors (capacity 1–3) × 5,000 mentees', {
    mentors: 5000,
    mentees: 5000,
    seed: 104,
  }),
  cohort('scarce-100x300', '100 mentors (capacity 1–2) × 300 mentees: not everyone gets a mentor', {
    mentors: 100,
    mentees: 300,
    seed: 201,
    capacity: [1, 2],
  }),
  cohort('scarce-1000x3000', '1,000 mentors (capacity 1–2) × 3,000 mentees', {
    mentors: 1000,
    mentees: 3000,
    seed: 202,
    capacity: [1, 2],
  }),
  cohort('lines-languages-500', '500 × 500 with reporting lines and languages, as generated', {
    mentors: 500,
    mentees: 500,
    seed: 301,
  }),
  cohort(
    'no-lines-500',
    '500 × 500 without reporting lines (no manager anywhere)',
    { mentors: 500, mentees: 500, seed: 301 },
    { reportingLines: false },
  ),
  cohort(
    'no-languages-500',
    '500 × 500 without languages (nobody lists one)',
    { mentors: 500, mentees: 500, seed: 301 },
    { languages: false },
  ),
  cohort(
    'flat-500',
    '500 × 500 with neither reporting lines nor languages',
    { mentors: 500, mentees: 500, seed: 301 },
    { reportingLines: false, languages: false },
  ),
];

/**
 * A cohort of the benchmark suite by name, as cohort input (pass it to `parseCohort`, or write it
 * to a file for another matcher): the same bytes on every platform for the same suite version.
 *
 * @param name - a name of {@link BENCHMARK_SUITE} (`balanced-1000`, `scarce-100x300`, …)
 * @returns `Right(cohort input)`, or `Left` for a name the suite does not have
 * @example
 * const input = orThrow(suiteCohort('balanced-50'));
 * input.mentors.length; // 50
 * input.programme?.name; // 'rm-suite-1/balanced-50'
 * isLeft(suiteCohort('balanced-51')); // true
 * @category Synthetic
 */
export function suiteCohort(name: string): Either<Issues<GenerateError>, CohortInput> {
  const spec = typeof name === 'string' ? BENCHMARK_SUITE.find((c) => c.name === name) : undefined;
  if (spec === undefined) {
    return left([
      {
        code: 'invalid-option',
        message: `the suite ${BENCHMARK_SUITE_VERSION} has no cohort ${quoteValue(name)} (it has ${BENCHMARK_SUITE.map((c) => c.name).join(', ')})`,
        path: ['name'],
      },
    ]);
  }
  const generated = generateCohort(spec.options);
  if (generated._tag === 'Left') return generated;
  const input = generated.right;
  if (spec.reportingLines && spec.languages) return right(input);
  const strip = <
    P extends {
      readonly managerId?: string | undefined;
      readonly languages?: ReadonlyArray<string> | undefined;
    },
  >(
    person: P,
  ): P => {
    const { managerId, languages, ...rest } = person;
    return {
      ...rest,
      ...(spec.reportingLines && managerId !== undefined ? { managerId } : {}),
      ...(spec.languages && languages !== undefined ? { languages } : {}),
    } as P;
  };
  return right({
    ...input,
    ...(spec.reportingLines ? {} : { managers: {} }),
    mentors: input.mentors.map(strip),
    mentees: input.mentees.map(strip),
  });
}
