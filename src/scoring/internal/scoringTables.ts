import {
  type Cohort,
  type Goal,
  type MenteeId,
  type MentorId,
  PRIORITY_WEIGHT,
  type Participant,
  type SkillId,
  generationRank,
  utcOffsetMinutes,
} from '../../domain/index';
import { CRITERIA } from '../Criteria';
import { GOAL_LIFTS, SKILL_GAIN_SCALE } from './constants';
import { focusWeight } from './focusWeight';
import { primaryLanguage } from './constants';
import { pairRuleCells } from './pairRuleCells';

/**
 * One side of the cohort (the mentors or the mentees) as typed arrays indexed by the position in
 * the cohort's id-sorted list, so that scoring a pair reads numbers only and allocates nothing.
 *
 * @internal
 */
export interface SideTables {
  readonly count: number;
  /** `level[person * skills + skill]`: the proficiency, 0 when not listed. */
  readonly level: Uint8Array;
  /** The open goals (own level below target) of person `p` are `goalStart[p] ≤ g < goalStart[p + 1]`. */
  readonly goalStart: Int32Array;
  readonly goalSkill: Int32Array;
  readonly goalTarget: Float64Array;
  readonly goalOwnLevel: Float64Array;
  /** Priority weight (high 3, medium 2, low 1) × the programme's focus weight. */
  readonly goalWeight: Float64Array;
  /** The sum of `goalWeight` over each person's open goals. */
  readonly goalTotal: Float64Array;
  /**
   * `goalFactor[g * 6 + lift] = exp(−goalWeight[g] · lift / SKILL_GAIN_SCALE)` for a lift of 0–5
   * levels. Skill gain is `1 − exp(−Σ weight · lift / scale)`, and the exponential of a sum is the
   * product of the exponentials: the kernels multiply one tabulated factor per goal instead of
   * calling `Math.exp` once per pair, which was a fifth of the time of a score matrix.
   */
  readonly goalFactor: Float64Array;
  readonly grade: Float64Array;
  /** {@link generationRank}, or −1 when unknown. */
  readonly generation: Int8Array;
  /** A department number, or −1 when unknown. */
  readonly department: Int32Array;
  /** Minutes east of UTC, or NaN when no time zone is given. */
  readonly offset: Float64Array;
  /** A bit per primary language subtag, `languageWords` words per person; all zero when none listed. */
  readonly languages: Uint32Array;
}

/**
 * Everything the scoring kernel reads, computed once per cohort in O(people × skills + goals).
 *
 * @internal
 */
export interface ScoringTables {
  readonly skills: number;
  readonly languageWords: number;
  readonly mentors: SideTables;
  readonly mentees: SideTables;
  /** The weights of the criteria, in {@link CRITERIA} order. */
  readonly weights: Float64Array;
  readonly reverse: boolean;
  readonly minGradeGap: number;
  readonly requireSharedLanguage: boolean;
  readonly excludeSameDepartment: boolean;
  readonly requireSkillGain: boolean;
  /** For each mentee, the mentors blocked by a pair rule (excluded, previous, reporting line). */
  readonly blockedByMentee: ReadonlyArray<ReadonlyArray<number>>;
  readonly mentorIndex: ReadonlyMap<MentorId, number>;
  readonly menteeIndex: ReadonlyMap<MenteeId, number>;
}

/** @internal */
export function scoringTables(cohort: Cohort): ScoringTables {
  const skillIndex = new Map<SkillId, number>();
  for (const id of cohort.catalog.keys()) skillIndex.set(id, skillIndex.size);
  const languageIndex = new Map<string, number>();
  for (const person of [...cohort.mentors, ...cohort.mentees]) {
    for (const tag of person.languages) {
      const primary = primaryLanguage(tag);
      if (!languageIndex.has(primary)) languageIndex.set(primary, languageIndex.size);
    }
  }
  const departmentIndex = new Map<string, number>();
  const context: Context = {
    cohort,
    skillIndex,
    languageIndex,
    languageWords: Math.max(1, Math.ceil(languageIndex.size / 32)),
    departmentIndex,
  };
  const mentors = sideTables(context, cohort.mentors);
  const mentees = sideTables(context, cohort.mentees);
  const { weights, rules } = cohort.programme;
  const mentorIndex = new Map(cohort.mentors.map((m, i): [MentorId, number] => [m.id, i]));
  const menteeIndex = new Map(cohort.mentees.map((m, i): [MenteeId, number] => [m.id, i]));
  return {
    skills: skillIndex.size,
    languageWords: context.languageWords,
    mentors,
    mentees,
    weights: Float64Array.from(CRITERIA, (name) => weights[name]),
    reverse: rules.direction === 'reverse',
    minGradeGap: rules.minGradeGap,
    requireSharedLanguage: rules.requireSharedLanguage,
    excludeSameDepartment: rules.excludeSameDepartment,
    requireSkillGain: rules.requireSkillGain,
    blockedByMentee: pairRuleCells(cohort, mentorIndex, menteeIndex),
    mentorIndex,
    menteeIndex,
  };
}

