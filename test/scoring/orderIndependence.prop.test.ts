import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CohortInput, type MenteeId, type MentorId, orThrow, parseCohort } from '../../src/domain/index';
import { match } from '../../src/matching/index';
import { generateCohort } from '../../src/synthetic/index';
import { scoreMatrix, scorePair } from '../../src/scoring/index';
import { scoringCohortArbitrary } from './scoringCohortArbitrary';

/** A permutation drawn from `seed` (a small LCG: the test needs variety, not quality). */
function shuffle<T>(list: ReadonlyArray<T>, seed: number): T[] {
  const out = [...list];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

type PersonInput = CohortInput['mentees'][number];

/** The same cohort written in another order: people, their goals, skills, languages and vetoes, the pair lists. */
function reorder(input: CohortInput, seed: number): CohortInput {
  let k = seed;
  const next = (): number => (k = (Math.imul(k, 2654435761) + 97) >>> 0);
  const person = <P extends PersonInput>(p: P): P => ({
    ...p,
    goals: shuffle(p.goals ?? [], next()),
    skills: Object.fromEntries(shuffle(Object.entries(p.skills ?? {}), next())),
    languages: shuffle(p.languages ?? [], next()),
    // Vetoes are a set; preferences are ordered by meaning (best first) and keep their order.
    vetoes: shuffle(p.vetoes ?? [], next()),
  });
  const rules = input.programme?.rules ?? {};
  return {
    ...input,
    programme: {
      ...input.programme,
      focus: Object.fromEntries(shuffle(Object.entries(input.programme?.focus ?? {}), next())),
      rules: {
        ...rules,
        excludedPairs: shuffle(rules.excludedPairs ?? [], next()),
        previousPairs: shuffle(rules.previousPairs ?? [], next()),
        pinnedPairs: shuffle(rules.pinnedPairs ?? [], next()),
      },
    },
    mentors: shuffle(input.mentors, next()).map(person),
    mentees: shuffle(input.mentees, next()).map(person),
  };
}

describe('the order of the input', () => {
  it('changes no score and no pair: goals, skills, languages, vetoes, people and pair lists shuffled', () => {
    fc.assert(
      fc.property(scoringCohortArbitrary({ maxMentors: 6, maxMentees: 6 }), fc.nat(), (input, seed) => {
        const a = orThrow(parseCohort(input));
        const b = orThrow(parseCohort(reorder(input, seed)));
        const left = orThrow(scoreMatrix(a));
        const right = orThrow(scoreMatrix(b));
        expect(right.mentorIds).toEqual(left.mentorIds);
        expect(right.menteeIds).toEqual(left.menteeIds);
        expect(Array.from(right.data).every((x, i) => Object.is(x, left.data[i]))).toBe(true);
        for (const mentor of a.mentors) {
          for (const mentee of a.mentees) {
            const one = orThrow(scorePair(a, mentor.id, mentee.id));
            const two = orThrow(scorePair(b, mentor.id, mentee.id));
            if (one.kind === 'scored') expect(JSON.stringify(two)).toBe(JSON.stringify(one));
            else expect(two.kind).toBe('infeasible');
          }
        }
        // A Left's paths point into the input list, which the shuffle reorders: compare Rights only.
        const [one, two] = [match(a), match(b)];
        expect(two._tag).toBe(one._tag);
        if (one._tag === 'Right') expect(JSON.stringify(two)).toBe(JSON.stringify(one));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('changes no score on generated cohorts, where mentors teach several goals of one mentee', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (cohortSeed, seed) => {
        const input = orThrow(
          generateCohort({
            mentors: 8,
            mentees: 8,
            seed: cohortSeed,
            skillsPerPerson: 10,
            goalsPerMentee: [3, 5],
          }),
        );
        const a = orThrow(scoreMatrix(orThrow(parseCohort(input))));
        const b = orThrow(scoreMatrix(orThrow(parseCohort(reorder(input, seed)))));
        expect(Array.from(b.data).every((x, i) => Object.is(x, a.data[i]))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  // Issue 14: the skill gain was a floating-point product taken in the order of the goals, so
  // two mentors with the same gain scored a bit apart depending on how the mentee listed them.
  it('gives a mentee the same mentor whichever order their goals are listed in', () => {
    const cohort = (goals: ReadonlyArray<string>) =>
      orThrow(
        parseCohort({
          mentors: [
            { id: 'm-a', grade: 1, skills: { 'tiktok-ads': 4, seo: 2, instagram: 1 } },
            { id: 'm-b', grade: 1, skills: { 'tiktok-ads': 1, seo: 2, instagram: 4 } },
          ],
          mentees: [
            {
              id: 'e-1',
              grade: 6,
              goals: goals.map((skill) => ({ skill, priority: 'high' as const, target: 5 })),
            },
          ],
        }),
      );
    const orders = [
      ['tiktok-ads', 'seo', 'instagram'],
      ['tiktok-ads', 'instagram', 'seo'],
      ['instagram', 'seo', 'tiktok-ads'],
    ];
    const scores = orders.map((order) => {
      const c = cohort(order);
      const pair = (mentor: string) => orThrow(scorePair(c, mentor as MentorId, 'e-1' as MenteeId));
      return [pair('m-a'), pair('m-b')].map((p) => (p.kind === 'scored' ? p.score : Number.NaN));
    });
    // Both lift the mentee by 4 + 2 + 1 levels of a high-priority goal; whatever the last bit of
    // each score, it is the same in every order, and so is the mentor the mentee gets.
    for (const [a, b] of scores) {
      expect(a).toBe(scores[0]?.[0]);
      expect(b).toBe(scores[0]?.[1]);
    }
    const chosen = orders.map((order) => orThrow(match(cohort(order))).pairs.map((p) => p.mentorId));
    expect(chosen[0]).toHaveLength(1);
    for (const mentors of chosen) expect(mentors).toEqual(chosen[0]);
  });
});
