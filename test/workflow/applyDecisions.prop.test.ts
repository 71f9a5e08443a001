import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Cohort,
  type CohortInput,
  type Decisions,
  orThrow,
  parseCohort,
  parseDecisions,
} from '../../src/domain/index';
import { type Matching, match } from '../../src/matching/index';
import { checkRules } from '../../src/scoring/index';
import { applyDecisions } from '../../src/workflow/index';
import { cohortArbitrary } from '../support/cohortArbitrary';

type Pair = readonly [string, string];
const key = ([m, e]: Pair): string => JSON.stringify([m, e]);

/** The most pairs of `candidates` that fit the places, by trying every subset (the oracle). */
function mostThatFit(candidates: ReadonlyArray<Pair>, places: Map<string, number>): number {
  let best = 0;
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const used = new Map<string, number>();
    let ok = true;
    let count = 0;
    candidates.forEach(([m, e], i) => {
      if (!ok || (mask & (1 << i)) === 0) return;
      count++;
      for (const side of [`m:${m}`, `e:${e}`]) {
        used.set(side, (used.get(side) ?? 0) + 1);
        if ((used.get(side) ?? 0) > (places.get(side) ?? 0)) ok = false;
      }
    });
    if (ok) best = Math.max(best, count);
  }
  return best;
}

const allowed = (cohort: Cohort, [m, e]: Pair): boolean => {
  const mentor = cohort.mentorById.get(m as never);
  const mentee = cohort.menteeById.get(e as never);
  return (
    mentor !== undefined && mentee !== undefined && orThrow(checkRules(cohort, mentor, mentee)).length === 0
  );
};

/** What every round must satisfy, against the brute-force oracle of the fewest changes. */
function checkRound(cohort: Cohort, proposal: Matching, decisions: Decisions): void {
  const round = applyDecisions(cohort, proposal, decisions);
  if (round._tag === 'Left') {
    for (const issue of round.left)
      expect([
        'accepted-pair-infeasible',
        'pinned-pair-declined',
        'accepted-pair-conflict',
        'pinned-pair-conflict',
        'pinned-pair-infeasible',
      ]).toContain(issue.code);
    return;
  }
  const { matching, statuses, undecided } = round.right;
  const made = new Set(matching.pairs.map((p) => key([p.mentorId, p.menteeId])));
  const status = new Map(statuses.map((s) => [key([s.mentorId, s.menteeId]), s.status]));
  for (const [k, s] of status) {
    if (s === 'declined') expect(made.has(k)).toBe(false);
    if (s === 'accepted' || s === 'published') expect(made.has(k)).toBe(true);
  }
  // Capacities and rules hold.
  const load = new Map<string, number>();
  for (const p of matching.pairs) {
    load.set(`m:${p.mentorId}`, (load.get(`m:${p.mentorId}`) ?? 0) + 1);
    load.set(`e:${p.menteeId}`, (load.get(`e:${p.menteeId}`) ?? 0) + 1);
    expect(allowed(cohort, [p.mentorId, p.menteeId])).toBe(true);
  }
  for (const m of cohort.mentors) expect(load.get(`m:${m.id}`) ?? 0).toBeLessThanOrEqual(m.capacity);
  for (const e of cohort.mentees) expect(load.get(`e:${e.id}`) ?? 0).toBeLessThanOrEqual(e.capacity);
  // The fewest undecided pairs changed: the oracle's most that fit beside the accepted pairs.
  const places = new Map<string, number>();
  for (const m of cohort.mentors) places.set(`m:${m.id}`, m.capacity);
  for (const e of cohort.mentees) places.set(`e:${e.id}`, e.capacity);
  for (const [k, s] of status)
    if (s === 'accepted' || s === 'published') {
      const [m, e] = JSON.parse(k) as [string, string];
      places.set(`m:${m}`, (places.get(`m:${m}`) ?? 0) - 1);
      places.set(`e:${e}`, (places.get(`e:${e}`) ?? 0) - 1);
    }
  const open: Pair[] = proposal.pairs
    .map((p): Pair => [p.mentorId, p.menteeId])
    .filter((p) => {
      const s = decisions.decisions.some((d) => d.mentorId === p[0] && d.menteeId === p[1]);
      return !s;
    });
  expect(undecided.before).toBe(open.length);
  expect(undecided.kept).toBe(mostThatFit(open, places));
  expect(open.filter((p) => made.has(key(p))).length).toBe(undecided.kept);
}

