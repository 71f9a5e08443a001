import fc from 'fast-check';
import type { CohortInput } from '../../src/domain/index';
import { CRITERIA } from '../../src/scoring/index';
import { type CohortArbitraryOptions, cohortArbitrary } from '../support/cohortArbitrary';

const weight = fc.oneof(
  fc.constant(0),
  fc.constantFrom(0.5, 1, 3),
  fc.double({ min: 0.01, max: 20, noNaN: true }),
);

/**
 * Cohort inputs for the scoring properties: {@link cohortArbitrary}'s people and pair lists, with
 * every weight drawn (0 included: a criterion switched off) and every rule switch and option
 * drawn, so that no branch of a criterion or a rule goes untested.
 */
export function scoringCohortArbitrary(options: CohortArbitraryOptions = {}): fc.Arbitrary<CohortInput> {
  return fc
    .record({
      input: cohortArbitrary(options),
      weights: fc.tuple(...CRITERIA.map(() => weight)),
      excludeSameDepartment: fc.boolean(),
      requireSkillGain: fc.boolean(),
      minGradeGap: fc.constantFrom(0, 1, 2.5, 4),
      minAvailabilityOverlapMinutes: fc.constantFrom(0, 0, 30, 90, 600),
      focus: fc.constantFrom(
        {},
        { 'social-media': 2, 'e-commerce': 1.5 },
        { 'tiktok-ads': 0.3, technology: 7 },
      ),
    })
    .map(
      ({
        input,
        weights,
        excludeSameDepartment,
        requireSkillGain,
        minGradeGap,
        minAvailabilityOverlapMinutes,
        focus,
      }) => {
        const drawn = Object.fromEntries(CRITERIA.map((name, k) => [name, weights[k] ?? 0]));
        // The programme needs one weight above 0; keep the draw otherwise.
        if (!Object.values(drawn).some((w) => w > 0)) drawn.seniorityGap = 1;
        return {
          ...input,
          programme: {
            ...input.programme,
            focus,
            weights: drawn,
            rules: {
              ...input.programme?.rules,
              excludeSameDepartment,
              requireSkillGain,
              minGradeGap,
              minAvailabilityOverlapMinutes,
            },
          },
        };
      },
    );
}
