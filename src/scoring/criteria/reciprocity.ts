import { PRIORITY_WEIGHT, compareIds, openGoals } from '../../domain/index';
import type { LearnsBackReason } from '../Reason';
import type { CriterionDefinition } from '../internal/CriterionDefinition';
import { LEVELS } from '../internal/constants';
import type { SideTables } from '../internal/scoringTables';
import { focusWeight } from '../internal/focusWeight';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { PRIORITY } from '../internal/wordsPl';

/**
 * Reciprocity: the share of the mentor's open goals (weighted by priority × focus) whose target
 * the mentee has reached, so that the pair learns both ways. Reads the mentee's levels and the
 * mentor's open goals; absent when the mentor has none. Speaks with a `learns-back` reason for
 * each such goal, strongest first.
 *
 * @internal
 */
export const reciprocity: CriterionDefinition = {
  prepare: ({ mentors, mentees, skills }) => {
    const { goalStart, goalSkill, goalTotal } = mentors;
    const level = mentees.level;
    // `covers[g * LEVELS + b]`: the weight of the mentor's goal g when a mentee at level b has
    // reached its target, else 0, so that the sum over the goals takes no branch.
    const covers = new Float64Array(goalSkill.length * LEVELS);
    for (let g = 0; g < goalSkill.length; g++)
      covers.fill(
        mentors.goalWeight[g] as number,
        g * LEVELS + (mentors.goalTarget[g] as number),
        (g + 1) * LEVELS,
      );
    // The owner of each goal, so that one flat loop over the range's goals sums them all (a
    // mentor's goals are consecutive, in their canonical order by skill id, so each sum runs in
    // the same order as a loop per mentor would) without a short inner loop per mentor.
    const owner = new Int32Array(goalSkill.length);
    for (let m = 0; m < mentors.count; m++) owner.fill(m, goalStart[m] as number, goalStart[m + 1] as number);
    const listed = goalsBySkill(mentors, skills);
    const covered = new Float64Array(mentors.count);
    const layout: Layout = {
      count: mentors.count,
      goalStart,
      goalSkill,
      goalTotal,
      level,
      covers,
      owner,
      listed,
      covered,
      skills,
    };
    return (e, from, to, weight, num, den, blocked) =>
      addReciprocity(layout, e, from, to, weight, num, den, blocked);
  },
  reasons: ({ cohort, mentor, mentee }) => {
    if (cohort.programme.weights.reciprocity <= 0) return [];
    const back: Array<{ readonly reason: LearnsBackReason; readonly weight: number }> = [];
    for (const goal of openGoals(mentor)) {
      const menteeLevel = mentee.skills.get(goal.skill) ?? 0;
      if (menteeLevel < goal.target) continue;
      back.push({
        reason: {
          kind: 'learns-back',
          mentorId: mentor.id,
          menteeId: mentee.id,
          skill: goal.skill,
          menteeLevel,
          mentorLevel: mentor.skills.get(goal.skill) ?? 0,
          target: goal.target,
          priority: goal.priority,
        },
        weight: PRIORITY_WEIGHT[goal.priority] * focusWeight(cohort, goal.skill),
      });
    }
    back.sort((a, b) => b.weight - a.weight || compareIds(a.reason.skill, b.reason.skill));
    return back.map(({ reason }) => reason);
  },
};

/** What the reciprocity kernel reads, laid out once per cohort. */
interface Layout {
  readonly count: number;
  readonly goalStart: Int32Array;
  readonly goalSkill: Int32Array;
  readonly goalTotal: Float64Array;
  readonly level: Uint8Array;
  readonly covers: Float64Array;
  readonly owner: Int32Array;
  readonly listed: GoalsBySkill | undefined;
  readonly covered: Float64Array;
  readonly skills: number;
}

/**
 * The mentors' open goals skill by skill, each skill's by target (lowest first):
 * `start[s] ≤ i < reached[s * LEVELS + b]` are the goals in skill `s` a mentee at level `b` has
 * reached, with their owner and weight. A whole row then visits only the goals the mentee has
 * reached in the skills they list (a mentee at level 0 has reached none: targets are 1 or more),
 * each adding its weight as `covers` would (adding 0 leaves a sum unchanged to the bit). Each
 * mentor's goals are still summed in their canonical order, by skill number, since the skills are
 * taken in that order and a mentor has one goal per skill; undefined (a row then reads every goal)
 * for a cohort built by hand with two goals of one mentor in one skill, which `parseCohort`
 * refuses.
 */
