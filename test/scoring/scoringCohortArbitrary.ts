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
      choices: fc.array(
        fc.tuple(fc.boolean(), fc.nat(), fc.nat(), fc.constantFrom('preferences', 'vetoes' as const)),
        { maxLength: 12 },
      ),
      maxPreferences: fc.constantFrom(1, 3, 5),
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
        ...drawnChoices
      }) => {
        const drawn = Object.fromEntries(CRITERIA.map((name, k) => [name, weights[k] ?? 0]));
        // The programme needs one weight above 0; keep the draw otherwise.
        if (!Object.values(drawn).some((w) => w > 0)) drawn.seniorityGap = 1;
        const { mentors, mentees } = withChoices(input, drawnChoices.choices, drawnChoices.maxPreferences);
        return {
          ...input,
          mentors,
          mentees,
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
              maxPreferences: drawnChoices.maxPreferences,
            },
          },
        };
      },
    );
}

/**
 * The people of a cohort with drawn preferences and vetoes that the cohort accepts: each of the
 * other side, at most `max` preferences, never both preferred and vetoed, no pinned pair vetoed.
 */
function withChoices(
  input: CohortInput,
  choices: ReadonlyArray<readonly [boolean, number, number, 'preferences' | 'vetoes']>,
  max: number,
): Pick<CohortInput, 'mentors' | 'mentees'> {
  const mentors = input.mentors.map((m) => ({ ...m, preferences: [] as string[], vetoes: [] as string[] }));
  const mentees = input.mentees.map((m) => ({ ...m, preferences: [] as string[], vetoes: [] as string[] }));
  const pinned = new Set((input.programme?.rules?.pinnedPairs ?? []).map(([a, b]) => `${a}\u0000${b}`));
  for (const [byMentor, a, b, list] of choices) {
    const [own, other] = byMentor ? [mentors, mentees] : [mentees, mentors];
    const person = own.length > 0 ? own[a % own.length] : undefined;
    const chosen = other.length > 0 ? other[b % other.length] : undefined;
    if (person === undefined || chosen === undefined) continue;
    if (person.preferences.includes(chosen.id) || person.vetoes.includes(chosen.id)) continue;
    if (list === 'preferences' && person.preferences.length >= max) continue;
    const pair = byMentor ? `${person.id}\u0000${chosen.id}` : `${chosen.id}\u0000${person.id}`;
    if (list === 'vetoes' && pinned.has(pair)) continue;
    person[list].push(chosen.id);
  }
  return { mentors, mentees };
}