interface Context {
  readonly cohort: Cohort;
  readonly skillIndex: ReadonlyMap<SkillId, number>;
  readonly languageIndex: ReadonlyMap<string, number>;
  readonly languageWords: number;
  readonly departmentIndex: Map<string, number>;
}

function sideTables(context: Context, people: ReadonlyArray<Participant>): SideTables {
  const { cohort, skillIndex, languageIndex, languageWords, departmentIndex } = context;
  const skills = skillIndex.size;
  const count = people.length;
  const level = new Uint8Array(count * skills);
  const goalStart = new Int32Array(count + 1);
  const open: Array<{ readonly skill: number; readonly goal: Goal; readonly own: number }> = [];
  const grade = new Float64Array(count);
  const generation = new Int8Array(count).fill(-1);
  const department = new Int32Array(count).fill(-1);
  const offset = new Float64Array(count).fill(Number.NaN);
  const languages = new Uint32Array(count * languageWords);

  people.forEach((person, p) => {
    for (const [skill, value] of person.skills) {
      const s = skillIndex.get(skill);
      if (s !== undefined) level[p * skills + s] = value;
    }
    for (const goal of person.goals) {
      const s = skillIndex.get(goal.skill);
      const own = person.skills.get(goal.skill) ?? 0;
      // A goal already reached asks nothing of a partner: it is neither gained nor covered.
      if (s !== undefined && own < goal.target) open.push({ skill: s, goal, own });
    }
    goalStart[p + 1] = open.length;
    grade[p] = person.grade;
    if (person.generation !== undefined) generation[p] = generationRank(person.generation);
    if (person.department !== undefined) {
      let d = departmentIndex.get(person.department);
      if (d === undefined) departmentIndex.set(person.department, (d = departmentIndex.size));
      department[p] = d;
    }
    if (person.timeZone !== undefined) offset[p] = utcOffsetMinutes(person.timeZone) ?? Number.NaN;
    for (const tag of person.languages) {
      const bit = languageIndex.get(primaryLanguage(tag)) ?? 0;
      const word = p * languageWords + (bit >>> 5);
      languages[word] = (languages[word] ?? 0) | (1 << (bit & 31));
    }
  });

  const goalTotal = new Float64Array(count);
  const goalWeight = Float64Array.from(
    open,
    ({ goal }) => PRIORITY_WEIGHT[goal.priority] * focusWeight(cohort, goal.skill),
  );
  for (let p = 0; p < count; p++) {
    let total = 0;
    for (let g = goalStart[p] ?? 0; g < (goalStart[p + 1] ?? 0); g++) total += goalWeight[g] ?? 0;
    goalTotal[p] = total;
  }
  const goalFactor = new Float64Array(open.length * GOAL_LIFTS);
  for (let g = 0; g < open.length; g++) {
    for (let lift = 0; lift < GOAL_LIFTS; lift++)
      goalFactor[g * GOAL_LIFTS + lift] = Math.exp(-((goalWeight[g] as number) * lift) / SKILL_GAIN_SCALE);
  }
  return {
    count,
    level,
    goalStart,
    goalFactor,
    goalSkill: Int32Array.from(open, (o) => o.skill),
    goalTarget: Float64Array.from(open, (o) => o.goal.target),
    goalOwnLevel: Float64Array.from(open, (o) => o.own),
    goalWeight,
    goalTotal,
    grade,
    generation,
    department,
    offset,
    languages,
  };
}