describe('applyDecisions on any cohort and any decisions', () => {
  it('keeps accepted pairs, drops declined ones, and changes the fewest undecided pairs', () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ minMentors: 1, minMentees: 1, maxMentors: 5, maxMentees: 6 }),
        fc.array(
          fc.record({
            mentor: fc.nat(),
            mentee: fc.nat(),
            by: fc.constantFrom('mentor', 'mentee', 'programme'),
            decision: fc.constantFrom('accepted', 'accepted', 'declined'),
            day: fc.integer({ min: 1, max: 9 }),
          }),
          { maxLength: 6 },
        ),
        (input, draws) => {
          const cohort = orThrow(parseCohort(input));
          const proposal = match(cohort);
          if (proposal._tag === 'Left') return;
          // Pairs a rule allows: decisions on them reach the engine instead of a refusal.
          const feasible: Pair[] = cohort.mentors.flatMap((m) =>
            cohort.mentees.flatMap((e): Pair[] => (allowed(cohort, [m.id, e.id]) ? [[m.id, e.id]] : [])),
          );
          const decisions = orThrow(
            parseDecisions(
              {
                decisions: draws
                  .map((d) => {
                    // Half the decisions fall on proposed pairs, the others on pairs a rule allows.
                    const proposed =
                      proposal.right.pairs[d.mentor % Math.max(1, proposal.right.pairs.length)];
                    const useProposed = proposed !== undefined && d.mentee % 2 === 0;
                    const other = feasible[d.mentee % Math.max(1, feasible.length)];
                    return {
                      mentorId: useProposed
                        ? proposed.mentorId
                        : (other?.[0] ?? cohort.mentors[d.mentor % cohort.mentors.length]?.id ?? ''),
                      menteeId: useProposed
                        ? proposed.menteeId
                        : (other?.[1] ?? cohort.mentees[d.mentee % cohort.mentees.length]?.id ?? ''),
                      by: d.by,
                      decision: d.decision,
                      // The day is unique per draw: one decider never decides twice on a day.
                      date: `2027-01-0${d.day}`,
                    };
                  })
                  .filter(
                    (d, i, all) =>
                      all.findIndex(
                        (o) =>
                          o.mentorId === d.mentorId &&
                          o.menteeId === d.menteeId &&
                          o.by === d.by &&
                          o.date === d.date,
                      ) === i,
                  ),
              },
              cohort,
            ),
          );
          checkRound(cohort, proposal.right, decisions);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on cohorts where every pair is allowed, displaces the fewest pairs for accepted ones', () => {
    const skill = fc.constantFrom('tiktok-ads', 'instagram', 'cloud-basics', 'mobile-apps');
    const person = fc.record({
      capacity: fc.integer({ min: 1, max: 2 }),
      skill,
      level: fc.integer({ min: 0, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 4 }),
        fc.array(person, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 4 }),
        (mentors, mentees, draws) => {
          const input: CohortInput = {
            programme: {
              rules: {
                direction: 'any',
                requireSkillGain: false,
                requireSharedLanguage: false,
                excludeReportingLine: 0,
                minScore: 0,
              },
            },
            mentors: mentors.map((p, i) => ({
              id: `m${i}`,
              grade: 1,
              capacity: p.capacity,
              skills: { [p.skill]: p.level },
            })),
            mentees: mentees.map((p, i) => ({
              id: `e${i}`,
              grade: 5,
              capacity: p.capacity,
              skills: {},
              goals: [{ skill: p.skill, target: 5 }],
            })),
          };
          const cohort = orThrow(parseCohort(input));
          const proposal = orThrow(match(cohort));
          const decisions = orThrow(
            parseDecisions(
              {
                decisions: draws.map(([m, e, accept], i) => ({
                  mentorId: `m${m % mentors.length}`,
                  menteeId: `e${e % mentees.length}`,
                  by: 'programme',
                  decision: accept ? 'accepted' : 'declined',
                  // One day per decision: a later one replaces an earlier one.
                  date: `2027-01-0${i + 1}`,
                })),
              },
              cohort,
            ),
          );
          checkRound(cohort, proposal, decisions);
        },
      ),
      { numRuns: 300 },
    );
  });
});
