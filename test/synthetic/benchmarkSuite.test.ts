import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import {
  BENCHMARK_SUITE,
  BENCHMARK_SUITE_VERSION,
  generateCohort,
  suiteCohort,
} from '../../src/synthetic/index';

const small = BENCHMARK_SUITE.filter((c) => c.options.mentors * c.options.mentees <= 500 * 500);

describe('the benchmark suite', () => {
  it('has unique names and sizes from 50 to 5,000 a side', () => {
    const names = BENCHMARK_SUITE.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const sizes = BENCHMARK_SUITE.flatMap((c) => [c.options.mentors, c.options.mentees]);
    expect(Math.min(...sizes)).toBe(50);
    expect(Math.max(...sizes)).toBe(5000);
  });

  it.each(small.map((c) => [c.name, c] as const))(
    'regenerates %s as a valid cohort, the same each time',
    (name, spec) => {
      const input = orThrow(suiteCohort(name));
      expect(JSON.stringify(orThrow(suiteCohort(name)))).toBe(JSON.stringify(input));
      expect(input.programme?.name).toBe(`${BENCHMARK_SUITE_VERSION}/${name}`);
      const cohort = orThrow(parseCohort(input));
      expect([cohort.mentors.length, cohort.mentees.length]).toEqual([
        spec.options.mentors,
        spec.options.mentees,
      ]);
      const people = [...input.mentors, ...input.mentees];
      expect(people.some((p) => p.managerId !== undefined)).toBe(spec.reportingLines);
      expect(people.some((p) => (p.languages ?? []).length > 0)).toBe(spec.languages);
    },
  );

  it('takes out only the reporting lines or the languages: the rest is the generated cohort', () => {
    const generated = orThrow(
      generateCohort(
        BENCHMARK_SUITE.find((c) => c.name === 'flat-500')?.options ?? { mentors: 0, mentees: 0, seed: 0 },
      ),
    );
    const flat = orThrow(suiteCohort('flat-500'));
    const without = ({
      managerId: _m,
      languages: _l,
      ...rest
    }: {
      managerId?: string | undefined;
      languages?: unknown;
    }) => rest;
    expect(flat.mentors.map(without)).toEqual(generated.mentors.map(without));
    expect(flat.managers).toEqual({});
  });

  it('names the cohorts it has when asked for one it has not', () => {
    const result = suiteCohort('balanced-51');
    expect(result._tag).toBe('Left');
    if (result._tag === 'Left') expect(result.left[0]?.message).toContain('balanced-50');
  });
});