interface GoalsBySkill {
  readonly start: Int32Array;
  readonly reached: Int32Array;
  readonly goalOwner: Int32Array;
  readonly goalWeight: Float64Array;
}

function goalsBySkill(mentors: SideTables, skills: number): GoalsBySkill | undefined {
  const { goalStart, goalSkill, goalTarget } = mentors;
  for (let m = 0; m < mentors.count; m++)
    for (let g = (goalStart[m] as number) + 1; g < (goalStart[m + 1] as number); g++)
      if (goalSkill[g] === goalSkill[g - 1]) return undefined;
  // A counting sort by skill, then target: first how many goals have each (skill, target).
  const reached = new Int32Array(skills * LEVELS);
  for (let g = 0; g < goalSkill.length; g++) {
    const at = (goalSkill[g] as number) * LEVELS + (goalTarget[g] as number);
    reached[at] = (reached[at] as number) + 1;
  }
  const start = new Int32Array(skills);
  let end = 0;
  for (let s = 0; s < skills; s++) {
    start[s] = end;
    for (let b = 0; b < LEVELS; b++) {
      end += reached[s * LEVELS + b] as number;
      reached[s * LEVELS + b] = end;
    }
  }
  // Then each goal placed after those of its skill with a lower target (`next` starts where the
  // goals of target t begin, which is where those of target t − 1 end).
  const next = new Int32Array(skills * LEVELS);
  for (let s = 0; s < skills; s++) {
    next[s * LEVELS] = start[s] as number;
    for (let b = 1; b < LEVELS; b++) next[s * LEVELS + b] = reached[s * LEVELS + b - 1] as number;
  }
  const goalOwner = new Int32Array(goalSkill.length);
  const goalWeight = new Float64Array(goalSkill.length);
  for (let m = 0; m < mentors.count; m++)
    for (let g = goalStart[m] as number; g < (goalStart[m + 1] as number); g++) {
      const at = (goalSkill[g] as number) * LEVELS + (goalTarget[g] as number);
      const i = next[at] as number;
      next[at] = i + 1;
      goalOwner[i] = m;
      goalWeight[i] = mentors.goalWeight[g] as number;
    }
  return { start, reached, goalOwner, goalWeight };
}

/**
 * The reciprocity kernel's loop, a function of its own that reads its tables into locals once per
 * call (see `CriterionKernel`).
 */
function addReciprocity(
  layout: Layout,
  e: number,
  from: number,
  to: number,
  weight: number,
  num: Float64Array,
  den: Float64Array,
  blocked: Uint8Array,
): void {
  const { count, goalStart, goalSkill, goalTotal, level, covers, owner, covered, skills } = layout;
  const base = e * skills;
  covered.fill(0, from, to);
  const { listed } = layout;
  if (from === 0 && to === count && listed !== undefined) {
    // A whole row: for each skill the mentee lists, the goals whose target the mentee's level
    // reaches, which are a prefix of the skill's goals.
    const { start, reached, goalOwner, goalWeight } = listed;
    for (let s = 0; s < skills; s++) {
      const b = level[base + s] as number;
      if (b === 0) continue;
      const end = reached[s * LEVELS + b] as number;
      for (let i = start[s] as number; i < end; i++) {
        const m = goalOwner[i] as number;
        covered[m] = (covered[m] as number) + (goalWeight[i] as number);
      }
    }
  } else {
    const gTo = goalStart[to] as number;
    for (let g = goalStart[from] as number; g < gTo; g++) {
      const m = owner[g] as number;
      covered[m] =
        (covered[m] as number) +
        (covers[g * LEVELS + (level[base + (goalSkill[g] as number)] as number)] as number);
    }
  }
  for (let m = from; m < to; m++) {
    if (goalStart[m + 1] === goalStart[m] || blocked[m] === 1) continue;
    num[m] = (num[m] as number) + weight * ((covered[m] as number) / (goalTotal[m] as number));
    den[m] = (den[m] as number) + weight;
  }
}

/** The `learns-back` reason in English and Polish. @internal */
export const learnsBackMessages: ReasonMessages<'learns-back'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `in return, ${mentee} can teach ${name.skill(reason.skill)} (${reason.menteeLevel} vs ${reason.mentorLevel}), a ${reason.priority}-priority goal of ${mentor}`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `w zamian ${mentee} może uczyć: ${name.skill(reason.skill)} (${reason.menteeLevel} wobec ${reason.mentorLevel}) — cel o ${PRIORITY[reason.priority]} priorytecie (${mentor})`;
  },
};
